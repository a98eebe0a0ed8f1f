/**
 * `npm run bench:content`: how far the generator's choices agree with what a careful editor chose
 * by hand for the five articles (test/fixtures/content-reference/*.json, written before the rules
 * were tuned). A figure per field, not a pass/fail test: an editor and a rule may both be right.
 *
 * - abstract: exact (same sentence, ignoring case and white space) or near (ROUGE-L F ≥ 0.8);
 * - summary: the three sentences <article-summary> shows by default, as the widget picks them
 *   (ranks 1–3 other than the abstract): how many of the editor's three are among them (exact or
 *   near), and summary-level ROUGE-L F of the three against the editor's three;
 * - key points: how many of the editor's points are found (label near-match), with how many
 *   extra points, and of those found, texts exact or near;
 * - themes: precision and recall of the theme ids.
 *
 * `BENCH_GENERATOR=path/to/build.ts` measures another copy of the generator (e.g. the one before
 * a change, checked out elsewhere) on this repository's articles.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { l as rougeL } from 'js-rouge';

const REFERENCE_DIR = 'test/fixtures/content-reference';
/** ROUGE-L F at or above which two sentences count as the same choice (a word or two apart). */
const NEAR = 0.8;

interface Reference {
  id: string;
  abstract: string;
  summary: string[];
  keyPoints: { label: string; text: string }[];
  themes: string[];
}

interface Article {
  id: string;
  themes: { id: string }[];
  pillars: { label: string; text: string }[];
  summary: { abstract: string; sentences: { text: string; rank: number }[] };
}

const generator = process.env.BENCH_GENERATOR ? path.resolve(process.env.BENCH_GENERATOR) : path.resolve('packages/cli/src/build.ts');
const { buildDataset } = (await import(pathToFileURL(generator).href)) as {
  buildDataset: (options: { articlesDir: string }) => Promise<{ articles: Article[] }>;
};
const built = await buildDataset({ articlesDir: 'content/articles' });

const normalise = (text: string) => text.toLowerCase().replace(/\s+/gu, ' ').trim();
const exact = (a: string, b: string) => normalise(a) === normalise(b);
const similarity = (a: string, b: string) => (exact(a, b) ? 1 : rougeL(a, b, { caseSensitive: false }));
const near = (a: string, b: string) => similarity(a, b) >= NEAR;

/** The sentences the summary widget shows by default: ranks 1–3 other than the abstract, in document order. */
function shownSentences(article: Article, count = 3): string[] {
  const chosen = new Set(
    article.summary.sentences
      .filter((s) => s.text !== article.summary.abstract)
      .sort((a, b) => a.rank - b.rank)
      .slice(0, count),
  );
  return article.summary.sentences.filter((s) => chosen.has(s)).map((s) => s.text);
}

interface Row {
  id: string;
  abstractExact: number;
  abstractNear: number;
  summaryExact: number;
  summaryNear: number;
  summaryRouge: number;
  pointsFound: number;
  pointsExpected: number;
  pointsExtra: number;
  pointTextsExact: number;
  pointTextsNear: number;
  themesPrecision: number;
  themesRecall: number;
}

const rows: Row[] = [];
for (const file of (await readdir(REFERENCE_DIR)).filter((f) => f.endsWith('.json')).sort()) {
  const reference = JSON.parse(await readFile(path.join(REFERENCE_DIR, file), 'utf8')) as Reference;
  const article = built.articles.find((a) => a.id === reference.id);
  if (!article) throw new Error(`${file}: no article "${reference.id}" in the dataset`);

  const shown = shownSentences(article);
  const points = article.pillars;
  const matchedPoints = reference.keyPoints.map((point) => ({ point, found: points.find((p) => near(p.label, point.label)) }));
  const found = matchedPoints.filter((m) => m.found);
  const themeIds = article.themes.map((t) => t.id);
  const agreeing = themeIds.filter((id) => reference.themes.includes(id)).length;

  rows.push({
    id: reference.id,
    abstractExact: Number(exact(article.summary.abstract, reference.abstract)),
    abstractNear: Number(near(article.summary.abstract, reference.abstract)),
    summaryExact: reference.summary.filter((s) => shown.some((t) => exact(t, s))).length,
    summaryNear: reference.summary.filter((s) => shown.some((t) => near(t, s))).length,
    summaryRouge: shown.length === 0 ? 0 : rougeL(shown.join(' '), reference.summary.join(' '), { caseSensitive: false }),
    pointsFound: found.length,
    pointsExpected: reference.keyPoints.length,
    pointsExtra: points.length - found.length,
    pointTextsExact: found.filter((m) => exact(m.found!.text, m.point.text)).length,
    pointTextsNear: found.filter((m) => near(m.found!.text, m.point.text)).length,
    themesPrecision: themeIds.length === 0 ? 0 : agreeing / themeIds.length,
    themesRecall: agreeing / reference.themes.length,
  });
}

