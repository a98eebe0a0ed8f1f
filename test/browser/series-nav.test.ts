/**
 * `<series-nav>`: the pager (a topic's place, the parts before and after, from its summary alone)
 * and the list (every part in series order, from the index), with links, buttons or text, in
 * every state. Data comes from in-memory sources built here, which count what the widget asks for.
 */
import { sendKeys } from '@web/test-runner-commands';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/series-nav/define.js';
import '../../src/components/topic-provider/define.js';
import { DataLoadError, TopicNotFoundError, type TopicDataSource } from '../../src/data/data-source.js';
import type { SeriesNavElement } from '../../src/components/series-nav/series-nav.js';
import type { WidgetErrorDetail } from '../../src/components/shared/topic-element.js';
import type { DatasetIndex, TopicSummaryRecord } from '../../src/schema/dataset.js';
import { a11yTree } from './a11y-tree.js';
import { failOnConsoleErrors, neverAnswers, part, parts, settled, shadowText } from './helpers.js';
import { emulateMedia } from './media.js';

const IDS = ['air-defense-cooperation', 'defense-technology-exchanges', 'technological-exchange-programs', 'military-training-diplomacy', 'defense-attaches'];
const NAMES = ['Air Defense Cooperation', 'Defense Technology Exchanges', 'Technological Exchange Programs', 'Military Training Diplomacy', 'Defense Attachés'];
const ARABIC_NAMES = ['التعاون في الدفاع الجوي', 'تبادل التقنيات الدفاعية', 'برامج التبادل التقني', 'دبلوماسية التدريب العسكري', 'الملحقون العسكريون'];

interface SeriesSourceOptions {
  names?: string[];
  lang?: string;
  dir?: 'ltr' | 'rtl';
  /** Changes a topic's summary record (hostile or broken data). */
  summaryOf?: (summary: Record<string, unknown>) => unknown;
  /** Changes the index record. */
  indexOf?: (index: Record<string, unknown>) => unknown;
  /** Answers `peek` with what it loaded before. */
  peeks?: boolean;
}

/** Five topics in series order, and counts of every request made for them. */
function seriesSource({ names = NAMES, lang = 'en', dir = 'ltr', summaryOf = (s) => s, indexOf = (i) => i, peeks = false }: SeriesSourceOptions = {}) {
  const calls = { index: 0, summaries: [] as string[], cards: 0, articles: 0 };
  const card = (i: number) => ({ id: IDS[i]!, name: names[i]!, lang, dir, themes: [], abstract: 'An abstract.', pillarCount: 0, readingMinutes: 1, countryCodes: [] });
  const neighbour = (i: number) => (i >= 0 && i < IDS.length ? { id: IDS[i]!, name: names[i]! } : undefined);
  const summary = (id: string) => {
    const i = IDS.indexOf(id);
    if (i < 0) throw new TopicNotFoundError(id, IDS);
    const previous = neighbour(i - 1);
    const next = neighbour(i + 1);
    return summaryOf({
      ...card(i),
      schemaVersion: 4,
      pillars: [],
      summary: { abstract: 'An abstract.', sentences: [] },
      countries: [],
      keywords: [],
      wordCount: 10,
      related: [],
      series: { part: i + 1, parts: IDS.length, ...(previous ? { previous } : {}), ...(next ? { next } : {}) },
    }) as TopicSummaryRecord;
  };
  const index = () => indexOf({ schemaVersion: 4, lang: 'en', contentHash: '0'.repeat(64), topics: IDS.map((_, i) => card(i)), themes: [] }) as DatasetIndex;
  let indexLoaded = false;
  const summariesLoaded = new Set<string>();
  const source: TopicDataSource = {
    label: 'the series test source',
    loadCard: async () => {
      calls.cards++;
      throw new Error('the series nav asked for a card');
    },
    loadArticle: async () => {
      calls.articles++;
      throw new Error('the series nav asked for an article');
    },
    loadSummary: async (id) => {
      calls.summaries.push(id);
      const record = summary(id);
      summariesLoaded.add(id);
      return record;
    },
    loadIndex: async () => {
      calls.index++;
      indexLoaded = true;
      return index();
    },
    ...(peeks
      ? {
          peek: ((kind: string, id: string) => {
            if (kind === 'index') return indexLoaded ? { value: index() } : undefined;
            if (kind === 'summary') return summariesLoaded.has(id) ? { value: summary(id) } : undefined;
            return undefined;
          }) as NonNullable<TopicDataSource['peek']>,
        }
      : {}),
  };
  return { source, calls };
}

