/**
 * Visual regression (issue 24): every widget in each of its states (ready, loading, error, not
 * found), in each theme (light on a light page, dark on a dark page), at a phone's and a column's
 * width, left to right (English page) and right to left (Arabic page), compared with reviewed
 * reference screenshots in test/screenshots/<browser>/baseline/ — one sheet of states per
 * widget × theme × width × direction, in each of the three engines.
 *
 * On a difference the test fails naming how much differs and where the new screenshot and the
 * diff (changed pixels in red) were written: test/screenshots/<browser>/failed/. After a change
 * meant to alter the look, review those, then `npm run test:update-screenshots` and commit the
 * new references with the change.
 */
import { fixture } from '@open-wc/testing';
import { html, nothing, type TemplateResult } from 'lit';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import { DataLoadError, type TopicDataSource } from '../../src/data/data-source.js';
import { createBundledSource } from '../../src/data/bundled-source.js';
import type { TopicElement } from '../../src/components/shared/topic-element.js';
import { neverAnswers, stateOf } from './helpers.js';

const bundled = createBundledSource();
const down = () => Promise.reject(new DataLoadError('load-failed', 'the data server is down (simulated)'));
const failing: TopicDataSource = { label: 'a source that is down', loadCard: down, loadSummary: down, loadArticle: down, loadIndex: down };
/** The bundled data with a described image on each card (no bundled topic has one). */
const withImage: TopicDataSource = {
  label: 'the bundled dataset with a described image on each card',
  loadCard: async (id, signal) => ({
    ...(await bundled.loadCard(id, signal)),
    image: { src: new URL('/test/fixtures/images/radar-at-dusk.svg', location.href).href, alt: 'A radar dish scanning the sky above an airfield at dusk' },
  }),
  loadSummary: (id, signal) => bundled.loadSummary(id, signal),
  loadArticle: (id, signal) => bundled.loadArticle(id, signal),
  loadIndex: (signal) => bundled.loadIndex(signal),
};

interface Shown {
  /** What the sheet calls it (and what it waits for). */
  state: 'ready' | 'loading' | 'error' | 'not-found';
  source?: TopicDataSource;
  topic?: string;
  attributes?: Record<string, string>;
}

const HREF = 'https://example.org/topics/{id}';
const WIDGETS: Record<string, { topic: string; attributes: Record<string, string>; extra?: Shown[] }> = {
  'topic-card': { topic: 'air-defense-cooperation', attributes: { href: HREF }, extra: [{ state: 'ready', source: withImage, attributes: { href: HREF, 'show-image': '' } }, { state: 'ready', attributes: { variant: 'compact', selectable: '' } }, { state: 'ready', attributes: { variant: 'compact', selectable: '', 'aria-current': 'true' } }] },
  'pillar-list': { topic: 'military-training-diplomacy', attributes: { href: HREF, layout: 'grid' }, extra: [{ state: 'ready', attributes: { limit: '2' } }] },
  'article-summary': { topic: 'military-training-diplomacy', attributes: { href: HREF } },
  'topic-article': { topic: 'defense-attaches', attributes: { section: 'role-of-defense-attaches' } },
  'series-nav': { topic: 'military-training-diplomacy', attributes: { href: HREF }, extra: [{ state: 'ready', attributes: { variant: 'list', selectable: '' } }] },
  'topic-index': { topic: '', attributes: { href: HREF, limit: '2' } },
};
const THEMES = ['light', 'dark'] as const;
const WIDTHS = [375, 720];
const DIRECTIONS = [
  { dir: 'ltr', lang: 'en' },
  { dir: 'rtl', lang: 'ar' },
] as const;
/** The page around the widgets: a light page, and a dark one for the dark theme. */
const PAGE = { light: 'background: #fbfaf7; color: #1b1b1b', dark: 'background: #0d1117; color: #e6edf3' };

function widget(tag: string, shown: Shown, base: { topic: string; attributes: Record<string, string> }): TemplateResult {
  const t = unsafeStatic(tag);
  const topic = shown.state === 'not-found' ? 'naval-cooperation' : (shown.topic ?? base.topic);
  const attributes = { ...base.attributes, ...shown.attributes };
  const fallback = html`<a href="https://example.org/topics/${topic || 'series'}">${topic ? 'Read about this topic' : 'The whole series'}</a>`;
  const element = staticHtml`<${t} topic=${topic || nothing}>${fallback}</${t}>`;
  const source = shown.source ?? (shown.state === 'loading' ? neverAnswers : shown.state === 'error' ? failing : undefined);
  return html`<figure style="margin: 0 0 24px">
    <figcaption style="font: 12px/1.4 monospace; margin-block-end: 4px" lang="en" dir="ltr">${shown.state}${shown.attributes ? ` ${Object.keys(shown.attributes).join(' ')}` : ''}</figcaption>
    <topic-provider .source=${source} data-attributes=${JSON.stringify(attributes)}>${element}</topic-provider>
  </figure>`;
}

