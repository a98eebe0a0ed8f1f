/**
 * Colour schemes on the host's page: `theme="auto"` follows the page (its CSS `color-scheme` or
 * `<meta name="color-scheme">`), else stays light, whatever the reader's system prefers; a page's
 * colours for one scheme (`--dt-*`) never reach the other (`--dt-dark-*`); and in every
 * combination of page scheme, widget theme and page colours, every text on screen keeps 4.5:1 and
 * every control's boundary 3:1.
 *
 * The test page itself plays the host: its root's `color-scheme` and a meta tag are set per test.
 * Chromium also emulates a reader whose system prefers dark (the case where `auto` used to turn
 * dark on a light page); Firefox and WebKit cannot be told to, and run the rest.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import type { TopicElement } from '../../src/components/shared/topic-element.js';
import { controlBoundaryContrast, parseColor, screenTextContrast } from './contrast.js';
import { failOnConsoleErrors, part, settled } from './helpers.js';

/** Whether the browser emulates a reader's dark preference (Chromium, through the DevTools protocol). */
async function preferDark(dark: boolean): Promise<boolean> {
  const native = await executeServerCommand<boolean, unknown>('emulate-media-features', dark ? { features: { 'prefers-color-scheme': 'dark' } } : {}).catch(() => false);
  await new Promise(requestAnimationFrame);
  return native;
}

/** The page's colour scheme, as a host page declares it: CSS on its root, or a meta tag. */
function pageScheme(scheme: string | undefined, how: 'css' | 'meta' = 'css'): void {
  document.documentElement.style.colorScheme = how === 'css' && scheme ? scheme : '';
  document.head.querySelector('meta[name="color-scheme"][data-test]')?.remove();
  if (how === 'meta' && scheme) {
    const meta = document.createElement('meta');
    meta.name = 'color-scheme';
    meta.content = scheme;
    meta.dataset.test = '';
    document.head.append(meta);
  }
}

/** The widget's box colour: light (a white surface) or dark. */
function looks(widget: Element): 'light' | 'dark' {
  const [r, g, b] = parseColor(getComputedStyle(part(widget, 'base')!).backgroundColor);
  return r + g + b > 3 * 128 ? 'light' : 'dark';
}

const rgb = (css: string) => parseColor(css).slice(0, 3).join(',');
/** The soft accent as a widget paints it: the background of a pillar-list's numbers. */
const softAccent = (list: Element) => getComputedStyle(part(list, 'number')!).backgroundColor;

/** The news demo's colours: a dark red accent on a pale pink, chosen for its light page. */
const LIGHT_PAGE_COLOURS = '--dt-accent: #8a1c1c; --dt-accent-soft: #f5e6e3;';
/** The same page's colours for its dark scheme too. */
const BOTH_SCHEMES_COLOURS = `${LIGHT_PAGE_COLOURS} --dt-dark-accent: #ff9b8f; --dt-dark-accent-soft: #3b1714;`;

/** Every widget, ready, and one in the error state, in a theme, under some page colours. */
async function everyWidget(theme: string, colours = ''): Promise<TopicElement<unknown>[]> {
  const root = await fixture(html`<div style=${colours}>
    <topic-provider theme=${theme}>
      <topic-card topic="defense-technology-exchanges" href="https://example.org/topics/{id}"></topic-card>
      <topic-card topic="defense-attaches" selectable></topic-card>
      <pillar-list topic="defense-technology-exchanges" layout="grid"></pillar-list>
      <article-summary topic="defense-attaches" href="https://example.org/topics/{id}"></article-summary>
      <topic-article topic="military-training-diplomacy" toc></topic-article>
      <series-nav topic="military-training-diplomacy" href="https://example.org/topics/{id}"></series-nav>
      <series-nav topic="military-training-diplomacy" variant="list" selectable></series-nav>
      <topic-index themes="defense-diplomacy" limit="1"></topic-index>
    </topic-provider>
    <topic-provider theme=${theme} src="/__status/500/"><topic-card topic="defense-attaches"></topic-card></topic-provider>
  </div>`);
  const widgets = [...root.querySelectorAll<TopicElement<unknown>>('topic-card, pillar-list, article-summary, topic-article, series-nav, topic-index')];
  for (const widget of widgets) await settled(widget);
  return widgets;
}

