/**
 * The series search's data side (issue 21): word normalisation per language, the index the
 * generator writes (search/<lang>.json and its module), createTopicSearch over it (AND, prefixes,
 * typos, snippets with marks on the original text), and the data sources that load it.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it, before, after } from 'node:test';
import { buildDataset } from '../../packages/cli/src/build.js';
import { FULL_TEXT_TOPICS, searchIndexFiles } from '../../packages/cli/src/search-index.js';
import type { ArticleRecord } from '../../src/schema/dataset.js';
import { DataLoadError } from '../../src/data/data-source.js';
import { HttpDataSource } from '../../src/data/http-data-source.js';
import { JsonFolderSource } from '../../src/data/json-folder-source.js';
import { ModuleDataSource, type DatasetModuleTable } from '../../src/data/module-data-source.js';
import { createBundledSource } from '../../src/data/bundled-source.js';
import { searchIndexOf } from '../../src/data/search-file.js';
import { normalizeWord } from '../../src/search/normalize.js';
import { createTopicSearch } from '../../src/search/topic-search.js';
import type { SearchHit } from '../../src/search/types.js';
import { SCHEMA_VERSION, SearchIndexRecord, type DatasetIndex, type SearchTopic } from '../../src/schema/dataset.js';
import { buildMarkdown } from './helpers.js';

const built = await buildDataset({ articlesDir: 'content/articles' });
const englishRecord = JSON.parse(built.files.get('search/en.json')!) as SearchIndexRecord;
const topics = built.index!.topics;
const english = createTopicSearch(englishRecord, topics);

/** The marked words of a hit's snippet, as they stand in its text. */
const marked = (hit: SearchHit) => hit.snippet.marks.map(([start, end]) => hit.snippet.text.slice(start, end));

/** A search over a search file of one language holding `texts` (key points `p`, sentences `t`), its topics named "Topic <n>". */
function searchOf(lang: string, texts: Partial<SearchTopic>[]) {
  const file = texts.map((topic, i) => ({ id: `t${i}`, k: [], p: [], ...topic }));
  return createTopicSearch({ schemaVersion: SCHEMA_VERSION, lang, scope: 'full', topics: file }, file.map(({ id }, i) => ({ id, name: `Topic ${i}`, abstract: 'An abstract.' })));
}

describe('word normalisation (src/search/normalize.ts)', () => {
  it('folds case, and Turkish dotted and dotless i into i (İstanbul, Istanbul, istanbul, ıstanbul are one word)', () => {
    for (const lang of ['tr', 'az', 'en']) {
      for (const word of ['İstanbul', 'Istanbul', 'istanbul', 'ıstanbul', 'ISTANBUL']) assert.equal(normalizeWord(word, lang), 'istanbul', `${word} (${lang})`);
    }
    assert.equal(normalizeWord('TÜRKİYE', 'tr'), 'turkiye');
    assert.equal(normalizeWord('DİYARBAKIR', 'tr'), 'diyarbakir');
  });
  it('strips the accents of Latin letters, and only of those', () => {
    assert.equal(normalizeWord('Défense', 'fr'), 'defense');
    assert.equal(normalizeWord('coopération', 'fr'), 'cooperation');
    assert.equal(normalizeWord('Güvenliği', 'tr'), 'guvenligi');
    assert.equal(normalizeWord('Attachés', 'en'), 'attaches');
    // Cyrillic й keeps its breve (another letter), Devanagari its marks.
    assert.equal(normalizeWord('Йемен', 'ru'), 'йемен');
    assert.equal(normalizeWord('रक्षा', 'hi'), 'रक्षा');
  });
  it('removes harakat, the superscript alef and tatweel', () => {
    assert.equal(normalizeWord('الدِّفَاعُ', 'ar'), 'الدفاع');
    assert.equal(normalizeWord('رَحْمٰن', 'ar'), 'رحمن');
    assert.equal(normalizeWord('الدفـــاع', 'ar'), 'الدفاع');
  });
  it('writes the alef forms as bare alef, alef maqsura as yeh, teh marbuta as heh', () => {
    for (const alef of ['أ', 'إ', 'آ', 'ٱ']) assert.equal(normalizeWord(`${alef}من`, 'ar'), 'امن', alef);
    assert.equal(normalizeWord('مستشفى', 'ar'), 'مستشفي');
    assert.equal(normalizeWord('الدولة', 'ar'), 'الدوله');
  });
  it('writes Persian/Urdu yeh as Arabic yeh, keheh as kaf, and the Urdu heh forms as heh', () => {
    assert.equal(normalizeWord('ایران', 'fa'), 'ايران');
    assert.equal(normalizeWord('کشور', 'fa'), 'كشور');
    assert.equal(normalizeWord('پاکستان', 'ur'), 'پاكستان');
    assert.equal(normalizeWord('دفاعہ', 'ur'), 'دفاعه');
    assert.equal(normalizeWord('ھم', 'ur'), 'هم');
    assert.equal(normalizeWord('خانۀ', 'fa'), 'خانه');
  });
  it('removes the zero-width non-joiner inside a word (می‌شود is میشود)', () => {
    assert.equal(normalizeWord('می‌شود', 'fa'), normalizeWord('میشود', 'fa'));
    assert.equal(normalizeWord('همکاری‌ها', 'fa'), 'همكاريها');
  });
});

