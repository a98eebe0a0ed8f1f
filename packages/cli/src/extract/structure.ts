/**
 * The document's outline: its title (the one H1), the lead (blocks before the first H2) and
 * its sections (one per H2), with every block converted to the dataset's block types.
 */
import type { BlockContent, Definition, DefinitionContent, List, ListItem, Root, RootContent } from 'mdast';
import type { Block, ImageBlock, InlineRun, ListBlock, QuoteBlock, Section } from '../schema.js';
import type { FileDiagnostics, SourcePosition } from '../diagnostics.js';
import { type FoundImage, type InlineContext, normaliseRuns, plainText, reportDroppedHtml, toRuns } from './inline.js';
import { positionOf } from './positions.js';
import { uniqueSlugger } from './slug.js';

export interface LocatedImage extends FoundImage {
  sectionId?: string;
}

export interface DocumentOutline {
  title?: string;
  titleAt?: SourcePosition | undefined;
  lead: Block[];
  sections: Section[];
  images: LocatedImage[];
}

export function outlineDocument(tree: Root, diagnostics: FileDiagnostics): DocumentOutline {
  const context: InlineContext = { diagnostics, definitions: collectDefinitions(tree) };
  const sectionIds = uniqueSlugger();
  const outline: DocumentOutline = { lead: [], sections: [], images: [] };
  let current: Block[] = outline.lead;
  let currentSectionId: string | undefined;

  const emit = (node: RootContent): void => {
    const images: FoundImage[] = [];
    current.push(...toBlocks(node, context, images));
    for (const image of images) outline.images.push(currentSectionId ? { ...image, sectionId: currentSectionId } : image);
  };

  for (const node of tree.children) {
    if (node.type !== 'heading' || node.depth > 2) {
      emit(node);
      continue;
    }
    const headingImages: FoundImage[] = [];
    const text = plainText(toRuns(node.children, context, headingImages));
    if (headingImages.length > 0) {
      diagnostics.warning('heading-image', 'images inside headings are not shown; move the image below the heading', positionOf(node));
    }
    if (node.depth === 1) {
      if (outline.title !== undefined) {
        diagnostics.error('multiple-titles', `a second level-1 heading ("${text}"): an article has one title; use "##" for sections`, positionOf(node));
      } else if (text === '') {
        diagnostics.error('no-title', 'the level-1 heading is empty: the article needs a title', positionOf(node));
        outline.title = '';
      } else {
        outline.title = text;
        outline.titleAt = positionOf(node);
      }
      continue;
    }
    if (text === '') {
      diagnostics.error('empty-heading', 'section heading is empty', positionOf(node));
      continue;
    }
    const id = sectionIds(text, `section-${outline.sections.length + 1}`);
    const section: Section = { id, heading: text, blocks: [] };
    outline.sections.push(section);
    current = section.blocks;
    currentSectionId = id;
  }
  if (outline.title === undefined) {
    diagnostics.error('no-title', 'no level-1 heading: start the article with "# Name: tagline"');
  }
  return outline;
}

function collectDefinitions(tree: Root): Map<string, Definition> {
  const definitions = new Map<string, Definition>();
  const visit = (nodes: readonly RootContent[]): void => {
    for (const node of nodes) {
      // CommonMark: the first definition of a label wins.
      if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node);
      if ('children' in node) visit(node.children as RootContent[]);
    }
  };
  visit(tree.children);
  return definitions;
}

/** One flow node → zero or more blocks; images found on the way become image blocks after it. */
function toBlocks(node: RootContent, context: InlineContext, images: FoundImage[]): Block[] {
  const found: FoundImage[] = [];
  const blocks = convertFlow(node, context, found);
  images.push(...found);
  return [...blocks, ...found.map(imageBlock)];
}