describe('colour schemes on the host’s page', () => {
  failOnConsoleErrors();
  afterEach(async () => {
    pageScheme(undefined);
    await preferDark(false);
  });

  it('auto stays light on a page that declares no colour scheme, even for a reader whose system prefers dark', async () => {
    const emulated = await preferDark(true);
    const [card, , list] = await everyWidget('auto', LIGHT_PAGE_COLOURS);
    if (emulated) expect(matchMedia('(prefers-color-scheme: dark)').matches, 'the dark preference is emulated').to.equal(true);
    expect(looks(card!)).to.equal('light');
    // The page's colours apply, as it chose them for itself.
    expect(rgb(softAccent(list!))).to.equal(rgb('#f5e6e3'));
  });

  it('auto follows a page that is dark (CSS color-scheme or its meta tag), and one that is light', async () => {
    pageScheme('dark');
    const [card] = await everyWidget('auto');
    expect(looks(card!), 'color-scheme: dark').to.equal('dark');
    pageScheme('light');
    await new Promise(requestAnimationFrame);
    expect(looks(card!), 'color-scheme: light').to.equal('light');
    pageScheme('dark', 'meta');
    await new Promise(requestAnimationFrame);
    expect(looks(card!), '<meta name="color-scheme" content="dark">').to.equal('dark');
    pageScheme(undefined);
    await new Promise(requestAnimationFrame);
    expect(looks(card!), 'nothing declared').to.equal('light');
  });

  it('auto on a page that can be either follows the reader’s preference (Chromium, which can emulate it)', async function () {
    if (!(await preferDark(true))) this.skip();
    pageScheme('light dark');
    const [card] = await everyWidget('auto');
    expect(looks(card!)).to.equal('dark');
    await preferDark(false);
    expect(looks(card!)).to.equal('light');
  });

  it('a dark widget on a light page takes the page’s dark colours (--dt-dark-*), never its light ones, else its own', async () => {
    const [plain, , plainList] = await everyWidget('dark', LIGHT_PAGE_COLOURS);
    expect(looks(plain!)).to.equal('dark');
    expect(rgb(softAccent(plainList!)), 'not the light page’s pale pink').not.to.equal(rgb('#f5e6e3'));
    expect(rgb(softAccent(plainList!)), 'its own dark accent background').to.equal(rgb('#1b3a2e'));
    const [, , styledList] = await everyWidget('dark', BOTH_SCHEMES_COLOURS);
    expect(rgb(softAccent(styledList!))).to.equal(rgb('#3b1714'));
    // And a light widget keeps the page's light colours.
    const [, , lightList] = await everyWidget('light', BOTH_SCHEMES_COLOURS);
    expect(rgb(softAccent(lightList!))).to.equal(rgb('#f5e6e3'));
  });

  // Every combination a site makes: the page's scheme × the widget's theme × the page's colours.
  const PAGES = [undefined, 'light', 'dark', 'light dark'] as const;
  const THEMES = ['auto', 'light', 'dark'] as const;
  const COLOURS = { 'no page colours': '', 'a light page’s colours': LIGHT_PAGE_COLOURS, 'colours for both schemes': BOTH_SCHEMES_COLOURS } as const;
  for (const page of PAGES) {
    for (const theme of THEMES) {
      it(`on a page with color-scheme ${page ?? '(none)'}, theme ${theme}: every text 4.5:1, every control’s boundary 3:1, in each set of page colours`, async () => {
        pageScheme(page);
        await preferDark(true);
        const failures: string[] = [];
        let texts = 0;
        let controls = 0;
        for (const [name, colours] of Object.entries(COLOURS)) {
          const widgets = await everyWidget(theme, colours);
          for (const widget of widgets) {
            const label = `${name}: <${widget.localName}> ${widget.stateName} (${looks(widget)})`;
            for (const run of screenTextContrast(widget.shadowRoot!)) {
              texts++;
              if (run.ratio < 4.5) failures.push(`${label} ${run.where} "${run.text}": ${run.ratio.toFixed(2)}:1`);
            }
            for (const edge of controlBoundaryContrast(widget.shadowRoot!)) {
              controls++;
              if (edge.ratio < 3) failures.push(`${label} ${edge.where} boundary: ${edge.ratio.toFixed(2)}:1`);
            }
          }
        }
        expect(texts, 'text runs checked').to.be.greaterThan(300);
        expect(controls, 'controls checked').to.be.greaterThan(20);
        expect(failures).to.deep.equal([]);
      });
    }
  }
});
