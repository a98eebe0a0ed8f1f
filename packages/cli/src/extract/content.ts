/**
 * Chooses what a reader sees of an article: the abstract, the key points (pillars), the summary
 * sentences and the conclusion, so that one summary never shows the same statement twice, and
 * records why each sentence was or was not chosen (the evidence editors review). Front matter
 * overrides any of them; quoted summary sentences must occur in the article.
 */
import type { AbstractRule, FrontMatter, Pillar, SentenceEvidence, Summary, SummarySentence } from '../schema.js';
import type { FileDiagnostics, SourcePosition } from '../diagnostics.js';
import type { Block, Section } from '../schema.js';
import { pickAbstract, topicOf } from './abstract.js';
import { DUPLICATE, extractKeyPoints } from './pillars.js';
import { INELIGIBILITY_REASONS, type Sentence, analyseSentences, coreOf, likeness, round } from './sentences.js';
import { type ShownStatement, findConclusion, selectSummary } from './summary.js';
import { splitSentences } from './text.js';
import type { TextUnit } from './text-units.js';

/**
 * Sentences kept in the evidence: enough to see why the summary is what it is (the chosen ones,
 * then those left out by a rule, then the most central of the rest).
 */
const EVIDENCE_SENTENCES = 20;

export interface ContentInput {
  name: string;
  lang: string;
  lead: readonly Block[];
  sections: readonly Section[];
  units: readonly TextUnit[];
  /** Every visible text of the body, to check that quoted sentences occur in it. */
  texts: readonly string[];
  frontMatter: FrontMatter;
  /** Position of a front-matter value, for errors about it. */
  at: (path: readonly (string | number)[]) => SourcePosition;
  diagnostics: FileDiagnostics;
}

export interface ChosenContent {
  summary: Summary;
  pillars: Pillar[];
  /** The conclusion's unit (for themes), when a marker announced it. */
  conclusion: { text: string; unitIndex: number; marked: boolean } | undefined;
  abstractRule: AbstractRule;
  summaryRule: 'ranked' | 'front-matter';
  sentences: SentenceEvidence[];
  framingSections: string[];
}

