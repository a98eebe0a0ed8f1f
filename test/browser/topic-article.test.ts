/**
 * <topic-article>: the whole article from its record, deep links to its sections, "copy link",
 * one section alone, a table of contents, print, and data that tries to break out. The records
 * are in memory (an article with every kind of block), so these tests need no built dataset.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/topic-article/define.js';
import '../../src/components/topic-provider/define.js';
import type { TopicArticleElement } from '../../src/components/topic-article/topic-article.js';
import type { WidgetErrorDetail } from '../../src/components/shared/topic-element.js';
import { DataLoadError, TopicNotFoundError, type TopicDataSource } from '../../src/data/data-source.js';
import { registerLanguage } from '../../src/components/shared/messages/index.js';
import type { ArticleRecord, Block, InlineRun } from '../../src/schema/dataset.js';
import { contrastRatio, parseColor, printedTextContrast } from './contrast.js';
import { failOnConsoleErrors, neverAnswers, part, parts, settled, shadowText } from './helpers.js';
import { emulateMedia } from './media.js';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

const text = (value: string): InlineRun[] => [{ text: value }];

/** An article record with every kind of block the schema has. */
function article(patch: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    schemaVersion: 4,
    id: 'naval-port-visits',
    name: 'Naval Port Visits',
    tagline: 'Ships as envoys',
    themes: [{ id: 'maritime', label: 'Maritime' }],
    lang: 'en',
    dir: 'ltr',
    title: 'Naval Port Visits',
    lead: [{ type: 'paragraph', content: text('A port visit is a short stay of a navy ship in a foreign port.') }],
    sections: [
      {
        id: 'purpose',
        heading: 'Purpose',
        blocks: [
          {
            type: 'paragraph',
            content: [
              { text: 'Visits build ' },
              { text: 'trust', strong: true },
              { text: ' and ' },
              { text: 'habits', em: true },
              { text: ' (see ' },
              { text: 'NAVY-1', code: true },
              { text: ', the ' },
              { text: 'naval guide', href: 'https://example.org/guide' },
              { text: ').' },
            ],
          },
          { type: 'heading', level: 3, content: text('Crews') },
          { type: 'paragraph', content: text('Crews meet their hosts.') },
          { type: 'heading', level: 4, content: text('Sports') },
          { type: 'heading', level: 5, content: text('Football') },
          { type: 'heading', level: 6, content: text('Finals') },
          { type: 'image', src: 'https://example.org/ship.png', alt: 'A frigate moored at a quay', title: 'A frigate in port' },
          { type: 'image', src: 'https://example.org/undescribed.png', alt: '' },
          { type: 'image', src: 'https://example.org/generic.png', alt: 'photo 2' },
        ],
      },
      {
        id: 'steps',
        heading: 'Steps',
        blocks: [
          { type: 'list', ordered: true, start: 4, items: [text('Request'), text('Approve'), text('Sail')] },
          {
            type: 'list',
            ordered: false,
            items: [text('Flags'), { depth: 1, ordered: true, content: text('Host flag') }, { depth: 1, ordered: true, content: text('Guest flag') }, { depth: 2, ordered: false, content: text('Pennant') }, text('Salutes')],
          },
          {
            type: 'quote',
            blocks: [
              { type: 'paragraph', content: text('A ship in port is safe.') },
              { type: 'list', ordered: false, items: [text('Quoted item')] },
            ],
          },
        ],
      },
      { id: 'outlook', heading: 'Outlook', blocks: [{ type: 'paragraph', content: text('More visits are planned.') }] },
    ],
    pillars: [],
    summary: { abstract: 'A port visit is a short stay of a navy ship in a foreign port.', sentences: [] },
    countries: [],
    images: [],
    keywords: [],
    wordCount: 600,
    readingMinutes: 3,
    related: [],
    series: { part: 3, parts: 5 },
    evidence: {
      abstract: { rule: 'first-sentence' },
      summary: { rule: 'ranked', sentences: [] },
      pillars: { framingSections: [] },
      themes: { rule: 'evidence', minScore: 0.2, maxThemes: 3, candidates: [] },
      related: { rule: 'similarity', minScore: 0.2, belowMinimum: [] },
      images: [],
    },
    source: { path: 'naval-port-visits.md', sha256: '0'.repeat(64) },
    ...patch,
  };
}

const ARABIC = article({
  id: 'defense-attaches',
  name: 'الملحقون العسكريون',
  tagline: 'جسور بين الجيوش',
  lang: 'ar',
  dir: 'rtl',
  lead: [{ type: 'paragraph', content: text('الملحق العسكري ممثل لبلده.') }],
  sections: [{ id: 'role', heading: 'الدور', blocks: [{ type: 'paragraph', content: text('يعمل الملحق وسيطًا.') }] }],
});

