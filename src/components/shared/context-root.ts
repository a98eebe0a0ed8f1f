/**
 * Widgets may be defined before the `<topic-provider>` around them (the embed loads each
 * element's code on its own). A ContextRoot on the document keeps context requests no provider
 * answered yet and replays them when a provider appears, so the order of loading never matters.
 */
import { ContextRoot } from '@lit/context';

let attached = false;

export function ensureContextRoot(): void {
  if (attached || typeof document === 'undefined') return;
  attached = true;
  new ContextRoot().attach(document.documentElement);
}
