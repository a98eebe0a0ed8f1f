/**
 * `<topic-index>`: every topic of the series as a compact card, the search box, the theme and
 * country filters, the live count, the empty state, the state in attributes and in the page's
 * address, paging, and every failure. Data comes from in-memory sources built here, which count
 * what the widget asks for. The search is a stub behind the widget's `createSearch` hook (the
 * contract of src/search/types.ts), or the widget's own plain search for a source without a
 * search index.
 */
import { sendKeys } from '@web/test-runner-commands';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/topic-index/define.js';
import '../../src/components/topic-provider/define.js';
import '../../src/components/series-nav/define.js';
import { DataLoadError, type TopicDataSource } from '../../src/data/data-source.js';
import { TopicIndexElement } from '../../src/components/topic-index/topic-index.js';
import type { WidgetErrorDetail } from '../../src/components/shared/topic-element.js';
import type { DatasetIndex, IndexTopic, SearchIndexRecord } from '../../src/schema/dataset.js';
import type { SearchHit, TopicSearch } from '../../src/search/types.js';
import { failOnConsoleErrors, part, parts, settled, shadowText } from './helpers.js';

const THEMES = [
  { id: 'defense-diplomacy', label: 'Defense Diplomacy' },
  { id: 'training', label: 'Training' },
  { id: 'technology', label: 'Technology' },
];
const theme = (id: string) => THEMES.find((t) => t.id === id)!;

/** Six topics in series order: themes and countries chosen so that every combination is tested. */
const TOPICS: [id: string, name: string, themes: string[], countries: string[], text: string][] = [
  ['air-defense', 'Air Defense Cooperation', ['technology'], ['TR', 'PK'], 'Shared radars and hotlines between air forces.'],
  ['technology-exchanges', 'Defense Technology Exchanges', ['technology', 'defense-diplomacy'], ['TR'], 'Co-production of drones and licences.'],
  ['exchange-programs', 'Technological Exchange Programs', ['technology'], ['MY'], 'Engineers trained abroad.'],
  ['training-diplomacy', 'Military Training Diplomacy', ['training', 'defense-diplomacy'], ['PK', 'SA'], 'Joint exercises and staff colleges, hotline drills.'],
  ['attaches', 'Defense Attachés', ['defense-diplomacy'], ['SA'], 'Attachés keep the hotlines open, hotline by hotline.'],
  ['naval-visits', 'Naval Port Visits', ['training'], [], 'Ships call at partner ports.'],
];
const IDS = TOPICS.map(([id]) => id);
const NAMES = TOPICS.map(([, name]) => name);

function indexTopic([id, name, themes, countries, text]: (typeof TOPICS)[number], i: number): IndexTopic {
  return { id, name, tagline: `Tagline ${i + 1}`, lang: 'en', dir: 'ltr', themes: themes.map(theme), abstract: text, pillarCount: 2, readingMinutes: i + 3, countryCodes: countries };
}

function makeIndex(topics: IndexTopic[] = TOPICS.map(indexTopic)): DatasetIndex {
  return {
    schemaVersion: 4,
    lang: 'en',
    contentHash: '0'.repeat(64),
    topics,
    themes: THEMES.map((t) => ({ ...t, topics: topics.filter((topic) => topic.themes.some((x) => x.id === t.id)).map((topic) => topic.id) })),
  } as DatasetIndex;
}

/** The stub's search index record: each topic's texts (what the real index holds, simplified). */
interface StubRecord {
  lang: string;
  topics: { id: string; texts: { field: SearchHit['snippet']['field']; text: string }[] }[];
}

/**
 * A search by the contract: every word of the query must be in one of a topic's texts (case
 * ignored); the snippet is the text holding most of them, each occurrence marked; the score, how
 * many occurrences there are (so "hotline" ranks the topic saying it twice first).
 */
function stubSearch(record: StubRecord, queries: string[]): TopicSearch {
  return {
    lang: record.lang,
    search(query) {
      queries.push(query);
      const words = query.toLowerCase().split(/\s+/).filter(Boolean);
      const hits: SearchHit[] = [];
      for (const topic of record.topics) {
        let score = 0;
        let best: SearchHit['snippet'] | undefined;
        let bestCount = 0;
        const found = new Set<string>();
        for (const { field, text } of topic.texts) {
          const marks: [number, number][] = [];
          for (const word of words) {
            for (let at = text.toLowerCase().indexOf(word); at >= 0; at = text.toLowerCase().indexOf(word, at + word.length)) {
              marks.push([at, at + word.length]);
              found.add(word);
            }
          }
          score += marks.length;
          if (marks.length > bestCount) {
            bestCount = marks.length;
            best = { field, text, lang: record.lang, marks: marks.sort((a, b) => a[0] - b[0]) };
          }
        }
        if (best && found.size === words.length) hits.push({ id: topic.id, score, snippet: best });
      }
      return hits.sort((a, b) => b.score - a.score);
    },
  };
}

/** `<topic-index>` with the stub search behind its hook (as the real module will be). */
class StubbedTopicIndex extends TopicIndexElement {
  static queries: string[] = [];
  protected override async createSearch(record: SearchIndexRecord): Promise<TopicSearch> {
    return stubSearch(record as unknown as StubRecord, StubbedTopicIndex.queries);
  }
}
customElements.define('stubbed-topic-index', StubbedTopicIndex);

