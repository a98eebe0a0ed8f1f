/**
 * Taking over a server render in the browser. A server render of a widget writes what it showed
 * (the record, or an unknown topic's valid ids, and the settings it used) into its box's
 * `data-ssr` attribute; with this module installed, the widget reads it before its first update
 * and settles from it, so its first render shows the same thing with no request, and Lit's
 * hydration keeps the server's nodes. Where that render would differ (another language or theme
 * reached the widget, or Lit's hydration support is missing) it renders afresh instead, in the
 * same task, never leaving the server's values on screen.
 *
 * Whatever order a bundler runs the modules in: a widget defined (so upgraded) before this module
 * is installed is taken over all the same, as long as its first update has not run (a bundle that
 * loads the widgets' chunk before `hydrate.js`, in one module graph, runs both before any update).
 * One whose first update ran before (hydrate.js loaded later, in another task) was rendered
 * afresh by TopicElement's own `update`, once.
 *
 * Installed by the hydration entry points only (`defense-topics/hydrate.js`, and the CDN embed's
 * hydration chunk, loaded on pages with server-rendered widgets), so that pages without server
 * rendering pay nothing for it. Without it, a server-rendered widget renders afresh and loads its
 * data as if the server had rendered nothing.
 */
import { adoptStyles, LitElement, ReactiveElement, type PropertyValues } from 'lit';
import { TopicNotFoundError, type Settled } from '../../data/data-source.js';
import type { ThemeSetting } from './contexts.js';
import { loadedMessages, loadMessages } from './messages/index.js';
import { TopicElement, type ServerRendered } from './topic-element.js';

/** The widget's members this module works with (protected or private in TopicElement). */
interface Widget extends LitElement {
  fromServer?: ServerRendered<unknown> | null;
  readonly uiLang: string;
  readonly messagesLang: string;
  readonly effectiveTopic: string;
  readonly effectiveTheme: ThemeSetting;
  readonly effectiveHeadingLevel: number;
  readonly stateName: string;
  warnOnce(problem: string): void;
}

const installed = Symbol.for('defense-topics:hydration');
/**
 * The name of the flag Lit's hydration support sets on an element whose render root it found
 * server-rendered (`_$needsHydration` in Lit's development build, shortened in its production
 * build): learnt when installing (see learnHydrationFlag), so that a render afresh can clear it and
 * a widget upgraded before Lit was patched can set it.
 */
let hydrationFlag: string | undefined;

/**
 * Whether the page's own copy of Lit's hydration support patched the widgets' Lit (the embed's)
 * before the embed's own could: named in the warning when hydrating fails.
 */
let litPatchedByPage = false;

/**
 * Teaches `TopicElement` (every widget) to take over a server render. Idempotent. Call it after
 * `@lit-labs/ssr-client/lit-element-hydrate-support.js` has run.
 */
