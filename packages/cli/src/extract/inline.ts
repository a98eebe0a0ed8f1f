/**
 * mdast phrasing content → inline runs (`{text, strong?, em?, code?, href?}`).
 * Markdown syntax never survives: marks become flags, links keep only safe http(s) targets,
 * raw HTML is dropped with a warning, images are lifted out to become blocks of their own.
 */
import type { Definition, Image, ImageReference, Nodes, PhrasingContent } from 'mdast';
import type { InlineRun } from '../schema.js';
import { describeUnsafeUrl, isSafeHttpUrl } from '../schema.js';
import { type FileDiagnostics, type SourcePosition, START_OF_FILE } from '../diagnostics.js';
import { positionOf } from './positions.js';

type Marks = Omit<InlineRun, 'text'>;

export interface FoundImage {
  src: string;
  alt: string;
  title?: string;
  at: SourcePosition;
}

/** State shared by the inline conversion of one article. */
export interface InlineContext {
  diagnostics: FileDiagnostics;
  /** Link reference definitions of the document, by normalised identifier. */
  definitions: ReadonlyMap<string, Definition>;
}

const GENERIC_ALT = /^(?:an?\s+|the\s+)?(?:image|img|picture|pic|photo|photograph|graphic|figure|untitled|screenshot|alt|thumbnail|banner|placeholder|dsc|dscn|pxl)[\s_-]*\d*$/iu;
const FILE_NAME = /^[^\s/]+\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?|heic)$/iu;

/**
 * Whether alt text describes an image: not empty, not a generic word ("Image", "photo 2"), not a
 * file name ("IMG_2041.jpg", or the image's own), not just digits and punctuation.
 */
export function describesImage(alt: string, src: string): boolean {
  const text = alt.trim();
  if (text === '' || GENERIC_ALT.test(text) || FILE_NAME.test(text) || !/\p{L}/u.test(text)) return false;
  if (/^(?:img|dsc|dscn|pxl|photo|image)[_-]?\d+/iu.test(text)) return false;
  const fileName = decodeURIComponentSafe(src.split(/[?#]/u)[0]!.split('/').pop() ?? '');
  return fileName === '' || text.toLowerCase() !== fileName.toLowerCase().replace(/\.[a-z0-9]+$/u, '');
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Converts phrasing content to clean runs, collecting the images it contains into `images`. */
export function toRuns(nodes: readonly PhrasingContent[], context: InlineContext, images: FoundImage[]): InlineRun[] {
  const raw: InlineRun[] = [];
  for (const node of nodes) collectRuns(node, {}, context, images, raw);
  return normaliseRuns(raw);
}

/** The plain text of runs, for headings, sentences and search. */
export function plainText(runs: readonly InlineRun[]): string {
  return runs.map((run) => run.text).join('');
}

function collectRuns(node: Nodes, marks: Marks, context: InlineContext, images: FoundImage[], out: InlineRun[]): void {
  switch (node.type) {
    case 'text':
      out.push({ text: node.value, ...marks });
      return;
    case 'inlineCode':
      out.push({ text: node.value, ...marks, code: true });
      return;
    case 'break':
      out.push({ text: ' ', ...marks });
      return;
    case 'strong':
      for (const child of node.children) collectRuns(child, { ...marks, strong: true }, context, images, out);
      return;
    case 'emphasis':
      for (const child of node.children) collectRuns(child, { ...marks, em: true }, context, images, out);
      return;
    case 'link':
      for (const child of node.children) collectRuns(child, linkMarks(node.url, node, marks, context), context, images, out);
      return;
    case 'linkReference': {
      const definition = context.definitions.get(node.identifier);
      const linked = definition ? linkMarks(definition.url, node, marks, context) : marks;
      for (const child of node.children) collectRuns(child, linked, context, images, out);
      return;
    }
    case 'image':
    case 'imageReference': {
      const image = resolveImage(node, context);
      if (image) images.push(image);
      return;
    }
    case 'html':
      reportDroppedHtml(node.value, positionOf(node), context.diagnostics);
      return;
    default:
      // Constructs outside CommonMark (none are enabled today) keep their text, never their syntax.
      if ('children' in node) for (const child of node.children) collectRuns(child, marks, context, images, out);
      else if ('value' in node && typeof node.value === 'string') out.push({ text: node.value, ...marks });
  }
}

function linkMarks(url: string, node: Nodes, marks: Marks, context: InlineContext): Marks {
  if (isSafeHttpUrl(url)) return { ...marks, href: url };
  context.diagnostics.error('unsafe-url', `link refused: ${describeUnsafeUrl(url)}`, positionOf(node));
  return marks;
}

function resolveImage(node: Image | ImageReference, context: InlineContext): FoundImage | undefined {
  const at = positionOf(node) ?? START_OF_FILE;
  const definition = node.type === 'imageReference' ? context.definitions.get(node.identifier) : undefined;
  const src = node.type === 'image' ? node.url : definition?.url;
  const title = (node.type === 'image' ? node.title : definition?.title) ?? undefined;
  if (src === undefined) return undefined;
  if (!isSafeHttpUrl(src)) {
    context.diagnostics.error('unsafe-url', `image refused: ${describeUnsafeUrl(src)}`, at);
    return undefined;
  }
  // Alt text that says nothing is reported where the article's images are gathered (article.ts).
  const alt = collapseWhitespace(node.alt ?? '').trim();
  return title ? { src, alt, title: collapseWhitespace(title).trim(), at } : { src, alt, at };
}

export function reportDroppedHtml(html: string, at: SourcePosition | undefined, diagnostics: FileDiagnostics): void {
  const excerpt = collapseWhitespace(html).trim();
  const shown = excerpt.length > 40 ? `${excerpt.slice(0, 40)}…` : excerpt;
  diagnostics.warning('raw-html', `raw HTML is never passed through; dropped ${JSON.stringify(shown)}`, at);
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ');
}

/**
 * Collapses white space (line breaks included) to single spaces, trims the ends of the block,
 * drops empty runs and merges neighbours with the same marks.
 */
export function normaliseRuns(runs: readonly InlineRun[]): InlineRun[] {
  const merged: InlineRun[] = [];
  for (const run of runs) {
    let text = collapseWhitespace(run.text);
    const previous = merged[merged.length - 1];
    if (previous && previous.text.endsWith(' ') && text.startsWith(' ')) text = text.slice(1);
    if (previous === undefined) text = text.trimStart();
    if (text === '') continue;
    if (previous && sameMarks(previous, run)) previous.text += text;
    else merged.push(canonicalRun(run, text));
  }
  // Trim the block's end, which may leave runs of nothing but white space to drop.
  while (merged.length > 0) {
    const last = merged[merged.length - 1]!;
    last.text = last.text.trimEnd();
    if (last.text !== '') break;
    merged.pop();
  }
  return merged;
}

/** Keys in one fixed order, so the same content always serialises to the same bytes. */
function canonicalRun(run: InlineRun, text: string): InlineRun {
  const out: InlineRun = { text };
  if (run.strong) out.strong = true;
  if (run.em) out.em = true;
  if (run.code) out.code = true;
  if (run.href !== undefined) out.href = run.href;
  return out;
}

function sameMarks(a: InlineRun, b: InlineRun): boolean {
  return a.strong === b.strong && a.em === b.em && a.code === b.code && a.href === b.href;
}