interface SourceOptions {
  index?: () => DatasetIndex;
  /** No `loadSearchIndex`: the widget's own plain search. */
  noSearchIndex?: boolean;
  searchRecord?: (lang: string) => StubRecord;
  failIndex?: boolean;
}

function indexSource({ index = () => makeIndex(), noSearchIndex = false, searchRecord, failIndex = false }: SourceOptions = {}) {
  const calls = { index: 0, search: [] as string[], other: 0 };
  const unused = async () => {
    calls.other++;
    throw new Error('the index asked for a record it does not show');
  };
  const record = (lang: string): StubRecord =>
    searchRecord?.(lang) ?? {
      lang,
      topics: TOPICS.map(([id, name, , , text]) => ({ id, texts: [{ field: 'name', text: name }, { field: 'text', text }] })),
    };
  const source: TopicDataSource = {
    label: 'the index test source',
    loadCard: unused,
    loadSummary: unused,
    loadArticle: unused,
    loadIndex: async () => {
      calls.index++;
      if (failIndex) throw new DataLoadError('load-failed', 'the index server is down (simulated)');
      return index();
    },
    ...(noSearchIndex
      ? {}
      : {
          loadSearchIndex: async (lang: string) => {
            calls.search.push(lang);
            return record(lang) as unknown as SearchIndexRecord;
          },
        }),
  };
  return { source, calls };
}

/** A widget inside a provider giving it `source`; `attributes` are set before it connects. */
async function topicIndex(source: TopicDataSource, attributes: Record<string, string> = {}, tag = 'stubbed-topic-index', wrapper: Record<string, string> = {}): Promise<TopicIndexElement> {
  const root = await fixture<HTMLElement>(html`<div style="inline-size: 50em"></div>`);
  for (const [name, value] of Object.entries(wrapper)) root.setAttribute(name, value);
  const provider = document.createElement('topic-provider');
  provider.source = source;
  const element = document.createElement(tag) as TopicIndexElement;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  provider.append(element);
  root.append(provider);
  return element;
}

/** Words as read: without the invisible bidi isolation marks (U+2066–U+2069) around inserted names. */
const unisolated = (words: string | null) => (words ?? '').replace(/[\u2066-\u2069]/g, '');
const text = (element: Element | null) => (element?.textContent ?? '').replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
const names = (element: Element) => parts(element, 'heading').map(text);
const input = (element: Element) => part(element, 'search-input') as HTMLInputElement;
const filter = (element: Element, label: string) => parts(element, 'filter').find((button) => button.querySelector('.filter-label')!.textContent === label)!;
const count = (element: Element, label: string) => Number(filter(element, label).querySelector('[part~="count"]')!.textContent);
const status = (element: Element) => text(part(element, 'status'));
/** The status once its pause passed (it follows the list half a second after the last change). */
const statusSettles = (element: Element, expected: string) => waitUntil(() => status(element) === expected, `status stayed "${status(element)}", expected "${expected}"`, { timeout: 3000 });
/** The focused element inside the widget's shadow root. */
const focused = (element: Element) => element.shadowRoot!.activeElement as HTMLElement | null;

async function type(element: TopicIndexElement, words: string): Promise<void> {
  input(element).focus();
  // A key at a time: WebKit's driver drops a repeated character ("ll") typed in one go.
  for (const key of words) await sendKeys({ type: key });
  await element.updateComplete;
}