export function installHydration(options: { pageHadSupport?: boolean } = {}): void {
  const base = TopicElement as unknown as { [installed]?: boolean; prototype: Record<string, unknown> };
  if (base[installed]) return;
  base[installed] = true;
  // The embed tells whether the page had its own support when the embed's Lit ran: then, if Lit is
  // patched already (a patched LitElement has its own observedAttributes), that support did it.
  litPatchedByPage = !!options.pageHadSupport && Object.prototype.hasOwnProperty.call(LitElement, 'observedAttributes');
  patchLitElement();
  hydrationFlag = learnHydrationFlag();
  // Added to TopicElement's prototype, as Lit's own hydration support adds to LitElement's: the
  // methods below stand between each widget and LitElement's (looked up at each call).
  const proto = base.prototype as Record<string, (this: Widget, ...args: never[]) => unknown>;
  const lit = LitElement.prototype as unknown as Record<string, (this: Widget, ...args: unknown[]) => unknown>;
  proto.serverRecord = function (this: Widget, topic: string): Settled<unknown> | undefined {
    const rendered = this.fromServer;
    if (this.hasUpdated || !rendered || rendered.topic !== topic) return undefined;
    if (rendered.validIds) return { error: new TopicNotFoundError(topic, rendered.validIds) };
    return 'value' in rendered ? { value: rendered.value } : undefined;
  };

  proto.createRenderRoot = function (this: Widget) {
    // Server HTML a script inserted (a client-side router's navigation, innerHTML): the browser
    // makes a declarative shadow root only while parsing a page, so attach it as the parser would.
    if (!this.shadowRoot && !this.hasUpdated) attachDeclarativeShadowRoot(this);
    const root = this.shadowRoot;
    if (!root || this.hasUpdated) return lit.createRenderRoot!.call(this);
    // Without Lit's hydration support, keep the server's render on screen until the first update replaces it.
    if (!hydrationSupported(this)) return root;
    const renderRoot = lit.createRenderRoot!.call(this) as ShadowRoot;
    // Lit's hydration keeps the server's <style> and adopts nothing: adopt the styles too, for a
    // page whose Content-Security-Policy blocks inline styles.
    adoptStyles(renderRoot, (this.constructor as typeof LitElement).elementStyles);
    return renderRoot;
  };

  proto.scheduleUpdate = function (this: Widget) {
    // A render root that holds nodes before the first update is a declarative shadow root: a
    // server's render. Read what it showed before Lit takes over (and before the record is looked
    // for). Read here, not when connected: a widget upgraded before this module was installed
    // (its chunk ran first) is connected already, and not yet updated.
    if (!this.hasUpdated && this.fromServer === undefined && this.renderRoot.hasChildNodes()) this.fromServer = readServerRendered(this.renderRoot as ShadowRoot);
    // The server rendered this widget in its language: the first render waits for those words
    // (English is always here; another language is one small module) so that it matches.
    if (!this.hasUpdated && this.fromServer && !loadedMessages(this.uiLang)) return loadMessages(this.uiLang).then(() => lit.scheduleUpdate!.call(this));
    return lit.scheduleUpdate!.call(this);
  };

  proto.update = function (this: Widget, changed: PropertyValues) {
    const fromServer = !this.hasUpdated && this.fromServer !== undefined;
    if (fromServer) {
      // A widget upgraded before Lit was patched made its render root unpatched: Lit would render
      // before the server's first node (and look for its render there, every update after this
      // one), and would not hydrate. Undo both.
      this.renderOptions.renderBefore = null;
      if (!matchesServerRender(this)) discardServerRender(this);
      else if (hydrationFlag) (this as unknown as Record<string, unknown>)[hydrationFlag] = true;
    }
    try {
      lit.update!.call(this, changed);
    } catch (error) {
      if (!fromServer || !hydrationSupported(this)) throw error;
      // The server's render came from another build of the widgets (its templates differ), or the
      // page's own hydration support patched the embed's Lit and cannot hydrate it (a development
      // build of Lit's, with a production build of Lit).
      this.warnOnce(
        `could not hydrate the server's render (${(error as Error).message}), so it was rendered again: ` +
          (litPatchedByPage
            ? "the page's own copy of Lit's hydration support (@lit-labs/ssr-client), loaded before the embed, patched the embed's Lit and cannot hydrate it. Load a production build of it (a development build of Lit's cannot hydrate a production build of Lit), or render with the same version of defense-topics as the page loads."
            : 'render with the same version of defense-topics as the page loads.'),
      );
      discardServerRender(this);
      lit.update!.call(this, changed);
    }
  };
}

/** A server render's `<template shadowrootmode>` child that the parser left as a template: made the widget's shadow root. */
function attachDeclarativeShadowRoot(widget: Widget): void {
  const template = [...widget.children].find((child): child is HTMLTemplateElement => child.localName === 'template' && child.hasAttribute('shadowrootmode'));
  if (!template) return;
  const root = widget.attachShadow({ ...(widget.constructor as typeof LitElement).shadowRootOptions, mode: 'open' });
  root.append(template.content);
  template.remove();
}

