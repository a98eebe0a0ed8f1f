/**
 * The dataset built from the five articles, compared with a snapshot read by eye
 * (test/golden/dataset; `npm run test:update-golden` rewrites it), plus the facts a reader of
 * the articles can check without the snapshot.
 */
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { buildDataset } from '../../packages/cli/src/build.js';
import { RELATED_MIN_SCORE, RELATED_PER_ARTICLE } from '../../packages/cli/src/corpus.js';
import { ArticleRecord, DatasetIndex, SCHEMA_VERSION, TopicCardRecord } from '../../src/schema/dataset.js';
import { NON_PROSE_FIELD, stringsIn } from './helpers.js';

const GOLDEN = 'test/golden/dataset';
const result = await buildDataset({ articlesDir: 'content/articles' });
const article = (id: string) => result.articles.find((a) => a.id === id)!;

describe('the dataset of the five articles', () => {
  it('builds with no errors, warning only about the two images whose alt text is "Image" (which no card offers)', () => {
    assert.deepEqual(
      result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code}`),
      [
        'content/articles/02-defense-technology-exchanges.md:3:1 warning image-alt',
        'content/articles/02-defense-technology-exchanges.md:15:1 warning image-alt',
      ],
    );
  });

  it('matches the golden snapshot file by file', async () => {
    const goldenFiles = (await readdir(GOLDEN, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(GOLDEN, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
      .sort();
    // The JSON records (the schemas and the module form are derived from them, and tested on their own).
    const builtFiles = [...result.files.keys()].filter((name) => name.endsWith('.json') && !name.startsWith('schema/')).sort();
    assert.deepEqual(builtFiles, goldenFiles, 'the set of files differs from the snapshot');
    for (const name of goldenFiles) {
      const golden: unknown = JSON.parse(await readFile(path.join(GOLDEN, name), 'utf8'));
      assert.deepEqual(JSON.parse(result.files.get(name)!), golden, `${name} differs from the snapshot`);
    }
  });

  it('has one topic per article, with stable ids from the names, in the series order of the seeds’ numbering', () => {
    assert.deepEqual(
      result.index!.topics.map((t) => [t.id, t.name]),
      [
        ['air-defense-cooperation', 'Air Defense Cooperation'],
        ['defense-technology-exchanges', 'Defense Technology Exchanges'],
        ['technological-exchange-programs', 'Technological Exchange Programs'],
        ['military-training-diplomacy', 'Military Training Diplomacy'],
        ['defense-attaches', 'Defense Attachés'],
      ],
    );
    assert.equal(article('air-defense-cooperation').tagline, 'A Fundamental Component of International Cooperation in Islamic Nations');
  });

  it('takes the pillars of Defense Technology Exchanges from its four numbered points', () => {
    const pillars = article('defense-technology-exchanges').pillars;
    assert.deepEqual(
      pillars.map((p) => [p.label, p.rule]),
      [
        ['Paving Way for Defense Fortification', 'labelled-list'],
        ['Enhancing International Relations', 'labelled-list'],
        ['Catalyzing Innovation', 'labelled-list'],
        ['Boosting Economic Prosperity', 'labelled-list'],
      ],
    );
    assert.match(pillars[3]!.text, /^Defense Technology Exchanges usually involve substantial investment/);
  });

  it('takes the pillars of Military Training Diplomacy from its four advantages', () => {
    assert.deepEqual(
      article('military-training-diplomacy').pillars.map((p) => p.label),
      ['Strategic Intelligence Sharing', 'Strengthening Alliances', 'Capability Amplification', 'Interoperability'],
    );
  });

  it('takes the other articles’ pillars from their body sections, leaving out a closing section', () => {
    const air = article('air-defense-cooperation').pillars;
    assert.ok(air.every((p) => p.rule === 'section'));
    assert.deepEqual(
      air.map((p) => p.label),
      ['The Significance of Air Defense Cooperation', 'Why Air Defense Cooperation Is Imperative', 'Exemplification of Air Defense Cooperation'],
    );
    // "Practical Implications" sets a scene ("Consider an ongoing issue…"): not a point.
    assert.deepEqual(
      article('defense-attaches').pillars.map((p) => p.label),
      ['Role of Defense Attachés', 'Significance to Islamic Nation'],
    );
    assert.deepEqual(article('defense-attaches').evidence.pillars.framingSections, ['Practical Implications']);
  });

  it('finds the closing statements', () => {
    assert.match(article('air-defense-cooperation').summary.conclusion!, /^In closure, Air Defense Cooperation embodies/);
    assert.match(article('technological-exchange-programs').summary.conclusion!, /^To sum it up, /);
    assert.match(article('military-training-diplomacy').summary.conclusion!, /^In conclusion, Military Training Diplomacy/);
    assert.equal(article('defense-technology-exchanges').summary.conclusionRule, 'last-paragraph');
  });

  it('finds Turkey, the United States and Pakistan where they appear, and no country elsewhere', () => {
    const countries = Object.fromEntries(result.articles.map((a) => [a.id, a.countries.map((c) => `${c.code}:${c.name}`)]));
    assert.deepEqual(countries, {
      'air-defense-cooperation': [],
      'defense-attaches': [],
      'defense-technology-exchanges': ['TR:Turkey', 'US:United States'],
      'military-training-diplomacy': ['PK:Pakistan', 'TR:Turkey'],
      'technological-exchange-programs': [],
    });
  });

  it('places topics in shared, normalised themes', () => {
    const themes = result.index!.themes;
    assert.ok(themes.find((t) => t.id === 'international-cooperation')!.topics.length >= 4);
    assert.deepEqual(article('defense-attaches').themes[0], { id: 'defense-diplomacy', label: 'Defense Diplomacy' });
    assert.ok(article('air-defense-cooperation').themes.some((t) => t.id === 'security-and-defense'));
  });

  it('keeps the images with their http(s) source, alt and position', () => {
    assert.deepEqual(
      article('defense-technology-exchanges').images.map((i) => [i.line, i.column, i.sectionId, i.src.slice(0, 30)]),
      [
        [3, 1, undefined, 'https://encrypted-tbn0.gstatic'],
        [15, 1, 'islamic-nations-and-defense-technology-exchanges', 'https://upload.wikimedia.org/w'],
      ],
    );
    // Both say only "Image": the card offers neither (its alt text would tell a reader nothing).
    assert.deepEqual(article('defense-technology-exchanges').evidence.images.map((i) => [i.altRule, i.onCard]), [['undescribed', false], ['undescribed', false]]);
    assert.equal(result.index!.topics.find((t) => t.id === 'defense-technology-exchanges')!.image, undefined);
  });

  it('lists as related only topics above the minimum similarity, at most four, most similar first', () => {
    for (const a of result.articles) {
      assert.ok(a.related.length >= 1 && a.related.length <= RELATED_PER_ARTICLE, `${a.id}: ${a.related.length}`);
      assert.ok(!a.related.some((r) => r.id === a.id));
      assert.ok(a.related.every((r) => r.score >= RELATED_MIN_SCORE), a.id);
      assert.ok(a.evidence.related.belowMinimum.every((r) => r.score < RELATED_MIN_SCORE), a.id);
      const scores = a.related.map((r) => r.score);
      assert.deepEqual(scores, [...scores].sort((x, y) => y - x));
    }
    // Not every topic lists all the others.
    assert.ok(result.articles.some((a) => a.related.length < result.articles.length - 1));
  });

  it('has no Markdown syntax, HTML or stray white space in any text field', () => {
    for (const [file, text] of result.files) {
      if (!file.endsWith('.json') || file.startsWith('schema/')) continue;
      for (const [at, value] of stringsIn(JSON.parse(text))) {
        if (NON_PROSE_FIELD.test(at)) continue;
        const where = `${file} ${at}: ${JSON.stringify(value.slice(0, 60))}`;
        assert.doesNotMatch(value, /\*\*|__|^#|\]\(|!\[|`|<\/?[a-z][^>]*>/i, `markup in ${where}`);
        assert.doesNotMatch(value, /\s{2,}|[\t\n\r]/, `stray white space in ${where}`);
      }
    }
    // Whole blocks (runs joined) neither start nor end with white space; one article has a line of spaces.
    for (const a of result.articles) {
      for (const block of [...a.lead, ...a.sections.flatMap((s) => s.blocks)]) {
        const texts = block.type === 'list' ? block.items.map((i) => (Array.isArray(i) ? i : i.content).map((r) => r.text).join('')) : 'content' in block ? [block.content.map((r) => r.text).join('')] : [];
        for (const t of texts) assert.equal(t, t.trim(), `untrimmed block in ${a.id}`);
      }
    }
  });

  it('writes each topic’s summary record: the article without its full text, a fraction of its size', () => {
    for (const a of result.articles) {
      const text = result.files.get(`summaries/${a.id}.json`)!;
      const summary = JSON.parse(text) as Record<string, unknown>;
      for (const key of ['lead', 'sections', 'images', 'source', 'title', 'evidence']) assert.ok(!(key in summary), `${a.id} summary has ${key}`);
      assert.deepEqual(summary.pillars, a.pillars);
      assert.deepEqual(summary.summary, a.summary);
      assert.ok(text.length < result.files.get(`articles/${a.id}.json`)!.length * 0.7, `${a.id} summary is not much smaller`);
    }
  });

  it('validates against the schema, and each card is the index entry (without its countryCodes) plus the schema version', () => {
    DatasetIndex.parse(result.index);
    for (const { countryCodes, ...topic } of result.index!.topics) {
      assert.deepEqual(TopicCardRecord.parse(JSON.parse(result.files.get(`cards/${topic.id}.json`)!)), { ...topic, schemaVersion: SCHEMA_VERSION });
      assert.deepEqual(countryCodes, JSON.parse(result.files.get(`articles/${topic.id}.json`)!).countries.map((c: { code: string }) => c.code));
      ArticleRecord.parse(JSON.parse(result.files.get(`articles/${topic.id}.json`)!));
    }
  });
});
