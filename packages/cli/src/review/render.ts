/**
 * The review view for editors: each topic's extracted fields beside the rule and the evidence that
 * chose them, read from the full article records (their `evidence`). Built as a syntax tree
 * (hastscript) and serialised by hast-util-to-html, which escapes every text and attribute: the
 * article text is untrusted and never becomes markup. Only http(s) URLs become links or images'
 * addresses. Browser-safe (no Node imports), so Storybook's "Dataset review" page uses it too.
 *
 * A topic with translations shows each language's own fields (abstract, summary sentences, key
 * points, conclusion, keywords, countries, length, images) side by side with the original's, each
 * column marked with its language and direction, and a note wherever a translation differs in a
 * way an editor must look at. Themes, related topics and the place in the series are the
 * topic's (a translation takes its original's): they are shown once.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { type ArticleRecord, isSafeHttpUrl } from '../schema.js';


const ABSTRACT_RULES: Record<ArticleRecord['evidence']['abstract']['rule'], string> = {
  definition: 'names the topic as its subject and defines it ("X is…", "X involves…")',
  'topic-subject': 'has the topic as its subject and says what it does',
  'names-topic': 'names the topic (no sentence defines it)',
  'opening-statement': 'the article\'s first sentence that stands alone (no sentence defines the topic or has it as its subject)',
  'best-ranked': 'the most central sentence that stands alone (none names the topic)',
  'first-sentence': 'the first sentence (no sentence stands alone)',
  'front-matter': 'written by an editor in front matter',
};

/** The abstract's rules that find no sentence about the topic. */
const FALLBACK_ABSTRACT_RULES = new Set<ArticleRecord['evidence']['abstract']['rule']>(['opening-statement', 'best-ranked', 'first-sentence']);

const PILLAR_RULES: Record<ArticleRecord['pillars'][number]['rule'], string> = {
  'labelled-list': 'an item of the bold-labelled list',
  subsection: 'a ### subsection',
  section: 'a section',
  'front-matter': 'set in front matter',
};

const CONCLUSION_RULES: Record<NonNullable<ArticleRecord['summary']['conclusionRule']>, string> = {
  marker: 'the paragraph opening with a closing marker ("In conclusion", "To sum it up"…)',
  'last-paragraph': 'the last paragraph (no closing marker)',
  'front-matter': 'written by an editor in front matter',
};

export const REVIEW_STYLES = `
.dt-review { font: 15px/1.5 system-ui, sans-serif; color: #1a1a1a; background: #fff; max-width: 72rem; margin: 0 auto; padding: 1rem; }
.dt-review h1 { font-size: 1.6rem; }
.dt-review h2 { font-size: 1.3rem; border-block-start: 2px solid #444; padding-block-start: 1rem; margin-block-start: 2.5rem; }
.dt-review h3 { font-size: 1.05rem; margin-block: 1.5rem 0.4rem; }
.dt-review table { border-collapse: collapse; inline-size: 100%; margin-block: 0.5rem; }
.dt-review th, .dt-review td { border: 1px solid #bbb; padding: 0.3rem 0.5rem; text-align: start; vertical-align: top; }
.dt-review th { background: #eee; }
.dt-review .rule { color: #333; font-style: italic; }
.dt-review .chosen { background: #e7f4e4; }
.dt-review .status { white-space: nowrap; }
.dt-review .muted { color: #4a4a4a; }
.dt-review table.languages { table-layout: fixed; }
.dt-review table.languages thead td { inline-size: 9rem; }
.dt-review .languages td > p, .dt-review .languages td > ol, .dt-review .languages td > ul { margin-block: 0.2rem; }
.dt-review .difference td { background: #fff4d6; border-inline-start: 4px solid #b26a00; }
.dt-review .missing { color: #4a4a4a; font-style: italic; }
.dt-review .label { font-weight: 600; }
.dt-review p.difference { background: #fff4d6; border-inline-start: 4px solid #b26a00; padding: 0.3rem 0.5rem; }
`;

/** A topic's records: its original, and its translations (each in its own language). */
export interface ReviewTopic {
  original: ArticleRecord;
  translations: ArticleRecord[];
}

