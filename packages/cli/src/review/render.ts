/**
 * The review view for editors: each topic's extracted fields beside the rule and the evidence that
 * chose them, read from the full article records (their `evidence`). Built as a syntax tree
 * (hastscript) and serialised by hast-util-to-html, which escapes every text and attribute: the
 * article text is untrusted and never becomes markup. Only http(s) URLs become links or images'
 * addresses. Browser-safe (no Node imports), so Storybook's "Dataset review" page uses it too.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { type ArticleRecord, isSafeHttpUrl } from '../schema.js';


const ABSTRACT_RULES: Record<ArticleRecord['evidence']['abstract']['rule'], string> = {
  definition: 'names the topic as its subject and defines it ("X is…", "X involves…")',
  'topic-subject': 'has the topic as its subject and says what it does',
  'names-topic': 'names the topic (no sentence defines it)',
  'opening-statement': 'the article\'s first sentence that stands alone (no sentence defines the topic or has it as its subject)',
  'best-ranked': 'the most central sentence that stands alone (none names the topic)',
  'first-sentence': 'the first sentence (no sentence stands alone)',
  'front-matter': 'written by an editor in front matter',
};

const PILLAR_RULES: Record<ArticleRecord['pillars'][number]['rule'], string> = {
  'labelled-list': 'an item of the bold-labelled list',
  subsection: 'a ### subsection',
  section: 'a section',
  'front-matter': 'set in front matter',
};

const CONCLUSION_RULES: Record<NonNullable<ArticleRecord['summary']['conclusionRule']>, string> = {
  marker: 'the paragraph opening with a closing marker ("In conclusion", "To sum it up"…)',
  'last-paragraph': 'the last paragraph (no closing marker)',
  'front-matter': 'written by an editor in front matter',
};

export const REVIEW_STYLES = `
.dt-review { font: 15px/1.5 system-ui, sans-serif; color: #1a1a1a; background: #fff; max-width: 72rem; margin: 0 auto; padding: 1rem; }
.dt-review h1 { font-size: 1.6rem; }
.dt-review h2 { font-size: 1.3rem; border-block-start: 2px solid #444; padding-block-start: 1rem; margin-block-start: 2.5rem; }
.dt-review h3 { font-size: 1.05rem; margin-block: 1.5rem 0.4rem; }
.dt-review table { border-collapse: collapse; inline-size: 100%; margin-block: 0.5rem; }
.dt-review th, .dt-review td { border: 1px solid #bbb; padding: 0.3rem 0.5rem; text-align: start; vertical-align: top; }
.dt-review th { background: #eee; }
.dt-review .rule { color: #333; font-style: italic; }
.dt-review .chosen { background: #e7f4e4; }
.dt-review .status { white-space: nowrap; }
.dt-review .muted { color: #4a4a4a; }
`;

/** The whole review as a standalone HTML page. */
export function reviewPage(articles: readonly ArticleRecord[], title = 'Dataset review'): string {
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'en' }, [
        h('head', [h('meta', { charset: 'utf-8' }), h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }), h('title', title), h('style', REVIEW_STYLES)]),
        h('body', [reviewTree(articles, title)]),
      ]),
    ],
  };
  return toHtml(tree);
}

/** The review as an HTML fragment (a `<main class="dt-review">`), its styles in REVIEW_STYLES. */
export function reviewFragment(articles: readonly ArticleRecord[], title = 'Dataset review'): string {
  return toHtml(reviewTree(articles, title));
}

function reviewTree(articles: readonly ArticleRecord[], title: string): Element {
  return h('main', { className: ['dt-review'] }, [
    h('h1', title),
    h('p', `${articles.length} topic${articles.length === 1 ? '' : 's'}: each field the generator chose, beside the rule and the evidence that chose it. Front matter overrides any of them (see the README).`),
    h(
      'nav',
      { ariaLabel: 'Topics' },
      h(
        'ul',
        articles.map((article) => h('li', h('a', { href: `#topic-${article.id}` }, article.name))),
      ),
    ),
    ...articles.map(topicSection),
  ]);
}