describe('<topic-index>: the list', () => {
  const logs = failOnConsoleErrors();

  it('shows every topic in series order as a compact card (name, tagline, themes, abstract, reading time), and the count', async () => {
    const { source, calls } = indexSource();
    const element = await topicIndex(source, {}, 'topic-index');
    await settled(element, 'ready');
    expect(names(element)).to.deep.equal(NAMES);
    const first = parts(element, 'card')[0]!;
    expect(text(first.querySelector('[part~="tagline"]'))).to.equal('Tagline 1');
    expect([...first.querySelectorAll('[part~="themes"] li')].map(text)).to.deep.equal(['Technology']);
    expect(first.querySelector('[part~="themes"]')!.getAttribute('aria-label')).to.equal('Themes');
    expect(text(first.querySelector('[part~="abstract"]'))).to.equal(TOPICS[0]![4]);
    expect(text(first.querySelector('[part~="meta"]'))).to.equal('3 min read');
    // Each name is a heading at the default level, under the list's label.
    expect(parts(element, 'heading').map((h) => h.getAttribute('aria-level'))).to.deep.equal(Array(6).fill('3'));
    expect(part(element, 'list')!.getAttribute('aria-label')).to.equal('Topics of the series');
    expect(status(element)).to.equal('6 of 6 topics');
    expect(part(element, 'status')!.getAttribute('role')).to.equal('status');
    expect(part(element, 'show-more')).to.equal(null);
    expect(part(element, 'clear'), 'nothing to clear').to.equal(null);
    // A short list is laid out whole (tools that read the page, such as contrast checkers, see every card).
    expect(parts(element, 'item').map((item) => getComputedStyle(item).contentVisibility)).to.deep.equal(Array(6).fill('visible'));
    expect(calls).to.deep.equal({ index: 1, search: [], other: 0 });
    expect(logs.warnings).to.deep.equal([]);
    await expect(element).to.be.accessible();
  });

  it('needs no topic: the whole series is never "not found" (while a widget of one topic without one still is)', async () => {
    const { source } = indexSource();
    const element = await topicIndex(source, {}, 'topic-index');
    await settled(element);
    expect(element.stateName).to.equal('ready');
    const nav = document.createElement('series-nav');
    nav.setAttribute('variant', 'list');
    element.parentElement!.append(nav);
    await settled(nav);
    expect(nav.stateName).to.equal('not-found');
    expect(logs.warnings.length, 'the nav without a topic warns').to.equal(1);
  });

  it('labels the search box visibly and the filter groups, and tabs naturally through search, filters and topics', async () => {
    const { source } = indexSource();
    const element = await topicIndex(source, { href: '/topics/{id}' });
    await settled(element, 'ready');
    const label = part(element, 'search-label') as HTMLLabelElement;
    expect(text(label)).to.equal('Search the series');
    expect(label.control).to.equal(input(element));
    expect(label.getBoundingClientRect().height, 'the label is visible').to.be.greaterThan(0);
    expect(input(element).type).to.equal('search');
    expect(part(element, 'search')!.getAttribute('role')).to.equal('search');
    const groups = parts(element, 'filters');
    expect(groups.map((group) => group.getAttribute('role'))).to.deep.equal(['group', 'group']);
    expect(groups.map((group) => text(element.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)))).to.deep.equal(['Themes', 'Countries']);
    input(element).focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(element)).to.equal(parts(element, 'filter')[0]);
    // Past the filters (3 themes, 4 countries), the first topic's link.
    for (let i = 0; i < 7; i++) await sendKeys({ press: 'Tab' });
    expect(focused(element)).to.equal(parts(element, 'link')[0]);
    await expect(element).to.be.accessible();
  });

  it('lays the cards out as a list or a grid (layout), reflected', async () => {
    const { source } = indexSource();
    const element = await topicIndex(source);
    await settled(element, 'ready');
    const tops = () => parts(element, 'item').slice(0, 2).map((item) => Math.round(item.getBoundingClientRect().top));
    const [a, b] = tops();
    expect(b, 'list: one under another').to.be.greaterThan(a!);
    expect(element.hasAttribute('layout'), 'the default is not written out').to.equal(false);
    element.layout = 'grid';
    await element.updateComplete;
    expect(element.getAttribute('layout')).to.equal('grid');
    const [c, d] = tops();
    expect(d, 'grid: side by side').to.equal(c);
  });

  it('with limit, shows that many and "Show more", which shows as many again and moves focus to the first new topic', async () => {
    const { source } = indexSource();
    const element = await topicIndex(source, { limit: '4', selectable: '' });
    await settled(element, 'ready');
    expect(names(element)).to.deep.equal(NAMES.slice(0, 4));
    expect(status(element), 'the count is of all that match').to.equal('6 of 6 topics');
    const more = part(element, 'show-more')!;
    expect(text(more)).to.equal('Show 2 more');
    more.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(names(element)).to.deep.equal(NAMES);
    expect(part(element, 'show-more')).to.equal(null);
    expect(focused(element)).to.equal(parts(element, 'link')[4]);
    // A new search or filter starts from the first page again.
    filter(element, 'Technology').click();
    await element.updateComplete;
    expect(names(element)).to.have.length(3);
    filter(element, 'Technology').click();
    await element.updateComplete;
    expect(names(element)).to.have.length(4);
    expect(element.getAttribute('limit')).to.equal('4');
  });

  it('links names through href, or makes them buttons firing topic-select with selectable', async () => {
    const { source } = indexSource();
    const linked = await topicIndex(source, { href: 'https://example.org/t/{id}' });
    await settled(linked, 'ready');
    expect(parts(linked, 'link').map((a) => (a as HTMLAnchorElement).href)).to.deep.equal(IDS.map((id) => `https://example.org/t/${id}`));

    const selectable = await topicIndex(source, { selectable: '' });
    await settled(selectable, 'ready');
    const button = parts(selectable, 'link')[3]!;
    expect(button.tagName).to.equal('BUTTON');
    setTimeout(() => button.click());
    const event = (await oneEvent(selectable, 'topic-select')) as CustomEvent<{ id: string }>;
    expect(event.detail.id).to.equal(IDS[3]);

    const plain = await topicIndex(source);
    await settled(plain, 'ready');
    expect(parts(plain, 'link')).to.have.length(0);
    expect(parts(plain, 'name')).to.have.length(6);
  });
});