/** A data source holding these records in memory (and answering `peek` once a record was loaded). */
function memorySource(...records: ArticleRecord[]): TopicDataSource {
  const byId = new Map(records.map((record) => [record.id, record]));
  const refuse = () => Promise.reject(new Error('not in this test source'));
  return {
    label: 'the test articles',
    loadArticle: async (id) => {
      const record = byId.get(id);
      if (!record) throw new TopicNotFoundError(id, [...byId.keys()]);
      return record;
    },
    loadCard: refuse,
    loadSummary: refuse,
    loadIndex: refuse,
  };
}

const SOURCE = memorySource(article(), ARABIC);

async function mount(template: unknown, source: TopicDataSource = SOURCE): Promise<TopicArticleElement> {
  const provider = await fixture(html`<topic-provider .source=${source}>${template}</topic-provider>`);
  const element = provider.querySelector('topic-article')!;
  await settled(element);
  return element;
}

const sectionHeading = (element: Element, id: string) => element.shadowRoot!.getElementById(id)!.querySelector<HTMLElement>('[part~="section-heading"]')!;
/** A list item's own text, without the lists nested in it. */
const ownText = (item: Element) => [...item.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join('');
/** The meta line's parts (reading time, place in the series), as written. */
const metaWords = (element: Element) => [...part(element, 'meta')!.querySelectorAll('span')].map((span) => span.textContent);
const focusedInside = (element: Element) => element.shadowRoot!.activeElement;

/** The page's address without its fragment, restored after each test that sets one. */
const pageWithoutFragment = () => location.pathname + location.search;

describe('<topic-article>', () => {
  const logs = failOnConsoleErrors();
  afterEach(() => {
    history.replaceState(null, '', pageWithoutFragment());
    scrollTo(0, 0);
  });

  it('shows the title, tagline, meta line, lead and every section with its blocks, in the article’s language', async () => {
    const element = await mount(html`<topic-article topic="naval-port-visits" heading-level="2"></topic-article>`);
    expect(element.stateName).to.equal('ready');
    const body = part(element, 'article')!;
    expect([body.lang, body.dir]).to.deep.equal(['en', 'ltr']);
    const title = part(element, 'heading')!;
    expect([title.textContent, title.getAttribute('role'), title.getAttribute('aria-level')]).to.deep.equal(['Naval Port Visits', 'heading', '2']);
    expect(part(element, 'tagline')!.textContent).to.equal('Ships as envoys');
    const meta = part(element, 'meta')!;
    expect([meta.lang, meta.dir, ...metaWords(element)]).to.deep.equal(['en', 'ltr', '3 min read', 'Part 3 of 5']);
    expect(part(element, 'lead')!.textContent).to.contain('A port visit is a short stay');

    const sections = parts(element, 'section');
    expect(sections.map((s) => s.id)).to.deep.equal(['naval-port-visits--purpose', 'naval-port-visits--steps', 'naval-port-visits--outlook']);
    expect(parts(element, 'section-heading').map((h) => [h.textContent, h.getAttribute('aria-level'), h.getAttribute('tabindex')])).to.deep.equal([
      ['Purpose', '3', '-1'],
      ['Steps', '3', '-1'],
      ['Outlook', '3', '-1'],
    ]);
    // ### is one level below its section's heading, #### two…, never past 6.
    expect(parts(element, 'block-heading').map((h) => [h.textContent, h.getAttribute('aria-level')])).to.deep.equal([
      ['Crews', '4'],
      ['Sports', '5'],
      ['Football', '6'],
      ['Finals', '6'],
    ]);

    // Inline marks, and a link that opens nothing new and sends no referrer.
    const first = sections[0]!.querySelector('p')!;
    expect(first.textContent).to.equal('Visits build trust and habits (see NAVY-1, the naval guide).');
    expect(first.querySelector('strong')!.textContent).to.equal('trust');
    expect(first.querySelector('em')!.textContent).to.equal('habits');
    expect(first.querySelector('code')!.textContent).to.equal('NAVY-1');
    const link = first.querySelector('a')!;
    expect([link.textContent, link.href, link.rel, link.hasAttribute('target')]).to.deep.equal(['naval guide', 'https://example.org/guide', 'noopener noreferrer', false]);

    // Only the described image, lazily, without a referrer, captioned by its title.
    const images = [...element.shadowRoot!.querySelectorAll('img')];
    expect(images.map((image) => image.src)).to.deep.equal(['https://example.org/ship.png']);
    const image = images[0]!;
    expect([image.alt, image.loading, image.decoding, image.referrerPolicy]).to.deep.equal(['A frigate moored at a quay', 'lazy', 'async', 'no-referrer']);
    expect(image.closest('figure')!.querySelector('figcaption')!.textContent).to.equal('A frigate in port');
  });

  it('lists: ordered from their start, unordered, nested inside their parent item; block quotes', async () => {
    const element = await mount(html`<topic-article topic="naval-port-visits"></topic-article>`);
    const steps = element.shadowRoot!.getElementById('naval-port-visits--steps')!;
    const ordered = steps.querySelector(':scope > ol')!;
    expect(ordered.getAttribute('start')).to.equal('4');
    expect([...ordered.children].map((li) => li.textContent)).to.deep.equal(['Request', 'Approve', 'Sail']);

    const unordered = steps.querySelector(':scope > ul')!;
    const top = [...unordered.children] as HTMLLIElement[];
    expect(top.map((li) => ownText(li))).to.deep.equal(['Flags', 'Salutes']);
    const inner = top[0]!.querySelector(':scope > ol')!;
    expect([...inner.children].map((li) => ownText(li))).to.deep.equal(['Host flag', 'Guest flag']);
    expect(inner.children[1]!.querySelector(':scope > ul > li')!.textContent).to.equal('Pennant');
    expect(top[1]!.querySelector('ol, ul')).to.equal(null);

    const quote = steps.querySelector('blockquote')!;
    expect(quote.querySelector('p')!.textContent).to.equal('A ship in port is safe.');
    expect(quote.querySelector('ul > li')!.textContent).to.equal('Quoted item');
  });

  it('nests lists sensibly whatever depths a custom source claims (jumps, a nested first item, nonsense)', async () => {
    const items = [
      { depth: 3, ordered: false, content: text('orphan') },
      text('one'),
      { depth: 7, ordered: true, content: text('jumped') },
      { depth: 2, ordered: true, content: text('deeper') },
      { depth: Number.NaN, ordered: false, content: text('nonsense') },
      text('two'),
    ] as unknown as Extract<Block, { type: 'list' }>['items'];
    const record = article({ id: 'odd-lists', sections: [{ id: 'odd', heading: 'Odd', blocks: [{ type: 'list', ordered: false, items }] }] });
    const element = await mount(html`<topic-article topic="odd-lists"></topic-article>`, memorySource(record));
    expect(element.stateName).to.equal('ready');
    const list = element.shadowRoot!.querySelector('#odd-lists--odd > ul')!;
    const top = [...list.children];
    // The nested first item has no parent: it is a top-level item.
    expect(top.map((li) => ownText(li))).to.deep.equal(['orphan', 'one', 'two']);
    // A jump of several levels goes one level down; the next item one further; nonsense is one
    // level down (in a list of its own: it is of another kind than the numbered one before it).
    const level1 = top[1]!.querySelector(':scope > ol')!;
    expect([...level1.children].map((li) => ownText(li))).to.deep.equal(['jumped']);
    expect([...top[1]!.querySelectorAll(':scope > ul > li')].map((li) => ownText(li))).to.deep.equal(['nonsense']);
    expect(level1.children[0]!.querySelector(':scope > ol > li')!.textContent).to.equal('deeper');
  });

  it('keeps two lists of different kinds inside one item apart (numbers, then bullets)', async () => {
    const items = [
      text('Top'),
      { depth: 1, ordered: true, content: text('n1') },
      { depth: 1, ordered: true, content: text('n2') },
      { depth: 1, ordered: false, content: text('bullet') },
      text('Next'),
    ] as unknown as Extract<Block, { type: 'list' }>['items'];
    const record = article({ id: 'two-lists', sections: [{ id: 'both', heading: 'Both', blocks: [{ type: 'list', ordered: false, items }] }] });
    const element = await mount(html`<topic-article topic="two-lists"></topic-article>`, memorySource(record));
    const top = element.shadowRoot!.querySelector('#two-lists--both > ul > li')!;
    expect([...top.querySelectorAll(':scope > ol > li')].map((li) => li.textContent)).to.deep.equal(['n1', 'n2']);
    expect([...top.querySelectorAll(':scope > ul > li')].map((li) => li.textContent)).to.deep.equal(['bullet']);
  });

  it('places its headings in the page’s outline: at heading level 1, and capped at 6', async () => {
    const element = await mount(html`<topic-article topic="naval-port-visits" heading-level="1"></topic-article>`);
    expect(part(element, 'heading')!.getAttribute('aria-level')).to.equal('1');
    expect(parts(element, 'section-heading')[0]!.getAttribute('aria-level')).to.equal('2');
    expect(parts(element, 'block-heading').map((h) => h.getAttribute('aria-level'))).to.deep.equal(['3', '4', '5', '6']);
    element.headingLevel = 6;
    await element.updateComplete;
    expect(part(element, 'heading')!.getAttribute('aria-level')).to.equal('6');
    expect([...parts(element, 'section-heading'), ...parts(element, 'block-heading')].every((h) => h.getAttribute('aria-level') === '6')).to.equal(true);
  });

  it('its title stands above its sections’ headings (a larger size), and they above the text', async () => {
    const element = await mount(html`<topic-article topic="naval-port-visits"></topic-article>`);
    const size = (node: Element) => parseFloat(getComputedStyle(node).fontSize);
    const title = size(part(element, 'heading')!);
    const section = size(parts(element, 'section-heading')[0]!);
    const text = size(element.shadowRoot!.querySelector('.section p')!);
    expect(title / section, `title ${title} px, section ${section} px`).to.be.at.least(1.15);
    expect(section / text, `section ${section} px, text ${text} px`).to.be.at.least(1.08);
  });

  for (const theme of ['light', 'dark']) {
    it(`is accessible, with a table of contents (${theme})`, async () => {
      const element = await mount(html`<topic-article topic="naval-port-visits" toc theme=${theme}></topic-article>`);
      await expect(element).to.be.accessible();
    });
  }

  it('page loaded with a section’s address: scrolls to that section and moves focus to its heading', async () => {
    // The first section: nothing above it changes height after the scroll (an image that fails to load, below it, is hidden).
    history.replaceState(null, '', `${pageWithoutFragment()}#naval-port-visits--purpose`);
    const element = await mount(html`<div style="block-size: 300vh"></div><topic-article topic="naval-port-visits"></topic-article><div style="block-size: 300vh"></div>`);
    const heading = sectionHeading(element, 'naval-port-visits--purpose');
    await waitUntil(() => focusedInside(element) === heading, 'the heading of the section in the address took focus');
    expect(document.activeElement).to.equal(element);
    const top = element.shadowRoot!.getElementById('naval-port-visits--purpose')!.getBoundingClientRect().top;
    expect(top, 'the section is at the top of the window').to.be.within(-1, innerHeight / 2);
  });

  it('page loaded with a section’s address: stays at that section while pictures above it load (as in browsers without scroll anchoring)', async () => {
    // A tall picture, served late, right above the section the address names.
    const picture = `${location.origin}/__slow/600/test/fixtures/pages/tall-picture.svg`;
    const record = article({
      id: 'late-pictures',
      sections: [
        { id: 'first', heading: 'First', blocks: [{ type: 'paragraph', content: text('Before the picture.') }, { type: 'image', src: picture, alt: 'A tall grey picture' }] },
        { id: 'second', heading: 'Second', blocks: [{ type: 'paragraph', content: text('The section the address names.') }] },
      ],
    });
    history.replaceState(null, '', `${pageWithoutFragment()}#late-pictures--second`);
    const element = await mount(html`<div style="block-size: 150vh"></div><topic-article topic="late-pictures"></topic-article><div style="block-size: 300vh"></div>`, memorySource(record));
    const image = element.shadowRoot!.querySelector('img')!;
    await waitUntil(() => image.complete && image.naturalHeight > 0, 'the picture loaded', { timeout: 5000 });
    await new Promise(requestAnimationFrame);
    const top = element.shadowRoot!.getElementById('late-pictures--second')!.getBoundingClientRect().top;
    expect(top, 'the section is still at the top of the window').to.be.within(-2, innerHeight / 3);
  });

  it('follows the address when its fragment changes to one of its sections, and only then', async () => {
    const element = await mount(html`<topic-article topic="naval-port-visits"></topic-article><button id="outside">outside</button>`);
    const outside = element.parentElement!.querySelector<HTMLButtonElement>('#outside')!;
    outside.focus();
    // Another widget's (or the page's own) fragment: focus stays where it is.
    location.hash = '#somewhere-else';
    await oneEvent(window, 'hashchange');
    expect(document.activeElement).to.equal(outside);

    location.hash = '#naval-port-visits--steps';
    await oneEvent(window, 'hashchange');
    expect(focusedInside(element)).to.equal(sectionHeading(element, 'naval-port-visits--steps'));

    // Later renders with the same address do not take focus back.
    outside.focus();
    element.theme = 'dark';
    await element.updateComplete;
    element.requestUpdate();
    await element.updateComplete;
    expect(document.activeElement).to.equal(outside);

    // An encoded fragment is decoded, as the browser decodes it.
    location.hash = '#naval-port-visits%2D%2Dpurpose';
    await oneEvent(window, 'hashchange');
    expect(focusedInside(element)).to.equal(sectionHeading(element, 'naval-port-visits--purpose'));
  });

  it('listens to the address only while on the page', async () => {
    const added: unknown[] = [];
    const removed: unknown[] = [];
    const { addEventListener: add, removeEventListener: remove } = window;
    window.addEventListener = function (this: Window, type: string, listener: unknown, ...rest: unknown[]) {
      if (type === 'hashchange') added.push(listener);
      return (add as (...args: unknown[]) => void).call(this, type, listener, ...rest);
    } as typeof window.addEventListener;
    window.removeEventListener = function (this: Window, type: string, listener: unknown, ...rest: unknown[]) {
      if (type === 'hashchange') removed.push(listener);
      return (remove as (...args: unknown[]) => void).call(this, type, listener, ...rest);
    } as typeof window.removeEventListener;
    let element: TopicArticleElement;
    let provider: Element;
    try {
      element = await mount(html`<topic-article topic="naval-port-visits"></topic-article>`);
      provider = element.parentElement!;
      element.remove();
    } finally {
      Object.assign(window, { addEventListener: add, removeEventListener: remove });
    }
    expect(added, 'one hashchange listener while on the page').to.have.length(1);
    expect(removed, 'removed when taken off the page').to.deep.equal(added);
    location.hash = '#naval-port-visits--steps';
    await oneEvent(window, 'hashchange');
    // Back on the page: it follows changes again (and an address it missed is not acted on).
    provider.append(element);
    await element.updateComplete;
    expect(focusedInside(element)).to.equal(null);
    location.hash = '#naval-port-visits--outlook';
    await oneEvent(window, 'hashchange');
    expect(focusedInside(element)).to.equal(sectionHeading(element, 'naval-port-visits--outlook'));
  });

  describe('copy link', () => {
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    afterEach(() => {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    });
    const stubClipboard = (writeText: ((text: string) => Promise<void>) | undefined) =>
      Object.defineProperty(navigator, 'clipboard', { value: writeText ? { writeText } : undefined, configurable: true });
    const announcement = () => document.querySelector('[data-defense-topics-announcer]')?.textContent ?? '';
    const announcedLang = () => document.querySelector('[data-defense-topics-announcer] p')?.getAttribute('lang');

    it('copies the page’s address pointing at the section, and says so politely', async () => {
      const written: string[] = [];
      stubClipboard(async (value) => void written.push(value));
      history.replaceState(null, '', `${pageWithoutFragment()}#an-old-fragment`);
      const element = await mount(html`<topic-article topic="naval-port-visits"></topic-article>`);
      const button = parts(element, 'copy-link')[1] as HTMLButtonElement;
      expect([button.textContent!.trim(), button.getAttribute('aria-label')!.replace(/[\u2066-\u2069]/g, '')]).to.deep.equal(['Copy link', 'Copy link to “Steps”']);
      button.click();
      await waitUntil(() => announcement() === 'Link copied', `announced "${announcement()}"`);
      const expected = new URL(location.href);
      expected.hash = 'naval-port-visits--steps';
      expect(written).to.deep.equal([expected.href]);
      expect(announcedLang()).to.equal('en');
      const region = document.querySelector('[data-defense-topics-announcer]')!;
      expect([region.getAttribute('role'), region.getAttribute('aria-live')]).to.deep.equal(['status', 'polite']);
      expect(part(element, 'copy-link-field')).to.equal(null);
      // Those who see it see it too: "Link copied" beside the button (hidden from screen readers, who heard it), then gone.
      const copied = part(element, 'copied')!;
      expect([copied.textContent, copied.getAttribute('aria-hidden'), copied.closest('section')!.id]).to.deep.equal(['Link copied', 'true', 'naval-port-visits--steps']);
      expect(button.textContent!.trim(), 'the button keeps its name').to.equal('Copy link');
      await waitUntil(() => part(element, 'copied') === null, '"Link copied" stays', { timeout: 5000 });
    });

    for (const [why, clipboard] of [
      ['refused', () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'))],
      ['missing', undefined],
    ] as const) {
      it(`when the clipboard is ${why}: says so, and shows the address selected in a read-only field`, async () => {
        stubClipboard(clipboard);
        const element = await mount(html`<topic-article topic="naval-port-visits"></topic-article>`);
        (parts(element, 'copy-link')[0] as HTMLButtonElement).click();
        await waitUntil(() => announcement() === 'The link could not be copied; it is shown to copy by hand', `announced "${announcement()}"`);
        const field = part(element, 'copy-link-field') as HTMLInputElement;
        const expected = new URL(location.href);
        expected.hash = 'naval-port-visits--purpose';
        expect([field.value, field.readOnly]).to.deep.equal([expected.href, true]);
        expect(field.closest('section')!.id).to.equal('naval-port-visits--purpose');
        expect(focusedInside(element)).to.equal(field);
        expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, expected.href.length]);
        await expect(element).to.be.accessible();
      });
    }

    it('announces in the widget’s words (Arabic)', async () => {
      stubClipboard(async () => undefined);
      const element = await mount(html`<topic-article topic="naval-port-visits" lang="ar"></topic-article>`);
      await waitUntil(() => part(element, 'copy-link')!.textContent!.trim() === 'نسخ الرابط', 'Arabic words');
      (part(element, 'copy-link') as HTMLButtonElement).click();
      await waitUntil(() => announcement() === 'نُسخ الرابط', `announced "${announcement()}"`);
      expect(announcedLang()).to.equal('ar');
    });
  });

  it('section="…": only that section, under the title and meta line (no lead, no table of contents)', async () => {
    const element = await mount(html`<topic-article topic="naval-port-visits" section="steps" toc></topic-article>`);
    expect(parts(element, 'section').map((s) => s.id)).to.deep.equal(['naval-port-visits--steps']);
    expect(part(element, 'heading')!.textContent).to.equal('Naval Port Visits');
    expect(part(element, 'meta')).to.not.equal(null);
    expect(part(element, 'lead')).to.equal(null);
    expect(part(element, 'toc')).to.equal(null);
    element.section = '';
    await element.updateComplete;
    expect(parts(element, 'section')).to.have.length(3);
    expect(logs.warnings).to.deep.equal([]);
  });

  it('an unknown section: the whole article, and one warning naming the sections', async () => {
    const element = await mount(html`<topic-article topic="naval-port-visits" section="nope"></topic-article>`);
    expect(parts(element, 'section')).to.have.length(3);
    element.requestUpdate();
    await element.updateComplete;
    expect(logs.warnings.map((args) => String(args[0]))).to.deep.equal([
      '[defense-topics] <topic-article>: topic "naval-port-visits" has no section "nope", so the whole article is shown. Its sections: purpose, steps, outlook.',
    ]);
  });

  it('toc: links to each section; following one scrolls to it and focuses its heading', async () => {
    const element = await mount(html`<div style="block-size: 200vh"></div><topic-article topic="naval-port-visits" toc></topic-article><div style="block-size: 200vh"></div>`);
    const nav = part(element, 'toc')!;
    expect([nav.localName, nav.getAttribute('aria-label')]).to.deep.equal(['nav', 'Contents']);
    const links = [...nav.querySelectorAll('ol > li > a')] as HTMLAnchorElement[];
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).to.deep.equal([
      ['Purpose', '#naval-port-visits--purpose'],
      ['Steps', '#naval-port-visits--steps'],
      ['Outlook', '#naval-port-visits--outlook'],
    ]);
    links[2]!.click();
    await waitUntil(() => focusedInside(element) === sectionHeading(element, 'naval-port-visits--outlook'), 'focus on the section heading');
    expect(location.hash).to.equal('#naval-port-visits--outlook');
    // The same link again (the address already names it): still taken there.
    (document.activeElement as HTMLElement).blur();
    links[2]!.click();
    expect(focusedInside(element)).to.equal(sectionHeading(element, 'naval-port-visits--outlook'));

    element.setAttribute('toc', 'false');
    await element.updateComplete;
    expect(element.toc).to.equal(false);
    expect(part(element, 'toc')).to.equal(null);
  });

  it('a language registered without the series words shows them in English, marked English', async () => {
    registerLanguage('it', { readingTime: (minutes) => `${minutes} min di lettura` });
    const element = await mount(html`<topic-article topic="naval-port-visits" lang="it" toc></topic-article>`);
    await waitUntil(() => part(element, 'meta')!.textContent!.includes('min di lettura'));
    const [reading, place] = [...part(element, 'meta')!.querySelectorAll('span')];
    expect(reading!.closest('[lang]')!.getAttribute('lang')).to.equal('it');
    expect(place!.textContent).to.equal('Part 3 of 5');
    expect([place!.getAttribute('lang'), place!.getAttribute('dir')]).to.deep.equal(['en', 'ltr']);
    expect(part(element, 'toc')!.getAttribute('lang')).to.equal('en');
    expect(part(element, 'copy-link')!.getAttribute('lang')).to.equal('en');
  });

  it('attributes and properties mirror each other', async () => {
    const element = await mount(html`<topic-article topic="naval-port-visits"></topic-article>`);
    expect(element.hasAttribute('toc'), 'a default is not written out').to.equal(false);
    element.toc = true;
    element.section = 'steps';
    element.headingLevel = 4;
    element.theme = 'dark';
    await element.updateComplete;
    expect(['toc', 'section', 'heading-level', 'theme', 'topic'].map((name) => element.getAttribute(name))).to.deep.equal(['', 'steps', '4', 'dark', 'naval-port-visits']);
    element.setAttribute('toc', 'FALSE');
    element.setAttribute('section', 'outlook');
    await element.updateComplete;
    expect([element.toc, element.section]).to.deep.equal([false, 'outlook']);
    expect(part(element, 'base')!.classList.contains('dark')).to.equal(true);
  });

  it('an Arabic article: its text right to left in Arabic, the widget’s words in the page’s language or its own lang', async () => {
    const element = await mount(html`<topic-article topic="defense-attaches"></topic-article>`);
    const body = part(element, 'article')!;
    expect([body.lang, body.dir]).to.deep.equal(['ar', 'rtl']);
    const meta = part(element, 'meta')!;
    expect([meta.lang, meta.dir, ...metaWords(element)]).to.deep.equal(['en', 'ltr', '3 min read', 'Part 3 of 5']);
    element.setAttribute('lang', 'ar');
    await waitUntil(() => part(element, 'meta')!.lang === 'ar', 'Arabic words');
    expect([part(element, 'meta')!.dir, ...metaWords(element)]).to.deep.equal(['rtl', 'قراءة في 3 دقائق', 'الجزء 3 من 5']);
    await expect(element).to.be.accessible();
  });

  it('loading: a skeleton shaped like an article, busy, its words for screen readers only', async () => {
    const provider = await fixture(html`<topic-provider .source=${neverAnswers}><topic-article topic="naval-port-visits"></topic-article></topic-provider>`);
    const element = provider.querySelector('topic-article')!;
    await element.updateComplete;
    expect(element.stateName).to.equal('loading');
    expect(part(element, 'base')!.getAttribute('aria-busy')).to.equal('true');
    const skeleton = part(element, 'skeleton')!;
    expect(skeleton.getAttribute('aria-hidden')).to.equal('true');
    expect(skeleton.querySelectorAll('.heading')).to.have.length(4);
    expect(skeleton.querySelectorAll('p').length).to.be.greaterThan(4);
    expect(shadowText(element)).to.equal('Loading topic…');
  });

  it('not found: a message and a widget-error naming the valid topics', async () => {
    const provider = await fixture(html`<topic-provider .source=${SOURCE}></topic-provider>`);
    const element = document.createElement('topic-article');
    element.topic = 'naval-cooperation';
    const event = oneEvent(element, 'widget-error');
    provider.append(element);
    const { detail } = (await event) as CustomEvent<WidgetErrorDetail>;
    await settled(element, 'not-found');
    expect([detail.code, detail.validIds]).to.deep.equal(['not-found', ['naval-port-visits', 'defense-attaches']]);
    expect(shadowText(element), 'nothing for readers').to.equal('');
    expect(logs.warnings).to.have.length(1);
    await expect(element).to.be.accessible();
  });

  it('a load error: the error state with Try again, which loads again', async () => {
    let fail = true;
    const flaky: TopicDataSource = { ...SOURCE, loadArticle: (id, signal) => (fail ? Promise.reject(new DataLoadError('load-failed', 'down')) : SOURCE.loadArticle(id, signal)) };
    const element = await mount(html`<topic-article topic="naval-port-visits"></topic-article>`, flaky);
    expect(element.stateName).to.equal('error');
    expect(shadowText(element)).to.contain('Try again');
    await expect(element).to.be.accessible();
    fail = false;
    (part(element, 'retry') as HTMLButtonElement).click();
    await settled(element, 'ready');
    expect(part(element, 'heading')!.textContent).to.equal('Naval Port Visits');
  });

  it('a record without its place in the series (an older custom source): the reading time alone', async () => {
    const { series: _, ...older } = article({ id: 'older' });
    const element = await mount(html`<topic-article topic="older"></topic-article>`, memorySource(older as ArticleRecord));
    expect(metaWords(element)).to.deep.equal(['3 min read']);
  });

  describe('hostile data from a custom source', () => {
    beforeEach(() => {
      delete window.__pwned;
    });
    const PAYLOADS = ['<img src=x onerror="window.__pwned=1">', '<script>window.__pwned=1</script>', '"><svg onload="window.__pwned=1">', '${window.__pwned=1}'];
    const inert = (label: string) => `${label} ${PAYLOADS.join(' ')}`;

    it('markup in every text renders as text; javascript:, data: and relative links and images are never links or images', async () => {
      const hostile = article({
        id: 'hostile',
        name: inert('Name'),
        tagline: inert('Tagline'),
        lead: [{ type: 'paragraph', content: [{ text: inert('Lead'), href: 'javascript:window.__pwned=1' }] }],
        sections: [
          {
            id: 'evil',
            heading: inert('Heading'),
            blocks: [
              {
                type: 'paragraph',
                content: [
                  { text: 'script link', href: 'javascript:window.__pwned=1' },
                  { text: ' data link', href: 'data:text/html,<script>window.__pwned=1</script>' },
                  { text: ' relative link', href: '/somewhere' },
                  { text: ' tab-split scheme', href: 'java\tscript:window.__pwned=1' },
                  { text: inert(' strong'), strong: true, code: true },
                ],
              },
              { type: 'heading', level: 3, content: text(inert('Sub')) },
              { type: 'list', ordered: false, items: [text(inert('Item')), { depth: 1, ordered: false, content: text(inert('Nested')) }] },
              { type: 'quote', blocks: [{ type: 'paragraph', content: text(inert('Quote')) }] },
              { type: 'image', src: 'javascript:window.__pwned=1', alt: 'A described image' },
              { type: 'image', src: 'data:image/svg+xml,<svg onload="window.__pwned=1"/>', alt: 'Another described image' },
              { type: 'image', src: 'https://example.org/a.png?"><script>window.__pwned=1</script>', alt: inert('Alt'), title: inert('Title') },
              { type: 'unknown-kind', html: '<script>window.__pwned=1</script>' } as unknown as Block,
            ],
          },
        ],
      });
      const element = await mount(html`<topic-article topic="hostile" toc></topic-article>`, memorySource(hostile));
      expect(element.stateName).to.equal('ready');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(window.__pwned, 'a payload ran').to.equal(undefined);
      const all = [...element.shadowRoot!.querySelectorAll('*')];
      for (const forbidden of ['script', 'svg', 'iframe', 'object']) expect(all.map((e) => e.localName), `a <${forbidden}> got in`).not.to.include(forbidden);
      expect(all.flatMap((e) => [...e.attributes].map((a) => a.name)).filter((name) => name.startsWith('on')), 'event-handler attributes').to.deep.equal([]);
      for (const label of ['Name', 'Tagline', 'Lead', 'Heading', 'strong', 'Sub', 'Item', 'Nested', 'Quote', 'Title']) {
        expect(shadowText(element), label).to.contain(`${label} <img src=x onerror="window.__pwned=1"> <script>window.__pwned=1</script>`);
      }
      // Links: only the table of contents' own; the unsafe ones are their text alone.
      const links = [...element.shadowRoot!.querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['#hostile--evil']);
      expect(shadowText(element)).to.contain('script link data link relative link tab-split scheme');
      const images = [...element.shadowRoot!.querySelectorAll('img')];
      expect(images.map((image) => image.getAttribute('src'))).to.deep.equal(['https://example.org/a.png?"><script>window.__pwned=1</script>']);
      expect(logs.warnings).to.deep.equal([]);
    });
  });
});