function topicSection(article: ArticleRecord): Element {
  const { summary, evidence } = article;
  const text = (value: string) => h('span', { lang: article.lang, dir: article.dir }, value);
  return h('section', { id: `topic-${article.id}`, ariaLabelledBy: `heading-${article.id}` }, [
    h('h2', { id: `heading-${article.id}` }, text(article.name)),
    article.tagline ? h('p', text(article.tagline)) : null,
    h('p', { className: ['muted'] }, `${article.source.path} · ${article.wordCount} words · id ${article.id}`),

    h('h3', 'Abstract'),
    fieldTable([[text(summary.abstract), rule(ABSTRACT_RULES[evidence.abstract.rule])]]),

    h('h3', 'Summary sentences'),
    h('p', { className: ['rule'] }, evidence.summary.rule === 'front-matter'
      ? 'Quoted by an editor in front matter.'
      : 'Chosen by maximal marginal relevance over TextRank centrality: the most central sentences that stand alone, none repeating the abstract, a key point, the conclusion or another. The widget shows ranks 1 to n (3 by default).'),
    summary.sentences.length > 0
      ? h('ol', [...summary.sentences].sort((a, b) => a.rank - b.rank).map((s) => h('li', text(s.text))))
      : h('p', 'None.'),
    h('details', [
      h('summary', `Every sentence considered (${evidence.summary.sentences.length}), with why it was or was not chosen`),
      h('table', [
        h('thead', h('tr', [h('th', { scope: 'col' }, 'Sentence'), h('th', { scope: 'col' }, 'Centrality'), h('th', { scope: 'col' }, 'Status'), h('th', { scope: 'col' }, 'Why')])),
        h(
          'tbody',
          evidence.summary.sentences.map((s) =>
            h('tr', { className: ['abstract', 'summary', 'key-point'].includes(s.status) ? ['chosen'] : [] }, [
              h('td', text(s.text)),
              h('td', s.centrality.toFixed(2)),
              h('td', { className: ['status'] }, s.status),
              h('td', s.reason ?? ''),
            ]),
          ),
        ),
      ]),
    ]),

    h('h3', 'Key points'),
    article.pillars.length > 0
      ? h('table', [
          h('thead', h('tr', [h('th', { scope: 'col' }, 'Label'), h('th', { scope: 'col' }, 'Text'), h('th', { scope: 'col' }, 'Rule')])),
          h(
            'tbody',
            article.pillars.map((p) => h('tr', [h('td', text(p.label)), h('td', text(p.text)), h('td', rule(`${PILLAR_RULES[p.rule]}${p.sectionId ? ` (section ${p.sectionId})` : ''}`))])),
          ),
        ])
      : h('p', 'None.'),
    evidence.pillars.framingSections.length > 0 ? h('p', ['Framing sections, not points: ', text(evidence.pillars.framingSections.join(', '))]) : null,

    h('h3', 'Conclusion'),
    summary.conclusion ? fieldTable([[text(summary.conclusion), rule(CONCLUSION_RULES[summary.conclusionRule ?? 'last-paragraph'])]]) : h('p', 'None.'),

    h('h3', 'Themes'),
    h('p', { className: ['rule'] }, evidence.themes.rule === 'front-matter'
      ? 'Set in front matter; the generator’s own scores below.'
      : `A theme needs a score of at least ${evidence.themes.minScore}; at most ${evidence.themes.maxThemes} per topic, the highest first.`),
    h('p', ['Chosen: ', article.themes.length > 0 ? article.themes.map((t) => t.label).join(', ') : 'none']),
    h('table', [
      h('thead', h('tr', ['Theme', 'Score', 'Phrase score', 'Similarity', 'Phrases found', 'Vocabulary found', 'Chosen'].map((heading) => h('th', { scope: 'col' }, heading)))),
      h(
        'tbody',
        evidence.themes.candidates.map((c) =>
          h('tr', { className: c.chosen ? ['chosen'] : [] }, [
            h('td', c.label),
            h('td', c.score.toFixed(3)),
            h('td', c.phraseScore.toFixed(2)),
            h('td', c.similarity.toFixed(3)),
            h('td', c.phrases.map((p) => `“${p.phrase}” ×${p.count}${p.inTitle ? ' (title)' : ''}${p.inConclusion ? ' (conclusion)' : ''}`).join(', ')),
            h('td', c.terms.map((t) => `${t.term} ×${t.count}`).join(', ')),
            h('td', c.chosen ? 'yes' : 'no'),
          ]),
        ),
      ),
    ]),

    h('h3', 'Related topics'),
    h('p', { className: ['rule'] }, evidence.related.rule === 'front-matter'
      ? 'Set in front matter.'
      : `Content similarity (cosine of TF-IDF word vectors) of at least ${evidence.related.minScore}, at most four.`),
    h('p', [
      article.related.length > 0 ? article.related.map((r) => `${r.id} (${r.score})`).join(', ') : 'None.',
      evidence.related.belowMinimum.length > 0 ? ` Below the minimum: ${evidence.related.belowMinimum.map((r) => `${r.id} (${r.score})`).join(', ')}.` : '',
    ]),

    h('h3', 'Keywords'),
    h('p', article.keywords.length > 0 ? text(article.keywords.join(', ')) : 'None.'),

    h('h3', 'Images'),
    article.images.length > 0
      ? h('table', [
          h('thead', h('tr', ['Image', 'Alt text', 'Alt text rule', 'Offered to cards'].map((heading) => h('th', { scope: 'col' }, heading)))),
          h(
            'tbody',
            article.images.map((image, index) => {
              const about = evidence.images[index];
              return h('tr', [
                h('td', link(image.src, `line ${image.line}, column ${image.column}`)),
                h('td', text(image.alt || '(none)')),
                h('td', about?.altRule === 'undescribed' ? 'says nothing: not offered to cards' : (about?.altRule ?? '')),
                h('td', about?.onCard ? 'yes' : 'no'),
              ]);
            }),
          ),
        ])
      : h('p', 'None.'),
  ]);
}