describe('<topic-index>: search', () => {
  const logs = failOnConsoleErrors();
  beforeEach(() => {
    StubbedTopicIndex.queries = [];
  });

  it('loads the search index only when the reader first focuses the box, never with the list', async () => {
    const { source, calls } = indexSource();
    const element = await topicIndex(source, { lang: 'en' });
    await settled(element, 'ready');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(calls.search, 'nothing before focus').to.deep.equal([]);
    input(element).focus();
    await waitUntil(() => calls.search.length === 1);
    expect(calls.search).to.deep.equal(['en']);
    input(element).blur();
    input(element).focus();
    await type(element, 'h');
    expect(calls.search, 'loaded once').to.have.length(1);
  });

  it('shows the results by relevance, each with where it matched, the matched words in <mark>', async () => {
    const { source } = indexSource();
    const element = await topicIndex(source);
    await settled(element, 'ready');
    await type(element, 'hotline');
    await waitUntil(() => names(element).length === 3, 'the results came');
    // The stub ranks by occurrences: three in the attachés' text, one in the others (in series order among equals).
    expect(names(element)).to.deep.equal([NAMES[4], NAMES[0], NAMES[3]]);
    expect([...parts(element, 'snippet')[0]!.querySelectorAll('mark')].map((mark) => mark.textContent)).to.deep.equal(['hotline', 'hotline', 'hotline']);
    const snippet = parts(element, 'snippet')[2]!;
    expect(text(snippet)).to.equal(TOPICS[3]![4]);
    const marks = [...snippet.querySelectorAll('mark')];
    expect(marks.map((mark) => mark.textContent)).to.deep.equal(['hotline']);
    expect(marks[0]!.getAttribute('part')).to.equal('mark');
    // Marked by more than a colour (an underline), in every engine.
    expect(getComputedStyle(marks[0]!).textDecorationLine).to.contain('underline');
    expect(parts(element, 'abstract'), 'the snippet takes the abstract’s place').to.have.length(0);
    expect(element.query).to.equal('hotline');
    expect(element.getAttribute('query')).to.equal('hotline');
    await statusSettles(element, '3 of 6 topics');
    expect(logs.warnings).to.deep.equal([]);
  });

  it('marks the matched words in the name when the name is where it matched', async () => {
    const { source } = indexSource();
    const element = await topicIndex(source, { href: '/t/{id}' });
    await settled(element, 'ready');
    await type(element, 'naval');
    await waitUntil(() => names(element).length === 1);
    const link = parts(element, 'link')[0]!;
    expect(text(link)).to.equal('Naval Port Visits');
    expect([...link.querySelectorAll('mark')].map((m) => m.textContent)).to.deep.equal(['Naval']);
    expect(text(part(element, 'abstract'))).to.equal(TOPICS[5]![4]);
  });

  it('keeps a query typed as markup text everywhere: the box, the status and the empty state', async () => {
    const { source } = indexSource();
    const element = await topicIndex(source, { themes: 'training' });
    await settled(element, 'ready');
    const attack = '<img src=x onerror=alert(1)>';
    await type(element, attack);
    await statusSettles(element, `No topic matches “${attack}” in Training.`);
    expect(input(element).value).to.equal(attack);
    expect(element.shadowRoot!.querySelectorAll('img, script')).to.have.length(0);
    expect(element.getAttribute('query')).to.equal(attack);
    expect(text(part(element, 'show-all'))).to.equal('Show all topics');
  });

  it('Escape in the box clears the search; in an empty box it is left to the page', async () => {
    const { source } = indexSource();
    const element = await topicIndex(source);
    await settled(element, 'ready');
    await type(element, 'hotline');
    await waitUntil(() => names(element).length === 3);
    let prevented: boolean[] = [];
    const listener = (event: KeyboardEvent) => prevented.push(event.defaultPrevented);
    document.addEventListener('keydown', listener);
    try {
      await sendKeys({ press: 'Escape' });
      await element.updateComplete;
      expect(input(element).value).to.equal('');
      expect(element.query).to.equal('');
      expect(element.hasAttribute('query')).to.equal(false);
      expect(names(element)).to.deep.equal(NAMES);
      expect(prevented).to.deep.equal([true]);
      prevented = [];
      await sendKeys({ press: 'Escape' });
      expect(prevented, 'the page may close its dialog').to.deep.equal([false]);
    } finally {
      document.removeEventListener('keydown', listener);
    }
  });

  it('announces the count once per change, not once per key', async () => {
    const { source, calls } = indexSource();
    const element = await topicIndex(source);
    await settled(element, 'ready');
    input(element).focus();
    await waitUntil(() => calls.search.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const changes: string[] = [];
    const observer = new MutationObserver(() => changes.push(status(element)));
    observer.observe(part(element, 'status')!, { childList: true, characterData: true, subtree: true });
    try {
      await sendKeys({ type: 'hotlines' });
      await statusSettles(element, '2 of 6 topics');
      await new Promise((resolve) => setTimeout(resolve, 700));
      expect(changes).to.deep.equal(['2 of 6 topics']);
      filter(element, 'Defense Diplomacy').click();
      await statusSettles(element, '1 of 6 topics');
      expect(changes).to.deep.equal(['2 of 6 topics', '1 of 6 topics']);
    } finally {
      observer.disconnect();
    }
  });

  it('without a search index in the source, searches the index’s own texts (prefixes, case and accents ignored)', async () => {
    const { source } = indexSource({ noSearchIndex: true });
    const element = await topicIndex(source, {}, 'topic-index');
    await settled(element, 'ready');
    await type(element, 'ATTACHE');
    await waitUntil(() => names(element).length === 1, `found ${names(element).join(', ')}`);
    expect(names(element)).to.deep.equal(['Defense Attachés']);
    expect([...part(element, 'heading')!.querySelectorAll('mark')].map((m) => m.textContent)).to.deep.equal(['Attaché']);
    input(element).value = '';
    await type(element, 'hotl exerc');
    await waitUntil(() => names(element).length === 1);
    expect(names(element)).to.deep.equal([NAMES[3]]);
    expect([...part(element, 'snippet')!.querySelectorAll('mark')].map((m) => m.textContent)).to.deep.equal(['exerc', 'hotl']);
  });

  it('without the source’s search index (a dataset built without it), falls back to the plain search, with a warning', async () => {
    const { source } = indexSource();
    source.loadSearchIndex = () => Promise.reject(new DataLoadError('load-failed', 'the search index is not there (simulated)'));
    const element = await topicIndex(source, {}, 'topic-index');
    await settled(element, 'ready');
    await type(element, 'hotline');
    await statusSettles(element, '3 of 6 topics');
    expect(names(element)).to.deep.equal([NAMES[0], NAMES[3], NAMES[4]]);
    expect(logs.warnings.map((args) => args.join(' ')).join('\n')).to.match(/search index could not be loaded from the index test source.*not there/);
  });

  it('says so when no search can be had at all, and the filters still work', async () => {
    class NoSearch extends TopicIndexElement {
      protected override loadSearch(): Promise<TopicSearch> {
        return Promise.reject(new Error('offline (simulated)'));
      }
    }
    customElements.define('no-search-topic-index', NoSearch);
    const { source } = indexSource();
    const element = await topicIndex(source, {}, 'no-search-topic-index');
    await settled(element, 'ready');
    await type(element, 'hotline');
    await statusSettles(element, 'The search could not be loaded; the filters still work. 6 of 6 topics');
    filter(element, 'Training').click();
    await statusSettles(element, 'The search could not be loaded; the filters still work. 2 of 6 topics');
    expect(logs.warnings.map((args) => args.join(' ')).join('\n')).to.match(/search could not be loaded .*offline/);
  });
});

describe('<topic-index> on the bundled dataset, with the series search', () => {
  const logs = failOnConsoleErrors();

  it('lists the five parts from the index alone, loads the search index on first focus, and finds words of the text despite a typo', async () => {
    const key = `topic-index-${Math.random().toString(36).slice(2)}`;
    const root = await fixture(html`<topic-provider src=${`/__count/${key}/generated/dataset/`}><topic-index></topic-index></topic-provider>`);
    const element = root.querySelector('topic-index')!;
    await settled(element, 'ready');
    expect(parts(element, 'item')).to.have.length(5);
    const requests = async () => Object.keys((await (await fetch('/__count')).json()) as Record<string, number>).filter((path) => path.startsWith(key)).map((path) => path.slice(key.length));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await requests(), 'the list needs the index alone (after the dataset’s languages)').to.deep.equal(['/generated/dataset/languages.json', '/generated/dataset/index.json']);
    input(element).focus();
    await waitUntil(async () => (await requests()).length === 3, 'the search index was requested');
    expect(await requests()).to.include('/generated/dataset/search/en.json');
    await type(element, 'anihilate');
    await waitUntil(() => names(element).length === 1, `shown: ${names(element).join(', ')}`);
    expect(names(element)).to.deep.equal(['Air Defense Cooperation']);
    const marks = [...element.shadowRoot!.querySelectorAll('[part~="card"] mark')].map((mark) => mark.textContent!.toLowerCase());
    expect(marks.length).to.be.greaterThan(0);
    expect(marks.every((mark) => mark.startsWith('annihilat'))).to.equal(true);
    await statusSettles(element, '1 of 5 topics');
    expect(logs.warnings).to.deep.equal([]);
  });
});