/** Whether a record is a translation (it took its original's themes: see Evidence in the schema). */
export function isTranslation(record: ArticleRecord): boolean {
  return record.evidence.themes.rule === 'original';
}

/**
 * The records of a dataset as topics: records of one id together, the original first (a record
 * that is not a translation; else the first given), its translations by language. Order: each
 * topic's first record; a record given twice (same id and language) counts once.
 */
export function reviewTopics(records: readonly ArticleRecord[]): ReviewTopic[] {
  const byId = new Map<string, ArticleRecord[]>();
  for (const record of records) {
    const group = byId.get(record.id) ?? [];
    if (!group.some((other) => other.lang === record.lang)) group.push(record);
    byId.set(record.id, group);
  }
  return [...byId.values()].map((group) => {
    const original = group.find((record) => !isTranslation(record)) ?? group[0]!;
    const translations = group.filter((record) => record !== original).sort((a, b) => (a.lang < b.lang ? -1 : a.lang > b.lang ? 1 : 0));
    return { original, translations };
  });
}

/** "Arabic (ar)": a language's English name and its tag (the tag alone where the name is unknown). */
export function languageName(tag: string): string {
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(tag);
  } catch {
    name = undefined;
  }
  return name && name !== tag ? `${name} (${tag})` : tag;
}

/**
 * The whole review as a standalone HTML page. `articles`: the records to review, a topic's
 * translations among them (records of one id in other languages; see `reviewTopics`).
 */
export function reviewPage(articles: readonly ArticleRecord[], title = 'Dataset review'): string {
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'en' }, [
        h('head', [h('meta', { charset: 'utf-8' }), h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }), h('title', title), h('style', REVIEW_STYLES)]),
        h('body', [reviewTree(articles, title)]),
      ]),
    ],
  };
  return toHtml(tree);
}

/** The review as an HTML fragment (a `<main class="dt-review">`), its styles in REVIEW_STYLES. */
export function reviewFragment(articles: readonly ArticleRecord[], title = 'Dataset review'): string {
  return toHtml(reviewTree(articles, title));
}

function reviewTree(records: readonly ArticleRecord[], title: string): Element {
  const topics = reviewTopics(records);
  const translated = topics.filter((topic) => topic.translations.length > 0).length;
  return h('main', { className: ['dt-review'] }, [
    h('h1', title),
    h('p', [
      `${topics.length} topic${topics.length === 1 ? '' : 's'}: each field the generator chose, beside the rule and the evidence that chose it. Front matter overrides any of them (see the README).`,
      translated > 0 ? ` ${translated} of them ${translated === 1 ? 'is' : 'are'} in more than one language: each translation’s fields are shown beside the original’s, with a note where they differ in a way to check.` : '',
    ]),
    h(
      'nav',
      { ariaLabel: 'Topics' },
      h(
        'ul',
        topics.map(({ original, translations }) =>
          h('li', [
            h('a', { href: `#topic-${original.id}` }, original.name),
            translations.length > 0 ? ` (also in ${translations.map((t) => languageName(t.lang)).join(', ')})` : '',
          ]),
        ),
      ),
    ),
    ...topics.map((topic) => (topic.translations.length > 0 ? translatedTopicSection(topic) : topicSection(topic.original))),
  ]);
}

