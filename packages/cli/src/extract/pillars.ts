/**
 * An article's key points (pillars), from its structure. Rules, tried in order:
 * 1. `labelled-list`: the first list (of two or more items, outside a framing section) whose
 *    every item opens with a bold label, as in "1. **Catalyzing Innovation**: Such exchanges…";
 *    each item is a point;
 * 2. `subsection`: a section with two or more `###` subsections (framing ones aside) gives one
 *    point per subsection;
 * 3. `section`: every other section is a point.
 * Framing sections are never points: an introduction, background, practical implications,
 * "looking ahead" and the like, a conclusion, or a section holding nothing but the conclusion.
 * A point's label is its heading or bold label, cleaned ("Why is X Imperative?" → "Why X Is
 * Imperative"); its text is the most central sentence of its part that can stand alone and does
 * not repeat the abstract (a sentence opening "It…" is allowed there, its label saying what "it"
 * is, but one that stands alone is preferred), weighed by how much it speaks of its label and of
 * the topic, capitalised.
 */
import type { Block, Pillar, Section } from '../schema.js';
import { capitalise, cleanLabel, labelledItem } from './labels.js';
import { type Sentence, type StemSet, coreOf, likeness, sameStems, stemSet, stemsOf } from './sentences.js';
import { splitSentences } from './text.js';
import type { TextUnit } from './text-units.js';
import { itemRuns } from './structure.js';

/** Headings of sections that frame the article rather than make a point. */
export const FRAMING_HEADING =
  /\b(?:introduction|intro|overview|background|preface|practical implications|implications|looking ahead|road ahead|way forward|outlook|the future|future prospects|conclusions?|concluding|summary|in summary|closing|final thoughts|final words|wrapping up|takeaways?)\b/iu;

/** Statements at least this similar to the abstract (see `redundancy`) repeat it. */
export const DUPLICATE = 0.5;
/**
 * A sentence pointing back ("It…") may be a point's text, at this share of its centrality: the
 * part's first sentence leans on the label, a later one on sentences the reader does not see.
 */
const POINTS_BACK_WEIGHT = { first: 0.7, later: 0.4 };

export interface KeyPointContext {
  sections: readonly Section[];
  lead: readonly Block[];
  units: readonly TextUnit[];
  sentences: readonly Sentence[];
  lang: string;
  topicName: string;
  topicStems: ReadonlySet<string>;
  /** The conclusion's unit, never a point's text. */
  conclusionUnit: number | undefined;
  /** Whether a marker announced the conclusion ("In conclusion…"): only then can it make its section a closing one. */
  conclusionMarked: boolean;
  /** The abstract, which a point's text must not repeat. */
  abstract: Sentence | undefined;
  /** Other statements shown beside the points (the abstract, the conclusion's sentences), which no point may repeat: their core stems. */
  shown: readonly StemSet[];
}

export interface KeyPoints {
  pillars: Pillar[];
  /** The sentence chosen for each pillar (undefined when its text is not one of the article's sentences). */
  chosen: (Sentence | undefined)[];
  framingSections: string[];
}

interface Part {
  label: string;
  rule: Pillar['rule'];
  sectionId?: string;
  units: number[];
  /** Text to fall back on when no sentence of the part can stand alone (worked out only then). */
  fallback: () => string;
  /** Stems of the label and the topic's name: what the point's sentence should speak of. */
  about: StemSet;
}


export function extractKeyPoints(context: KeyPointContext): KeyPoints {
  const { sections } = context;
  const framing = sections.map((section, index) => isFraming(section, index, context));
  const framingSections = sections.filter((_, index) => framing[index]).map((section) => section.heading);
  const parts = (labelledListParts(context, framing) ?? structureParts(context, framing)).map((part) => ({
    ...part,
    about: stemSet([...stemsOf(part.label, context.lang), ...context.topicStems]),
  }));
  const chosen: (Sentence | undefined)[] = [];
  const shown = [...context.shown];
  const pillars = parts.map((part) => {
    const sentence = bestSentence(part, context, shown);
    chosen.push(sentence);
    // A point whose only text would repeat what is shown keeps its label alone.
    let text: string;
    if (sentence) {
      text = capitalise(sentence.text);
      shown.push(sentence.core);
    } else {
      const fallback = part.fallback();
      const fallbackCore = coreOf(fallback, context.lang, context.topicStems);
      text = shown.some((core) => repeats(fallbackCore, core)) ? '' : capitalise(fallback);
      if (text !== '') shown.push(fallbackCore);
    }
    return { label: part.label, text, rule: part.rule, ...(part.sectionId ? { sectionId: part.sectionId } : {}) };
  });
  return { pillars, chosen, framingSections };
}