function convertFlow(node: RootContent, context: InlineContext, images: FoundImage[]): Block[] {
  switch (node.type) {
    case 'paragraph':
      return paragraph(toRuns(node.children, context, images));
    case 'heading': {
      const content = toRuns(node.children, context, images);
      const level = Math.min(Math.max(node.depth, 3), 6) as 3 | 4 | 5 | 6;
      return content.length > 0 ? [{ type: 'heading', level, content }] : [];
    }
    case 'list':
      return list(node, context, images);
    case 'blockquote': {
      // A quote keeps its paragraphs, headings and lists; a quote inside it is flattened into it.
      const inside = node.children.flatMap((child) => convertFlow(child, context, images)).flatMap((block) => (block.type === 'quote' ? block.blocks : [block]));
      const blocks = inside.filter((block): block is QuoteBlock['blocks'][number] => block.type !== 'image');
      return blocks.length > 0 ? [{ type: 'quote', blocks }] : [];
    }
    case 'code':
      return paragraph(normaliseRuns([{ text: node.value, code: true }]));
    case 'html':
      reportDroppedHtml(node.value, positionOf(node), context.diagnostics);
      return [];
    default:
      // thematicBreak, definition, yaml: structure or metadata, not content.
      return [];
  }
}

function paragraph(content: InlineRun[]): Block[] {
  return content.length > 0 ? [{ type: 'paragraph', content }] : [];
}

function list(node: List, context: InlineContext, images: FoundImage[]): Block[] {
  const entries: ListEntry[] = [];
  for (const item of node.children) entries.push(...listItems(item, context, images, 0));
  if (entries.length === 0) return [];
  const items = entries.map(({ depth, ordered, content }) => (depth === 0 ? content : { depth: Math.min(depth, MAX_LIST_DEPTH), ordered, content }));
  const block: Block = { type: 'list', ordered: node.ordered === true, items };
  if (node.ordered && typeof node.start === 'number' && node.start !== 1) block.start = node.start;
  return [block];
}

/** The deepest nesting a record keeps (deeper items stay at this depth). */
const MAX_LIST_DEPTH = 8;

/** A list item with how deep it is nested (0: an item of the list itself) and its own list's kind. */
interface ListEntry {
  depth: number;
  ordered: boolean;
  content: InlineRun[];
}

/** An item's own text, then the items of lists nested inside it, one level deeper. */
function listItems(item: ListItem, context: InlineContext, images: FoundImage[], depth: number, ordered = false): ListEntry[] {
  const own: InlineRun[] = [];
  const nested: ListEntry[] = [];
  for (const child of item.children) {
    if (child.type === 'list') {
      for (const nestedItem of child.children) nested.push(...listItems(nestedItem, context, images, depth + 1, child.ordered === true));
      continue;
    }
    for (const block of convertFlow(child as BlockContent | DefinitionContent, context, images)) {
      if (block.type === 'list') nested.push(...block.items.map((entry) => nestedEntry(entry, depth + 1, block.ordered)));
      else if (block.type === 'quote') own.push(...block.blocks.flatMap((inner) => (inner.type === 'list' ? inner.items.flatMap((entry) => [{ text: ' ' }, ...itemRuns(entry)]) : [{ text: ' ' }, ...inner.content])));
      else if (block.type !== 'image') own.push({ text: ' ' }, ...block.content);
    }
  }
  const text = normaliseRuns(own);
  return text.length > 0 ? [{ depth, ordered, content: text }, ...nested] : nested;
}

/** An item of a list found inside an item (a quote's list), placed `depth` deep. */
function nestedEntry(entry: ListBlock['items'][number], depth: number, ordered: boolean): ListEntry {
  return Array.isArray(entry) ? { depth, ordered, content: entry } : { depth: depth + entry.depth, ordered: entry.ordered, content: entry.content };
}

/** A list item's runs, whether top-level or nested. */
export function itemRuns(entry: ListBlock['items'][number]): InlineRun[] {
  return Array.isArray(entry) ? entry : entry.content;
}

/**
 * The blocks as the extraction rules read them: a quote's blocks in its place, nested list items
 * as items of their list. (Those rules were written for, and are tested on, that flat form.)
 */
export function flatBlocks(blocks: readonly Block[]): Block[] {
  return blocks.flatMap((block): Block[] => {
    if (block.type === 'quote') return flatBlocks(block.blocks);
    if (block.type === 'list' && block.items.some((entry) => !Array.isArray(entry))) return [{ ...block, items: block.items.map(itemRuns) }];
    return [block];
  });
}

function imageBlock(image: FoundImage): ImageBlock {
  const block: ImageBlock = { type: 'image', src: image.src, alt: image.alt };
  if (image.title) block.title = image.title;
  return block;
}