describe('the search index the generator writes', () => {
  it('is listed in the index, one file per language, and valid', () => {
    // English first (the default: the originals'), then the Arabic translations'.
    assert.deepEqual(built.index!.search, [
      { lang: 'en', path: 'search/en.json' },
      { lang: 'ar', path: 'search/ar.json' },
    ]);
    assert.equal(SearchIndexRecord.safeParse(englishRecord).success, true);
    assert.deepEqual(englishRecord.topics.map((topic) => topic.id), topics.map((topic) => topic.id));
    assert.equal(englishRecord.scope, 'full');
  });
  it('writes the same bytes from the same articles', async () => {
    const again = await buildDataset({ articlesDir: 'content/articles' });
    assert.equal(again.files.get('search/en.json'), built.files.get('search/en.json'));
    assert.equal(again.files.get('modules/search/en.js'), built.files.get('modules/search/en.js'));
  });
  it('has a module form, in the lazy and eager tables', () => {
    assert.equal(built.files.get('modules/search/en.js'), `// Generated by defense-topics-cli from the articles: do not edit.\nexport default ${built.files.get('search/en.json')!.trimEnd()};\n`);
    for (const table of ['lazy', 'eager']) {
      assert.match(built.files.get(`modules/${table}.js`)!, /export const search = \{\n {2}"ar": \(\) => import\("\.\/search\/ar\.js"\),\n {2}"en": \(\) => import\("\.\/search\/en\.js"\),\n\};/);
    }
    assert.match(built.files.get('modules/table.d.ts')!, /export declare const search/);
  });
  it('holds no text twice: names, taglines and abstracts are the index record’s, a sentence a key point holds is left out', () => {
    const json = built.files.get('search/en.json')!;
    for (const topic of topics) {
      assert.ok(!json.includes(JSON.stringify(topic.abstract)), topic.id);
      assert.ok(!json.includes(`"${topic.name}"`), topic.id);
    }
    for (const topic of englishRecord.topics) for (const sentence of topic.t!) assert.ok(!topic.p.some((point) => point.includes(sentence)), sentence);
    // …and is still found there, and shown from there.
    const [hit] = english.search('fundamental component');
    assert.equal(hit!.id, 'air-defense-cooperation');
    assert.deepEqual(hit!.snippet.field, 'tagline');
    assert.deepEqual(hit!.snippet.text, topics[0]!.tagline);
  });
  it(`keeps, above ${FULL_TEXT_TOPICS} topics of a language, only keywords and key-point labels (a short file)`, () => {
    const article = JSON.parse(built.files.get('articles/military-training-diplomacy.json')!) as ArticleRecord;
    const diagnostics: never[] = [];
    const [, full] = searchIndexFiles({ lang: 'en', path: 'search/en.json' }, FULL_TEXT_TOPICS, [article], diagnostics)![0]!;
    const [, short] = searchIndexFiles({ lang: 'en', path: 'search/en.json' }, FULL_TEXT_TOPICS + 1, [article], diagnostics)![0]!;
    const fullRecord = JSON.parse(full) as SearchIndexRecord;
    const shortRecord = JSON.parse(short) as SearchIndexRecord;
    assert.deepEqual([fullRecord.scope, shortRecord.scope], ['full', 'short']);
    assert.deepEqual(shortRecord.topics[0], { id: article.id, k: article.keywords, p: article.pillars.map((pillar) => pillar.label) });
    assert.ok(fullRecord.topics[0]!.t!.length > 0);
    // What a reader of a large dataset finds: names, taglines, abstracts, keywords, key-point labels; not the article's text.
    const search = createTopicSearch(shortRecord, topics);
    assert.deepEqual(search.search('interoperability').map((h) => h.id), ['military-training-diplomacy']);
    assert.equal(search.search('interoperability')[0]!.snippet.field, 'keyPoint');
    assert.deepEqual(search.search(article.keywords[0]!).map((h) => h.id), ['military-training-diplomacy']);
    const onlyInText = fullRecord.topics[0]!.t!.at(-1)!.match(/[a-z]{9,}/)![0];
    assert.deepEqual(createTopicSearch(fullRecord, topics).search(onlyInText).map((h) => h.id), ['military-training-diplomacy'], onlyInText);
    assert.deepEqual(search.search(onlyInText), [], onlyInText);
    assert.deepEqual(diagnostics, []);
  });
  it('writes one index per language, the language of most topics first', () => {
    const article = (title: string, lang: string) => `---\nlang: ${lang}\n---\n# ${title}\n\n${title} is a subject of defense cooperation between nations. It includes training, exercises and exchanges.\n\n## Part\n\nNations cooperate on ${title} every year.\n`;
    const result = buildMarkdown({ '1-a.md': article('Coopération Navale', 'fr'), '2-b.md': article('Air Defense', 'en'), '3-c.md': article('Coopération Aérienne', 'fr') });
    assert.deepEqual(result.diagnostics.filter((d) => d.severity === 'error'), []);
    assert.deepEqual(result.index!.search, [
      { lang: 'fr', path: 'search/fr.json' },
      { lang: 'en', path: 'search/en.json' },
    ]);
    const listed = result.index!.topics;
    const french = createTopicSearch(JSON.parse(result.files.get('search/fr.json')!), listed);
    assert.deepEqual(french.search('cooperation').map((hit) => hit.id).sort(), ['cooperation-aerienne', 'cooperation-navale']);
    assert.deepEqual(createTopicSearch(JSON.parse(result.files.get('search/en.json')!), listed).search('navale'), []);
    assert.deepEqual(createTopicSearch(JSON.parse(result.files.get('search/en.json')!), listed).search('cooperation').map((hit) => hit.id), ['air-defense']);
    assert.match(result.files.get('modules/lazy.js')!, /"en": \(\) => import\("\.\/search\/en\.js"\),\n {2}"fr": \(\) => import\("\.\/search\/fr\.js"\)/);
  });
});