function topicSection(article: ArticleRecord): Element {
  const { summary, evidence } = article;
  const text = (value: string) => h('span', { lang: article.lang, dir: article.dir }, value);
  return h('section', { id: `topic-${article.id}`, ariaLabelledBy: `heading-${article.id}` }, [
    h('h2', { id: `heading-${article.id}` }, text(article.name)),
    article.tagline ? h('p', text(article.tagline)) : null,
    h('p', { className: ['muted'] }, `${article.source.path} · ${article.wordCount} words · id ${article.id}`),

    h('h3', 'Abstract'),
    fieldTable([[text(summary.abstract), rule(ABSTRACT_RULES[evidence.abstract.rule])]]),

    h('h3', 'Summary sentences'),
    h('p', { className: ['rule'] }, evidence.summary.rule === 'front-matter'
      ? 'Quoted by an editor in front matter.'
      : 'Chosen by maximal marginal relevance over TextRank centrality: the most central sentences that stand alone, none repeating the abstract, a key point, the conclusion or another. The widget shows ranks 1 to n (3 by default).'),
    summary.sentences.length > 0
      ? h('ol', [...summary.sentences].sort((a, b) => a.rank - b.rank).map((s) => h('li', text(s.text))))
      : h('p', 'None.'),
    consideredSentences(article, 'Every sentence considered'),

    h('h3', 'Key points'),
    article.pillars.length > 0
      ? h('table', [
          h('thead', h('tr', [h('th', { scope: 'col' }, 'Label'), h('th', { scope: 'col' }, 'Text'), h('th', { scope: 'col' }, 'Rule')])),
          h(
            'tbody',
            article.pillars.map((p) => h('tr', [h('td', text(p.label)), h('td', text(p.text)), h('td', rule(`${PILLAR_RULES[p.rule]}${p.sectionId ? ` (section ${p.sectionId})` : ''}`))])),
          ),
        ])
      : h('p', 'None.'),
    evidence.pillars.framingSections.length > 0 ? h('p', ['Framing sections, not points: ', text(evidence.pillars.framingSections.join(', '))]) : null,

    h('h3', 'Conclusion'),
    summary.conclusion ? fieldTable([[text(summary.conclusion), rule(CONCLUSION_RULES[summary.conclusionRule ?? 'last-paragraph'])]]) : h('p', 'None.'),

    h('h3', 'Themes'),
    ...themesBlock(article),

    h('h3', 'Related topics'),
    ...relatedBlock(article),

    h('h3', 'Keywords'),
    h('p', article.keywords.length > 0 ? text(article.keywords.join(', ')) : 'None.'),

    h('h3', 'Images'),
    imagesBlock(article),
  ]);
}

/** The fields of a topic that each language has of its own, where a translation may differ from its original. */
export type TranslatedField = 'length' | 'abstract' | 'summary' | 'keyPoints' | 'conclusion' | 'keywords' | 'countries' | 'images';

const count = (n: number, one: string, many = `${one}s`) => (n === 0 ? `no ${many}` : `${n} ${n === 1 ? one : many}`);

/**
 * What an editor must look at in a translation beside its original, per field, in plain words:
 * a different number of key points, sections or images, an empty field (no summary sentences,
 * conclusion or keywords) where the original has one, an abstract found by a fallback rule where
 * the original's names the topic, a field an editor set in front matter on one side only,
 * countries named in one and not the other.
 */