const sum = (pick: (r: Row) => number) => rows.reduce((total, r) => total + pick(r), 0);
const mean = (pick: (r: Row) => number) => sum(pick) / rows.length;
const pct = (value: number) => `${Math.round(value * 100)}%`;
const ratio = (a: number, b: number) => `${a}/${b} (${pct(b === 0 ? 0 : a / b)})`;
const summaryTotal = rows.length * 3;

console.log(`Content agreement with the editor's reference (${rows.length} articles; near = ROUGE-L F ≥ ${NEAR})\n`);
console.log('| field | measure | agreement |');
console.log('| --- | --- | --- |');
console.log(`| abstract | exact | ${ratio(sum((r) => r.abstractExact), rows.length)} |`);
console.log(`| abstract | exact or near | ${ratio(sum((r) => r.abstractNear), rows.length)} |`);
console.log(`| summary (3 shown) | editor's sentences shown, exact | ${ratio(sum((r) => r.summaryExact), summaryTotal)} |`);
console.log(`| summary (3 shown) | editor's sentences shown, exact or near | ${ratio(sum((r) => r.summaryNear), summaryTotal)} |`);
console.log(`| summary (3 shown) | ROUGE-L F, mean | ${mean((r) => r.summaryRouge).toFixed(2)} |`);
console.log(`| key points | editor's points found (by label) | ${ratio(sum((r) => r.pointsFound), sum((r) => r.pointsExpected))}, ${sum((r) => r.pointsExtra)} extra |`);
console.log(`| key points | texts of found points, exact | ${ratio(sum((r) => r.pointTextsExact), sum((r) => r.pointsFound))} |`);
console.log(`| key points | texts of found points, exact or near | ${ratio(sum((r) => r.pointTextsNear), sum((r) => r.pointsFound))} |`);
console.log(`| themes | precision, mean | ${pct(mean((r) => r.themesPrecision))} |`);
console.log(`| themes | recall, mean | ${pct(mean((r) => r.themesRecall))} |`);
console.log('\nPer article: abstract (exact/near) · summary sentences near of 3, ROUGE-L · points found/expected (+extra), texts near · themes P/R\n');
for (const r of rows) {
  console.log(
    `- ${r.id}: abstract ${r.abstractExact ? 'exact' : r.abstractNear ? 'near' : 'other'} · summary ${r.summaryNear}/3, ${r.summaryRouge.toFixed(2)} · points ${r.pointsFound}/${r.pointsExpected} (+${r.pointsExtra}), texts ${r.pointTextsNear}/${r.pointsFound} · themes ${pct(r.themesPrecision)}/${pct(r.themesRecall)}`,
  );
}

// Per language (issue 22): the unseen articles written for the tests, one per language
// (test/fixtures/articles/languages/), with what the generator extracted from each. Not a score
// against an editor (there is no reference for them yet): counts a reader would notice missing.
const LANGUAGE_DIR = 'test/fixtures/articles/languages';
const stopWords = (await import('stopwords-iso')).default as unknown as Record<string, string[]>;
const inLanguages = await buildDataset({ articlesDir: LANGUAGE_DIR });
type LanguageArticle = Article & { lang: string; keywords: string[]; countries: { code: string }[]; evidence: { abstract: { rule: string } } };
console.log('\nPer language (unseen articles, test/fixtures/articles/languages/):\n');
console.log('| language | summary sentences | key points | keywords (of them function words) | countries | themes | abstract rule |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const article of (inLanguages.articles as LanguageArticle[]).sort((a, b) => (a.lang < b.lang ? -1 : 1))) {
  const stops = new Set(stopWords[article.lang.split('-')[0]!] ?? []);
  const functionWords = article.keywords.filter((keyword) => keyword.split(/\s+/u).every((word) => stops.has(word))).length;
  console.log(
    `| ${article.lang} | ${article.summary.sentences.length} | ${article.pillars.length} | ${article.keywords.length} (${functionWords}) | ${article.countries.map((c) => c.code).join(' ') || 'none'} | ${article.themes.length} | ${article.evidence.abstract.rule} |`,
  );
}