function fieldTable(rows: [ElementContent | string, ElementContent | string][]): Element {
  return h('table', [
    h('thead', h('tr', [h('th', { scope: 'col' }, 'Chosen'), h('th', { scope: 'col' }, 'Rule')])),
    h('tbody', rows.map(([value, why]) => h('tr', [h('td', value), h('td', why)]))),
  ]);
}

function rule(text: string): Element {
  return h('span', { className: ['rule'] }, text);
}

/** A link for an http(s) URL; anything else is shown as text, never as a link. */
function link(url: string, label: string): Element {
  return isSafeHttpUrl(url) ? h('a', { href: url, rel: 'noopener noreferrer nofollow' }, label) : h('span', `${label} (${url})`);
}

/** A plain-text report: the same fields and rules, for a terminal or CI log. */
export function reviewText(articles: readonly ArticleRecord[]): string {
  const lines: string[] = [];
  for (const article of articles) {
    const { summary, evidence } = article;
    lines.push(`# ${article.name} (${article.source.path})`, '');
    lines.push(`abstract [${evidence.abstract.rule}]: ${summary.abstract}`);
    lines.push(`summary [${evidence.summary.rule}]:`);
    for (const s of [...summary.sentences].sort((a, b) => a.rank - b.rank)) lines.push(`  ${s.rank}. ${s.text}`);
    lines.push('key points:');
    for (const p of article.pillars) lines.push(`  - ${p.label}: ${p.text} [${p.rule}]`);
    if (evidence.pillars.framingSections.length > 0) lines.push(`  (framing, not points: ${evidence.pillars.framingSections.join(', ')})`);
    if (summary.conclusion) lines.push(`conclusion [${summary.conclusionRule}]: ${summary.conclusion}`);
    lines.push(`themes [${evidence.themes.rule}; min ${evidence.themes.minScore}, at most ${evidence.themes.maxThemes}]:`);
    for (const c of evidence.themes.candidates) {
      const phrases = c.phrases.map((p) => `"${p.phrase}"×${p.count}`).join(' ');
      const terms = c.terms.slice(0, 6).map((t) => `${t.term}×${t.count}`).join(' ');
      lines.push(`  ${c.chosen ? '✓' : ' '} ${c.label}: ${c.score.toFixed(3)} (phrases ${c.phraseScore.toFixed(2)}, similarity ${c.similarity.toFixed(3)}) ${phrases} ${terms}`.trimEnd());
    }
    lines.push(`related [${evidence.related.rule}; min ${evidence.related.minScore}]: ${article.related.map((r) => `${r.id} ${r.score}`).join(', ') || 'none'}`);
    lines.push(`keywords: ${article.keywords.join(', ') || 'none'}`);
    article.images.forEach((image, index) => lines.push(`image ${image.line}:${image.column} alt "${image.alt}" [${evidence.images[index]?.altRule}]${evidence.images[index]?.onCard ? ' on cards' : ''}`));
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