export function translationNotes(original: ArticleRecord, translation: ArticleRecord): Record<TranslatedField, string[]> {
  const it = `The ${languageName(translation.lang)} translation`;
  const theOriginal = `the ${languageName(original.lang)} original`;
  const notes: Record<TranslatedField, string[]> = { length: [], abstract: [], summary: [], keyPoints: [], conclusion: [], keywords: [], countries: [], images: [] };
  const Original = `The ${languageName(original.lang)} original`;
  // Only a difference of rule that changes what to trust: an editor's choice on one side only.
  const editorNote = (field: string, mine: string, theirs: string) =>
    mine === theirs || (mine !== 'front-matter' && theirs !== 'front-matter')
      ? []
      : mine === 'front-matter'
        ? [`${it}’s ${field} was set in its front matter, ${theOriginal}’s chosen by the generator: check that they say the same.`]
        : [`${Original}’s ${field} was set in its front matter, the translation’s chosen by the generator: check that it says the same, or set it in the translation’s front matter too.`];

  if (translation.sections.length !== original.sections.length) {
    notes.length.push(`${it} has ${count(translation.sections.length, 'section')}, ${theOriginal} ${original.sections.length}: check for a section left out, split or merged.`);
  }
  notes.abstract.push(...editorNote('abstract', translation.evidence.abstract.rule, original.evidence.abstract.rule));
  if (FALLBACK_ABSTRACT_RULES.has(translation.evidence.abstract.rule) && !FALLBACK_ABSTRACT_RULES.has(original.evidence.abstract.rule)) {
    notes.abstract.push(`${it}’s abstract is ${ABSTRACT_RULES[translation.evidence.abstract.rule]}, where ${theOriginal}’s ${ABSTRACT_RULES[original.evidence.abstract.rule]}: check that it says what the topic is.`);
  }

  const sentences = translation.summary.sentences.length;
  const originalSentences = original.summary.sentences.length;
  if (sentences === 0 && originalSentences > 0) {
    notes.summary.push(`${it} has no summary sentences; ${theOriginal} has ${originalSentences}: its summary shows the abstract and key points alone.`);
  } else if (sentences < originalSentences) {
    notes.summary.push(`${it} has ${count(sentences, 'summary sentence')}, ${theOriginal} ${originalSentences}: a summary showing ${originalSentences} shows fewer in this language.`);
  }
  notes.summary.push(...editorNote('summary sentences', translation.evidence.summary.rule, original.evidence.summary.rule));

  const points = translation.pillars.length;
  const originalPoints = original.pillars.length;
  if (points === 0 && originalPoints > 0) {
    notes.keyPoints.push(`${it} has no key points; ${theOriginal} has ${originalPoints}: check its structure (a bold-labelled list, ### subsections or sections).`);
  } else if (points !== originalPoints) {
    notes.keyPoints.push(`${it} has ${count(points, 'key point')}, ${theOriginal} ${originalPoints}: check for a point left out, split or merged.`);
  }
  const framing = translation.evidence.pillars.framingSections.length;
  const originalFraming = original.evidence.pillars.framingSections.length;
  if (framing !== originalFraming) {
    notes.keyPoints.push(`${it} has ${count(framing, 'framing section')} (an introduction, a look ahead, a conclusion: not points), ${theOriginal} ${originalFraming}: check whether a section is a point in one language and framing in the other.`);
  }

  if (!translation.summary.conclusion && original.summary.conclusion) {
    notes.conclusion.push(`${it} has no conclusion; ${theOriginal} has one.`);
  } else if (translation.summary.conclusion && !original.summary.conclusion) {
    notes.conclusion.push(`${it} has a conclusion; ${theOriginal} has none.`);
  } else if (translation.summary.conclusion && original.summary.conclusion) {
    notes.conclusion.push(...editorNote('conclusion', translation.summary.conclusionRule ?? 'last-paragraph', original.summary.conclusionRule ?? 'last-paragraph'));
  }

  if (translation.keywords.length === 0 && original.keywords.length > 0) notes.keywords.push(`${it} has no keywords; ${theOriginal} has ${original.keywords.length}.`);

  const codes = new Set(translation.countries.map((c) => c.code));
  const originalCodes = new Set(original.countries.map((c) => c.code));
  const onlyHere = translation.countries.filter((c) => !originalCodes.has(c.code));
  const onlyThere = original.countries.filter((c) => !codes.has(c.code));
  if (onlyHere.length > 0) notes.countries.push(`${it} names ${count(onlyHere.length, 'country', 'countries')} ${theOriginal} does not: ${onlyHere.map((c) => `${c.name} (${c.code})`).join(', ')}.`);
  if (onlyThere.length > 0) notes.countries.push(`${it} does not name ${count(onlyThere.length, 'country', 'countries')} ${theOriginal} names: ${onlyThere.map((c) => `${c.name} (${c.code})`).join(', ')}.`);

  if (translation.images.length !== original.images.length) notes.images.push(`${it} has ${count(translation.images.length, 'image')}, ${theOriginal} ${original.images.length}.`);
  return notes;
}

/** English words inside a column of another language. */
function en(value: string, className?: string): Element {
  return h('span', { lang: 'en', dir: 'ltr', ...(className ? { className: [className] } : {}) }, value);
}

function none(value = 'None.'): Element {
  return en(value, 'missing');
}

interface ComparisonRow {
  /** The row's heading (first column); omitted for a table of one row. */
  label?: string;
  cell: (record: ArticleRecord) => (ElementContent | null)[];
}

/**
 * A field side by side: a column per language (the original first), each cell marked with its
 * record's `lang` and `dir`, and a row per note below.
 */