describe('<topic-index>: filters', () => {
  failOnConsoleErrors();

  it('filters by theme and by country with toggle buttons and counts (OR within a group, AND across, and with the search)', async () => {
    const { source } = indexSource();
    const element = await topicIndex(source);
    await settled(element, 'ready');
    expect(parts(element, 'filter').map((b) => text(b.querySelector('.filter-label')))).to.deep.equal(['Defense Diplomacy', 'Training', 'Technology', 'Malaysia', 'Pakistan', 'Saudi Arabia', countryLabel('TR')]);
    expect([count(element, 'Defense Diplomacy'), count(element, 'Training'), count(element, 'Technology'), count(element, 'Pakistan')]).to.deep.equal([3, 2, 3, 2]);

    filter(element, 'Training').click();
    await element.updateComplete;
    expect(filter(element, 'Training').getAttribute('aria-pressed')).to.equal('true');
    expect(filter(element, 'Technology').getAttribute('aria-pressed')).to.equal('false');
    expect(names(element)).to.deep.equal([NAMES[3], NAMES[5]]);
    // Theme counts ignore the themes chosen (OR); country counts follow them.
    expect([count(element, 'Technology'), count(element, 'Pakistan'), count(element, 'Malaysia')]).to.deep.equal([3, 1, 0]);
    expect(element.getAttribute('themes')).to.equal('training');

    filter(element, 'Technology').click();
    await element.updateComplete;
    expect(names(element), 'Training or Technology').to.deep.equal([NAMES[0], NAMES[1], NAMES[2], NAMES[3], NAMES[5]]);

    filter(element, 'Pakistan').click();
    await element.updateComplete;
    expect(names(element), '…and Pakistan').to.deep.equal([NAMES[0], NAMES[3]]);
    expect(element.getAttribute('countries')).to.equal('PK');
    expect([count(element, 'Defense Diplomacy'), count(element, 'Saudi Arabia')]).to.deep.equal([1, 1]);

    await type(element, 'drills');
    await waitUntil(() => names(element).length === 1);
    expect(names(element), '…and the search').to.deep.equal([NAMES[3]]);
    expect(count(element, 'Training'), 'counts follow the search').to.equal(1);
    expect(count(element, 'Technology')).to.equal(0);
    await statusSettles(element, '1 of 6 topics');
  });

  it('"Clear all" clears the search and every filter, and focus goes to the search box', async () => {
    const { source } = indexSource();
    const element = await topicIndex(source, { themes: 'training, technology', countries: 'pk', query: 'exercises' });
    await settled(element, 'ready');
    await waitUntil(() => names(element).length === 1);
    part(element, 'clear')!.click();
    await element.updateComplete;
    expect(names(element)).to.deep.equal(NAMES);
    expect([element.query, element.themes, element.countries]).to.deep.equal(['', [], []]);
    expect(['query', 'themes', 'countries'].map((name) => element.hasAttribute(name))).to.deep.equal([false, false, false]);
    expect(parts(element, 'filter-active')).to.have.length(0);
    expect(part(element, 'clear')).to.equal(null);
    expect(focused(element)).to.equal(input(element));
  });

  it('the empty state says why and offers to show every topic', async () => {
    const { source } = indexSource();
    const element = await topicIndex(source, { themes: 'defense-diplomacy' });
    await settled(element, 'ready');
    await type(element, 'xyz');
    await statusSettles(element, 'No topic matches “xyz” in Defense Diplomacy.');
    expect(part(element, 'list')).to.equal(null);
    part(element, 'show-all')!.click();
    await element.updateComplete;
    expect(names(element)).to.deep.equal(NAMES);
    expect(focused(element)).to.equal(input(element));
    await statusSettles(element, '6 of 6 topics');

    filter(element, 'Malaysia').click();
    filter(element, 'Training').click();
    await statusSettles(element, 'No topic is shown in Training and Malaysia.');
    filter(element, 'Defense Diplomacy').click();
    filter(element, 'Pakistan').click();
    await element.updateComplete;
    expect(names(element), 'Training or Defense Diplomacy, and Malaysia or Pakistan').to.deep.equal([NAMES[3]]);
  });

  it('is preset by the query, themes and countries attributes (spaces or commas, codes in any case), and reflects them', async () => {
    const { source, calls } = indexSource();
    const element = await topicIndex(source, { query: 'hotline', themes: 'defense-diplomacy,training', countries: 'sa pk' });
    await settled(element, 'ready');
    expect(element.themes).to.deep.equal(['defense-diplomacy', 'training']);
    expect(element.countries).to.deep.equal(['SA', 'PK']);
    await waitUntil(() => names(element).length === 2, 'a preset query loads the search at once');
    expect(calls.search).to.have.length(1);
    expect(names(element), 'by relevance').to.deep.equal([NAMES[4], NAMES[3]]);
    expect(input(element).value).to.equal('hotline');
    expect(parts(element, 'filter-active').map((b) => text(b.querySelector('.filter-label')))).to.deep.equal(['Defense Diplomacy', 'Training', 'Pakistan', 'Saudi Arabia']);
    element.countries = ['SA'];
    await element.updateComplete;
    expect(element.getAttribute('countries')).to.equal('SA');
    expect(names(element)).to.deep.equal([NAMES[4], NAMES[3]]);
  });

  it('takes a filter property given as one string (as React 19 sets a JSX attribute) as its attribute would be read', async () => {
    const { source } = indexSource();
    const element = await topicIndex(source);
    await settled(element, 'ready');
    (element as unknown as { themes: string }).themes = 'training, defense-diplomacy';
    (element as unknown as { countries: string }).countries = 'sa';
    await element.updateComplete;
    expect(element.themes).to.deep.equal(['training', 'defense-diplomacy']);
    expect(element.countries).to.deep.equal(['SA']);
    expect(element.getAttribute('themes')).to.equal('training defense-diplomacy');
    expect(names(element)).to.deep.equal([NAMES[3], NAMES[4]]);
  });
});