/** A `<series-nav>` inside a provider giving it `source`; `attributes` are set before it connects. */
async function seriesNav(source: TopicDataSource, attributes: Record<string, string>, wrapper: Record<string, string> = {}): Promise<SeriesNavElement> {
  const root = await fixture<HTMLElement>(html`<div></div>`);
  for (const [name, value] of Object.entries(wrapper)) root.setAttribute(name, value);
  const provider = document.createElement('topic-provider');
  provider.source = source;
  const nav = document.createElement('series-nav');
  for (const [name, value] of Object.entries(attributes)) nav.setAttribute(name, value);
  provider.append(nav);
  root.append(provider);
  return nav;
}

/** A part's visible words, as read (bidi isolation marks and spacing aside). */
const text = (element: Element | null) => (element?.textContent ?? '').replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();

describe('<series-nav> pager (default)', () => {
  const logs = failOnConsoleErrors();

  it('shows "Part 3 of 5" and the previous and next parts by name, in a labelled nav, loading only the summary', async () => {
    const { source, calls } = seriesSource();
    const nav = await seriesNav(source, { topic: IDS[2]! });
    await settled(nav, 'ready');
    const landmark = part(nav, 'nav')!;
    expect(landmark.tagName).to.equal('NAV');
    expect(landmark.getAttribute('aria-label')).to.equal('Parts of the series');
    expect(text(part(nav, 'part-of'))).to.equal('Part 3 of 5');
    expect(text(part(nav, 'previous'))).to.equal(`← Previous ${NAMES[1]}`);
    expect(text(part(nav, 'next'))).to.equal(`→ Next ${NAMES[3]}`);
    // The arrow of "Next" comes after its word (decoration, hidden from screen readers).
    const label = part(nav, 'next')!.querySelector('[part~="label"]')!;
    expect(label.querySelector('.arrow')!.getBoundingClientRect().left).to.be.greaterThan(label.querySelector('[lang]')!.getBoundingClientRect().right - 1);
    // No href, not selectable: plain text, no control that does nothing.
    expect(nav.shadowRoot!.querySelectorAll('a, button')).to.have.length(0);
    expect(parts(nav, 'name')).to.have.length(2);
    expect(calls).to.deep.equal({ index: 0, summaries: [IDS[2]], cards: 0, articles: 0 });
    expect(nav.variant).to.equal('pager');
    expect(nav.hasAttribute('variant'), 'the default is not written out').to.equal(false);
    await expect(nav).to.be.accessible();
  });

  it('shows no previous part for the first part and no next part for the last (nothing, not a disabled control)', async () => {
    const { source } = seriesSource();
    const first = await seriesNav(source, { topic: IDS[0]!, href: '/topics/{id}' });
    await settled(first, 'ready');
    expect(text(part(first, 'part-of'))).to.equal('Part 1 of 5');
    expect(part(first, 'previous')).to.equal(null);
    expect(text(part(first, 'next'))).to.equal(`→ Next ${NAMES[1]}`);
    expect(first.shadowRoot!.querySelectorAll('a')).to.have.length(1);
    expect(first.shadowRoot!.querySelectorAll('[disabled], [aria-disabled]')).to.have.length(0);
    // The next part stays at the end of the line, where it is for every other part.
    const box = part(first, 'nav')!.getBoundingClientRect();
    expect(part(first, 'next')!.getBoundingClientRect().right).to.be.closeTo(box.right, 1);

    const last = await seriesNav(source, { topic: IDS[4]!, href: '/topics/{id}' });
    await settled(last, 'ready');
    expect(text(part(last, 'part-of'))).to.equal('Part 5 of 5');
    expect(part(last, 'next')).to.equal(null);
    expect(text(part(last, 'previous'))).to.equal(`← Previous ${NAMES[3]}`);
    expect(last.shadowRoot!.querySelectorAll('a')).to.have.length(1);
    await expect(last).to.be.accessible();
  });

  it('links the parts through the href template with rel="prev" and rel="next", relative links kept as written', async () => {
    const { source } = seriesSource();
    const nav = await seriesNav(source, { topic: IDS[2]!, href: '/topics/{id}?from=series' });
    await settled(nav, 'ready');
    const previous = part(nav, 'previous')!.querySelector('a')!;
    const next = part(nav, 'next')!.querySelector('a')!;
    expect(previous.getAttribute('href')).to.equal(`/topics/${IDS[1]}?from=series`);
    expect(next.getAttribute('href')).to.equal(`/topics/${IDS[3]}?from=series`);
    expect(previous.rel).to.equal('prev');
    expect(next.rel).to.equal('next');
    expect(previous.getAttribute('part')).to.equal('link');
    // One link per part, named by its "Previous"/"Next" and its name (the arrow is hidden): what a screen reader says.
    expect(a11yTree(nav.shadowRoot!)).to.deep.equal([
      'navigation: Parts of the series',
      '  text: Part 3 of 5',
      `  link: Previous ${NAMES[1]}`,
      `  link: Next ${NAMES[3]}`,
    ]);

    nav.href = 'https://example.org/t/{id}';
    await nav.updateComplete;
    expect(nav.getAttribute('href')).to.equal('https://example.org/t/{id}');
    expect((part(nav, 'next')!.querySelector('a') as HTMLAnchorElement).href).to.equal(`https://example.org/t/${IDS[3]}`);
  });

  it('makes no link of an href that is not http(s), with a warning', async () => {
    const { source } = seriesSource();
    const nav = await seriesNav(source, { topic: IDS[2]!, href: 'javascript:alert({id})' });
    await settled(nav, 'ready');
    expect(nav.shadowRoot!.querySelectorAll('a')).to.have.length(0);
    expect(parts(nav, 'name')).to.have.length(2);
    expect(logs.warnings.map((args) => String(args.join(' ')))).to.satisfy((lines: string[]) => lines.some((line) => /not an http\(s\) URL/.test(line)));
  });

  it('a plain click on a link fires a cancelable topic-select first (a router can stop the navigation); a modified click is left to the browser', async () => {
    const { source } = seriesSource();
    const nav = await seriesNav(source, { topic: IDS[2]!, href: 'https://example.org/t/{id}' });
    await settled(nav, 'ready');
    const next = part(nav, 'next')!.querySelector('a')!;
    const click = (init: MouseEventInit) => {
      const selected: string[] = [];
      let allowed = false;
      const onSelect = (event: CustomEvent) => {
        selected.push(event.detail.id);
        event.preventDefault();
      };
      const atWindow = (event: Event) => {
        allowed = !event.defaultPrevented;
        event.preventDefault();
      };
      document.addEventListener('topic-select', onSelect);
      window.addEventListener('click', atWindow);
      next.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, button: 0, ...init }));
      document.removeEventListener('topic-select', onSelect);
      window.removeEventListener('click', atWindow);
      return { allowed, selected };
    };
    expect(click({})).to.deep.equal({ allowed: false, selected: [IDS[3]] });
    expect(click({ ctrlKey: true })).to.deep.equal({ allowed: true, selected: [] });
  });

  it('with selectable and no href, the parts are buttons firing topic-select with the neighbour’s id', async () => {
    const { source } = seriesSource();
    const nav = await seriesNav(source, { topic: IDS[2]!, selectable: '' });
    await settled(nav, 'ready');
    const [previous, next] = [part(nav, 'previous')!.querySelector('button')!, part(nav, 'next')!.querySelector('button')!];
    expect(previous.type).to.equal('button');
    let selected = oneEvent(nav, 'topic-select');
    previous.click();
    expect(((await selected) as CustomEvent).detail).to.include({ id: IDS[1], button: 0 });
    expect(((await selected) as CustomEvent).detail).not.to.have.property('href');
    selected = oneEvent(nav, 'topic-select');
    next.click();
    expect(((await selected) as CustomEvent).detail.id).to.equal(IDS[3]);
    // selectable="false" turns it off: text again.
    nav.setAttribute('selectable', 'false');
    await nav.updateComplete;
    expect(nav.shadowRoot!.querySelectorAll('button')).to.have.length(0);
    await expect(nav).to.be.accessible();
  });

  it('reaches the previous and next parts in that order with Tab, each with a visible focus ring in --dt-focus-ring', async () => {
    const { source } = seriesSource();
    const root = await fixture<HTMLElement>(html`<div><button>Before</button></div>`);
    const provider = document.createElement('topic-provider');
    provider.source = source;
    provider.innerHTML = '<series-nav topic="technological-exchange-programs" href="https://example.org/t/{id}" style="--dt-focus-ring: rgb(200, 0, 120)"></series-nav>';
    root.append(provider);
    const nav = provider.querySelector('series-nav')!;
    await settled(nav, 'ready');
    root.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    const previous = part(nav, 'previous')!.querySelector('a')!;
    expect(nav.shadowRoot!.activeElement).to.equal(previous);
    const ring = getComputedStyle(previous);
    expect(ring.outlineStyle).to.not.equal('none');
    expect(parseFloat(ring.outlineWidth)).to.be.greaterThan(0);
    expect(ring.outlineColor).to.equal('rgb(200, 0, 120)');
    await sendKeys({ press: 'Tab' });
    expect(nav.shadowRoot!.activeElement).to.equal(part(nav, 'next')!.querySelector('a'));
  });

  it('takes a record at hand at once (peek): no loading state, and still no index', async () => {
    const { source, calls } = seriesSource({ peeks: true });
    await source.loadSummary(IDS[1]!);
    const nav = await seriesNav(source, { topic: IDS[1]! });
    await nav.updateComplete;
    expect(nav.stateName).to.equal('ready');
    expect(text(part(nav, 'part-of'))).to.equal('Part 2 of 5');
    expect(calls.index).to.equal(0);
    expect(calls.summaries).to.deep.equal([IDS[1]]);
  });
});