function isFraming(section: Section, index: number, context: KeyPointContext): boolean {
  if (FRAMING_HEADING.test(section.heading)) return true;
  if (!context.conclusionMarked) return false;
  const prose = context.units.filter((unit) => unit.sectionIndex === index);
  return prose.length > 0 && prose.every((unit) => context.units.indexOf(unit) === context.conclusionUnit);
}

type PartDraft = Omit<Part, 'about'>;

function labelledListParts(context: KeyPointContext, framing: readonly boolean[]): PartDraft[] | undefined {
  const places: { blocks: readonly Block[]; sectionIndex: number; sectionId?: string }[] = [
    { blocks: context.lead, sectionIndex: -1 },
    ...context.sections.map((section, index) => ({ blocks: section.blocks, sectionIndex: index, sectionId: section.id })),
  ];
  for (const { blocks, sectionIndex, sectionId } of places) {
    if (sectionIndex >= 0 && framing[sectionIndex]) continue;
    for (const [blockIndex, block] of blocks.entries()) {
      if (block.type !== 'list' || block.items.length < 2) continue;
      const items = block.items.map((item) => labelledItem(itemRuns(item)));
      if (!items.every((item) => item !== undefined)) continue;
      return items.map((item, itemIndex) => {
        const unit = context.units.findIndex((u) => u.sectionIndex === sectionIndex && u.blockIndex === blockIndex && u.itemIndex === itemIndex);
        // Without a separator the label is part of the sentence ("**Joint patrols** guard…").
        const fallback = item!.separated ? item!.text : `${item!.label} ${item!.text}`.trim();
        return {
          label: cleanLabel(item!.label, context.topicName),
          rule: 'labelled-list' as const,
          ...(sectionId ? { sectionId } : {}),
          units: item!.separated && unit !== -1 ? [unit] : [],
          fallback: () => splitSentences(fallback, context.lang)[0] ?? fallback,
        };
      });
    }
  }
  return undefined;
}

function structureParts(context: KeyPointContext, framing: readonly boolean[]): PartDraft[] {
  const parts: PartDraft[] = [];
  context.sections.forEach((section, sectionIndex) => {
    if (framing[sectionIndex]) return;
    const unitsOf = (subsection?: number) =>
      context.units.flatMap((unit, index) =>
        unit.sectionIndex === sectionIndex && !(context.conclusionMarked && index === context.conclusionUnit) && (subsection === undefined || unit.subsectionIndex === subsection) ? [index] : [],
      );
    const subsections = section.blocks
      .filter((block) => block.type === 'heading' && block.level === 3)
      .map((heading, subsection) => ({ label: heading.type === 'heading' ? heading.content.map((run) => run.text).join('') : '', units: unitsOf(subsection) }))
      .filter(({ label, units }) => units.length > 0 && !FRAMING_HEADING.test(label));
    if (subsections.length >= 2) {
      for (const { label, units } of subsections) {
        parts.push({ label: cleanLabel(label, context.topicName), rule: 'subsection', sectionId: section.id, units, fallback: () => firstSentence(units, context) });
      }
      return;
    }
    const own = unitsOf();
    if (own.length === 0) return;
    parts.push({ label: cleanLabel(section.heading, context.topicName), rule: 'section', sectionId: section.id, units: own, fallback: () => firstSentence(own, context) });
  });
  return parts;
}

function firstSentence(units: readonly number[], context: KeyPointContext): string {
  const text = context.units[units[0]!]!.text;
  return splitSentences(text, context.lang)[0] ?? text;
}

/** The part's most central sentence that can stand alone and does not repeat the abstract. */
function repeats(a: StemSet, b: StemSet): boolean {
  return likeness(a, b) >= DUPLICATE || (a.length > 0 && sameStems(a, b));
}

function bestSentence(part: Part, context: KeyPointContext, shown: readonly StemSet[]): Sentence | undefined {
  // The last paragraph, taken as the conclusion when no marker announces one, only as a last resort.
  const others = part.units.filter((unit) => unit !== context.conclusionUnit);
  const units = new Set(others.length > 0 ? others : part.units);
  let best: { sentence: Sentence; score: number } | undefined;
  let first = true;
  for (const sentence of context.sentences) {
    if (!units.has(sentence.unit)) continue;
    const opensPart = first;
    first = false;
    if (sentence === context.abstract) continue;
    if (sentence.ineligible && sentence.ineligible !== 'points-back') continue;
    if (shown.some((core) => repeats(sentence.core, core))) continue;
    const affinity = likeness(sentence.all, part.about);
    const score = (sentence.centrality + affinity) * (sentence.ineligible ? POINTS_BACK_WEIGHT[opensPart ? 'first' : 'later'] : 1);
    if (!best || score > best.score) best = { sentence, score };
  }
  return best?.sentence;
}