function comparison(records: readonly ArticleRecord[], rows: readonly ComparisonRow[], notes: readonly string[]): Element {
  const labelled = rows.some((row) => row.label !== undefined);
  const columns = records.length + (labelled ? 1 : 0);
  return h('table', { className: ['languages'] }, [
    h('thead', h('tr', [labelled ? h('td') : null, ...records.map((record, index) => h('th', { scope: 'col' }, columnHeading(record, index === 0)))])),
    h('tbody', [
      ...rows.map((row) =>
        h('tr', [
          labelled ? h('th', { scope: 'row' }, row.label ?? '') : null,
          ...records.map((record) => h('td', { lang: record.lang, dir: record.dir }, row.cell(record))),
        ]),
      ),
      ...notes.map((note) => h('tr', { className: ['difference'] }, h('td', { colSpan: columns }, `To check: ${note}`))),
    ]),
  ]);
}

function columnHeading(record: ArticleRecord, original: boolean): string {
  return `${languageName(record.lang)}, ${original ? 'the original' : 'translation'}`;
}

function sentencesRule(article: ArticleRecord): string {
  return article.evidence.summary.rule === 'front-matter' ? 'Quoted by an editor in front matter.' : 'Ranked by the generator (see the rule above).';
}

function translatedTopicSection({ original, translations }: ReviewTopic): Element {
  const records = [original, ...translations];
  const notes = translations.map((translation) => translationNotes(original, translation));
  const notesOf = (field: TranslatedField) => notes.flatMap((n) => n[field]);
  const text = (value: string) => h('span', { lang: original.lang, dir: original.dir }, value);
  const languages = records.map((record, index) => `${languageName(record.lang)}${index === 0 ? ', the original' : ', a translation'} (${record.source.path})`);
  const pointRows = Math.max(...records.map((record) => record.pillars.length));
  const framing = records.some((record) => record.evidence.pillars.framingSections.length > 0);
  const { series } = original;
  return h('section', { id: `topic-${original.id}`, ariaLabelledBy: `heading-${original.id}` }, [
    h('h2', { id: `heading-${original.id}` }, text(original.name)),
    original.tagline ? h('p', text(original.tagline)) : null,
    h('p', { className: ['muted'] }, `${original.source.path} · ${original.wordCount} words · id ${original.id}`),
    h('p', `In ${records.length} languages: ${languages.join('; ')}. Each language’s own fields are shown side by side, a note below a field where a translation differs in a way to check. Themes, related topics and the place in the series are the topic’s: each translation takes its original’s, shown once below.`),

    h('h3', 'Name and length'),
    comparison(
      records,
      [
        { label: 'Name', cell: (r) => [h('p', r.name)] },
        ...(records.some((r) => r.tagline) ? [{ label: 'Tagline', cell: (r: ArticleRecord) => [r.tagline ? h('p', r.tagline) : none()] }] : []),
        { label: 'Source', cell: (r) => [en(r.source.path)] },
        { label: 'Length', cell: (r) => [en(`${count(r.wordCount, 'word')} · ${r.readingMinutes} min read · ${count(r.sections.length, 'section')} · ${count(r.images.length, 'image')}`)] },
      ],
      notesOf('length'),
    ),

    h('h3', 'Abstract'),
    comparison(records, [{ cell: (r) => [h('p', r.summary.abstract), h('p', en(ABSTRACT_RULES[r.evidence.abstract.rule], 'rule'))] }], notesOf('abstract')),

    h('h3', 'Summary sentences'),
    h('p', { className: ['rule'] }, 'Chosen by maximal marginal relevance over TextRank centrality, in each language from its own text: the most central sentences that stand alone, none repeating the abstract, a key point, the conclusion or another. The widget shows ranks 1 to n (3 by default).'),
    comparison(
      records,
      [
        {
          cell: (r) => [
            h('p', en(sentencesRule(r), 'rule')),
            r.summary.sentences.length > 0 ? h('ol', [...r.summary.sentences].sort((a, b) => a.rank - b.rank).map((s) => h('li', s.text))) : h('p', none()),
          ],
        },
      ],
      notesOf('summary'),
    ),
    ...records.map((record, index) => consideredSentences(record, `${columnHeading(record, index === 0)}: every sentence considered`)),

    h('h3', 'Key points'),
    comparison(
      records,
      [
        ...Array.from({ length: pointRows }, (_, i): ComparisonRow => ({
          label: `${i + 1}`,
          cell: (r) => {
            const p = r.pillars[i];
            return p
              ? [h('p', [h('span', { className: ['label'] }, p.label), p.text ? `: ${p.text}` : '']), h('p', en(`${PILLAR_RULES[p.rule]}${p.sectionId ? ` (section ${p.sectionId})` : ''}`, 'rule'))]
              : [h('p', none(`No key point ${i + 1}.`))];
          },
        })),
        ...(pointRows === 0 ? [{ label: 'Key points', cell: () => [h('p', none())] }] : []),
        ...(framing
          ? [{ label: 'Framing sections, not points', cell: (r: ArticleRecord) => [r.evidence.pillars.framingSections.length > 0 ? h('p', r.evidence.pillars.framingSections.join(', ')) : none()] }]
          : []),
      ],
      notesOf('keyPoints'),
    ),

    h('h3', 'Conclusion'),
    comparison(
      records,
      [{ cell: (r) => (r.summary.conclusion ? [h('p', r.summary.conclusion), h('p', en(CONCLUSION_RULES[r.summary.conclusionRule ?? 'last-paragraph'], 'rule'))] : [h('p', none())]) }],
      notesOf('conclusion'),
    ),

    h('h3', 'Keywords'),
    comparison(records, [{ cell: (r) => [r.keywords.length > 0 ? h('p', r.keywords.join(', ')) : h('p', none())] }], notesOf('keywords')),

    h('h3', 'Countries'),
    comparison(
      records,
      [{ cell: (r) => [r.countries.length > 0 ? h('p', r.countries.map((c) => `${c.name} (${c.code}) ×${c.mentions}`).join(', ')) : h('p', none())] }],
      notesOf('countries'),
    ),

    h('h3', 'Themes'),
    h('p', [
      'The topic’s, chosen from the original’s text; each translation takes them, labelled in its language: ',
      ...translations.flatMap((t, index) => [
        index > 0 ? '; ' : '',
        `${languageName(t.lang)}: `,
        h('span', { lang: t.lang, dir: t.dir }, t.themes.length > 0 ? t.themes.map((theme) => theme.label).join(', ') : 'none'),
      ]),
      '.',
    ]),
    ...themesBlock(original),

    h('h3', 'Related topics'),
    h('p', 'The topic’s, found from the originals’ texts; each translation takes them.'),
    ...relatedBlock(original),

    h('h3', 'Place in the series'),
    h('p', `Part ${series.part} of ${series.parts}, in every language (each translation names its neighbours in its language where they have it).`),

    h('h3', 'Images'),
    ...records.flatMap((record, index) => [h('p', [columnHeading(record, index === 0), ':']), imagesBlock(record)]),
    ...notesOf('images').map((note) => h('p', { className: ['difference'] }, `To check: ${note}`)),
  ]);
}

