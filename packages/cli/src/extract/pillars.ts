/**
 * An article's supporting points. Two rules, tried in order:
 * 1. `labelled-list`: the first list (of two or more items) whose every item opens with a bold
 *    label, as in "1. **Catalyzing Innovation**: Such exchanges…"; each item is a pillar.
 * 2. `section`: otherwise each body section except a closing one, labelled by its heading and
 *    described by its first sentence.
 */
import type { Block, InlineRun, Pillar, Section } from '../schema.js';
import { plainText } from './inline.js';
import { splitSentences } from './text.js';

/** Headings that announce a closing section rather than a supporting point. */
const CLOSING_HEADING = /\b(?:conclusions?|concluding|summary|closing|final thoughts|road ahead|looking ahead|way forward|outlook)\b/iu;
const LABEL_PUNCTUATION = /[\s:.\u2013\u2014-]+$/u;
const TEXT_LEAD_PUNCTUATION = /^[\s:.\u2013\u2014-]+/u;

export function extractPillars(
  lead: readonly Block[],
  sections: readonly Section[],
  lang: string,
  conclusionSectionIndex: number | undefined,
): Pillar[] {
  return labelledListPillars(lead, sections) ?? sectionPillars(sections, lang, conclusionSectionIndex);
}

function labelledListPillars(lead: readonly Block[], sections: readonly Section[]): Pillar[] | undefined {
  const places: { blocks: readonly Block[]; sectionId?: string }[] = [
    { blocks: lead },
    ...sections.map((section) => ({ blocks: section.blocks, sectionId: section.id })),
  ];
  for (const { blocks, sectionId } of places) {
    for (const block of blocks) {
      if (block.type !== 'list' || block.items.length < 2) continue;
      const pillars = block.items.map(labelledItem);
      if (pillars.every((pillar) => pillar !== undefined)) {
        return pillars.map((pillar) => ({ ...pillar, rule: 'labelled-list' as const, ...(sectionId ? { sectionId } : {}) }));
      }
    }
  }
  return undefined;
}

/** `**Label:** text` or `**Label**: text` → {label, text}; undefined when the item has no bold opening. */
function labelledItem(item: readonly InlineRun[]): { label: string; text: string } | undefined {
  const labelRuns: InlineRun[] = [];
  for (const run of item) {
    if (!run.strong) break;
    labelRuns.push(run);
  }
  const label = plainText(labelRuns).replace(LABEL_PUNCTUATION, '');
  if (label === '') return undefined;
  const text = plainText(item.slice(labelRuns.length)).replace(TEXT_LEAD_PUNCTUATION, '').trim();
  return { label, text };
}

function sectionPillars(sections: readonly Section[], lang: string, conclusionSectionIndex: number | undefined): Pillar[] {
  const pillars: Pillar[] = [];
  sections.forEach((section, index) => {
    if (index === sections.length - 1 && isClosingSection(section, index, conclusionSectionIndex)) return;
    const firstText = firstProse(section.blocks);
    if (firstText === undefined) return;
    const text = splitSentences(firstText, lang)[0] ?? firstText;
    pillars.push({ label: section.heading, text, rule: 'section', sectionId: section.id });
  });
  return pillars;
}

/** A closing section says "conclusion" in its heading, or holds nothing but the conclusion. */
function isClosingSection(section: Section, index: number, conclusionSectionIndex: number | undefined): boolean {
  if (CLOSING_HEADING.test(section.heading)) return true;
  const prose = section.blocks.filter((block) => block.type === 'paragraph' || block.type === 'list');
  return conclusionSectionIndex === index && prose.length === 1;
}

function firstProse(blocks: readonly Block[]): string | undefined {
  for (const block of blocks) {
    if (block.type === 'paragraph') return plainText(block.content);
    if (block.type === 'list') return plainText(block.items[0]!);
  }
  return undefined;
}
