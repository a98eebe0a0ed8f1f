/**
 * Data access: the bundled dataset through the module graph (one record module per topic,
 * loaded when shown), synchronous answers for data at hand (a widget renders once), and the
 * module and HTTP data sources on their own.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { ArticleSummaryElement } from '../../src/components/article-summary/article-summary.js';
import type { TopicCardElement } from '../../src/components/topic-card/topic-card.js';
import type { WidgetErrorDetail } from '../../src/components/shared/topic-element.js';
import { DataLoadError, isAbortError, TopicNotFoundError } from '../../src/data/data-source.js';
import { HttpDataSource } from '../../src/data/http-data-source.js';
import { type DatasetModuleTable, ModuleDataSource, type RecordModule } from '../../src/data/module-data-source.js';
import { defaultDataSource, setDefaultDataSource } from '../../src/data/sources.js';
import { DATASET, failOnConsoleErrors, openFrame, part, settled, TOPIC_IDS, whenReady } from './helpers.js';

/** Paths (from the site root) of the dataset's files this page has requested so far. */
const datasetRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((pathname) => pathname.startsWith('/generated/dataset/'));

/** Every state a widget renders, in order, from its first update on. */
function recordStates(element: { stateName: string; updateComplete: Promise<boolean> } & HTMLElement): string[] {
  const states: string[] = [];
  const original = (element as unknown as { updated: (changed: unknown) => void }).updated;
  (element as unknown as { updated: (changed: unknown) => void }).updated = function (this: typeof element, changed: unknown) {
    states.push(this.stateName);
    original.call(this, changed);
  };
  return states;
}

describe('the bundled dataset, through the module graph', () => {
  const logs = failOnConsoleErrors();

  it('a card loads its own topic’s card module and nothing else of the dataset', async () => {
    const card = await fixture<TopicCardElement>(html`<topic-card topic="technological-exchange-programs"></topic-card>`);
    await settled(card, 'ready');
    expect(part(card, 'heading')!.textContent).to.equal('Technological Exchange Programs');
    const requested = datasetRequests();
    expect(requested.filter((p) => p.endsWith('.json')), 'no JSON: the records are modules').to.deep.equal([]);
    const records = requested.filter((p) => /\/modules\/(cards|summaries|articles)\/|\/modules\/index\.js$/.test(p));
    expect(records).to.deep.equal(['/generated/dataset/modules/cards/technological-exchange-programs.js']);
  });

  it('a widget whose data is at hand renders it in its first render, with no loading state', async () => {
    const first = await fixture<TopicCardElement>(html`<topic-card topic="defense-attaches"></topic-card>`);
    await settled(first, 'ready');
    const second = document.createElement('topic-card');
    second.topic = 'defense-attaches';
    const states = recordStates(second);
    first.after(second);
    await second.updateComplete;
    expect(states).to.deep.equal(['ready']);
    expect(part(second, 'heading')!.textContent).to.equal('Defense Attachés');
    second.remove();
  });

  it('a summary whose record and related cards are at hand renders once too', async () => {
    const first = await fixture<ArticleSummaryElement>(html`<article-summary topic="air-defense-cooperation"></article-summary>`);
    await settled(first, 'ready');
    const second = document.createElement('article-summary');
    second.topic = 'air-defense-cooperation';
    const states = recordStates(second);
    first.after(second);
    await second.updateComplete;
    expect(states).to.deep.equal(['ready']);
    expect(second.shadowRoot!.querySelectorAll('[part~="related"] li').length).to.equal(first.shadowRoot!.querySelectorAll('[part~="related"] li').length);
    second.remove();
  });

  it('an unknown topic is known at once, without a request, and names the valid ids', async () => {
    const before = datasetRequests().length;
    const card = document.createElement('topic-card');
    card.topic = 'naval-cooperation';
    const states = recordStates(card);
    const error = oneEvent(card, 'widget-error') as Promise<CustomEvent<WidgetErrorDetail>>;
    document.body.append(card);
    try {
      const { detail } = await error;
      expect(states[0]).to.equal('not-found');
      expect(detail.code).to.equal('not-found');
      expect([...detail.validIds!].sort(), 'every topic, in any order').to.deep.equal([...TOPIC_IDS].sort());
      expect(datasetRequests().length).to.equal(before);
      expect(String(logs.warnings[0]?.[1])).to.contain('Valid topics: air-defense-cooperation');
    } finally {
      card.remove();
    }
  });

  it('widgets already on the page follow setDefaultDataSource at once, with no error in between', async () => {
    const bundled = defaultDataSource();
    const card = await fixture<TopicCardElement>(html`<topic-card topic="defense-attaches"></topic-card>`);
    await settled(card, 'ready');
    const errors: unknown[] = [];
    card.addEventListener('widget-error', (event) => errors.push(event));
    const ours = new ModuleDataSource(
      { index: () => ({ default: { topics: [] } }), cards: { 'defense-attaches': () => ({ default: { id: 'defense-attaches', name: 'Our own attachés', themes: [], lang: 'en', dir: 'ltr', abstract: 'Ours.', pillarCount: 1, readingMinutes: 1 } }) }, summaries: {}, articles: {} },
      { label: 'our topics' },
    );
    try {
      setDefaultDataSource(ours);
      await card.updateComplete;
      expect(part(card, 'heading')!.textContent).to.equal('Our own attachés');
      expect(errors).to.deep.equal([]);
    } finally {
      setDefaultDataSource(bundled);
    }
    await card.updateComplete;
    expect(part(card, 'heading')!.textContent).to.equal('Defense Attachés');
  });

  it('a topic called like an Object.prototype member is unknown, not a crash', async () => {
    const source = defaultDataSource();
    for (const id of ['constructor', 'hasOwnProperty', '__proto__', 'toString']) {
      const error = await source.loadCard(id).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, id).to.be.instanceOf(TopicNotFoundError);
    }
  });
});

