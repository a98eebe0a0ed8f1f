/** The human summary printed after a successful build. */
import type { BuildResult } from './build.js';

export function formatReport(result: BuildResult, outDir: string, elapsedMs: number, warnings: number): string {
  const { articles, files } = result;
  const bytes = (name: string) => Buffer.byteLength(files.get(name) ?? '');
  const totalBytes = [...files.values()].reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  const themes = result.index?.themes.length ?? 0;
  const lines = [
    `Built ${articles.length} topics in ${Math.round(elapsedMs)} ms → ${outDir}`,
    `  ${files.size} files, ${kb(totalBytes)} (index.json ${kb(bytes('index.json'))}), ${themes} themes, ${warnings} warnings`,
    '',
  ];
  const idWidth = Math.max(...articles.map((a) => a.id.length), 2);
  lines.push(`  ${'id'.padEnd(idWidth)}  words  pillars (rule)          themes · countries`);
  for (const article of articles) {
    const rule = article.pillars[0]?.rule ?? '-';
    const countries = article.countries.map((c) => c.code).join(' ') || '-';
    lines.push(
      `  ${article.id.padEnd(idWidth)}  ${String(article.wordCount).padStart(5)}  ${`${article.pillars.length} (${rule})`.padEnd(22)}  ${article.themes.map((t) => t.label).join(', ')} · ${countries}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