/** The evidence of a record's summary: every sentence considered, with why it was or was not chosen. */
function consideredSentences(article: ArticleRecord, label: string): Element {
  const { evidence } = article;
  const text = (value: string) => h('span', { lang: article.lang, dir: article.dir }, value);
  return h('details', [
    h('summary', `${label} (${evidence.summary.sentences.length}), with why it was or was not chosen`),
    h('table', [
      h('thead', h('tr', [h('th', { scope: 'col' }, 'Sentence'), h('th', { scope: 'col' }, 'Centrality'), h('th', { scope: 'col' }, 'Status'), h('th', { scope: 'col' }, 'Why')])),
      h(
        'tbody',
        evidence.summary.sentences.map((s) =>
          h('tr', { className: ['abstract', 'summary', 'key-point'].includes(s.status) ? ['chosen'] : [] }, [
            h('td', text(s.text)),
            h('td', s.centrality.toFixed(2)),
            h('td', { className: ['status'] }, s.status),
            h('td', s.reason ?? ''),
          ]),
        ),
      ),
    ]),
  ]);
}

function themesBlock(article: ArticleRecord): Element[] {
  const { evidence } = article;
  return [
    h('p', { className: ['rule'] }, evidence.themes.rule === 'front-matter'
      ? 'Set in front matter; the generator’s own scores below.'
      : `A theme needs a score of at least ${evidence.themes.minScore}; at most ${evidence.themes.maxThemes} per topic, the highest first.`),
    h('p', ['Chosen: ', article.themes.length > 0 ? article.themes.map((t) => t.label).join(', ') : 'none']),
    h('table', [
      h('thead', h('tr', ['Theme', 'Score', 'Phrase score', 'Similarity', 'Phrases found', 'Vocabulary found', 'Chosen'].map((heading) => h('th', { scope: 'col' }, heading)))),
      h(
        'tbody',
        evidence.themes.candidates.map((c) =>
          h('tr', { className: c.chosen ? ['chosen'] : [] }, [
            h('td', c.label),
            h('td', c.score.toFixed(3)),
            h('td', c.phraseScore.toFixed(2)),
            h('td', c.similarity.toFixed(3)),
            h('td', c.phrases.map((p) => `“${p.phrase}” ×${p.count}${p.inTitle ? ' (title)' : ''}${p.inConclusion ? ' (conclusion)' : ''}`).join(', ')),
            h('td', c.terms.map((t) => `${t.term} ×${t.count}`).join(', ')),
            h('td', c.chosen ? 'yes' : 'no'),
          ]),
        ),
      ),
    ]),
  ];
}

