/**
 * Articles in more than one language: a translation names its original's file (`translation-of`)
 * and has its id; the dataset is written once per language (the default at the top, each other
 * under languages/<lang>/), each with a record for every topic in series order.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DatasetIndex, DatasetLanguages } from '../../src/schema/dataset.js';
import { buildMarkdown, summarise } from './helpers.js';

const english = (title: string, body = 'Defense diplomacy builds trust between armed forces. Joint exercises and exchanges of officers make that trust lasting.') =>
  `# ${title}\n\n${body}\n\n## Why it matters\n\nShared training lets partners work together in a crisis. It also keeps channels open in calm times.\n`;
const arabic = (original: string, id: string, title: string) =>
  `---\nid: ${id}\nlang: ar\ntranslation-of: ${original}\n---\n\n# ${title}\n\nتبني الدبلوماسية الدفاعية الثقة بين القوات المسلحة. وتجعل التدريبات المشتركة وتبادل الضباط هذه الثقة دائمة.\n\n## لماذا يهم ذلك\n\nيتيح التدريب المشترك للشركاء العمل معا في الأزمات. كما يبقي قنوات الاتصال مفتوحة في أوقات الهدوء.\n`;

const json = (result: ReturnType<typeof buildMarkdown>, name: string) => JSON.parse(result.files.get(name)!) as Record<string, unknown>;

describe('translations in the dataset', () => {
  const files = {
    '01-naval-visits.md': english('Naval Visits'),
    '02-officer-exchanges.md': english('Officer Exchanges'),
    '03-staff-talks.md': english('Staff Talks'),
    '01-naval-visits.ar.md': arabic('01-naval-visits.md', 'naval-visits', 'الزيارات البحرية'),
    '03-staff-talks.ar.md': arabic('03-staff-talks.md', 'staff-talks', 'محادثات الأركان'),
  };
  const result = buildMarkdown(files);

  it('builds without errors, and lists the languages, the default (the originals’) first', () => {
    assert.deepEqual(result.diagnostics.filter((d) => d.severity === 'error'), []);
    const languages = DatasetLanguages.parse(json(result, 'languages.json'));
    assert.deepEqual(languages.languages, ['en', 'ar']);
  });

  it('the default language at the top: the originals, in series order', () => {
    const index = DatasetIndex.parse(json(result, 'index.json'));
    assert.equal(index.lang, 'en');
    assert.deepEqual(index.topics.map((topic) => [topic.id, topic.lang]), [['naval-visits', 'en'], ['officer-exchanges', 'en'], ['staff-talks', 'en']]);
  });

  it('each other language: every topic, in that language where translated, else in the default language', () => {
    const index = DatasetIndex.parse(json(result, 'languages/ar/index.json'));
    assert.equal(index.lang, 'ar');
    assert.deepEqual(index.topics.map((topic) => [topic.id, topic.lang, topic.name]), [
      ['naval-visits', 'ar', 'الزيارات البحرية'],
      ['officer-exchanges', 'en', 'Officer Exchanges'],
      ['staff-talks', 'ar', 'محادثات الأركان'],
    ]);
    // The untranslated topic's records are the English ones, in the Arabic folder too.
    for (const kind of ['cards', 'summaries', 'articles']) {
      assert.equal(result.files.get(`languages/ar/${kind}/officer-exchanges.json`), result.files.get(`${kind}/officer-exchanges.json`), kind);
    }
  });

  it('a translation has its original’s themes, related topics and place (its neighbours named in its language where they have one), its own text and keywords', () => {
    type Themed = { themes: { id: string; label: string }[]; related: unknown; series: unknown; keywords: string[]; evidence: { themes: { rule: string } } };
    const original = json(result, 'articles/naval-visits.json') as Themed;
    const translation = json(result, 'languages/ar/articles/naval-visits.json') as Themed & { dir: string; name: string };
    // The original's themes, labelled in Arabic (the vocabulary's `labels`).
    assert.deepEqual(original.themes, [{ id: 'international-cooperation', label: 'International Cooperation' }]);
    assert.deepEqual(translation.themes, [{ id: 'international-cooperation', label: 'التعاون الدولي' }]);
    assert.deepEqual((json(result, 'languages/ar/index.json') as { themes: { label: string }[] }).themes.map((theme) => theme.label), ['التعاون الدولي']);
    assert.deepEqual(translation.related, original.related);
    assert.equal(translation.evidence.themes.rule, 'original');
    assert.equal(translation.dir, 'rtl');
    // Its neighbour has no Arabic record: named in English, and marked so.
    assert.deepEqual(translation.series, { part: 1, parts: 3, next: { id: 'officer-exchanges', name: 'Officer Exchanges', lang: 'en', dir: 'ltr' } });
    const staff = json(result, 'languages/ar/articles/staff-talks.json') as { series: unknown };
    assert.deepEqual(staff.series, { part: 3, parts: 3, previous: { id: 'officer-exchanges', name: 'Officer Exchanges', lang: 'en', dir: 'ltr' } });
    // An English record's neighbours are named in English even where they have an Arabic record.
    const englishRecord = json(result, 'articles/officer-exchanges.json') as { series: unknown };
    assert.deepEqual(englishRecord.series, { part: 2, parts: 3, previous: { id: 'naval-visits', name: 'Naval Visits', lang: 'en', dir: 'ltr' }, next: { id: 'staff-talks', name: 'Staff Talks', lang: 'en', dir: 'ltr' } });
    assert.ok(translation.keywords.length > 0 && translation.keywords.every((keyword) => /[\u0600-\u06ff]/.test(keyword)), translation.keywords.join(', '));
  });

  it('search: one file per language, of that language’s records', () => {
    const arabicSearch = json(result, 'search/ar.json') as { topics: { id: string }[] };
    assert.deepEqual(arabicSearch.topics.map((topic) => topic.id), ['naval-visits', 'staff-talks']);
    assert.deepEqual((json(result, 'index.json') as { search: unknown }).search, [
      { lang: 'en', path: 'search/en.json' },
      { lang: 'ar', path: 'search/ar.json' },
    ]);
  });

  it('the module tables: the default’s records, and each language’s, pointing at the modules of the records it shows', () => {
    const lazy = result.files.get('modules/lazy.js')!;
    assert.match(lazy, /export const languages = \["en","ar"\];/);
    assert.match(lazy, /"ar": \{\n {4}index: \(\) => import\("\.\/languages\/ar\/index\.js"\),/);
    assert.match(lazy, / {6}"naval-visits": \(\) => import\("\.\/languages\/ar\/cards\/naval-visits\.js"\),/);
    assert.match(lazy, / {6}"officer-exchanges": \(\) => import\("\.\/cards\/officer-exchanges\.js"\),/);
    assert.ok(!result.files.has('modules/languages/ar/cards/officer-exchanges.js'), 'no module is written twice');
  });

  it('writes the same records whatever the order the files are read in (the content hash names the files in the order given)', () => {
    const reversed = buildMarkdown(Object.fromEntries(Object.entries(files).reverse()));
    const withoutHash = (text: string | undefined) => text?.replace(/"contentHash":"[0-9a-f]{64}"/, '');
    assert.deepEqual([...reversed.files.keys()].sort(), [...result.files.keys()].sort());
    for (const [name, text] of result.files) assert.equal(withoutHash(reversed.files.get(name)), withoutHash(text), name);
  });
});

describe('theme labels in the article’s language', () => {
  it('an original in French names its themes in English; its record labels them in French, the vocabulary’s `labels`', () => {
    const result = buildMarkdown({ 'a.md': `---\nlang: fr\nthemes: [Defense Diplomacy, Naval Heritage]\n---\n\n# Les attachés de défense\n\nLes attachés de défense relient les armées de deux pays. Ils préparent les visites et les exercices.\n` });
    const card = JSON.parse(result.files.get('cards/les-attaches-de-defense.json')!) as { themes: { id: string; label: string }[] };
    // A theme the vocabulary does not have keeps the editor's label.
    assert.deepEqual(card.themes, [{ id: 'defense-diplomacy', label: 'Diplomatie de défense' }, { id: 'naval-heritage', label: 'Naval Heritage' }]);
  });
});

describe('theme labels of an index in another language than a topic’s', () => {
  it('the English index labels an Arabic original’s themes in English (the vocabulary’s label), its Arabic view in Arabic', () => {
    // The Arabic original first in the series, the English ones (the default language) after it.
    const result = buildMarkdown({
      '01-staff-talks.md': `---\nlang: ar\nthemes: [International Cooperation]\n---\n\n# محادثات الأركان\n\nتبني المحادثات الثقة بين الجيوش.\n`,
      '02-naval-visits.md': english('Naval Visits'),
      '03-port-calls.md': english('Port Calls'),
    });
    assert.deepEqual(result.diagnostics.filter((d) => d.severity === 'error'), []);
    const defaultIndex = json(result, 'index.json') as { themes: { id: string; label: string }[] };
    assert.deepEqual(defaultIndex.themes.map((theme) => theme.label), ['International Cooperation']);
    const arabic = json(result, 'languages/ar/index.json') as { themes: { label: string }[] };
    assert.deepEqual(arabic.themes.map((theme) => theme.label), ['التعاون الدولي']);
  });
});

describe('translations that cannot be built: an error at the front matter, nothing written', () => {
  it('names a file that is not an article of the build', () => {
    const result = buildMarkdown({ '01-a.md': english('Naval Visits'), '01-a.ar.md': arabic('01-missing.md', 'naval-visits', 'الزيارات البحرية') });
    assert.deepEqual(summarise(result), ['articles/01-a.ar.md:4:17 error translation-of']);
    assert.match(result.diagnostics[0]!.message, /"01-missing\.md" is not an article of this build; give the file name of the original, e\.g\. 01-a\.md/);
    assert.equal(result.files.size, 0);
  });

  it('has another id than its original', () => {
    const result = buildMarkdown({ '01-a.md': english('Naval Visits'), '01-a.ar.md': arabic('01-a.md', 'port-calls', 'الزيارات البحرية') });
    assert.deepEqual(summarise(result), ['articles/01-a.ar.md:4:17 error translation-of']);
    assert.match(result.diagnostics[0]!.message, /has the id "naval-visits" and this article "port-calls": a translation has its original's id \(add "id: naval-visits"/);
  });

  it('translates a translation', () => {
    const result = buildMarkdown({
      '01-a.md': english('Naval Visits'),
      '01-a.ar.md': arabic('01-a.md', 'naval-visits', 'الزيارات البحرية'),
      '01-a.fa.md': arabic('01-a.ar.md', 'naval-visits', 'بازدیدهای دریایی').replace('lang: ar', 'lang: fa'),
    });
    assert.deepEqual(summarise(result), ['articles/01-a.fa.md:4:17 error translation-of']);
    assert.match(result.diagnostics[0]!.message, /"01-a\.ar\.md" is itself a translation \(of "01-a\.md"\): name the original/);
  });

  it('a second article in one language of one topic: duplicate-id at each', () => {
    const result = buildMarkdown({
      '01-a.md': english('Naval Visits'),
      '01-a.ar.md': arabic('01-a.md', 'naval-visits', 'الزيارات البحرية'),
      '01-b.ar.md': arabic('01-a.md', 'naval-visits', 'زيارات السفن'),
    });
    assert.deepEqual(summarise(result), ['articles/01-a.ar.md:7:1 error duplicate-id', 'articles/01-b.ar.md:7:1 error duplicate-id']);
    assert.match(result.diagnostics[0]!.message, /id "naval-visits" in "ar" is also articles\/01-b\.ar\.md: a topic has one article per language/);
  });

  it('two originals of one id in two languages: duplicate-id, saying how to mark the translation', () => {
    const result = buildMarkdown({ '01-a.md': english('Naval Visits'), '02-a.md': arabic('01-a.md', 'naval-visits', 'الزيارات البحرية').replace(/translation-of: .*\n/, '') });
    assert.deepEqual(summarise(result).filter((line) => line.includes(' error ')), ['articles/01-a.md:1:1 error duplicate-id', 'articles/02-a.md:6:1 error duplicate-id']);
    assert.match(result.diagnostics[1]!.message, /if one translates the other, add "translation-of: 02-a\.md" to the translation's front matter/);
  });
});