describe('createTopicSearch', () => {
  it('finds words of the articles’ text, every word of the query (AND), best first, one hit per topic', () => {
    const hits = english.search('air defense');
    assert.equal(hits[0]!.id, 'air-defense-cooperation');
    assert.equal(new Set(hits.map((h) => h.id)).size, hits.length);
    for (let i = 1; i < hits.length; i++) assert.ok(hits[i - 1]!.score >= hits[i]!.score);
    // Only in the text of one article.
    assert.deepEqual(english.search('annihilate').map((h) => h.id), ['air-defense-cooperation']);
    assert.equal(english.search('annihilate').at(0)!.snippet.field, 'text');
    assert.deepEqual(english.search('annihilate rockets').map((h) => h.id), ['air-defense-cooperation']);
    assert.deepEqual(english.search('annihilate attachés'), []);
  });
  it('finds prefixes and typos in words of four letters or more', () => {
    assert.deepEqual(english.search('annihil').map((h) => h.id), ['air-defense-cooperation']);
    assert.deepEqual(english.search('anihilate').map((h) => h.id), ['air-defense-cooperation']);
    assert.ok(english.search('diplomcy').some((h) => h.id === 'defense-attaches'));
    assert.deepEqual(english.search('zzz'), []);
  });
  it('marks the matched words on the original text (accents kept), and says where it matched', () => {
    const [hit] = english.search('attaches role');
    assert.equal(hit!.id, 'defense-attaches');
    assert.equal(hit!.snippet.lang, 'en');
    assert.ok(['keyPoint', 'text', 'abstract'].includes(hit!.snippet.field));
    assert.ok(marked(hit!).some((word) => word === 'Attachés'), marked(hit!).join());
    assert.ok(marked(hit!).some((word) => /^role$/i.test(word)));
    for (const [start, end] of hit!.snippet.marks) assert.ok(start < end && end <= hit!.snippet.text.length);
    // One key point or sentence, not the list of them.
    for (const query of ['attaches', 'air defense', 'annihilate', 'training']) for (const found of english.search(query)) assert.doesNotMatch(found.snippet.text, /\n/, query);
  });
  it('keeps a query typed as markup as text: no hit, no error, nothing of it in a snippet', () => {
    for (const query of ['<img src=x onerror=alert(1)>', '<b>defense</b>', '"><script>alert(1)</script>', '__proto__', 'constructor', '', '   ', '…', 'ـ']) {
      const hits = english.search(query);
      for (const hit of hits) assert.doesNotMatch(hit.snippet.text, /<|>/);
    }
    assert.deepEqual(english.search('<img src=x onerror=alert(1)>'), []);
    assert.deepEqual(english.search(''), []);
  });
  it('finds Arabic written with or without harakat, tatweel and hamza, and marks the word as written', () => {
    const search = searchOf('ar', [{ p: ['التعاون الدِّفَاعِيّ بين الدول الإسلامية'], t: ['تُعدّ المدرســة العسكرية في القاهرة مثالاً.', 'يقع المستشفى قرب الحدود.'] }]);
    for (const [query, word] of [
      ['الدفاعي', 'الدِّفَاعِيّ'],
      ['الاسلامية', 'الإسلامية'],
      ['المدرسة', 'المدرســة'],
      ['المستشفي', 'المستشفى'],
    ] as const) {
      const [hit] = search.search(query);
      assert.ok(hit, query);
      assert.ok(marked(hit).includes(word), `${query}: ${marked(hit).join(' | ')}`);
    }
  });
  it('finds teh marbuta written as heh, and alef maqsura as yeh', () => {
    const search = searchOf('ar', [{ t: ['حماية الدولة واجب على الفتى.'] }]);
    assert.deepEqual(marked(search.search('الدوله')[0]!), ['الدولة']);
    assert.deepEqual(marked(search.search('الفتي')[0]!), ['الفتى']);
  });
  it('finds Persian and Urdu written with Arabic yeh, kaf and heh, and across a zero-width non-joiner', () => {
    const persian = searchOf('fa', [{ t: ['همکاری دفاعی ایران و پاکستان بیشتر می‌شود.'] }]);
    let [hit] = persian.search('ميشود');
    assert.ok(hit);
    assert.deepEqual(marked(hit), ['می‌شود']);
    [hit] = persian.search('همكاري ايران');
    assert.deepEqual(marked(hit!), ['همکاری', 'ایران']);
    const urdu = searchOf('ur', [{ t: ['پاکستان کی فضائی دفاعی تربیت ہے اور ھم آہنگی بھی۔'] }]);
    [hit] = urdu.search('پاكستان');
    assert.deepEqual(marked(hit!), ['پاکستان']);
    [hit] = urdu.search('هم');
    assert.ok(marked(hit!).includes('ھم'), marked(hit!).join());
  });
  it('finds Turkish with either i, and French without accents, marking the UTF-16 range of the written word', () => {
    const turkish = searchOf('tr', [{ t: ['İSTANBUL ve Izmir limanları, Türkiye’nin savunma işbirliği.'] }]);
    for (const query of ['istanbul', 'ıstanbul', 'İstanbul']) assert.deepEqual(marked(turkish.search(query)[0]!), ['İSTANBUL'], query);
    assert.deepEqual(marked(turkish.search('izmir')[0]!), ['Izmir']);
    assert.deepEqual(marked(turkish.search('isbirligi')[0]!), ['işbirliği']);
    const french = searchOf('fr', [{ t: ['La coopération aérienne 🛩️ élargit la défense.'] }]);
    const [hit] = french.search('cooperation aerienne defense');
    assert.deepEqual(marked(hit!), ['coopération', 'aérienne', 'défense']);
    assert.equal(hit!.snippet.text.slice(...hit!.snippet.marks[2]!), 'défense');
  });
  it('cuts a long text around its first mark, with the marks moved with it', () => {
    const long = `${'Words before the match. '.repeat(20)}The attaché returned. ${'Words after it. '.repeat(20)}`;
    const [hit] = searchOf('en', [{ t: [long] }]).search('attache');
    assert.ok(hit!.snippet.text.length < long.length && hit!.snippet.text.startsWith('…') && hit!.snippet.text.endsWith('…'));
    assert.deepEqual(marked(hit!), ['attaché']);
  });
  it('refuses a search file it cannot read, with a DataLoadError', () => {
    const invalid = (error: unknown) => error instanceof DataLoadError && error.code === 'invalid-data';
    assert.throws(() => createTopicSearch({ ...englishRecord, topics: 'broken' as never }, topics), invalid);
    assert.throws(() => createTopicSearch({ ...englishRecord, topics: [null as never] }, topics), invalid);
    assert.throws(() => createTopicSearch({ ...englishRecord, topics: [{ k: [], p: [] } as never] }, topics), invalid);
    // Lists that are not lists of texts are read as empty (the topic is still found by its name).
    const odd = createTopicSearch({ ...englishRecord, topics: [{ id: 'air-defense-cooperation', k: 'x' as never, p: [1, 'Hotlines'] as never, t: {} as never }] }, topics);
    assert.deepEqual(odd.search('hotlnes').map((hit) => hit.id), ['air-defense-cooperation']);
    assert.deepEqual(odd.search('air').map((hit) => hit.id), ['air-defense-cooperation']);
    assert.ok(['name', 'tagline', 'abstract'].includes(odd.search('air')[0]!.snippet.field));
  });
});

