/**
 * A seeded synthetic corpus: articles shaped like the real ones (a "Name: tagline" title, a
 * lead, sections, a bold-labelled list in some, an image in some, countries, a closing
 * statement), with words drawn from the real articles so parsing and ranking do real work.
 * Same seed → same corpus, so benchmark runs compare like with like.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** mulberry32: a tiny, well-known seeded PRNG. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CONTENT = path.join(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '../content/articles');
const COUNTRIES = ['Turkey', 'Pakistan', 'Indonesia', 'Malaysia', 'Egypt', 'Jordan', 'Morocco', 'the United States', 'Saudi Arabia', 'Qatar'];
const CLOSERS = ['In conclusion,', 'To sum it up,', 'In closure,', 'Overall,'];

export interface SyntheticArticle {
  name: string;
  text: string;
}

export function syntheticCorpus(count: number, seed = 20261122): SyntheticArticle[] {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const vocabulary = realVocabulary();
  const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  const phrase = (n: number) => Array.from({ length: n }, () => pick(vocabulary)).join(' ');
  const sentence = () => {
    const words = phrase(8 + Math.floor(rand() * 16));
    const withCountry = rand() < 0.15 ? `${words} with ${pick(COUNTRIES)}` : words;
    return `${capital(withCountry)}${rand() < 0.1 ? ', **notably**' : ''}.`;
  };
  const paragraph = () => Array.from({ length: 2 + Math.floor(rand() * 3) }, sentence).join(' ');

  return Array.from({ length: count }, (_, i) => {
    const name = `${capital(phrase(2))} ${capital(phrase(1))} ${i}`;
    const parts = [`# ${name}: ${capital(phrase(6))}`, '', paragraph(), ''];
    if (rand() < 0.3) parts.push(`![${capital(phrase(4))}](https://example.org/images/${i}.jpg)`, '');
    const sections = 3 + Math.floor(rand() * 3);
    for (let s = 0; s < sections; s++) {
      parts.push(`## ${capital(phrase(3 + Math.floor(rand() * 3)))}`, '', paragraph(), '');
      if (s === 1 && rand() < 0.4) {
        for (let item = 1; item <= 4; item++) parts.push(`${item}. **${capital(phrase(3))}**: ${sentence()}`);
        parts.push('');
      }
      if (rand() < 0.5) parts.push(paragraph(), '');
    }
    parts.push(`${pick(CLOSERS)} ${paragraph()}`, '');
    return { name: `${String(i).padStart(5, '0')}.md`, text: parts.join('\n') };
  });
}

/**
 * A second corpus, shaped like a real series that grows: articles in small clusters on one
 * subject (each cluster with a dozen words of its own, so articles of a cluster are related and
 * have keywords), words of a larger shared pool drawn with Zipf's law (some in a few articles,
 * some in most), and the real articles' words around them. Its vocabulary grows with its size,
 * as a real corpus's does, so it measures what the corpus step keeps per article, and how the
 * related-topics candidate strategy scales.
 */
export function topicalCorpus(count: number, seed = 20261207): SyntheticArticle[] {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const vocabulary = realVocabulary();
  const invent = inventor(rand);
  const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  const pool = Array.from({ length: 4000 }, invent);
  // Zipf's law over the pool: word r drawn with probability ∝ 1/r.
  const cumulative: number[] = [];
  pool.reduce((sum, _, r) => (cumulative.push(sum + 1 / (r + 1)), sum + 1 / (r + 1)), 0);
  const zipf = () => {
    const x = rand() * cumulative[cumulative.length - 1]!;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return pool[lo]!;
  };
  const clusters: string[][] = [];
  const clusterOf = () => {
    const index = Math.floor(rand() * Math.max(1, count / 8));
    while (clusters.length <= index) clusters.push(Array.from({ length: 12 }, invent));
    return clusters[index]!;
  };
  const word = (own: readonly string[]) => {
    const x = rand();
    return x < 0.16 ? pick(own) : x < 0.3 ? zipf() : pick(vocabulary);
  };
  const phrase = (own: readonly string[], n: number) => Array.from({ length: n }, () => word(own)).join(' ');
  const sentence = (own: readonly string[]) => `${capital(phrase(own, 8 + Math.floor(rand() * 16)))}${rand() < 0.15 ? ` with ${pick(COUNTRIES)}` : ''}.`;
  const paragraph = (own: readonly string[]) => Array.from({ length: 2 + Math.floor(rand() * 3) }, () => sentence(own)).join(' ');

  return Array.from({ length: count }, (_, i) => {
    const own = clusterOf();
    const name = `${capital(pick(own))} ${capital(pick(own))} ${capital(pick(vocabulary))} ${i}`;
    const parts = [`# ${name}: ${capital(phrase(own, 6))}`, '', paragraph(own), ''];
    if (rand() < 0.3) parts.push(`![${capital(phrase(own, 4))}](https://example.org/images/${i}.jpg)`, '');
    const sections = 3 + Math.floor(rand() * 3);
    for (let s = 0; s < sections; s++) {
      parts.push(`## ${capital(phrase(own, 3 + Math.floor(rand() * 3)))}`, '', paragraph(own), '');
      if (s === 1 && rand() < 0.4) {
        for (let item = 1; item <= 4; item++) parts.push(`${item}. **${capital(phrase(own, 3))}**: ${sentence(own)}`);
        parts.push('');
      }
      if (rand() < 0.5) parts.push(paragraph(own), '');
    }
    parts.push(`${pick(CLOSERS)} ${paragraph(own)}`, '');
    return { name: `${String(i).padStart(5, '0')}.md`, text: parts.join('\n') };
  });
}

/** Pronounceable invented words, never the same twice (from one generator). */
function inventor(rand: () => number): () => string {
  const onsets = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'kr', 'tr', 'st', 'sh', 'th'];
  const vowels = ['a', 'e', 'i', 'o', 'u', 'ai', 'ou'];
  const codas = ['', '', 'n', 'r', 'l', 'm', 'x'];
  const seen = new Set<string>();
  return () => {
    for (;;) {
      const syllables = 2 + Math.floor(rand() * 3);
      let word = '';
      for (let s = 0; s < syllables; s++) word += onsets[Math.floor(rand() * onsets.length)]! + vowels[Math.floor(rand() * vowels.length)]!;
      word += codas[Math.floor(rand() * codas.length)]!;
      // Endings that would read as a verb or adverb ("-ed", "-ly"…) are avoided: these are nouns.
      if (seen.has(word) || /(?:ed|ly|ize|ise|ing|ify)$/.test(word)) continue;
      seen.add(word);
      return word;
    }
  };
}

function realVocabulary(): string[] {
  const words = new Set<string>();
  for (const file of readdirSync(CONTENT).sort()) {
    for (const word of readFileSync(path.join(CONTENT, file), 'utf8').toLowerCase().match(/\p{L}{3,}/gu) ?? []) words.add(word);
  }
  return [...words].sort();
}
