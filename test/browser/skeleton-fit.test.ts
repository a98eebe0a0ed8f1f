/**
 * The page does not jump when a widget's content arrives (issue 24, finding 9): each widget's
 * loading skeleton is about as tall as the content that replaces it, on a phone (375 px, where
 * the pillar-list skeleton was 342 px taller than its content) and in a wide column. "About":
 * within a fifth of the content's height, or 48 px for short widgets; the bundled topics differ
 * in length and a skeleton cannot know which one is coming.
 */
import { expect, fixture } from '@open-wc/testing';
import { nothing } from 'lit';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/define.js';
import type { TopicElement } from '../../src/components/shared/topic-element.js';
import { failOnConsoleErrors, neverAnswers, part, settled } from './helpers.js';

const WIDGETS: { tag: string; attributes?: string; layout?: string }[] = [
  { tag: 'topic-card' },
  { tag: 'topic-card', attributes: 'compact' },
  { tag: 'pillar-list' },
  { tag: 'pillar-list', attributes: 'grid' },
  { tag: 'article-summary' },
  { tag: 'topic-article' },
  { tag: 'topic-article', attributes: 'section' },
  { tag: 'series-nav' },
  { tag: 'topic-index' },
];
/** A topic of middle length (the skeleton is shaped for a typical topic). */
const TOPIC = 'military-training-diplomacy';
const WIDTHS = [375, 720];
/** A section of TOPIC, for `<topic-article section>` (one section, under the title). */
const SECTION = 'why-is-it-essential-for-islamic-nations';

async function mount(tag: string, attributes: string | undefined, width: number, loading: boolean) {
  const t = unsafeStatic(tag);
  const variant = attributes === 'compact' ? 'compact' : undefined;
  const layout = attributes === 'grid' ? 'grid' : undefined;
  const root = await fixture(
    staticHtml`<div style=${`inline-size: ${width}px; font: 16px/1.5 serif`}>
      <topic-provider .source=${loading ? neverAnswers : undefined /* the bundled dataset */}>
        <${t} topic=${TOPIC} variant=${variant ?? 'full'} layout=${layout ?? 'list'} section=${attributes === 'section' ? SECTION : nothing}></${t}>
      </topic-provider>
    </div>`,
  );
  const widget = root.querySelector(tag) as TopicElement<unknown>;
  if (loading) {
    await widget.updateComplete;
    expect(part(widget, 'skeleton'), `<${tag}> is loading`).to.exist;
  } else {
    await settled(widget, 'ready');
  }
  return widget.getBoundingClientRect().height;
}

describe('a skeleton as tall as its content', () => {
  failOnConsoleErrors();

  for (const width of WIDTHS) {
    for (const { tag, attributes } of WIDGETS) {
      it(`<${tag}${attributes ? ` ${attributes}` : ''}> at ${width} px`, async () => {
        const skeleton = await mount(tag, attributes, width, true);
        const content = await mount(tag, attributes, width, false);
        const allowed = Math.max(48, content * 0.2);
        expect(Math.abs(skeleton - content), `skeleton ${Math.round(skeleton)} px, content ${Math.round(content)} px`).to.be.at.most(allowed);
      });
    }
  }
});
