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

function realVocabulary(): string[] {
  const words = new Set<string>();
  for (const file of readdirSync(CONTENT).sort()) {
    for (const word of readFileSync(path.join(CONTENT, file), 'utf8').toLowerCase().match(/\p{L}{3,}/gu) ?? []) words.add(word);
  }
  return [...words].sort();
}
