/**
 * The article's prose as a flat, ordered list of units (paragraphs and list items) with plain
 * text: what sentence ranking, conclusion finding and pillar descriptions read.
 */
import type { Block, Section } from '../schema.js';
import { plainText } from './inline.js';

export interface TextUnit {
  text: string;
  kind: 'paragraph' | 'item';
  /** Index into the article's sections; -1 for the lead. */
  sectionIndex: number;
}

export function textUnits(lead: readonly Block[], sections: readonly Section[]): TextUnit[] {
  const units: TextUnit[] = [];
  const add = (blocks: readonly Block[], sectionIndex: number) => {
    for (const block of blocks) {
      if (block.type === 'paragraph') units.push({ text: plainText(block.content), kind: 'paragraph', sectionIndex });
      else if (block.type === 'list') {
        for (const item of block.items) units.push({ text: plainText(item), kind: 'item', sectionIndex });
      }
    }
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
      else if (block.type === 'list') for (const item of block.items) texts.push(plainText(item));
    }
  };
  add(lead);
  for (const section of sections) {
    texts.push(section.heading);
    add(section.blocks);
  }
  return texts;
}
