/**
 * A 2,000-word article record for the render benchmark, grown from a real one (its lead, and its
 * sections repeated under new ids with their text varied), with every kind of block the widget
 * renders: paragraphs with strong, emphasised, code and linked runs, sub-headings (### and ####),
 * a list with nested lists two levels deep, an ordered list with a start, a block quote holding a
 * paragraph, a heading and a list, and a described image (last, far below the first screen, so
 * its lazy load never starts during the timing). The caller validates it (`ArticleRecord.parse`).
 */
import type { ArticleRecord, Block, InlineRun, ListBlock, Section } from '../../src/schema/dataset.js';

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;
const textOf = (runs: readonly InlineRun[]) => runs.map((run) => run.text).join('');
const plain = (text: string): InlineRun[] => [{ text }];

/** A paragraph's text as runs with every inline mark: strong, emphasis, code and a link. */
function marked(text: string): InlineRun[] {
  const words = text.split(' ');
  const at = (from: number, to?: number) => words.slice(from, to).join(' ');
  if (words.length < 16) return plain(text);
  return [
    { text: `${at(0, 3)} ` },
    { text: at(3, 5), strong: true },
    { text: ` ${at(5, 8)} ` },
    { text: at(8, 10), em: true },
    { text: ` ${at(10, 11)} ` },
    { text: at(11, 12), code: true },
    { text: ` ${at(12, 14)} ` },
    { text: at(14, 16), href: 'https://example.org/defense-diplomacy' },
    ...(words.length > 16 ? [{ text: ` ${at(16)}` }] : []),
  ];
}

/** A list whose second item holds an ordered list, whose first item holds an unordered one. */
function nestedList(words: string[]): ListBlock {
  const item = (i: number) => plain(words.slice(i * 6, i * 6 + 6).join(' ') || 'defense cooperation');
  return {
    type: 'list',
    ordered: false,
    items: [item(0), item(1), { depth: 1, ordered: true, content: item(2) }, { depth: 2, ordered: false, content: item(3) }, { depth: 2, ordered: false, content: item(4) }, { depth: 1, ordered: true, content: item(5) }, item(6)],
  };
}

/** The extra blocks of the n-th repetition of a section, in turn: every kind appears within four sections. */
function extras(n: number, paragraph: string): Block[] {
  const words = paragraph.split(' ');
  switch (n % 4) {
    case 0:
      return [{ type: 'heading', level: 3, content: plain(words.slice(0, 4).join(' ')) }, { type: 'paragraph', content: plain(words.slice(4).join(' ')) }];
    case 1:
      return [nestedList(words)];
    case 2:
      return [
        {
          type: 'quote',
          blocks: [
            { type: 'paragraph', content: plain(words.slice(0, 20).join(' ')) },
            { type: 'heading', level: 4, content: plain(words.slice(20, 24).join(' ')) },
            { type: 'list', ordered: false, items: [plain(words.slice(24, 30).join(' ')), plain(words.slice(30, 36).join(' '))] },
          ],
        },
      ];
    default:
      return [{ type: 'list', ordered: true, start: 3, items: [plain(words.slice(0, 7).join(' ')), plain(words.slice(7, 14).join(' ')), plain(words.slice(14, 21).join(' '))] }];
  }
}

export function syntheticArticle(base: ArticleRecord, targetWords = 2000): ArticleRecord {
  // The lead has a sub-heading too (headings in the lead sit at the title's level).
  const lead: Block[] = [...base.lead, { type: 'heading', level: 3, content: plain('About this series') }, ...base.lead];
  const sections: Section[] = [];
  const words = () => countWords([...lead, ...sections.flatMap((s) => [{ type: 'heading', level: 3, content: plain(s.heading) } as Block, ...s.blocks])].map(blockText).join(' '));
  for (let n = 0; words() < targetWords; n++) {
    const from = base.sections[n % base.sections.length]!;
    const round = Math.floor(n / base.sections.length) + 1;
    const paragraphs = from.blocks.flatMap((b) => (b.type === 'paragraph' ? [textOf(b.content)] : []));
    sections.push({
      id: `${from.id}-${round}`,
      heading: `${from.heading} (${round})`,
      blocks: [{ type: 'paragraph', content: marked(paragraphs[0]!) }, ...extras(n, paragraphs.at(-1)!), ...paragraphs.slice(1).map((text): Block => ({ type: 'paragraph', content: plain(text) }))],
    });
  }
  sections.at(-1)!.blocks.push({ type: 'image', src: 'https://example.org/images/defense-attaches.jpg', alt: 'Defense attachés at a military briefing', title: 'A military briefing' });
  const wordCount = words();
  return { ...base, lead, sections, wordCount, readingMinutes: Math.ceil(wordCount / 200) };
}

function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return textOf(block.content);
    case 'list':
      return block.items.map((item) => textOf(Array.isArray(item) ? item : item.content)).join(' ');
    case 'quote':
      return block.blocks.map(blockText).join(' ');
    default:
      return block.title ?? '';
  }
}