describe('loading the search index from a data source', () => {
  it('the bundled dataset (a server: the eager table): each language’s, and the default’s for a page language with no index', async () => {
    const source = createBundledSource();
    const record = await source.loadSearchIndex!('en');
    assert.equal(record.lang, 'en');
    assert.equal(record.topics.length, 5);
    assert.equal((await source.loadSearchIndex!('ar')).lang, 'ar');
    assert.equal((await source.loadSearchIndex!('ar')).topics.length, 5);
    assert.equal((await source.loadSearchIndex!('en-GB')).lang, 'en');
    assert.equal((await source.loadSearchIndex!('fa')).lang, 'en');
    // The Arabic records' source finds the same search files.
    assert.equal((await source.inLanguage!('ar-EG').loadSearchIndex!('ar-EG')).lang, 'ar');
  });

  it('a module table: the language asked for, its primary language, else the first listed; none listed is an error', async () => {
    const record = (lang: string) => ({ ...englishRecord, lang });
    const index = { ...built.index!, search: [{ lang: 'en', path: 'search/en.json' }, { lang: 'ar', path: 'search/ar.json' }] } as DatasetIndex;
    const table = (withIndex: DatasetIndex): DatasetModuleTable => ({
      index: () => ({ default: withIndex }),
      cards: {},
      summaries: {},
      articles: {},
      search: { en: async () => ({ default: record('en') }), ar: async () => ({ default: record('ar') }) },
    });
    const source = new ModuleDataSource(table(index), { label: 'test topics' });
    assert.equal((await source.loadSearchIndex('ar-EG')).lang, 'ar');
    assert.equal((await source.loadSearchIndex('AR')).lang, 'ar');
    assert.equal((await source.loadSearchIndex('fr')).lang, 'en');
    const { search: _, ...withoutSearch } = index;
    await assert.rejects(new ModuleDataSource(table(withoutSearch as DatasetIndex), { label: 'old topics' }).loadSearchIndex('en'), (error: unknown) => error instanceof DataLoadError && /old topics has no search index/.test(error.message));
  });

  describe('over HTTP', () => {
    let server: Server;
    let base = '';
    const broken = new Map<string, string>();
    before(async () => {
      server = createServer(async (request, response) => {
        const name = decodeURIComponent(new URL(request.url!, 'http://x').pathname).replace(/^\/(good|broken)\//, '');
        const folder = request.url!.startsWith('/broken/') ? 'broken' : 'good';
        const body = folder === 'broken' && broken.has(name) ? broken.get(name)! : await readFile(path.join('generated/dataset', name), 'utf8').catch(() => undefined);
        response.writeHead(body === undefined ? 404 : 200, { 'content-type': 'application/json' }).end(body);
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    });
    after(() => server.close());

    it('a JSON folder (the CDN build’s bundled dataset) fetches search/<lang>.json', async () => {
      const source = new JsonFolderSource(`${base}/good/`);
      const record = await searchIndexOf(source, 'en');
      assert.equal(record.lang, 'en');
      assert.deepEqual(createTopicSearch(record, (await source.loadIndex()).topics).search('annihilate').map((h) => h.id), ['air-defense-cooperation']);
      assert.equal((await searchIndexOf(source, 'fa')).lang, 'en');
    });

    it('a remote dataset (validated): a broken index is invalid data naming its URL; a missing one, a failed load', async () => {
      broken.set('search/en.json', JSON.stringify({ ...englishRecord, scope: 'some' }));
      const url = `${base}/broken/search/en.json`;
      await assert.rejects(searchIndexOf(new HttpDataSource({ url: `${base}/broken/`, validate: true }), 'en'), (error: unknown) => error instanceof DataLoadError && error.code === 'invalid-data' && error.url === url && /search record's field scope must be/.test(error.message));
      broken.set('search/en.json', JSON.stringify({ ...englishRecord, topics: [{ ...englishRecord.topics[0], t: [1] }] }));
      await assert.rejects(searchIndexOf(new HttpDataSource({ url: `${base}/broken/`, validate: true }), 'en'), (error: unknown) => error instanceof DataLoadError && error.code === 'invalid-data' && error.url === url);
      broken.set('search/en.json', '{"schemaVersion":');
      await assert.rejects(searchIndexOf(new HttpDataSource({ url: `${base}/broken/`, validate: true }), 'en'), (error: unknown) => error instanceof DataLoadError && error.code === 'invalid-data' && error.message === `${url} is not valid JSON`);
      broken.set('search/en.json', JSON.stringify({ ...englishRecord, schemaVersion: 2 }));
      await assert.rejects(searchIndexOf(new HttpDataSource({ url: `${base}/broken/`, validate: true }), 'en'), (error: unknown) => error instanceof DataLoadError && error.code === 'invalid-data' && /schema version 2/.test(error.message));
      broken.set('index.json', JSON.stringify({ ...built.index, search: [{ lang: 'en', path: 'search/missing.json' }] }));
      await assert.rejects(searchIndexOf(new HttpDataSource({ url: `${base}/broken/`, validate: true }), 'en'), (error: unknown) => error instanceof DataLoadError && error.code === 'load-failed' && error.message === `${base}/broken/search/missing.json answered HTTP 404`);
      broken.delete('index.json');
      broken.delete('search/en.json');
      assert.equal((await searchIndexOf(new HttpDataSource({ url: `${base}/broken/`, validate: true }), 'en')).lang, 'en');
    });
  });
});