/** The name this browser gives Türkiye (its Intl data: "Türkiye" or "Turkey"). */
const countryLabel = (code: string) => new Intl.DisplayNames(['en'], { type: 'region' }).of(code)!;

describe('<topic-index> sync-url', () => {
  failOnConsoleErrors();
  let original: string;
  const pushState = history.pushState;
  beforeEach(() => {
    original = location.href;
  });
  afterEach(() => {
    history.pushState = pushState;
    history.replaceState(history.state, '', original);
  });

  it('keeps the search and filters in the address (replaced, never pushed; other parameters kept), restored on load, and Back leaves them', async () => {
    history.pushState(null, '', `${location.pathname}${location.search}${location.search ? '&' : '?'}page=2`);
    // Counting pushes, not history.length: Firefox keeps 50 entries and trims the list a moment after a push.
    let pushes = 0;
    history.pushState = function countedPush(...args: Parameters<History['pushState']>) {
      pushes += 1;
      return pushState.apply(this, args);
    };
    const { source } = indexSource();
    const element = await topicIndex(source, { 'sync-url': '' });
    await settled(element, 'ready');
    await type(element, 'hot');
    filter(element, 'Defense Diplomacy').click();
    filter(element, 'Saudi Arabia').click();
    await element.updateComplete;
    const params = new URL(location.href).searchParams;
    expect(params.get('page'), 'the page’s own parameter kept').to.equal('2');
    expect([params.get('topic-query'), params.get('topic-themes'), params.get('topic-countries')]).to.deep.equal(['hot', 'defense-diplomacy', 'SA']);
    expect(pushes, 'no history entry per key').to.equal(0);

    // A reload: a new widget on the same address takes the state from it.
    element.parentElement!.parentElement!.remove();
    const reloaded = await topicIndex(source, { 'sync-url': '', query: 'ignored' });
    await settled(reloaded, 'ready');
    expect([reloaded.query, reloaded.themes, reloaded.countries]).to.deep.equal(['hot', ['defense-diplomacy'], ['SA']]);
    // "hot…" in Defense Diplomacy and Saudi Arabia, by relevance (the attachés say it three times).
    await waitUntil(() => names(reloaded).join() === [NAMES[4], NAMES[3]].join(), `shown: ${names(reloaded).join(', ')}`);
    expect(input(reloaded).value).to.equal('hot');

    // Back: one step leaves the state (the entry before it), and the widget follows.
    const popped = oneEvent(window, 'popstate');
    history.back();
    await popped;
    await reloaded.updateComplete;
    expect(new URL(location.href).searchParams.has('topic-query')).to.equal(false);
    expect([reloaded.query, reloaded.themes, reloaded.countries]).to.deep.equal(['', [], []]);
    expect(names(reloaded)).to.deep.equal(NAMES);
  });

  it('without sync-url, leaves the address alone', async () => {
    const { source } = indexSource();
    const element = await topicIndex(source);
    await settled(element, 'ready');
    await type(element, 'hot');
    filter(element, 'Training').click();
    await element.updateComplete;
    expect(location.href).to.equal(original);
  });
});

