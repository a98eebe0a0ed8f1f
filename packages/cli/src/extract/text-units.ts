/**
 * The article's prose as a flat, ordered list of units (paragraphs and list items) with plain
 * text and where each comes from: what sentence ranking, conclusion finding and key points read.
 */
import type { Block, Section } from '../schema.js';
import { plainText } from './inline.js';
import { labelledItem } from './labels.js';
import { itemRuns } from './structure.js';

export interface TextUnit {
  /** Plain text; for an item opening with a bold label and a separator, the text after the label. */
  text: string;
  kind: 'paragraph' | 'item';
  /** Index into the article's sections; -1 for the lead. */
  sectionIndex: number;
  /** Index of the block in its section (or the lead). */
  blockIndex: number;
  /** Index of the item in its list. */
  itemIndex?: number;
  /** Index of the `###` subsection (counted in its section) holding the unit; -1 before the first. */
  subsectionIndex: number;
  /** The bold label of a labelled item. */
  label?: string;
}

export function textUnits(lead: readonly Block[], sections: readonly Section[]): TextUnit[] {
  const units: TextUnit[] = [];
  const add = (blocks: readonly Block[], sectionIndex: number) => {
    let subsectionIndex = -1;
    blocks.forEach((block, blockIndex) => {
      if (block.type === 'heading' && block.level === 3) subsectionIndex++;
      else if (block.type === 'paragraph') units.push({ text: plainText(block.content), kind: 'paragraph', sectionIndex, blockIndex, subsectionIndex });
      else if (block.type === 'list') {
        block.items.map(itemRuns).forEach((item, itemIndex) => {
          const labelled = labelledItem(item);
          const unit: TextUnit = { text: plainText(item), kind: 'item', sectionIndex, blockIndex, itemIndex, subsectionIndex };
          if (labelled?.separated && labelled.text !== '') {
            unit.text = labelled.text;
            unit.label = labelled.label;
          }
          units.push(unit);
        });
      }
    });
  };
  add(lead, -1);
  sections.forEach((section, index) => add(section.blocks, index));
  return units;
}

/** Every piece of visible text of the article body (headings included), for counting and matching. */
export function bodyTexts(lead: readonly Block[], sections: readonly Section[]): string[] {
  const texts: string[] = [];
  const add = (blocks: readonly Block[]) => {
    for (const block of blocks) {
      if (block.type === 'paragraph' || block.type === 'heading') texts.push(plainText(block.content));
      else if (block.type === 'list') for (const item of block.items) texts.push(plainText(itemRuns(item)));
    }
  };
  add(lead);
  for (const section of sections) {
    texts.push(section.heading);
    add(section.blocks);
  }
  return texts;
}
