/** Shared by the browser suites: console tracking, waiting for a widget's state, datasets. */
import { expect, waitUntil } from '@open-wc/testing';
import type { TopicElement } from '../../src/components/shared/topic-element.js';

/** The bundled dataset, as the test server serves it (built by `npm run build:data`). */
export const DATASET = '/generated/dataset/';
/** The bundled topics in series order (the index's order: the seeds' numbering). */
export const TOPIC_IDS = [
  'air-defense-cooperation',
  'defense-technology-exchanges',
  'technological-exchange-programs',
  'military-training-diplomacy',
  'defense-attaches',
];

export interface ConsoleRecord {
  warnings: unknown[][];
  errors: unknown[][];
  restore: () => void;
}

/** Records console.warn and console.error (still printing them) until restore(). */
export function trackConsole(): ConsoleRecord {
  const record: ConsoleRecord = { warnings: [], errors: [], restore: () => {} };
  const { warn, error } = console;
  console.warn = (...args: unknown[]) => {
    record.warnings.push(args);
  };
  console.error = (...args: unknown[]) => {
    record.errors.push(args);
    error.apply(console, args);
  };
  record.restore = () => {
    console.warn = warn;
    console.error = error;
  };
  return record;
}

/**
 * A data source that never answers: the loading state, held still. (A slow URL is not enough:
 * once answered, the same URL comes from the cache the next time.)
 */
export const neverAnswers = {
  label: 'never answers',
  loadCard: () => new Promise<never>(() => {}),
  loadSummary: () => new Promise<never>(() => {}),
  loadArticle: () => new Promise<never>(() => {}),
  loadIndex: () => new Promise<never>(() => {}),
};

/** Anything with a widget's state: our classes from src/ or from the npm build. */
type Widget = Pick<TopicElement<unknown>, 'stateName' | 'updateComplete' | 'localName'>;

/**
 * For a describe block: records the console around each test, and fails the test on any
 * console.error. `warnings` holds the current test's console.warn calls.
 */
export function failOnConsoleErrors(): { readonly warnings: unknown[][] } {
  let record: ConsoleRecord | undefined;
  beforeEach(() => {
    record = trackConsole();
  });
  afterEach(() => {
    record!.restore();
    expect(record!.errors, 'console errors').to.deep.equal([]);
  });
  return {
    get warnings() {
      return record?.warnings ?? [];
    },
  };
}

export async function settled(element: Widget, state?: string): Promise<void> {
  await waitUntil(
    () => (state ? element.stateName === state : element.stateName !== 'loading'),
    `<${element.localName}> stayed "${element.stateName}"${state ? `, expected "${state}"` : ''}`,
    { timeout: 5000 },
  );
  await element.updateComplete;
}

/** The text of a widget's shadow tree, as read: spaces collapsed, invisible bidi isolation marks (U+2066–U+2069) left out. */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
}

export function part(element: Element, name: string): HTMLElement | null {
  return element.shadowRoot!.querySelector(`[part~="${name}"]`);
}

export function parts(element: Element, name: string): HTMLElement[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

/** A page opened in a frame of the test page, with what its console recorded. */
export interface Frame {
  frame: HTMLIFrameElement;
  doc: Document;
  win: Window & typeof globalThis;
  warnings: string[];
  errors: string[];
  violations: string[];
}

/** Opens a page in a frame (removed by the caller) and waits for it to load. */
export async function openFrame(src: string, attributes: Record<string, string> = {}): Promise<Frame> {
  const frame = document.createElement('iframe');
  for (const [name, value] of Object.entries(attributes)) frame.setAttribute(name, value);
  frame.style.cssText = 'inline-size: 60em; block-size: 40em';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis & { __consoleRecord?: { warnings: string[]; errors: string[]; violations: string[] } };
  // The pages record their console from their first script on (test/fixtures/pages/record-console.js).
  const log = win.__consoleRecord ?? { warnings: [], errors: [], violations: [] };
  return { frame, doc: frame.contentDocument!, win, warnings: log.warnings, errors: log.errors, violations: log.violations };
}

/**
 * For a describe block whose tests open pages in frames: `open` opens one (as openFrame does),
 * `track` adopts a frame made otherwise; every frame is removed after each test.
 */
export function framesRemovedAfterEach() {
  let opened: Frame[] = [];
  afterEach(() => {
    for (const { frame } of opened) frame.remove();
    opened = [];
  });
  const track = <T extends Frame>(frame: T): T => {
    opened.push(frame);
    return frame;
  };
  return { open: async (src: string, attributes?: Record<string, string>) => track(await openFrame(src, attributes)), track };
}

/** A widget's state, whichever copy of the library (page or frame) defined it. */
export const stateOf = (element: Element | null) => (element as (Element & { stateName?: string }) | null)?.stateName;
/** Waits until a widget (in any frame) is ready. */
export const whenReady = (element: Element | null) =>
  waitUntil(() => stateOf(element) === 'ready', `<${element?.localName}> never became ready (${stateOf(element)})`, { timeout: 8000 });
