/**
 * Widths a reader meets (issue 24, findings 9 and 10): on a phone (375 px) the key points keep
 * nearly the whole width (less padding, text under the number); in a wide container the text
 * keeps a readable measure and runs under its label.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { TopicElement } from '../../src/components/shared/topic-element.js';
import { failOnConsoleErrors, part, parts, settled } from './helpers.js';

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

  it('in a very wide container, the summary keeps lines of at most about 70 characters', async () => {
    const summary = await inWidth('120em', html`<article-summary topic="defense-attaches"></article-summary>`);
    const abstract = part(summary, 'abstract')!;
    const zero = document.createElement('span');
    zero.textContent = '0'.repeat(70);
    zero.style.font = getComputedStyle(abstract).font;
    zero.style.whiteSpace = 'nowrap';
    document.body.append(zero);
    const seventy = zero.getBoundingClientRect().width;
    zero.remove();
    expect(abstract.getBoundingClientRect().width).to.be.at.most(seventy + 1);
  });
});