/**
 * Lit's hydration support patches LitElement only when Lit's element module runs after it. Often
 * Lit has run first: the CDN embed loads this in a chunk that imports Lit, and bundlers may order
 * shared chunks so (Vite's dev server did, under Astro). Then patch it now, once: a patched
 * LitElement has its own `observedAttributes`.
 */
function patchLitElement(): void {
  const support = (globalThis as { litElementHydrateSupport?: (classes: { LitElement: typeof LitElement }) => void }).litElementHydrateSupport;
  if (support && !Object.prototype.hasOwnProperty.call(LitElement, 'observedAttributes')) support({ LitElement });
}

/**
 * The name of Lit's hydration flag: the key that its patched `createRenderRoot` sets to true on an
 * object that has a shadow root (a stand-in, not an element: nothing else is touched).
 */
function learnHydrationFlag(): string | undefined {
  if (!Object.prototype.hasOwnProperty.call(LitElement, 'observedAttributes')) return undefined;
  const probe: Record<string, unknown> = { shadowRoot: {} };
  try {
    (LitElement.prototype as unknown as { createRenderRoot(): unknown }).createRenderRoot.call(probe);
  } catch {
    return undefined;
  }
  return Object.keys(probe).find((key) => probe[key] === true);
}

/** Whether `@lit-labs/ssr-client/lit-element-hydrate-support.js` patched Lit (it observes `defer-hydration`). */
function hydrationSupported(element: ReactiveElement): boolean {
  return (element.constructor as typeof ReactiveElement).observedAttributes.includes('defer-hydration');
}

/** Whether this first render shows what the server rendered, so that hydrating keeps the server's nodes. */
function matchesServerRender(widget: Widget): boolean {
  const rendered = widget.fromServer;
  return (
    !!rendered &&
    hydrationSupported(widget) &&
    // Lit's markers: static HTML made otherwise (the Storybook builder's) is rendered again, not hydrated.
    [...widget.renderRoot.childNodes].some((node) => node.nodeType === Node.COMMENT_NODE && (node as Comment).data.startsWith('lit-part')) &&
    rendered.topic === widget.effectiveTopic &&
    rendered.lang === widget.messagesLang &&
    rendered.theme === widget.effectiveTheme &&
    rendered.level === widget.effectiveHeadingLevel &&
    widget.stateName === (rendered.validIds ? 'not-found' : 'ready')
  );
}

/** Empties the server's render, so that Lit renders afresh (in this task: no frame shows it empty). */
function discardServerRender(widget: Widget): void {
  if (hydrationFlag) (widget as unknown as Record<string, unknown>)[hydrationFlag] = false;
  const root = widget.renderRoot as ShadowRoot;
  root.replaceChildren();
  adoptStyles(root, (widget.constructor as typeof LitElement).elementStyles);
}

/** What the server rendered in a declarative shadow root, if it wrote anything to take over (and it reads as such). */
function readServerRendered(root: ShadowRoot): ServerRendered<unknown> | null {
  const holder = root.querySelector('.root[data-ssr]');
  const json = holder?.getAttribute('data-ssr');
  // Read once: Lit (hydrating) takes the attribute's value to be none, as its render gives.
  holder?.removeAttribute('data-ssr');
  if (!json) return null;
  try {
    const rendered = JSON.parse(json) as ServerRendered<unknown>;
    const ok =
      typeof rendered === 'object' &&
      rendered !== null &&
      typeof rendered.topic === 'string' &&
      typeof rendered.lang === 'string' &&
      typeof rendered.theme === 'string' &&
      typeof rendered.level === 'number' &&
      ('value' in rendered || (Array.isArray(rendered.validIds) && rendered.validIds.every((id) => typeof id === 'string')));
    return ok ? rendered : null;
  } catch {
    return null;
  }
}