function relatedBlock(article: ArticleRecord): Element[] {
  const { evidence } = article;
  return [
    h('p', { className: ['rule'] }, evidence.related.rule === 'front-matter'
      ? 'Set in front matter.'
      : `Content similarity (cosine of TF-IDF word vectors) of at least ${evidence.related.minScore}, at most four.`),
    h('p', [
      article.related.length > 0 ? article.related.map((r) => `${r.id} (${r.score})`).join(', ') : 'None.',
      evidence.related.belowMinimum.length > 0 ? ` Below the minimum: ${evidence.related.belowMinimum.map((r) => `${r.id} (${r.score})`).join(', ')}.` : '',
    ]),
  ];
}

function imagesBlock(article: ArticleRecord): Element {
  const { evidence } = article;
  const text = (value: string) => h('span', { lang: article.lang, dir: article.dir }, value);
  return (
    article.images.length > 0
      ? h('table', [
          h('thead', h('tr', ['Image', 'Alt text', 'Alt text rule', 'Offered to cards'].map((heading) => h('th', { scope: 'col' }, heading)))),
          h(
            'tbody',
            article.images.map((image, index) => {
              const about = evidence.images[index];
              return h('tr', [
                h('td', link(image.src, `line ${image.line}, column ${image.column}`)),
                h('td', text(image.alt || '(none)')),
                h('td', about?.altRule === 'undescribed' ? 'says nothing: not offered to cards' : (about?.altRule ?? '')),
                h('td', about?.onCard ? 'yes' : 'no'),
              ]);
            }),
          ),
        ])
      : h('p', 'None.')
  );
}

function fieldTable(rows: [ElementContent | string, ElementContent | string][]): Element {
  return h('table', [
    h('thead', h('tr', [h('th', { scope: 'col' }, 'Chosen'), h('th', { scope: 'col' }, 'Rule')])),
    h('tbody', rows.map(([value, why]) => h('tr', [h('td', value), h('td', why)]))),
  ]);
}

function rule(text: string): Element {
  return h('span', { className: ['rule'] }, text);
}

/** A link for an http(s) URL; anything else is shown as text, never as a link. */
function link(url: string, label: string): Element {
  return isSafeHttpUrl(url) ? h('a', { href: url, rel: 'noopener noreferrer nofollow' }, label) : h('span', `${label} (${url})`);
}

/**
 * A plain-text report: the same fields and rules, for a terminal or CI log. A topic's
 * translations (see `reviewTopics`) follow its original, indented, each field with its notes.
 */