/** A lazy table of fake records: counts imports, and can fail them. */
function fakeTable(failing = new Set<string>()) {
  const imports: string[] = [];
  const loader = (path: string, record: unknown) => (): Promise<RecordModule> => {
    imports.push(path);
    if (failing.has(path)) return Promise.reject(new TypeError(`Failed to fetch dynamically imported module: ${path}`));
    return new Promise((resolve) => setTimeout(() => resolve({ default: record }), 5));
  };
  const card = (id: string) => ({ schemaVersion: 1, id, name: id.toUpperCase() });
  const table: DatasetModuleTable = {
    index: loader('index', { topics: [{ id: 'a' }, { id: 'b' }] }),
    cards: { a: loader('cards/a', card('a')), b: loader('cards/b', card('b')) },
    summaries: {},
    articles: {},
  };
  return { table, imports };
}

describe('ModuleDataSource', () => {
  it('imports a record once for every caller, keeps it, and answers from then on at once', async () => {
    const { table, imports } = fakeTable();
    const source = new ModuleDataSource(table, { label: 'fake' });
    expect(source.peek('card', 'a')).to.equal(undefined);
    const [one, two] = await Promise.all([source.loadCard('a'), source.loadCard('a')]);
    expect(one).to.deep.equal({ id: 'a', name: 'A' });
    expect(two).to.equal(one);
    expect(imports).to.deep.equal(['cards/a']);
    expect(source.peek('card', 'a')).to.deep.equal({ value: one });
  });

  it('knows an unknown topic without importing anything', async () => {
    const { table, imports } = fakeTable();
    const source = new ModuleDataSource(table);
    const settledAnswer = source.peek('card', 'zzz');
    expect(settledAnswer?.error).to.be.instanceOf(TopicNotFoundError);
    expect((settledAnswer!.error as TopicNotFoundError).validIds).to.deep.equal(['a', 'b']);
    expect(imports).to.deep.equal([]);
  });

  it('an abort stops the caller’s wait only; the record is kept for the next caller', async () => {
    const { table, imports } = fakeTable();
    const source = new ModuleDataSource(table);
    const controller = new AbortController();
    const waiting = source.loadCard('b', controller.signal);
    controller.abort();
    const error = await waiting.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isAbortError(error), String(error)).to.equal(true);
    expect((await source.loadCard('b')).id).to.equal('b');
    expect(imports).to.deep.equal(['cards/b']);
  });

  it('a module that fails to load is a load error naming the record, the source and the fix; a retry imports again', async () => {
    const failing = new Set(['cards/a']);
    const { table, imports } = fakeTable(failing);
    const source = new ModuleDataSource(table, { label: 'the test dataset', hint: 'Reload the page.' });
    const error = await source.loadCard('a').then(
      () => undefined,
      (e: unknown) => e as DataLoadError,
    );
    expect(error).to.be.instanceOf(DataLoadError);
    expect(error!.code).to.equal('load-failed');
    expect(error!.message).to.contain('the card of "a"').and.contain('the test dataset').and.contain('cards/a').and.contain('Reload the page.');
    failing.clear();
    expect((await source.loadCard('a')).id).to.equal('a');
    expect(imports).to.deep.equal(['cards/a', 'cards/a']);
  });

  it('an eager table (a server’s) is read synchronously', () => {
    const record = { schemaVersion: 1, id: 'a', name: 'A' };
    const source = new ModuleDataSource({ index: () => ({ default: { topics: [] } }), cards: { a: () => ({ default: record }) }, summaries: {}, articles: {} });
    expect(source.peek('card', 'a')).to.deep.equal({ value: { id: 'a', name: 'A' } });
  });
});