describe('<topic-index>: states and hostile data', () => {
  const logs = failOnConsoleErrors();

  it('shows a skeleton while loading, then the quiet error state, with Try again naming what failed', async () => {
    const { source } = indexSource({ failIndex: true });
    const element = await topicIndex(source, {}, 'topic-index');
    await element.updateComplete;
    expect(element.stateName).to.equal('loading');
    expect(part(element, 'skeleton')).not.to.equal(null);
    const errorEvent = oneEvent(element, 'widget-error');
    const detail = ((await errorEvent) as CustomEvent<WidgetErrorDetail>).detail;
    expect(detail.code).to.equal('load-failed');
    await settled(element, 'error');
    expect(text(element.shadowRoot!.querySelector('.state-message'))).to.equal('This could not be loaded.');
    expect(unisolated(part(element, 'retry')!.getAttribute('aria-label'))).to.equal('Try again to load “Topics of the series”');
    source.loadIndex = async () => makeIndex();
    part(element, 'retry')!.click();
    await settled(element, 'ready');
    expect(names(element)).to.deep.equal(NAMES);
    expect(logs.warnings.length).to.be.greaterThan(0);
  });

  it('refuses an index whose topics lack a name (invalid-data), without throwing', async () => {
    const { source } = indexSource({ index: () => makeIndex([{ ...indexTopic(TOPICS[0]!, 0), name: '' }]) });
    const element = await topicIndex(source, {}, 'topic-index');
    const detail = ((await oneEvent(element, 'widget-error')) as CustomEvent<WidgetErrorDetail>).detail;
    expect(detail.code).to.equal('invalid-data');
    await settled(element, 'error');
  });

  it('shows a hostile index as text: markup in names, taglines, themes and abstracts, unknown countries, broken snippets', async () => {
    const attack = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const hostile = TOPICS.slice(0, 2).map((t, i) => ({
      ...indexTopic(t, i),
      name: `${attack} ${i}`,
      tagline: attack,
      abstract: `${attack} hotline`,
      themes: [{ id: 'x', label: attack }],
      countryCodes: ['QX', 'TR'],
    }));
    const { source } = indexSource({
      index: () => ({ ...makeIndex(hostile), themes: [{ id: 'x', label: attack, topics: [IDS[0]!] }] }) as DatasetIndex,
      searchRecord: (lang) => ({ lang, topics: hostile.map((t) => ({ id: t.id, texts: [{ field: 'text', text: t.abstract }] })) }),
    });
    const element = await topicIndex(source, { href: 'javascript:alert({id})' });
    await settled(element, 'ready');
    expect(names(element)).to.deep.equal([`${attack} 0`, `${attack} 1`]);
    expect(text(parts(element, 'filter')[0]!.querySelector('.filter-label'))).to.equal(attack);
    expect(parts(element, 'filter').map((b) => text(b.querySelector('.filter-label')))).to.include('QX');
    expect(element.shadowRoot!.querySelectorAll('img, script, a')).to.have.length(0);
    await type(element, '<img hotline');
    await statusSettles(element, '2 of 2 topics');
    expect(parts(element, 'snippet')[0]!.querySelectorAll('mark')).to.have.length(2);
    expect(element.shadowRoot!.querySelectorAll('img, script')).to.have.length(0);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(logs.warnings.map((args) => args.join(' ')).join('\n')).to.match(/not an http\(s\) URL/);
  });

  it('skips snippet marks out of order or out of bounds (a custom search), keeping the text', async () => {
    class BrokenMarks extends TopicIndexElement {
      protected override async createSearch(): Promise<TopicSearch> {
        return { lang: 'en', search: () => [{ id: IDS[1]!, score: 1, snippet: { field: 'text', text: 'abcdef', lang: 'en', marks: [[2, 3], [1, 2], [4, 99], [-1, 0], [4, 5]] } }] };
      }
    }
    customElements.define('broken-marks-topic-index', BrokenMarks);
    const { source } = indexSource();
    const element = await topicIndex(source, {}, 'broken-marks-topic-index');
    await settled(element, 'ready');
    await type(element, 'x');
    await waitUntil(() => names(element).length === 1);
    const snippet = part(element, 'snippet')!;
    expect(snippet.textContent).to.equal('abcdef');
    expect([...snippet.querySelectorAll('mark')].map((m) => m.textContent)).to.deep.equal(['c', 'e']);
  });
});