/** Sets attributes given as data (a static template cannot spread them). */
function applyAttributes(root: Element): void {
  for (const provider of root.querySelectorAll<HTMLElement>('topic-provider[data-attributes]')) {
    const target = provider.firstElementChild!;
    for (const [name, value] of Object.entries(JSON.parse(provider.dataset.attributes!) as Record<string, string>)) target.setAttribute(name, value);
  }
}

/** Holds every animation (the skeleton's pulse) at its start, so two runs paint the same frame. */
function stillAnimations(root: Element): void {
  const roots: (Document | ShadowRoot)[] = [document, ...[...root.querySelectorAll('*')].flatMap((element) => (element.shadowRoot ? [element.shadowRoot] : []))];
  for (const animation of roots.flatMap((r) => r.getAnimations())) {
    animation.pause();
    animation.currentTime = 0;
  }
}

async function settle(root: Element): Promise<void> {
  const widgets = [...root.querySelectorAll('topic-provider[data-attributes] > *')] as TopicElement<unknown>[];
  const deadline = Date.now() + 8000;
  for (const element of widgets) {
    const expected = element.closest('figure')!.querySelector('figcaption')!.textContent!.split(' ')[0];
    while (stateOf(element) !== (expected === 'not-found' ? 'not-found' : expected) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    await element.updateComplete;
  }
  // Words of other languages load on first use; images decode; then one more frame.
  await new Promise((resolve) => setTimeout(resolve, 100));
  for (const element of widgets) await element.updateComplete;
  for (const image of root.querySelectorAll('*')) {
    for (const img of image.shadowRoot?.querySelectorAll('img') ?? []) {
      img.loading = 'eager';
      await img.decode().catch(() => undefined);
    }
  }
  stillAnimations(root);
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

/**
 * Compares a sheet in slices of at most SLICE px, each shown through a window (the sheet moved up
 * under it): WebKitGTK's element screenshots stop at the viewport's edge, and the window is smaller
 * than the tallest sheets. Names: `<name>-1`, `<name>-2`…
 */
const SLICE = 560;
async function diffInSlices(sheet: HTMLElement, name: string): Promise<void> {
  const pane = sheet.parentElement!;
  const height = Math.ceil(sheet.getBoundingClientRect().height);
  pane.style.cssText = `overflow: hidden; inline-size: max-content; block-size: ${Math.min(SLICE, height)}px`;
  scrollTo(0, 0);
  for (let top = 0, slice = 1; top < height; top += SLICE, slice++) {
    sheet.style.marginBlockStart = `${-top}px`;
    pane.style.blockSize = `${Math.min(SLICE, height - top)}px`;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const box = pane.getBoundingClientRect();
    // The command screenshots the viewport: a slice outside it would be cut short, not compared.
    if (box.bottom > innerHeight || box.right > innerWidth) throw new Error(`${name}-${slice}: ${Math.round(box.width)} × ${Math.round(box.height)} px at ${Math.round(box.left)}, ${Math.round(box.top)} does not fit the ${innerWidth} × ${innerHeight} px viewport`);
    const result = await executeServerCommand<{ passed: boolean; errorMessage?: string }, unknown>('visual-diff-area', {
      name: `${name}-${slice}`,
      area: { x: box.left, y: box.top, width: box.width, height: box.height },
    });
    if (!result?.passed) throw new Error(`${name}-${slice}: ${result?.errorMessage ?? 'no screenshot'}`);
  }
}

describe('visual regression: every widget, state, theme, width and direction', function () {
  this.timeout(60_000);
  for (const [tag, base] of Object.entries(WIDGETS)) {
    const states: Shown[] = [{ state: 'ready' }, ...(base.extra ?? []), { state: 'loading' }, { state: 'error' }, ...(base.topic ? [{ state: 'not-found' } as Shown] : [])];
    for (const theme of THEMES) {
      for (const width of WIDTHS) {
        for (const { dir, lang } of DIRECTIONS) {
          const name = `${tag}/${theme}-${width}-${dir}`;
          it(name, async () => {
            const pane = await fixture(html`<div>
              <div lang=${lang} dir=${dir} style=${`inline-size: ${width}px; padding: 16px; box-sizing: border-box; font: 16px/1.5 serif; color-scheme: ${theme}; ${PAGE[theme]}`}>
              ${states.map((shown) => html`<topic-provider theme=${theme}>${widget(tag, shown, base)}</topic-provider>`)}
              </div>
            </div>`);
            const sheet = pane.firstElementChild as HTMLElement;
            applyAttributes(sheet);
            await settle(sheet);
            await diffInSlices(sheet, name);
          });
        }
      }
    }
  }
});
