/**
 * Widths a reader meets (issue 24, findings 9 and 10): on a phone (375 px) the key points keep
 * nearly the whole width (less padding, text under the number); in a wide container the text
 * keeps a readable measure and runs under its label.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { TopicElement } from '../../src/components/shared/topic-element.js';
import { nothing } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { failOnConsoleErrors, part, parts, settled } from './helpers.js';

/** The most characters on one line of an element's own text, as laid out. */
function longestLine(element: Element): number {
  const lines = new Map<number, number>();
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (let i = 0; i < node.textContent!.length; i++) {
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rect = range.getClientRects()[0];
      if (!rect) continue;
      const line = Math.round(rect.top);
      lines.set(line, (lines.get(line) ?? 0) + 1);
    }
  }
  return Math.max(0, ...lines.values());
}

async function inWidth<T extends TopicElement<unknown>>(width: string, markup: ReturnType<typeof html>): Promise<T> {
  const root = await fixture(html`<div style=${`inline-size: ${width}; font-size: 16px`}>${markup}</div>`);
  const widget = root.firstElementChild as T;
  await settled(widget, 'ready');
  return widget;
}

/** Where an element's text is: its content box (inside its padding). */
function textBox(element: Element): { left: number; width: number } {
  const box = element.getBoundingClientRect();
  const style = getComputedStyle(element);
  const start = parseFloat(style.paddingLeft);
  return { left: box.left + start, width: box.width - start - parseFloat(style.paddingRight) };
}

describe('narrow containers and a readable measure', () => {
  failOnConsoleErrors();

  it('at 375 px, a key point’s text takes nearly the whole width, starting under its number', async () => {
    const list = await inWidth('375px', html`<pillar-list topic="defense-technology-exchanges"></pillar-list>`);
    const text = textBox(parts(list, 'text')[0]!);
    const number = parts(list, 'number')[0]!.getBoundingClientRect();
    expect(text.width, 'the text’s width').to.be.greaterThan(320);
    expect(Math.abs(text.left - number.left), 'under the number').to.be.lessThan(2);
  });

  it('wide, a key point’s text runs under its label, not under its number', async () => {
    const list = await inWidth('48em', html`<pillar-list topic="defense-technology-exchanges"></pillar-list>`);
    const text = textBox(parts(list, 'text')[0]!);
    const label = parts(list, 'label')[0]!.getBoundingClientRect();
    expect(Math.abs(text.left - label.left)).to.be.lessThan(2);
  });

  it('at 375 px, the widget’s own padding leaves the content at least 90% of the width', async () => {
    const card = await inWidth('375px', html`<topic-card topic="defense-attaches"></topic-card>`);
    const base = part(card, 'base')!.getBoundingClientRect();
    const abstract = part(card, 'abstract')!.getBoundingClientRect();
    expect(abstract.width / base.width).to.be.greaterThan(0.9);
  });

  // Lines a reader can follow: at most about 70 characters (the reviewer counted 82 in the
  // summary and the index, 89 in the article, with a measure of 70ch: a "0" is wider than most letters).
  const widest: [string, string, string][] = [
    ['article-summary', 'abstract', 'defense-attaches'],
    ['topic-article', 'section', 'defense-attaches'],
    ['pillar-list', 'text', 'defense-technology-exchanges'],
    ['topic-index', 'abstract', ''],
  ];
  for (const [tag, partName, topic] of widest) {
    it(`in a very wide container, <${tag}> keeps lines of at most about 70 characters`, async () => {
      const t = unsafeStatic(tag);
      const widget = await inWidth('120em', staticHtml`<${t} topic=${topic || nothing}></${t}>`);
      const longest = Math.max(...parts(widget, partName).flatMap((element) => [...element.querySelectorAll('p'), element].map(longestLine)));
      expect(longest, `<${tag}>'s longest line`).to.be.within(45, 72);
    });
  }
});
