/**
 * What a reader or an editor notices of the chosen content (issue 11), on the five articles, on
 * three unseen articles written in the series' style (test/fixtures/articles/) and on generated
 * articles: one summary never shows a statement twice; only complete statements are shown; the
 * abstract says what the topic is; key points follow the structure; themes hold up; related
 * topics and keywords are worth showing; undescribed images stay off cards; front matter
 * overrides, checked with file:line:col; the review page escapes everything.
 */
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { RELATED_MIN_SCORE, RELATED_PER_ARTICLE } from '../../packages/cli/src/corpus.js';
import { topicOf } from '../../packages/cli/src/extract/abstract.js';
import { DUPLICATE, FRAMING_HEADING } from '../../packages/cli/src/extract/pillars.js';
import { judge, redundancy, stemsOf } from '../../packages/cli/src/extract/sentences.js';
import { splitSentences } from '../../packages/cli/src/extract/text.js';
import { MAX_THEMES } from '../../packages/cli/src/extract/themes.js';
import { reviewPage, reviewText } from '../../packages/cli/src/review/render.js';
import { main } from '../../packages/cli/src/cli.js';
import type { ArticleRecord } from '../../src/schema/dataset.js';
import { buildArticle, buildMarkdown, summarise, tempDir } from './helpers.js';

async function markdownIn(dir: string): Promise<Record<string, string>> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.md')).sort();
  return Object.fromEntries(await Promise.all(names.map(async (name) => [name, await readFile(path.join(dir, name), 'utf8')] as const)));
}

const seeds = await markdownIn('content/articles');
const unseen = await markdownIn('test/fixtures/articles');
const built = buildMarkdown({ ...seeds, ...unseen });
const articles = built.articles;
const byId = (id: string) => articles.find((a) => a.id === id)!;

/** What <article-summary> shows of a topic, every statement of it. */
function statements(article: ArticleRecord) {
  const { summary, pillars } = article;
  return [
    { name: 'abstract', text: summary.abstract },
    ...summary.sentences.map((s) => ({ name: `summary ${s.rank}`, text: s.text })),
    // A point whose text would repeat another statement shows its label alone.
    ...pillars.flatMap((p, i) => (p.text === '' ? [] : [{ name: `key point ${i + 1}`, text: p.text }])),
    ...(summary.conclusion ? splitSentences(summary.conclusion, 'en').map((text) => ({ name: 'conclusion', text })) : []),
  ];
}

/** Fails if any two statements of one summary say the same thing (exactly or nearly). */
function assertNoRepeats(article: ArticleRecord): void {
  const all = statements(article);
  const ignore = topicOf(article.name, article.lang).stems;
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      if (all[i]!.name === 'conclusion' && all[j]!.name === 'conclusion') continue;
      const similarity = redundancy(stemsOf(all[i]!.text, 'en'), stemsOf(all[j]!.text, 'en'), ignore);
      assert.ok(
        all[i]!.text !== all[j]!.text && similarity < DUPLICATE,
        `${article.id}: ${all[i]!.name} and ${all[j]!.name} say the same thing (${similarity.toFixed(2)}):\n  ${all[i]!.text}\n  ${all[j]!.text}`,
      );
    }
  }
}