describe('HttpDataSource answers at once what it already loaded', () => {
  it('a loaded record, and an unknown topic once the index is here', async () => {
    const source = new HttpDataSource({ url: DATASET, validate: false });
    expect(source.peek('card', 'defense-attaches')).to.equal(undefined);
    const card = await source.loadCard('defense-attaches');
    expect(source.peek('card', 'defense-attaches')).to.deep.equal({ value: card });
    expect(source.peek('card', 'naval-cooperation'), 'the index is not here yet').to.equal(undefined);
    await source.loadIndex();
    const unknown = source.peek('card', 'naval-cooperation');
    expect(unknown?.error).to.be.instanceOf(TopicNotFoundError);
  });

  it('a missing dataset names the URL it tried and what to do', async () => {
    const source = new HttpDataSource({ url: '/nowhere/', validate: false });
    const error = await source.loadCard('defense-attaches').then(
      () => undefined,
      (e: unknown) => e as DataLoadError,
    );
    expect(error).to.be.instanceOf(DataLoadError);
    expect(error!.message).to.contain(new URL('/nowhere/index.json', location.href).href).and.contain('defense-topics build');
    expect(error!.url).to.equal(new URL('/nowhere/index.json', location.href).href);
  });
});

describe('the npm package without a bundler', () => {
  it('runs from an import map as the README gives it, loading only the shown topics’ records', async () => {
    // Served as a static host serves files (the test server would otherwise resolve bare imports itself).
    const { frame, doc, win, errors } = await openFrame('/__plain/test/fixtures/pages/import-map.html');
    try {
      const card = doc.querySelector('topic-card');
      await whenReady(card);
      expect(card!.shadowRoot!.querySelector('[part~="heading"]')!.textContent).to.equal('Military Training Diplomacy');
      await whenReady(doc.querySelector('#remote'));
      const records = win.performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((pathname) => pathname.startsWith('/__plain/generated/dataset/'));
      // The bundled card's module, and the remote dataset's languages and card: nothing else of the dataset.
      expect(records.sort()).to.deep.equal([
        '/__plain/generated/dataset/cards/defense-attaches.json',
        '/__plain/generated/dataset/languages.json',
        '/__plain/generated/dataset/modules/cards/military-training-diplomacy.js',
        '/__plain/generated/dataset/modules/lazy.js',
      ]);
      expect(errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('loads and validates a remote dataset (<topic-provider src>) through the same map', async () => {
    const { frame, doc, errors, warnings } = await openFrame('/__plain/test/fixtures/pages/import-map.html');
    try {
      const card = doc.querySelector('#remote');
      await whenReady(card);
      expect(card!.shadowRoot!.querySelector('[part~="heading"]')!.textContent).to.equal('Defense Attachés');
      expect(errors).to.deep.equal([]);
      expect(warnings).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('the test pages’ import maps are the README’s, entry for entry', async () => {
    const mapIn = (html: string) => JSON.parse(/<script type="importmap">([\s\S]*?)<\/script>/.exec(html)![1]!) as { imports: Record<string, string> };
    const readme = mapIn(await (await fetch('/__plain/README.md')).text()).imports;
    const page = mapIn(await (await fetch('/__plain/test/fixtures/pages/import-map.html')).text()).imports;
    // The page serves this repository: the package's files at the root, its dependencies in node_modules/.
    const asOnThePage = Object.fromEntries(
      Object.entries(readme).map(([key, url]) => [key, url.replace('/node_modules/defense-topics/', '/__plain/').replace(/^\/node_modules\//, '/__plain/node_modules/')]),
    );
    expect(page).to.deep.equal(asOnThePage);
    // The server-rendered npm page adds what the README's hydration section says to add.
    const ssrPage = mapIn(await (await fetch('/__plain/test/fixtures/pages/ssr/npm.html')).text()).imports;
    expect(ssrPage).to.deep.equal({ ...asOnThePage, '@lit-labs/ssr-client/': '/__plain/node_modules/@lit-labs/ssr-client/' });
  });
});