describe('<series-nav variant="list">', () => {
  const logs = failOnConsoleErrors();

  it('lists every part in series order from the index, the current one marked aria-current="page", bold with a bar, and not a link', async () => {
    const { source, calls } = seriesSource();
    const nav = await seriesNav(source, { topic: IDS[3]!, variant: 'list', href: '/topics/{id}' });
    await settled(nav, 'ready');
    expect(part(nav, 'nav')!.getAttribute('aria-label')).to.equal('Parts of the series');
    const list = part(nav, 'list')!;
    expect(list.tagName).to.equal('OL');
    const items = parts(nav, 'item');
    expect(items.map(text)).to.deep.equal(NAMES);
    expect(text(part(nav, 'part-of'))).to.equal('Part 4 of 5');
    const current = part(nav, 'current')!;
    expect(current.getAttribute('aria-current')).to.equal('page');
    expect(text(current)).to.equal(NAMES[3]);
    expect(nav.shadowRoot!.querySelectorAll('[aria-current]')).to.have.length(1);
    expect(current.closest('a, button'), 'the current part is no link to itself').to.equal(null);
    expect(items[3]!.querySelector('a')).to.equal(null);
    // Told apart by more than colour: weight and a bar at its start.
    const style = getComputedStyle(current);
    expect(Number(style.fontWeight)).to.be.at.least(700);
    expect(parseFloat(style.getPropertyValue('border-inline-start-width'))).to.be.greaterThan(0);
    expect(Number(getComputedStyle(items[0]!.querySelector('a')!).fontWeight)).to.be.below(700);
    const links = [...list.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([0, 1, 2, 4].map((i) => `/topics/${IDS[i]}`));
    expect(links.every((a) => !a.hasAttribute('rel')), 'rel belongs to the pager’s neighbours').to.equal(true);
    expect(calls).to.deep.equal({ index: 1, summaries: [], cards: 0, articles: 0 });
    expect(nav.getAttribute('variant')).to.equal('list');
    expect(a11yTree(nav.shadowRoot!)).to.deep.equal([
      'navigation: Parts of the series',
      '  text: Part 4 of 5',
      '  list',
      ...NAMES.flatMap((name, i) => (i === 3 ? ['    listitem'] : ['    listitem', `      link: ${name}`])),
    ]);
    await expect(nav).to.be.accessible();
  });

  it('makes the other parts buttons with selectable, text without', async () => {
    const { source } = seriesSource();
    const nav = await seriesNav(source, { topic: IDS[0]!, variant: 'list', selectable: '' });
    await settled(nav, 'ready');
    const buttons = [...part(nav, 'list')!.querySelectorAll('button')];
    expect(buttons.map(text)).to.deep.equal(NAMES.slice(1));
    const selected = oneEvent(nav, 'topic-select');
    buttons[2]!.click();
    expect(((await selected) as CustomEvent).detail.id).to.equal(IDS[3]);
    nav.selectable = false;
    await nav.updateComplete;
    expect(nav.getAttribute('selectable')).to.equal('false');
    expect(nav.shadowRoot!.querySelectorAll('a, button')).to.have.length(0);
    expect(parts(nav, 'name').map(text)).to.deep.equal(NAMES.slice(1));
  });

  it('follows a change of variant at run time, both ways, loading what each needs', async () => {
    const { source, calls } = seriesSource();
    const nav = await seriesNav(source, { topic: IDS[2]! });
    await settled(nav, 'ready');
    expect(part(nav, 'list')).to.equal(null);
    nav.variant = 'list';
    await nav.updateComplete;
    expect(nav.getAttribute('variant')).to.equal('list');
    await settled(nav, 'ready');
    expect(parts(nav, 'item')).to.have.length(5);
    expect(part(nav, 'previous')).to.equal(null);
    expect(calls.index).to.equal(1);
    nav.removeAttribute('variant');
    await nav.updateComplete;
    await settled(nav, 'ready');
    expect(part(nav, 'list')).to.equal(null);
    expect(text(part(nav, 'next'))).to.equal(`→ Next ${NAMES[3]}`);
    // An unknown variant is the pager.
    nav.setAttribute('variant', 'carousel');
    await nav.updateComplete;
    await settled(nav, 'ready');
    expect(text(part(nav, 'previous'))).to.equal(`← Previous ${NAMES[1]}`);
    expect(calls.index).to.equal(1);
  });

  it('a topic the index lacks is not found: the state, a warning and widget-error naming the valid ids', async () => {
    const { source } = seriesSource();
    const nav = await seriesNav(source, { topic: 'naval-cooperation', variant: 'list' });
    const error = oneEvent(nav, 'widget-error');
    const { detail } = (await error) as CustomEvent<WidgetErrorDetail>;
    expect(detail.code).to.equal('not-found');
    expect(detail.validIds).to.deep.equal(IDS);
    await settled(nav, 'not-found');
    expect(shadowText(nav), 'nothing for readers').to.equal('');
    expect(logs.warnings).to.have.length(1);
    expect(String(logs.warnings[0]!.join(' '))).to.contain('unknown topic "naval-cooperation"');
  });
});

describe('<series-nav> states and bad data', () => {
  const logs = failOnConsoleErrors();

  it('shows a skeleton while loading, for each variant', async () => {
    for (const variant of ['pager', 'list']) {
      const nav = await seriesNav(neverAnswers, { topic: IDS[2]!, variant });
      await nav.updateComplete;
      expect(nav.stateName).to.equal('loading');
      expect(part(nav, 'base')!.getAttribute('aria-busy')).to.equal('true');
      const skeleton = part(nav, 'skeleton')!;
      expect(skeleton.getAttribute('aria-hidden')).to.equal('true');
      expect(skeleton.querySelectorAll('.skeleton-text').length).to.be.greaterThan(variant === 'list' ? 5 : 4);
      expect(shadowText(nav)).to.not.contain('Previous');
    }
  });

  it('an unknown topic (pager): not found, with a warning and widget-error', async () => {
    const { source, calls } = seriesSource();
    const nav = await seriesNav(source, { topic: 'naval-cooperation' });
    const { detail } = (await oneEvent(nav, 'widget-error')) as CustomEvent<WidgetErrorDetail>;
    expect(detail).to.include({ code: 'not-found', topic: 'naval-cooperation' });
    expect(detail.validIds).to.deep.equal(IDS);
    await settled(nav, 'not-found');
    expect(shadowText(nav), 'nothing for readers').to.equal('');
    expect(logs.warnings).to.have.length(1);
    expect(calls.index).to.equal(0);
  });

  it('a load failure: the error state with "Try again", widget-error load-failed', async () => {
    const failing: TopicDataSource = { ...neverAnswers, loadSummary: () => Promise.reject(new DataLoadError('load-failed', 'the data server is down')) };
    const nav = await seriesNav(failing, { topic: IDS[2]! });
    const { detail } = (await oneEvent(nav, 'widget-error')) as CustomEvent<WidgetErrorDetail>;
    expect(detail.code).to.equal('load-failed');
    await settled(nav, 'error');
    expect(part(nav, 'retry')).to.not.equal(null);
    expect(part(nav, 'nav')).to.equal(null);
    expect(logs.warnings.length).to.be.at.least(1);
    await expect(nav).to.be.accessible();
  });

  it('renders names holding markup as text', async () => {
    const hostile = '<img src=x onerror="window.__seriesHacked=1"><b>bold</b>';
    const names = NAMES.map((name, i) => (i === 1 || i === 3 ? hostile : name));
    const { source } = seriesSource({ names });
    const pager = await seriesNav(source, { topic: IDS[2]!, href: '/t/{id}' });
    await settled(pager, 'ready');
    const list = await seriesNav(source, { topic: IDS[2]!, variant: 'list', href: '/t/{id}' });
    await settled(list, 'ready');
    for (const nav of [pager, list]) {
      expect(nav.shadowRoot!.querySelectorAll('img, b')).to.have.length(0);
      expect(shadowText(nav)).to.contain(hostile);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as { __seriesHacked?: number }).__seriesHacked).to.equal(undefined);
  });

  const broken: [string, SeriesSourceOptions][] = [
    ['a neighbour with an empty name', { summaryOf: (s) => ({ ...s, series: { ...(s.series as object), next: { id: IDS[3], name: '  ' } } }) }],
    ['a neighbour without an id', { summaryOf: (s) => ({ ...s, series: { ...(s.series as object), previous: { name: 'Somewhere' } } }) }],
    ['a neighbour that is null', { summaryOf: (s) => ({ ...s, series: { ...(s.series as object), previous: null } }) }],
    ['no series at all', { summaryOf: ({ series: _series, ...s }) => s }],
    ['a part beyond the number of parts', { summaryOf: (s) => ({ ...s, series: { ...(s.series as object), part: 9 } }) }],
  ];
  for (const [what, options] of broken) {
    it(`a record with ${what}: the error state (invalid-data), not a throw`, async () => {
      const { source } = seriesSource(options);
      const nav = await seriesNav(source, { topic: IDS[2]! });
      const { detail } = (await oneEvent(nav, 'widget-error')) as CustomEvent<WidgetErrorDetail>;
      expect(detail.code).to.equal('invalid-data');
      expect(detail.message).to.contain(IDS[2]);
      await settled(nav, 'error');
      expect(part(nav, 'nav')).to.equal(null);
    });
  }

  it('an index listing a part without a name: the error state of the list, not a throw', async () => {
    const { source } = seriesSource({
      indexOf: (index) => ({ ...index, topics: (index.topics as { name: string }[]).map((topic, i) => (i === 1 ? { ...topic, name: '' } : topic)) }),
    });
    const nav = await seriesNav(source, { topic: IDS[2]!, variant: 'list' });
    const { detail } = (await oneEvent(nav, 'widget-error')) as CustomEvent<WidgetErrorDetail>;
    expect(detail.code).to.equal('invalid-data');
    await settled(nav, 'error');
  });

  it('bad data at hand (peek) is the error state too, on the first render', async () => {
    const { source } = seriesSource({ peeks: true, summaryOf: (s) => ({ ...s, series: { ...(s.series as object), next: { id: IDS[3], name: '' } } }) });
    await source.loadSummary(IDS[2]!);
    const nav = await seriesNav(source, { topic: IDS[2]! });
    const { detail } = (await oneEvent(nav, 'widget-error')) as CustomEvent<WidgetErrorDetail>;
    expect(detail.code).to.equal('invalid-data');
    await settled(nav, 'error');
  });
});