describe('<topic-index>: language and scale', () => {
  failOnConsoleErrors();

  it('searches the new dataset when the provider’s source changes (never the old one’s results)', async () => {
    const first = indexSource();
    const element = await topicIndex(first.source, { query: 'hotline' });
    await settled(element, 'ready');
    await waitUntil(() => names(element).length === 3);
    const second = indexSource({ searchRecord: (lang) => ({ lang, topics: [{ id: IDS[5]!, texts: [{ field: 'text', text: 'A hotline at sea.' }] }] }) });
    const load = second.source.loadSearchIndex!;
    second.source.loadSearchIndex = (lang, signal) => new Promise((resolve) => setTimeout(resolve, 300)).then(() => load(lang, signal));
    (element.parentElement as HTMLElementTagNameMap['topic-provider']).source = second.source;
    await waitUntil(() => second.calls.index === 1, 'the new index was asked for');
    await settled(element, 'ready');
    expect(names(element), 'while the new search loads: the list, not the old results').to.deep.equal(NAMES);
    await waitUntil(() => names(element).join() === NAMES[5], `shown: ${names(element).join(', ')}`);
    expect(second.calls.search).to.have.length(1);
    expect(text(part(element, 'snippet'))).to.equal('A hotline at sea.');
  });

  it('speaks Arabic (its words, country names, right to left) in an Arabic page', async () => {
    const { source, calls } = indexSource();
    const element = await topicIndex(source, {}, 'stubbed-topic-index', { lang: 'ar', dir: 'rtl' });
    await settled(element, 'ready');
    await element.updateComplete;
    expect(text(part(element, 'search-label'))).to.equal('ابحث في السلسلة');
    expect(status(element)).to.equal('6 من 6 موضوعات');
    expect(parts(element, 'filter').map((b) => text(b.querySelector('.filter-label')))).to.include(new Intl.DisplayNames(['ar'], { type: 'region' }).of('PK'));
    expect(getComputedStyle(part(element, 'controls')!).direction).to.equal('rtl');
    input(element).focus();
    await waitUntil(() => calls.search.length === 1);
    expect(calls.search).to.deep.equal(['ar']);
    expect(shadowText(element)).to.contain('المحاور');
  });

  it('with 5,000 topics renders 200 at a time and filters and searches without stalling', async () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({
      ...indexTopic(TOPICS[i % TOPICS.length]!, i % TOPICS.length),
      id: `topic-${i}`,
      name: `Topic ${i}`,
    }));
    const { source } = indexSource({
      index: () => makeIndex(many),
      searchRecord: (lang) => ({ lang, topics: many.map((t) => ({ id: t.id, texts: [{ field: 'text', text: t.abstract }] })) }),
    });
    const element = await topicIndex(source);
    await settled(element, 'ready');
    expect(parts(element, 'item')).to.have.length(200);
    expect(status(element)).to.equal('5000 of 5000 topics');
    // A long list skips laying out its off-screen cards (a short one is laid out whole: see the first test).
    expect(getComputedStyle(parts(element, 'item')[150]!).contentVisibility).to.equal('auto');
    let started = performance.now();
    filter(element, 'Training').click();
    await element.updateComplete;
    const filterTime = performance.now() - started;
    expect(parts(element, 'item')).to.have.length(200);
    const inTraining = many.filter((t) => t.themes.some((x) => x.id === 'training'));
    expect(count(element, 'Training')).to.equal(inTraining.length);
    expect(count(element, 'Pakistan'), 'of the topics in Training').to.equal(inTraining.filter((t) => t.countryCodes.includes('PK')).length);
    await type(element, 'h');
    await waitUntil(() => StubbedTopicIndex.queries.length > 0);
    started = performance.now();
    element.query = 'hotline';
    await element.updateComplete;
    const searchTime = performance.now() - started;
    expect(parts(element, 'item').length).to.be.at.most(200);
    // Loose bounds for a shared machine: the point is no quadratic blow-up (which takes seconds).
    expect(filterTime, 'filter').to.be.below(1000);
    expect(searchTime, 'search').to.be.below(1000);
  });
});
