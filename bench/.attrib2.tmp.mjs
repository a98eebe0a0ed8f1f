import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';
const file = process.argv[2];
const code = readFileSync(file, 'utf8');
const map = new SourceMapConsumer(JSON.parse(readFileSync(file + '.map', 'utf8')));
const lines = code.split('\n');
const lineStart = []; let off = 0; for (const l of lines) { lineStart.push(off); off += l.length + 1; }
const ranges = {};
const ms = []; map.eachMapping((m) => ms.push(m));
ms.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
for (let i = 0; i < ms.length; i++) {
  const m = ms[i], n = ms[i + 1];
  const s = lineStart[m.generatedLine - 1] + m.generatedColumn;
  const e = n ? lineStart[n.generatedLine - 1] + n.generatedColumn : code.length;
  const src = (m.source || '?').replace(/.*node_modules\//, 'nm/').replace(/.*\/src\//, 'src/');
  (ranges[src] ??= []).push([s, e]);
}
const g = (s) => gzipSync(s, { level: 9 }).length;
const total = g(code);
const out = [];
for (const [src, rs] of Object.entries(ranges)) {
  const keep = new Uint8Array(code.length).fill(1);
  let raw = 0;
  for (const [s, e] of rs) { keep.fill(0, s, e); raw += e - s; }
  let rest = ''; for (let i = 0; i < code.length; i++) if (keep[i]) rest += code[i];
  out.push([src, raw, total - g(rest)]);
}
out.sort((a, b) => b[2] - a[2]);
console.log('total gzip', total);
for (const [s, r, gz] of out) console.log(String(r).padStart(6), String(gz).padStart(6), s);