describe('<topic-article> in print', () => {
  failOnConsoleErrors();

  for (const theme of ['light', 'dark']) {
    it(`prints the whole article, dark on white, without buttons or table of contents, each link followed by its address (${theme})`, async () => {
      const element = await mount(html`<topic-article topic="naval-port-visits" toc theme=${theme}></topic-article>`);
      const media = await emulateMedia([element], { print: true, dark: true });
      try {
        const failures = printedTextContrast(element.shadowRoot!)
          .filter((run) => run.ratio < 4.5)
          .map((run) => `${run.where} "${run.text}": ${run.ratio.toFixed(2)}:1`);
        expect(failures, `low contrast in print (${media.native ? 'emulated by the browser' : 'print rules applied'})`).to.deep.equal([]);
        const base = part(element, 'base')!;
        expect(contrastRatio(parseColor(getComputedStyle(base).backgroundColor), parseColor('#fff')), 'a white page').to.equal(1);
        expect(getComputedStyle(base).borderTopStyle === 'none' || parseFloat(getComputedStyle(base).borderTopWidth) === 0, 'no box around the article').to.equal(true);
        for (const button of parts(element, 'copy-link')) expect(getComputedStyle(button).display).to.equal('none');
        expect(getComputedStyle(part(element, 'toc')!).display).to.equal('none');
        for (const section of parts(element, 'section')) expect(getComputedStyle(section).display).to.not.equal('none');
        const link = element.shadowRoot!.querySelector<HTMLAnchorElement>('.section a[href]')!;
        // Firefox reports attr() unresolved in the computed value; the others give the address itself
        // (WebKit as a list of strings, joined here).
        const after = getComputedStyle(link, '::after').content.replace(/"\s*"/g, '').replace(/"/g, '');
        expect(after).to.match(/^ \(https:\/\/example\.org\/guide\)$|attr\(href\)/);
        // A long article runs over pages.
        expect(getComputedStyle(element).breakInside).to.not.equal('avoid');
      } finally {
        await media.restore();
      }
    });
  }
});