export function chooseContent(input: ContentInput): ChosenContent | undefined {
  const { frontMatter, lang, units } = input;
  const curated = frontMatter.summary ?? {};
  const topic = topicOf(input.name, lang);
  const sentences = analyseSentences(units, lang, topic.stems);
  let conclusion = findConclusion(units, lang);
  const conclusionUnit = conclusion?.unitIndex;
  const outsideConclusion = (s: Sentence) => s.unit !== conclusionUnit;

  // 1. The abstract: never a sentence that says what the conclusion says.
  const core = (text: string) => coreOf(text, lang, topic.stems);
  const closingText = curated.conclusion ?? conclusion?.text;
  const closing = closingText === undefined ? [] : splitSentences(closingText, lang).map(core);
  const repeatsClosing = (s: Sentence) => closing.some((stems) => likeness(s.core, stems) >= DUPLICATE);
  const picked = curated.abstract === undefined ? pickAbstract(sentences, (s) => !s.ineligible && outsideConclusion(s) && !repeatsClosing(s), topic, lang) : undefined;
  const abstract = curated.abstract ?? picked?.sentence.text;
  if (abstract === undefined) return undefined;
  const abstractRule: AbstractRule = curated.abstract !== undefined ? 'front-matter' : picked!.rule;
  const abstractSentence = picked?.sentence;
  // A last paragraph taken as the conclusion for want of a marker gives way to an abstract it repeats.
  if (conclusion?.rule === 'last-paragraph' && abstractSentence && repeatsClosing(abstractSentence)) conclusion = undefined;

  // 2. The key points.
  const structure = frontMatter.pillars
    ? undefined
    : extractKeyPoints({
        sections: input.sections,
        lead: input.lead,
        units,
        sentences,
        lang,
        topicName: input.name,
        topicStems: topic.stems,
        conclusionUnit,
        conclusionMarked: conclusion?.rule === 'marker',
        abstract: abstractSentence ?? sentences.find((s) => s.text === abstract),
        shown: [abstractSentence?.core ?? core(abstract), ...(curated.conclusion !== undefined || conclusion?.rule === 'marker' ? closing : [])],
      });
  const pillars: Pillar[] = frontMatter.pillars
    ? frontMatter.pillars.map((pillar) => ({ ...pillar, rule: 'front-matter' as const }))
    : structure!.pillars;

  // A point made of the last paragraph (taken as the conclusion only for want of a marker) keeps it.
  // (or that says what a point says): the conclusion is only a guess there, the point is not.
  if (conclusion?.rule === 'last-paragraph') {
    const lastParagraph = conclusion.unitIndex;
    const repeated = pillars.some((p) => p.text !== '' && closing.some((stems) => likeness(core(p.text), stems) >= DUPLICATE));
    if (repeated || structure?.chosen.some((s) => s?.unit === lastParagraph)) conclusion = undefined;
  }

  // 3. The summary sentences: quoted by an editor, or chosen to say what nothing else shows.
  const conclusionText = curated.conclusion ?? conclusion?.text;
  const shown: ShownStatement[] = [
    { core: abstractSentence?.core ?? core(abstract), name: 'the abstract' },
    ...pillars.flatMap((pillar, i) => {
      const sentence = structure?.chosen[i];
      const cores = sentence ? [sentence.core] : splitSentences(pillar.text, lang).map(core);
      return cores.map((c) => ({ core: c, name: `key point ${i + 1}` }));
    }),
    ...(conclusionText === undefined ? [] : (conclusionText === closingText ? closing : splitSentences(conclusionText, lang).map(core)).map((c) => ({ core: c, name: 'the conclusion' }))),
  ];
  const status = new Map<Sentence, { status: SentenceEvidence['status']; reason?: string }>();
  if (abstractSentence) status.set(abstractSentence, { status: 'abstract', reason: abstractRule });
  structure?.chosen.forEach((sentence, i) => sentence && status.set(sentence, { status: 'key-point', reason: `key point ${i + 1}` }));
  if (conclusion) for (const sentence of sentences) if (!outsideConclusion(sentence)) status.set(sentence, { status: 'conclusion' });

  let ranked: SummarySentence[];
  if (curated.sentences) {
    ranked = curated.sentences.map((text, index) => ({ text, rank: index + 1, score: 1 }));
    checkQuotes(curated.sentences, input);
  } else {
    const candidates = sentences.filter((s) => !status.has(s) && !s.ineligible && s.text !== abstract && !pillars.some((p) => p.text === s.text));
    const { selected, rejected } = selectSummary(candidates, shown, DUPLICATE);
    selected.forEach((sentence, i) => status.set(sentence, { status: 'summary', reason: `rank ${i + 1}` }));
    for (const [sentence, reason] of rejected) status.set(sentence, { status: reason.startsWith('repeats') ? 'duplicate' : 'not-chosen', reason });
    ranked = selected
      .map((sentence, index) => ({ sentence, rank: index + 1 }))
      .sort((a, b) => a.sentence.order - b.sentence.order)
      .map(({ sentence, rank }) => ({ text: sentence.text, rank, score: sentence.centrality }));
  }
  for (const sentence of sentences) {
    if (status.has(sentence)) continue;
    if (sentence.ineligible) status.set(sentence, { status: 'ineligible', reason: INELIGIBILITY_REASONS[sentence.ineligible] });
    else status.set(sentence, { status: 'not-chosen' });
  }

  const summary: Summary = { abstract, sentences: ranked };
  if (curated.conclusion !== undefined) {
    summary.conclusion = curated.conclusion;
    summary.conclusionRule = 'front-matter';
  } else if (conclusion) {
    summary.conclusion = conclusion.text;
    summary.conclusionRule = conclusion.rule;
  }
  return {
    summary,
    pillars,
    conclusion: conclusion ? { text: conclusion.text, unitIndex: conclusion.unitIndex, marked: conclusion.rule === 'marker' } : undefined,
    abstractRule,
    summaryRule: curated.sentences ? 'front-matter' : 'ranked',
    sentences: sentenceEvidence(sentences, status),
    framingSections: structure?.framingSections ?? [],
  };
}

/** Each quoted sentence must occur in the article, as written (white space aside). */
function checkQuotes(quotes: readonly string[], input: ContentInput): void {
  const body = normaliseQuote(input.texts.join('\n'));
  quotes.forEach((quote, index) => {
    if (body.includes(normaliseQuote(quote))) return;
    const shown = quote.length > 60 ? `${quote.slice(0, 60)}…` : quote;
    input.diagnostics.error(
      'front-matter-quote',
      `front matter: "summary.sentences.${index}" is not a sentence of the article: "${shown}" was not found; quote the article exactly (its words, punctuation and case), or leave "sentences" out to let the generator choose`,
      input.at(['summary', 'sentences', index]),
    );
  });
}

function normaliseQuote(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

const PRIORITY: Record<SentenceEvidence['status'], number> = { abstract: 0, 'key-point': 0, summary: 0, conclusion: 1, duplicate: 1, ineligible: 2, 'not-chosen': 3 };

function sentenceEvidence(sentences: readonly Sentence[], status: ReadonlyMap<Sentence, { status: SentenceEvidence['status']; reason?: string }>): SentenceEvidence[] {
  const kept =
    sentences.length <= EVIDENCE_SENTENCES
      ? sentences
      : [...sentences]
          .sort((a, b) => PRIORITY[status.get(a)!.status] - PRIORITY[status.get(b)!.status] || b.centrality - a.centrality || a.order - b.order)
          .slice(0, EVIDENCE_SENTENCES)
          .sort((a, b) => a.order - b.order);
  return kept.map((sentence) => {
    const { status: s, reason } = status.get(sentence)!;
    return { text: sentence.text, centrality: round(sentence.centrality, 4), status: s, ...(reason ? { reason } : {}) };
  });
}
