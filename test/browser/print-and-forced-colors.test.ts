/**
 * Readers' own media: print (dark text on white paper whatever the theme, nothing lost, cards
 * not split across pages) and forced colours (Windows High Contrast: the loading skeleton and
 * the theme chips stay visible). See media.ts for how each browser emulates.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { TopicElement } from '../../src/components/shared/topic-element.js';
import { contrastRatio, parseColor, printedTextContrast } from './contrast.js';
import { failOnConsoleErrors, neverAnswers, part, parts, settled } from './helpers.js';
import { emulateMedia } from './media.js';

const isChromium = navigator.userAgent.includes('Chrome/');

/** A widget of each kind, ready, and one in the error state, in a theme. */
async function widgetsIn(theme: string): Promise<TopicElement<unknown>[]> {
  const root = await fixture(html`<div>
    <topic-provider theme=${theme}>
      <topic-card topic="defense-technology-exchanges" href="https://example.org/topics/{id}"></topic-card>
      <pillar-list topic="defense-technology-exchanges" layout="grid"></pillar-list>
      <article-summary topic="defense-attaches" href="https://example.org/topics/{id}"></article-summary>
    </topic-provider>
    <topic-provider theme=${theme} src="/__status/500/">
      <topic-card topic="defense-attaches"></topic-card>
      <pillar-list topic="defense-attaches"></pillar-list>
    </topic-provider>
  </div>`);
  const widgets = [...root.querySelectorAll<TopicElement<unknown>>('topic-card, pillar-list, article-summary')];
  for (const widget of widgets) await settled(widget);
  return widgets;
}

describe('print', () => {
  failOnConsoleErrors();

  // "auto" is printed on a machine whose reader prefers dark: the case that printed light on white.
  for (const theme of ['light', 'dark', 'auto']) {
    it(`prints every text at 4.5:1 or more on white paper (theme ${theme})`, async () => {
      const widgets = await widgetsIn(theme);
      const media = await emulateMedia(widgets, { print: true, dark: true });
      try {
        const failures: string[] = [];
        let checked = 0;
        for (const widget of widgets) {
          for (const run of printedTextContrast(widget.shadowRoot!)) {
            checked++;
            if (run.ratio < 4.5) failures.push(`<${widget.localName}> ${widget.stateName} ${run.where} "${run.text}": ${run.ratio.toFixed(2)}:1`);
          }
        }
        expect(checked, 'text runs checked').to.be.greaterThan(40);
        expect(failures, `low contrast in print (${media.native ? 'emulated by the browser' : 'print rules applied'})`).to.deep.equal([]);
      } finally {
        await media.restore();
      }
    });
  }

  it('loses nothing on paper: numbers outlined, themes without a background to lose, link addresses written out, no button; cards not split', async () => {
    const widgets = await widgetsIn('dark');
    const media = await emulateMedia(widgets, { print: true, dark: true });
    try {
      const [card, list, , failed] = widgets as [TopicElement<unknown>, TopicElement<unknown>, TopicElement<unknown>, TopicElement<unknown>];
      const white = parseColor('#fff');
      // Backgrounds do not print: a pillar number with only a background would vanish (themes have none: they are words).
      for (const chip of card.shadowRoot!.querySelectorAll('.chip')) expect(parseColor(getComputedStyle(chip).backgroundColor)[3], 'a theme’s background').to.equal(0);
      for (const shape of parts(list, 'number')) {
        const style = getComputedStyle(shape);
        expect(parseFloat(style.borderTopWidth), `${shape.className} border`).to.be.greaterThan(0);
        expect(contrastRatio(parseColor(style.borderTopColor), white), `${shape.className} border contrast`).to.be.at.least(3);
      }
      const link = part(card, 'link') as HTMLAnchorElement;
      expect(link.href).to.equal('https://example.org/topics/defense-technology-exchanges');
      // Firefox reports attr() unresolved in the computed value; the others give the address itself.
      expect(getComputedStyle(link, '::after').content).to.match(/https:\/\/example\.org\/topics\/defense-technology-exchanges|attr\(href\)/);
      expect(getComputedStyle(part(failed, 'retry')!).display).to.equal('none');
      for (const widget of widgets) expect(getComputedStyle(widget).breakInside, widget.localName).to.equal('avoid');
    } finally {
      await media.restore();
    }
  });
});

describe('forced colours (Windows High Contrast), emulated by Chromium', () => {
  failOnConsoleErrors();

  beforeEach(function () {
    // Only Chromium can be told to emulate forced colours here; the rules are the same for all.
    if (!isChromium) this.skip();
  });

  it('keeps the loading skeleton visible', async () => {
    const root = await fixture(html`<topic-provider .source=${neverAnswers}>
      <topic-card topic="defense-attaches"></topic-card><pillar-list topic="defense-attaches"></pillar-list><article-summary topic="defense-attaches"></article-summary>
    </topic-provider>`);
    const widgets = [...root.querySelectorAll<TopicElement<unknown>>('topic-card, pillar-list, article-summary')];
    for (const widget of widgets) await widget.updateComplete;
    const media = await emulateMedia(widgets, { forcedColors: true });
    try {
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
      for (const widget of widgets) {
        const surface = parseColor(getComputedStyle(part(widget, 'base')!).backgroundColor);
        const bars = [...widget.shadowRoot!.querySelectorAll('.skeleton-text')];
        expect(bars.length, widget.localName).to.be.greaterThan(3);
        for (const bar of bars) {
          const fill = parseColor(getComputedStyle(bar).backgroundColor);
          expect(fill[3], `<${widget.localName}> skeleton bar is painted`).to.be.greaterThan(0.5);
          expect(contrastRatio(fill, surface), `<${widget.localName}> skeleton bar stands out`).to.be.at.least(1.5);
        }
      }
    } finally {
      await media.restore();
    }
  });

  it('keeps the pillar numbers’ circles, and the themes (words without a shape) visible', async () => {
    const root = await fixture(html`<div><topic-card topic="defense-technology-exchanges"></topic-card><pillar-list topic="defense-technology-exchanges"></pillar-list></div>`);
    const [card, list] = [...root.children] as TopicElement<unknown>[];
    await settled(card!, 'ready');
    await settled(list!, 'ready');
    const media = await emulateMedia([card!, list!], { forcedColors: true });
    try {
      const surface = parseColor(getComputedStyle(part(card!, 'base')!).backgroundColor);
      for (const chip of card!.shadowRoot!.querySelectorAll('.chip')) expect(contrastRatio(parseColor(getComputedStyle(chip).color), surface), 'a theme’s words').to.be.at.least(4.5);
      for (const [widget, shapes] of [[list!, parts(list!, 'number')]] as const) {
        const surface = parseColor(getComputedStyle(part(widget, 'base')!).backgroundColor);
        expect(shapes.length).to.be.greaterThan(2);
        for (const shape of shapes) {
          const style = getComputedStyle(shape);
          expect(parseFloat(style.borderTopWidth), `${shape.className}: a border`).to.be.greaterThan(0);
          expect(contrastRatio(parseColor(style.borderTopColor), surface), `${shape.className}: a visible border`).to.be.at.least(3);
        }
      }
    } finally {
      await media.restore();
    }
  });
});