export function reviewText(articles: readonly ArticleRecord[]): string {
  const lines: string[] = [];
  for (const { original: article, translations } of reviewTopics(articles)) {
    const { evidence } = article;
    lines.push(`# ${article.name} (${article.source.path})`, '');
    if (translations.length > 0) lines.push(`${languageName(article.lang)}, the original; translations: ${translations.map((t) => `${languageName(t.lang)} (${t.source.path})`).join(', ')}`);
    ownFieldsText(article, '', lines);
    if (translations.length > 0) {
      lines.push(`countries: ${countriesText(article) || 'none'}`);
      lines.push(`length: ${lengthText(article)}`);
    }
    lines.push(`themes [${evidence.themes.rule}; min ${evidence.themes.minScore}, at most ${evidence.themes.maxThemes}]:`);
    for (const c of evidence.themes.candidates) {
      const phrases = c.phrases.map((p) => `"${p.phrase}"×${p.count}`).join(' ');
      const terms = c.terms.slice(0, 6).map((t) => `${t.term}×${t.count}`).join(' ');
      lines.push(`  ${c.chosen ? '✓' : ' '} ${c.label}: ${c.score.toFixed(3)} (phrases ${c.phraseScore.toFixed(2)}, similarity ${c.similarity.toFixed(3)}) ${phrases} ${terms}`.trimEnd());
    }
    lines.push(`related [${evidence.related.rule}; min ${evidence.related.minScore}]: ${article.related.map((r) => `${r.id} ${r.score}`).join(', ') || 'none'}`);
    if (translations.length === 0) lines.push(`keywords: ${article.keywords.join(', ') || 'none'}`);
    imagesText(article, '', lines);
    for (const translation of translations) {
      const notes = translationNotes(article, translation);
      const note = (field: TranslatedField) => notes[field].forEach((text) => lines.push(`    ! ${text}`));
      lines.push('', `  ## ${languageName(translation.lang)} translation: ${translation.name} (${translation.source.path})`);
      lines.push(`    length: ${lengthText(translation)}`);
      note('length');
      ownFieldsText(translation, '    ', lines, note);
      lines.push(`    countries: ${countriesText(translation) || 'none'}`);
      note('countries');
      imagesText(translation, '    ', lines);
      note('images');
      lines.push(`    themes (the original's, labelled in its language): ${translation.themes.map((t) => t.label).join(', ') || 'none'}; related topics and place in the series: the original's`);
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

/** The fields each language has of its own, for the text report; `note(field)` adds a field's notes. */
function ownFieldsText(article: ArticleRecord, indent: string, lines: string[], note: (field: TranslatedField) => void = () => {}): void {
  const { summary, evidence } = article;
  lines.push(`${indent}abstract [${evidence.abstract.rule}]: ${summary.abstract}`);
  note('abstract');
  lines.push(`${indent}summary [${evidence.summary.rule}]:${summary.sentences.length === 0 && indent ? ' none' : ''}`);
  for (const s of [...summary.sentences].sort((a, b) => a.rank - b.rank)) lines.push(`${indent}  ${s.rank}. ${s.text}`);
  note('summary');
  lines.push(`${indent}key points:${article.pillars.length === 0 && indent ? ' none' : ''}`);
  for (const p of article.pillars) lines.push(`${indent}  - ${p.label}: ${p.text} [${p.rule}]`);
  if (evidence.pillars.framingSections.length > 0) lines.push(`${indent}  (framing, not points: ${evidence.pillars.framingSections.join(', ')})`);
  note('keyPoints');
  if (summary.conclusion) lines.push(`${indent}conclusion [${summary.conclusionRule}]: ${summary.conclusion}`);
  else if (indent) lines.push(`${indent}conclusion: none`);
  note('conclusion');
  if (indent) {
    lines.push(`${indent}keywords: ${article.keywords.join(', ') || 'none'}`);
    note('keywords');
  }
}

function imagesText(article: ArticleRecord, indent: string, lines: string[]): void {
  const { evidence } = article;
  article.images.forEach((image, index) => lines.push(`${indent}image ${image.line}:${image.column} alt "${image.alt}" [${evidence.images[index]?.altRule}]${evidence.images[index]?.onCard ? ' on cards' : ''}`));
}

function countriesText(article: ArticleRecord): string {
  return article.countries.map((c) => `${c.name} (${c.code}) ×${c.mentions}`).join(', ');
}

function lengthText(article: ArticleRecord): string {
  return `${count(article.wordCount, 'word')}, ${article.readingMinutes} min read, ${count(article.sections.length, 'section')}, ${count(article.pillars.length, 'key point')}`;
}