describe('<series-nav> languages, direction, themes and print', () => {
  failOnConsoleErrors();

  it('speaks Arabic on an Arabic page, laid out right to left: the previous part on the right, its arrow turned round', async () => {
    const { source } = seriesSource({ names: ARABIC_NAMES, lang: 'ar', dir: 'rtl' });
    const nav = await seriesNav(source, { topic: IDS[2]!, href: '/t/{id}' }, { lang: 'ar', dir: 'rtl' });
    await settled(nav, 'ready');
    expect(part(nav, 'nav')!.getAttribute('aria-label')).to.equal('أجزاء السلسلة');
    expect(text(part(nav, 'part-of'))).to.equal('الجزء 3 من 5');
    expect(part(nav, 'part-of')!.getAttribute('lang')).to.equal('ar');
    expect(text(part(nav, 'previous'))).to.contain('السابق').and.contain(ARABIC_NAMES[1]);
    expect(text(part(nav, 'next'))).to.contain('التالي').and.contain(ARABIC_NAMES[3]);
    const title = part(nav, 'previous')!.querySelector('.title')!;
    expect([title.getAttribute('lang'), title.getAttribute('dir')]).to.deep.equal(['ar', 'rtl']);
    const previous = part(nav, 'previous')!.getBoundingClientRect();
    const next = part(nav, 'next')!.getBoundingClientRect();
    expect(previous.left, 'previous on the right').to.be.greaterThan(next.right - 1);
    const [previousArrow, nextArrow] = [...nav.shadowRoot!.querySelectorAll('.arrow')];
    expect(getComputedStyle(previousArrow!).transform).to.match(/^matrix\(-1, 0, 0, 1/);
    // The "previous" arrow (←, turned round) points right, towards the previous part.
    expect(previousArrow!.getBoundingClientRect().left).to.be.greaterThan(part(nav, 'previous')!.querySelector('.label span[lang]')!.getBoundingClientRect().left);
    expect(getComputedStyle(nextArrow!).transform).to.match(/^matrix\(-1, 0, 0, 1/);
    await expect(nav).to.be.accessible();
  });

  it('lays the arrows left to right on a left-to-right page, whatever the words’ language', async () => {
    const { source } = seriesSource();
    const nav = await seriesNav(source, { topic: IDS[2]!, lang: 'ar' });
    await settled(nav, 'ready');
    expect(text(part(nav, 'part-of'))).to.equal('الجزء 3 من 5');
    expect(part(nav, 'previous')!.getBoundingClientRect().right).to.be.lessThan(part(nav, 'next')!.getBoundingClientRect().left + 1);
    expect(getComputedStyle(nav.shadowRoot!.querySelector('.arrow')!).transform).to.equal('none');
  });

  it('lists the parts right to left in an RTL page, numbers on the right', async () => {
    const { source } = seriesSource({ names: ARABIC_NAMES, lang: 'ar', dir: 'rtl' });
    const nav = await seriesNav(source, { topic: IDS[0]!, variant: 'list' }, { lang: 'ar', dir: 'rtl' });
    await settled(nav, 'ready');
    const list = part(nav, 'list')!;
    expect(getComputedStyle(list).direction).to.equal('rtl');
    expect(parseFloat(getComputedStyle(list).paddingRight)).to.be.greaterThan(0);
    expect(parseFloat(getComputedStyle(part(nav, 'current')!).borderRightWidth)).to.be.greaterThan(0);
  });

  it('takes its theme from the attribute and its colours from --dt-* properties (--dt-dark-* when dark)', async () => {
    const { source } = seriesSource();
    const nav = await seriesNav(source, { topic: IDS[2]!, variant: 'list', theme: 'dark', href: '/t/{id}', style: '--dt-accent: rgb(1, 2, 3); --dt-dark-accent: rgb(250, 200, 100)' });
    await settled(nav, 'ready');
    expect(part(nav, 'base')!.classList.contains('dark')).to.equal(true);
    expect(getComputedStyle(part(nav, 'list')!.querySelector('a')!).color).to.equal('rgb(250, 200, 100)');
    nav.theme = 'light';
    await nav.updateComplete;
    expect(nav.getAttribute('theme')).to.equal('light');
    expect(part(nav, 'base')!.classList.contains('light')).to.equal(true);
    expect(getComputedStyle(part(nav, 'list')!.querySelector('a')!).color).to.equal('rgb(1, 2, 3)');
    await expect(nav).to.be.accessible();
  });

  it('prints plainly: words, names and link addresses, no arrows and no boxes', async () => {
    const { source } = seriesSource();
    const nav = await seriesNav(source, { topic: IDS[2]!, href: 'https://example.org/t/{id}', theme: 'dark' });
    await settled(nav, 'ready');
    const link = part(nav, 'next')!.querySelector('a')!;
    expect(parseFloat(getComputedStyle(link).borderTopWidth), 'a box on screen').to.be.greaterThan(0);
    const media = await emulateMedia([nav], { print: true, dark: true });
    try {
      expect(getComputedStyle(part(nav, 'nav')!).display).to.not.equal('none');
      expect(getComputedStyle(part(nav, 'part-of')!).display).to.not.equal('none');
      for (const arrow of nav.shadowRoot!.querySelectorAll('.arrow')) expect(getComputedStyle(arrow).display).to.equal('none');
      expect(parseFloat(getComputedStyle(link).borderTopWidth)).to.equal(0);
      expect(getComputedStyle(link, '::after').content).to.match(/https:\/\/example\.org\/t\/military-training-diplomacy|attr\(href\)/);
      expect(getComputedStyle(part(nav, 'base')!).color).to.equal('rgb(27, 31, 36)');
    } finally {
      await media.restore();
    }
  });
});

describe('<series-nav> with the real dataset', () => {
  failOnConsoleErrors();

  it('shows the bundled series: part 3 between parts 2 and 4, and the list in series order', async () => {
    const pager = await fixture<SeriesNavElement>(html`<series-nav topic="technological-exchange-programs"></series-nav>`);
    await settled(pager, 'ready');
    expect(text(part(pager, 'part-of'))).to.equal('Part 3 of 5');
    expect(text(part(pager, 'previous'))).to.equal('← Previous Defense Technology Exchanges');
    expect(text(part(pager, 'next'))).to.equal('→ Next Military Training Diplomacy');
    const list = await fixture<SeriesNavElement>(html`<series-nav topic="technological-exchange-programs" variant="list"></series-nav>`);
    await settled(list, 'ready');
    const { topics } = (await (await fetch('/generated/dataset/index.json')).json()) as { topics: { name: string }[] };
    expect(parts(list, 'item').map(text)).to.deep.equal(topics.map((topic) => topic.name));
    expect(text(part(list, 'current'))).to.equal('Technological Exchange Programs');
  });

  it('a pager on a remote dataset requests the topic’s summary alone (no index, no other topic); the list the index alone', async () => {
    const key = `series-${Math.random()}`;
    const root = await fixture(html`<topic-provider src=${`/__count/${key}/generated/dataset/`}><series-nav topic="defense-attaches"></series-nav></topic-provider>`);
    const nav = root.querySelector('series-nav')!;
    await settled(nav, 'ready');
    expect(part(nav, 'next'), 'the last part').to.equal(null);
    const requested = async () => Object.keys((await (await fetch('/__count')).json()) as Record<string, number>).filter((path) => path.startsWith(key));
    expect(await requested()).to.deep.equal([`${key}/generated/dataset/languages.json`, `${key}/generated/dataset/summaries/defense-attaches.json`]);
    nav.variant = 'list';
    await nav.updateComplete;
    await settled(nav, 'ready');
    expect(await requested()).to.deep.equal([`${key}/generated/dataset/languages.json`, `${key}/generated/dataset/summaries/defense-attaches.json`, `${key}/generated/dataset/index.json`]);
  });
});
