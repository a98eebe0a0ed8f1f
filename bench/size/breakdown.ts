/**
 * Where a page's bytes go: each built file's bytes traced back to their sources through its
 * source map, grouped into parts (Lit, the widget base, data access…). A part's figure is its
 * marginal gzip cost: how much smaller the file would compress without that part's bytes, which
 * is what removing (or lazily loading) that part could save.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { eachMapping, TraceMap } from '@jridgewell/trace-mapping';

/** Parts of the code, tried in order: the first whose pattern matches a source path wins. */
const PARTS: [name: string, pattern: RegExp][] = [
  ['Lit (lit-html, reactive-element, lit-element)', /node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//],
  ['@lit/context', /node_modules\/@lit\/context\//],
  ['shared styles', /src\/components\/shared\/base\.styles\.ts$/],
  ['widget words (English)', /src\/components\/shared\/messages\//],
  ['widget base (states, loading, links, registration)', /src\/components\/shared\//],
  ['data access', /src\/(data|schema)\//],
  ['<topic-card> (class and styles)', /src\/components\/topic-card\//],
  ['embed loader', /src\/embed\//],
];
const OTHER = 'bundler glue (imports, exports)';

const gzip = (text: string) => gzipSync(text, { level: 9 }).length;

/** Marginal gzip bytes of each part in one built JavaScript file (with a `.map` beside it). */
function fileBreakdown(file: string): Map<string, number> {
  const code = readFileSync(file, 'utf8');
  const map = new TraceMap(readFileSync(`${file}.map`, 'utf8'));
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);

  // Each mapping starts a segment that runs to the next mapping; bytes before the first, or
  // without a source, are the bundler's own.
  const segments: { start: number; source: string }[] = [];
  eachMapping(map, (m) => segments.push({ start: lineStarts[m.generatedLine - 1]! + m.generatedColumn, source: m.source ?? '' }));
  segments.sort((a, b) => a.start - b.start);
  const owner = new Array<string>(code.length).fill(OTHER);
  segments.forEach(({ start, source }, i) => {
    const part = PARTS.find(([, pattern]) => pattern.test(source.replaceAll('\\', '/')))?.[0] ?? OTHER;
    owner.fill(part, start, segments[i + 1]?.start ?? code.length);
  });

  const whole = gzip(code);
  const result = new Map<string, number>();
  for (const part of new Set(owner)) {
    let rest = '';
    for (let i = 0; i < code.length; i++) if (owner[i] !== part) rest += code[i];
    result.set(part, whole - gzip(rest));
  }
  return result;
}

/** Marginal gzip bytes of each part over several built files, summed. */
export function breakdown(files: string[]): Map<string, number> {
  const total = new Map<string, number>();
  for (const file of files) for (const [part, bytes] of fileBreakdown(file)) total.set(part, (total.get(part) ?? 0) + bytes);
  return total;
}