/** Fails unless a summary sentence is a complete statement a reader can take on its own. */
function assertStandsAlone(text: string, where: string): void {
  assert.equal(judge(text, 'paragraph', true), undefined, `${where}: ${text}`);
  assert.match(text, /^[\p{Lu}\p{N}"“]/u, `${where} starts lower-case: ${text}`);
  assert.match(text, /[.!]["”’)]*$/u, `${where} is not a statement: ${text}`);
  assert.doesNotMatch(text, /^(?:it|this|these|they|such|also)\b/iu, `${where} points back: ${text}`);
}

describe('one summary never shows the same statement twice', () => {
  for (const article of articles) {
    it(`${article.id}: abstract, summary sentences, key points and conclusion all differ`, () => assertNoRepeats(article));
  }

  it('the summary sentences repeat no key point in the articles where they used to', () => {
    for (const id of ['air-defense-cooperation', 'technological-exchange-programs', 'defense-attaches']) {
      const a = byId(id);
      const points = new Set(a.pillars.map((p) => p.text));
      assert.deepEqual(a.summary.sentences.filter((s) => points.has(s.text)), [], id);
      assert.ok(!a.summary.sentences.some((s) => s.text === a.summary.abstract), id);
    }
  });
});

describe('only complete statements are shown as summary sentences', () => {
  for (const article of articles) {
    it(`${article.id}: no question, lead-in, list fragment or sentence pointing back`, () => {
      for (const s of article.summary.sentences) assertStandsAlone(s.text, `${article.id} summary ${s.rank}`);
    });
  }

  it('leaves out what the unseen article offers to trip it: a question, a lead-in with its list, "It…", "This…", "Such…"', () => {
    const texts = byId('joint-border-patrols').summary.sentences.map((s) => s.text);
    for (const bad of [
      'Who commands a joint patrol when it crosses from one sector into another?',
      'Why should a nation invite foreign soldiers to its own border?',
      'A joint patrol follows a cycle that the partners agree in advance:',
      'running the exercise',
      'It turns two partial pictures of the frontier into one.',
      'This arrangement keeps sovereignty intact and still lets the patrol act as one unit.',
      'Such training also builds the personal trust on which joint missions rest.',
    ]) {
      assert.ok(!texts.includes(bad), `shown: ${bad}`);
    }
    const evidence = byId('joint-border-patrols').evidence.summary.sentences;
    const reasonOf = (start: string) => evidence.find((s) => s.text.startsWith(start))?.reason;
    assert.match(reasonOf('Who commands')!, /question/);
    assert.match(reasonOf('A joint patrol follows')!, /lead-in/);
    assert.match(reasonOf('running the exercise')!, /list item/);
    assert.match(reasonOf('It turns')!, /points back/);
  });

  it('a bare "The objective is…" points back (the objective of what?); one that names its subject stands alone', () => {
    for (const text of ['The objective is twofold: to learn the rules and to build ties.', 'The aim was simple, and the partners agreed on it early.', 'The results are visible in every joint exercise.']) {
      assert.equal(judge(text, 'paragraph', true), 'points-back', text);
    }
    for (const text of ['The objective of a joint exercise is to test how two forces work together.', 'The Defense Attaché reports to the ministry at home.']) {
      assert.equal(judge(text, 'paragraph', true), undefined, text);
    }
    const shown = byId('defense-attaches').summary.sentences.map((s) => s.text);
    assert.ok(shown.length > 0 && !shown.some((text) => /^The objective is\b/.test(text)), 'Defense Attachés no longer shows "The objective is twofold: …"');
  });
});

describe('the abstract says what the topic is', () => {
  const expected: Record<string, RegExp> = {
    'air-defense-cooperation': /^Air Defense Cooperation involves collaborating/,
    'defense-attaches': /^A Defense Attaché operates as a mediator/,
    'defense-technology-exchanges': /^Essentially, Defense Technology Exchanges imply a process/,
    'military-training-diplomacy': /^Military Training Diplomacy is an approach/,
    'technological-exchange-programs': /^Technological exchange programs are strategic initiatives/,
    // Not the side detail of its lead (the host countries), but the definition.
    'joint-border-patrols': /^Joint Border Patrols are coordinated missions/,
    'joint-defense-production': /^Joint Defense Production is the practice/,
    'naval-port-visits': /^Naval Port Visits are planned calls/,
  };
  for (const [id, pattern] of Object.entries(expected)) {
    it(`${id}: the definition, not a scene-setting opener`, () => {
      const a = byId(id);
      assert.match(a.summary.abstract, pattern);
      assert.equal(a.evidence.abstract.rule, 'definition');
      assert.doesNotMatch(a.summary.abstract, /^(?:Within|In) the (?:ambit|milieu|realm|broad spectrum)/);
      assert.equal(built.index!.topics.find((t) => t.id === id)!.abstract, a.summary.abstract);
    });
  }

  it('position is a tie-breaker, not the decider: a definition later in the article wins over the first sentence', () => {
    const a = buildArticle(
      '# Radar Sharing: Seeing Further Together\n\nAcross the region, skies are busy and borders are long. Many air forces watch them alone.\n\n## What It Is\n\nRadar Sharing is the exchange of live radar tracks between the air forces of partner nations.\n\n## Costs\n\nSecure links between air forces cost money that partners must find.\n',
    );
    assert.match(a.summary.abstract, /^Radar Sharing is the exchange/);
  });
});

describe('key points follow the article’s structure', () => {
  it('the subsections of the unseen article are its points, its framing sections are not', () => {
    const a = byId('joint-border-patrols');
    assert.deepEqual(a.pillars.map((p) => [p.label, p.rule]), [
      ['Command and Control', 'subsection'],
      ['Shared Intelligence', 'subsection'],
      ['Common Training', 'subsection'],
    ]);
    assert.deepEqual(a.evidence.pillars.framingSections, ['Introduction', 'Looking Ahead']);
  });

  it('question headings become clean labels', () => {
    assert.deepEqual(byId('naval-port-visits').pillars.map((p) => p.label), ['What Happens During a Visit', 'Why Navies Send Ships Abroad', 'Examples from the Muslim World']);
    assert.equal(byId('air-defense-cooperation').pillars[1]!.label, 'Why Air Defense Cooperation Is Imperative');
  });

  for (const article of articles) {
    it(`${article.id}: labels without "?" or a trailing colon, texts capitalised sentences, no framing section`, () => {
      assert.ok(article.pillars.length >= 2, `${article.pillars.length} points`);
      for (const p of article.pillars) {
        assert.doesNotMatch(p.label, /[?:：]\s*$/u, p.label);
        assert.doesNotMatch(p.label, FRAMING_HEADING, p.label);
        assert.match(p.text, /^[\p{Lu}\p{N}"“]/u, p.text);
        assert.doesNotMatch(p.text, /[?:]$/u, p.text);
      }
    });
  }

  it('labelled items that start lower-case are capitalised', () => {
    assert.deepEqual(byId('joint-defense-production').pillars.map((p) => p.text.slice(0, 20)), ['The partner builds a', 'Engineers from both ', 'Each partner makes t']);
  });
});

describe('themes hold up', () => {
  for (const article of articles) {
    it(`${article.id}: at most ${MAX_THEMES}, each above the minimum score, with its evidence in the article record`, () => {
      const { themes, evidence } = article;
      assert.ok(themes.length >= 1 && themes.length <= MAX_THEMES, themes.map((t) => t.id).join());
      for (const theme of themes) {
        const found = evidence.themes.candidates.find((c) => c.id === theme.id)!;
        assert.ok(found.chosen && found.score >= evidence.themes.minScore, `${theme.id} ${found.score}`);
        assert.ok(found.phrases.length + found.terms.length > 0, `${theme.id} has no evidence`);
      }
      assert.ok(evidence.themes.candidates.filter((c) => !c.chosen).every((c) => c.score < evidence.themes.minScore || themes.length === MAX_THEMES));
    });
  }

  it('an article plainly about defense diplomacy gets that theme without the phrase', () => {
    assert.doesNotMatch(unseen['naval-port-visits.md']!, /defen[cs]e diplomacy/i);
    const a = byId('naval-port-visits');
    assert.deepEqual(a.themes.map((t) => t.id), ['defense-diplomacy']);
    const evidence = a.evidence.themes.candidates.find((c) => c.id === 'defense-diplomacy')!;
    assert.deepEqual(evidence.phrases, []);
    assert.ok(evidence.terms.some((t) => t.term === 'diplomats'));
  });

  it('an article about joint production gets themes from its vocabulary', () => {
    assert.deepEqual(byId('joint-defense-production').themes.map((t) => t.id).sort(), ['economic-prosperity', 'international-cooperation']);
  });

  it('a single passing phrase does not make a theme', () => {
    // "solidifying their defense strategies", once, in the closing statement.
    assert.ok(!byId('technological-exchange-programs').themes.some((t) => t.id === 'defense-strategy'));
  });
});

describe('related topics and keywords', () => {
  it(`related topics score at least ${RELATED_MIN_SCORE}, at most ${RELATED_PER_ARTICLE}`, () => {
    for (const a of articles) {
      assert.ok(a.related.length <= RELATED_PER_ARTICLE);
      assert.ok(a.related.every((r) => r.score >= RELATED_MIN_SCORE), a.id);
    }
  });

  it('keywords: no everyday or corpus-common word, phrases before their parts, each as written in the article', () => {
    const five = buildMarkdown(seeds).articles;
    for (const a of five) {
      const text = JSON.stringify([a.lead, a.sections]).toLowerCase();
      for (const keyword of a.keywords) {
        assert.ok(!['work', 'role', 'home', 'active', 'every', 'nations', 'defense', 'islamic'].includes(keyword), `${a.id}: ${keyword}`);
        assert.ok(text.includes(keyword.replace(/['’]s$/u, '')), `${a.id}: "${keyword}" is not written in the article`);
        for (const other of a.keywords) if (other !== keyword) assert.ok(!` ${other} `.includes(` ${keyword} `), `${a.id}: "${keyword}" is part of "${other}"`);
      }
      // A single word found in more than half of the articles is common to them.
      for (const keyword of a.keywords.filter((k) => !k.includes(' '))) {
        const inArticles = five.filter((b) => JSON.stringify(b.sections).toLowerCase().includes(keyword)).length;
        assert.ok(inArticles <= five.length / 2 + 1, `${a.id}: "${keyword}" is in ${inArticles} articles`);
      }
    }
    assert.ok(five.find((a) => a.id === 'air-defense-cooperation')!.keywords.includes('air defense cooperation'), five[0]!.keywords.join());
  });
});

describe('images whose alt text says nothing stay off cards', () => {
  it('"Image", "photo" and a file name: not offered, with a file:line warning saying how to fix it', () => {
    for (const id of ['defense-technology-exchanges', 'joint-border-patrols', 'naval-port-visits']) {
      assert.equal(built.index!.topics.find((t) => t.id === id)!.image, undefined, id);
    }
    const warnings = built.diagnostics.filter((d) => d.code === 'image-alt');
    assert.deepEqual(warnings.map((d) => `${d.file}:${d.line}:${d.column}`), [
      'articles/02-defense-technology-exchanges.md:3:1',
      'articles/02-defense-technology-exchanges.md:15:1',
      'articles/joint-border-patrols.md:3:1',
      'articles/naval-port-visits.md:5:1',
    ]);
    assert.match(warnings[3]!.message, /"IMG_2041\.jpg" does not describe the image, so cards do not offer it: .*front matter/);
  });

  it('a described image is offered; front matter can describe one that is not', () => {
    const described = buildMarkdown({ 'a.md': '# A: t\n\n![Two frigates at anchor in a harbour](https://example.org/f.jpg)\n\nText about frigates.\n' });
    assert.equal(described.index!.topics[0]!.image?.alt, 'Two frigates at anchor in a harbour');
    const curated = buildMarkdown({
      'a.md': '---\nimages:\n  - src: https://example.org/f.jpg\n    alt: Two frigates at anchor\n---\n# A: t\n\n![Image](https://example.org/f.jpg)\n\nText about frigates.\n',
    });
    assert.deepEqual(summarise(curated), []);
    assert.deepEqual(curated.index!.topics[0]!.image, { src: 'https://example.org/f.jpg', alt: 'Two frigates at anchor' });
    assert.equal(curated.articles[0]!.evidence.images[0]!.altRule, 'front-matter');
  });
});

describe('editors stay in charge: front matter overrides, checked', () => {
  const body = '# Radar Sharing: t\n\nRadar Sharing is the exchange of radar tracks between partner air forces.\n\nPartner air forces see aircraft long before they reach the border.\n\n## Costs\n\nSecure links between partners cost money that both must find.\n';

  it('overrides the summary sentences (quoted), key points, themes, related topics and image alt text', () => {
    const result = buildMarkdown({
      'radar.md': `---\nsummary:\n  abstract: Partner air forces share what their radars see.\n  sentences:\n    - Secure links between partners cost money that both must find.\nthemes: [Defense Diplomacy]\npillars:\n  - label: Reach\n    text: Each partner sees further.\nrelated: [naval-drills]\n---\n${body}`,
      'naval.md': '# Naval Drills: t\n\nNaval Drills are exercises that navies hold together.\n',
    });
    assert.deepEqual(summarise(result), []);
    const a = result.articles.find((x) => x.id === 'radar-sharing')!;
    assert.equal(a.summary.abstract, 'Partner air forces share what their radars see.');
    assert.deepEqual(a.summary.sentences.map((s) => s.text), ['Secure links between partners cost money that both must find.']);
    assert.deepEqual(a.themes.map((t) => t.id), ['defense-diplomacy']);
    assert.deepEqual(a.pillars, [{ label: 'Reach', text: 'Each partner sees further.', rule: 'front-matter' }]);
    assert.deepEqual(a.related.map((r) => r.id), ['naval-drills']);
    assert.deepEqual([a.evidence.abstract.rule, a.evidence.summary.rule, a.evidence.themes.rule, a.evidence.related.rule], ['front-matter', 'front-matter', 'front-matter', 'front-matter']);
  });

  it('refuses, all together and each at its file:line:col, a sentence not in the article, an unknown related topic and an image it does not have', () => {
    const result = buildMarkdown({
      'radar.md': `---\nsummary:\n  sentences:\n    - Secure links between partners cost money that both must find.\n    - Radars never sleep.\nrelated: [radar-sharing, nowhere]\nimages:\n  - src: https://example.org/none.jpg\n    alt: A radar dish\n---\n${body}`,
    });
    assert.deepEqual(summarise(result), [
      'articles/radar.md:5:7 error front-matter-quote',
      'articles/radar.md:6:11 error front-matter-related',
      'articles/radar.md:6:26 error front-matter-related',
      'articles/radar.md:8:10 error front-matter-image',
    ]);
    assert.equal(result.files.size, 0);
    const messages = result.diagnostics.map((d) => d.message).join('\n');
    assert.match(messages, /"summary\.sentences\.1" is not a sentence of the article: "Radars never sleep\." was not found; quote the article exactly/);
    assert.match(messages, /"related" names this article itself/);
    assert.match(messages, /related topic "nowhere" is not an article of this build/);
    assert.match(messages, /"images\.0\.src" is not an image of this article/);
  });
});

describe('the review view', () => {
  it('shows each topic’s fields beside their rule and evidence, as HTML or text, the same bytes every time', async () => {
    const page = reviewPage(articles);
    assert.equal(page, reviewPage(articles));
    assert.match(page, /^<!doctype html><html lang="en">/);
    for (const a of articles) assert.ok(page.includes(`id="topic-${a.id}"`), a.id);
    assert.match(page, /names the topic as its subject and defines it/);
    assert.match(page, /a ### subsection/);
    assert.match(page, /says nothing: not offered to cards/);
    const text = reviewText([byId('naval-port-visits')]);
    assert.match(text, /abstract \[definition\]: Naval Port Visits are planned calls/);
    assert.match(text, /✓ Defense Diplomacy: 0\.\d+ \(phrases 0\.00, similarity 0\.\d+\)/);
  });

  it('escapes a hostile article: no markup, script or unsafe link gets through', async () => {
    const hostile = [
      '# &lt;script&gt;alert(1)&lt;/script&gt; Patrols: &quot;&gt;&lt;img src=x onerror=alert(2)&gt;',
      '',
      '&lt;script&gt;alert(3)&lt;/script&gt; Patrols are missions that &lt;b onmouseover="alert(4)"&gt;watch&lt;/b&gt; a border together.',
      '',
      '![&quot; onload=&quot;alert(5)](https://example.org/a.jpg?x="><script>alert(6)</script>)',
      '',
      '## Why &lt;iframe src=javascript:alert(7)&gt;?',
      '',
      'Patrols of partner nations share what they see at the border every day.',
      '',
      '- **&lt;svg onload=alert(8)&gt;:** partners train on the same radar consoles.',
      '- **Second:** partners rotate command of the patrol every month.',
      '',
    ].join('\n');
    const dir = await tempDir();
    const articlesDir = path.join(dir, 'articles');
    await (await import('node:fs/promises')).mkdir(articlesDir);
    await (await import('node:fs/promises')).writeFile(path.join(articlesDir, 'hostile.md'), hostile);
    const out = path.join(dir, 'review.html');
    let stderr = '';
    const code = await main(['review', articlesDir, '--out', out, '-q'], { out: () => {}, err: (t) => (stderr += t) });
    assert.equal(code, 0, stderr);
    const page = await readFile(out, 'utf8');
    // Parsed as a browser would: only the page's own elements and attributes, the payloads as text.
    const { parse } = await import('parse5');
    const elements: { tagName: string; attrs: { name: string; value: string }[] }[] = [];
    const texts: string[] = [];
    const walk = (node: { nodeName: string; tagName?: string; attrs?: { name: string; value: string }[]; value?: string; childNodes?: unknown[] }) => {
      if (node.tagName) elements.push({ tagName: node.tagName, attrs: node.attrs ?? [] });
      if (node.nodeName === '#text') texts.push(node.value!);
      for (const child of (node.childNodes ?? []) as (typeof node)[]) walk(child);
    };
    walk(parse(page) as never);
    const allowed = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'main', 'h1', 'h2', 'h3', 'p', 'nav', 'ul', 'ol', 'li', 'a', 'section', 'span', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'details', 'summary']);
    for (const element of elements) {
      assert.ok(allowed.has(element.tagName), `element <${element.tagName}> in the page`);
      for (const { name, value } of element.attrs) {
        assert.doesNotMatch(name, /^on/i, `event handler attribute ${name}`);
        if (name === 'href') assert.match(value, /^(?:#topic-|https?:\/\/)/, value);
      }
    }
    const shown = texts.join(' ');
    for (const payload of ['<script>alert(1)</script> Patrols', '"><img src=x onerror=alert(2)>', '<b onmouseover="alert(4)">watch</b>', '<svg onload=alert(8)>']) {
      assert.ok(shown.includes(payload), `${payload} is not shown as text`);
    }
  });
});

describe('on generated articles (fast-check)', () => {
  const word = fc.constantFrom('radar', 'crews', 'partner', 'navies', 'border', 'drills', 'officers', 'ships', 'training', 'air', 'forces', 'command', 'links', 'exercises', 'patrols');
  const clause = fc.array(word, { minLength: 5, maxLength: 10 }).map((w) => w.join(' '));
  const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const sentence = fc.oneof(
    { weight: 4, arbitrary: clause.map((c) => `${capital(c)}.`) },
    clause.map((c) => `Why do ${c}?`),
    clause.map((c) => `It ${c}.`),
    clause.map((c) => `Such ${c}.`),
    clause.map((c) => `${capital(c)} as follows:`),
  );
  const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));
  const list = fc.array(fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => `- ${w.join(' ')}`), { minLength: 2, maxLength: 4 }).map((items) => items.join('\n'));
  const labelled = fc.array(fc.tuple(clause, clause), { minLength: 2, maxLength: 4 }).map((items) => items.map(([l, t], i) => `${i + 1}. **${capital(l.split(' ').slice(0, 2).join(' '))}:** ${t}.`).join('\n'));
  const heading = fc.oneof(clause.map((c) => capital(c.split(' ').slice(0, 3).join(' '))), clause.map((c) => `Why is ${c.split(' ').slice(0, 3).join(' ')}?`), fc.constantFrom('Introduction', 'Looking Ahead', 'Conclusion'));
  const section = fc.tuple(heading, fc.array(fc.oneof(paragraph, list, labelled, fc.tuple(heading, paragraph).map(([h, p]) => `### ${h}\n\n${p}`)), { minLength: 1, maxLength: 4 })).map(([h, blocks]) => `## ${h}\n\n${blocks.join('\n\n')}`);
  const article = fc.tuple(paragraph, fc.array(section, { minLength: 1, maxLength: 5 }), fc.boolean()).map(
    ([lead, sections, closing]) => `# Radar Patrols: Generated\n\nRadar Patrols are missions of partner navies. ${lead}\n\n${sections.join('\n\n')}\n${closing ? '\nIn conclusion, crews of both fleets learn to trust each other at sea.\n' : ''}`,
  );

  it('never repeat a statement, show only complete statements, keep labels clean and themes few', () => {
    fc.assert(
      fc.property(article, (markdown) => {
        const result = buildMarkdown({ 'a.md': markdown });
        assert.deepEqual(result.diagnostics.filter((d) => d.severity === 'error'), [], markdown);
        const a = result.articles[0]!;
        assertNoRepeats(a);
        for (const s of a.summary.sentences) assertStandsAlone(s.text, `summary ${s.rank} of\n${markdown}\n`);
        for (const p of a.pillars) {
          assert.doesNotMatch(p.label, /[?:]\s*$/u, p.label);
          assert.doesNotMatch(p.label, FRAMING_HEADING, p.label);
          if (p.text !== '') assert.match(p.text, /^\P{Ll}/u, p.text);
        }
        assert.ok(a.themes.length <= MAX_THEMES);
        assert.ok(!/[?:]$/u.test(a.summary.abstract), a.summary.abstract);
      }),
      { numRuns: 150 },
    );
  });
});
