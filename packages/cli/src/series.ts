/**
 * The series order: the articles of a build are the parts of one series. An article's place is
 * its front matter's `order`, else the number its file name starts with (`01-air-defense.md`, not
 * a date: `2024-05-01-…`); articles with neither follow, by file name. Two articles with the same number are an error at
 * each of them (where the number is written), since readers would get one of them at random.
 */
import path from 'node:path';
import type { ArticleEntry } from './assemble.js';
import { type Diagnostic, compareStrings } from './diagnostics.js';
import { SeriesPlace, directionOf } from './schema.js';

/** `01-air-defense.md` → 1; a number alone before the extension counts too (`3.md`). */
const FILE_NUMBER = /^(\d{1,9})(?=[-_. ])/;
/** A date (`2024-05-01-…`, as blogs name posts) is not a place: such files follow in name, so date, order. */
const FILE_DATE = /^\d{4}-\d{2}-\d{2}(?:[-_. ]|$)/;

interface Placed {
  index: number;
  number: number | undefined;
  name: string;
}

/**
 * The entries' indices in series order, with a `duplicate-order` error at each article that
 * shares its number with another. Entries without an article (unreadable files) are left out.
 */
export function seriesOrder(entries: readonly ArticleEntry[], diagnostics: Diagnostic[]): number[] {
  const placed: Placed[] = [];
  const byNumber = new Map<number, number[]>();
  entries.forEach((entry, index) => {
    const article = entry.resident.article;
    // A translation has its original's place.
    if (!article || article.translationOf) return;
    const number = article.seriesOrder?.order ?? fileNumber(entry.name);
    placed.push({ index, number, name: entry.name });
    if (number === undefined) return;
    const same = byNumber.get(number) ?? [];
    same.push(index);
    byNumber.set(number, same);
  });
  for (const [number, indices] of byNumber) {
    if (indices.length < 2) continue;
    for (const index of indices) {
      const entry = entries[index]!;
      const written = entry.resident.article!.seriesOrder;
      const others = indices.filter((other) => other !== index).map((other) => entries[other]!.shownPath);
      diagnostics.push({
        file: entry.shownPath,
        ...(written?.at ?? { line: 1, column: 1 }),
        severity: 'error',
        code: 'duplicate-order',
        message: `${written ? 'front matter: "order"' : 'the file name\'s number'} ${number} places this article where ${others.join(', ')} is too: give each article its own "order" in its front matter, or its own number at the start of its file name`,
      });
    }
  }
  placed.sort((a, b) => (a.number ?? Infinity) - (b.number ?? Infinity) || compareStrings(a.name, b.name));
  return placed.map((p) => p.index);
}

function fileNumber(name: string): number | undefined {
  if (FILE_DATE.test(path.basename(name))) return undefined;
  const match = FILE_NUMBER.exec(path.basename(name));
  return match ? Number(match[1]) : undefined;
}

/**
 * Each part's place in the series as the JSON of its records' `series` field, in series order
 * (validated: it fills a hole of records validated without it).
 */
export function seriesPlaces(parts: readonly { id: string; name: string; lang: string }[]): string[] {
  const neighbour = ({ id, name, lang }: (typeof parts)[number]) => ({ id, name, lang, dir: directionOf(lang) });
  return parts.map((part, i) => {
    const previous = parts[i - 1];
    const next = parts[i + 1];
    const place = SeriesPlace.parse({
      part: i + 1,
      parts: parts.length,
      ...(previous ? { previous: neighbour(previous) } : {}),
      ...(next ? { next: neighbour(next) } : {}),
    });
    return JSON.stringify(place);
  });
}

/** A topic's corpus holes with its series place in the records' key order (keywords, related, series, evidence.related). */
export function withSeries(holes: readonly string[], series: string): string[] {
  return [holes[0]!, holes[1]!, series, ...holes.slice(2)];
}
