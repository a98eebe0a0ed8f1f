/** The human summary printed after a successful build. */
import type { BuildOutcome } from './pipeline.js';

/** Topics listed one per line; a larger dataset is summed up after them. */
const TOPICS_LISTED = 100;

export function formatReport(outcome: BuildOutcome, outDir: string, elapsedMs: number, warnings: number): string {
  const topics = outcome.topics ?? [];
  const written = outcome.written!;
  const lines = [
    `Built ${topics.length} topics in ${Math.round(elapsedMs)} ms → ${outDir}`,
    `  ${written.files} files, ${kb(written.bytes)} (index.json ${kb(written.indexBytes)}), ${outcome.themes ?? 0} themes, ${warnings} warnings; ${threads(outcome)}`,
    '',
  ];
  const shown = topics.slice(0, TOPICS_LISTED);
  const idWidth = Math.max(...shown.map((a) => a.id.length), 2);
  lines.push(`  ${'id'.padEnd(idWidth)}  words  pillars (rule)          themes · countries`);
  for (const topic of shown) {
    lines.push(
      `  ${topic.id.padEnd(idWidth)}  ${String(topic.wordCount).padStart(5)}  ${`${topic.pillars} (${topic.pillarRule})`.padEnd(22)}  ${topic.themes.join(', ')} · ${topic.countries.join(' ') || '-'}`,
    );
  }
  if (topics.length > shown.length) lines.push(`  … and ${topics.length - shown.length} more topics (all of them in index.json)`);
  return `${lines.join('\n')}\n`;
}

/** One line after a rebuild in watch mode. */
export function formatRebuild(outcome: BuildOutcome, elapsedMs: number, warnings: number): string {
  const written = outcome.written!;
  const changes = [
    `${written.topicsChanged} ${written.topicsChanged === 1 ? 'topic' : 'topics'} changed`,
    ...(written.removed > 0 ? [`${written.removed} removed`] : []),
    `${written.files} files written`,
  ];
  return `Rebuilt ${outcome.topics?.length ?? 0} topics in ${Math.round(elapsedMs)} ms: ${changes.join(', ')}; ${outcome.extracted} extracted${warnings > 0 ? `, ${warnings} warnings` : ''}\n`;
}

function threads(outcome: BuildOutcome): string {
  const extraction = `${outcome.extracted} extracted, ${outcome.reused} from the cache`;
  return `${extraction}, ${outcome.threads} ${outcome.threads === 1 ? 'thread' : 'worker threads'}`;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
