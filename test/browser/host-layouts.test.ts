/**
 * The card on real host layouts: every formatting context a page puts it in (flex row beside a
 * sidebar, a flex column or grid that does not stretch it, inline-block, float, absolute
 * positioning, a table cell), on a page without a framework, on one styled with Bootstrap 5
 * and one with Tailwind's preflight (both from their npm packages), and on a blog theme with a
 * sidebar. Each page is the CDN embed as a site owner pastes it (test/fixtures/pages/layouts/).
 *
 * Each card's room is the width of the nearest `[data-context]` box, which the page sizes
 * without looking at the card. The card must be at least 240 px wide when the room allows (the
 * readable minimum, 15em at 16 px), fill narrower rooms without overflowing them, and have a
 * sane height (a card squeezed to a letter a line grows thousands of pixels tall).
 */
import { expect } from '@open-wc/testing';
import { openFrame, stateOf, whenReady, type Frame } from './helpers.js';

const READABLE_MIN = 240;
/** Far above any card here at 200 px or more (about 700 px with its image), far below a squeezed one (3,000 px and more). */
const SANE_HEIGHT = 1200;

const PAGES = ['plain', 'bootstrap', 'tailwind', 'blog'];

interface Measure {
  context: string;
  room: number;
  width: number;
  height: number;
  overflowsRoom: boolean;
  overflowsItself: boolean;
}

function measure(frame: Frame): Measure[] {
  return [...frame.doc.querySelectorAll('topic-card')].map((card) => {
    const context = card.closest<HTMLElement>('[data-context]')!;
    const style = frame.win.getComputedStyle(context);
    const room = context.clientWidth - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd);
    const box = context.getBoundingClientRect();
    const rect = card.getBoundingClientRect();
    const base = card.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
    return {
      context: context.dataset.context!,
      room,
      width: rect.width,
      height: rect.height,
      overflowsRoom: rect.left < box.left - 0.5 || rect.right > box.right + 0.5,
      overflowsItself: base.scrollWidth > base.clientWidth + 1,
    };
  });
}

describe('host layouts: the card keeps a readable width in every formatting context', () => {
  for (const page of PAGES) {
    it(`${page} page`, async () => {
      const frame = await openFrame(`/test/fixtures/pages/layouts/${page}.html`);
      frame.frame.style.inlineSize = '1100px';
      try {
        const cards = [...frame.doc.querySelectorAll('topic-card')];
        expect(cards.length, 'cards on the page').to.be.greaterThan(3);
        for (const card of cards) await whenReady(card);
        // Images are lazy and may still change a card's height: measure after layout settles.
        await new Promise((resolve) => frame.win.requestAnimationFrame(resolve));
        const measures = measure(frame);
        const report = measures.map((m) => `${m.context}: room ${Math.round(m.room)} px, card ${Math.round(m.width)} × ${Math.round(m.height)} px`).join('\n');
        for (const m of measures) {
          expect(m.width, `${m.context}: too narrow\n${report}`).to.be.at.least(Math.min(READABLE_MIN, m.room) - 0.5);
          expect(m.height, `${m.context}: too tall\n${report}`).to.be.at.most(SANE_HEIGHT);
          expect(m.overflowsRoom, `${m.context}: wider than its room\n${report}`).to.equal(false);
          expect(m.overflowsItself, `${m.context}: its content overflows\n${report}`).to.equal(false);
        }
        // Narrow rooms are filled, not left half empty.
        for (const m of measures.filter((m) => m.room < READABLE_MIN)) expect(m.width, `${m.context} fills its room\n${report}`).to.be.closeTo(m.room, 1);
        expect(frame.errors).to.deep.equal([]);
        expect(cards.every((card) => stateOf(card) === 'ready')).to.equal(true);
      } finally {
        frame.frame.remove();
      }
    });
  }
});
