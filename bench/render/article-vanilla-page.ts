/**
 * The floor: a hand-written custom element writing the same DOM as <topic-article> (ready state,
 * default settings: the whole article, no table of contents, heading level 3, English words)
 * into its shadow root, adopting the same two style sheets, with the same listeners (Copy link,
 * a broken image, the page's fragment), and no framework; its data from the same source.
 */
import { baseStyles } from '../../src/components/shared/base.styles.js';
import { isolate } from '../../src/components/shared/messages/format.js';
import { en } from '../../src/components/shared/messages/en.js';
import { withSeriesWords } from '../../src/components/shared/messages/en-series.js';
import { topicArticleStyles } from '../../src/components/topic-article/topic-article.styles.js';
import type { ArticleRecord, Block, InlineRun, ListBlock } from '../../src/schema/dataset.js';
import { isSafeHttpUrl } from '../../src/schema/safe-url.js';
import { domShape } from './dom-shape.js';
import { ARTICLES, memorySource } from './memory-source.js';

/** One constructed sheet per `css` block, shared by every article, as Lit adopts them. */
const sheets = [baseStyles, topicArticleStyles].map((styles) => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(styles.cssText);
  return sheet;
});
const source = memorySource({ article: window.BENCH_ARTICLE });
const words = withSeriesWords(en);
const LEVEL = 3;
const GENERIC_ALT = /^(image|img|picture|photo|graphic|figure)?\s*\d*$/i;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string>, ...children: (Node | string)[]) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function run(r: InlineRun): Node | string {
  let content: Node | string = r.text;
  if (r.code) content = el('code', {}, content);
  if (r.em) content = el('em', {}, content);
  if (r.strong) content = el('strong', {}, content);
  return r.href && isSafeHttpUrl(r.href) ? el('a', { href: r.href, rel: 'noopener noreferrer' }, content) : content;
}
const runs = (content: readonly InlineRun[]) => content.map(run);

/** The flat items as nested lists: an item one `depth` below the one before goes inside it (as topic-article's listTree). */
function list(block: ListBlock): HTMLElement {
  const top = el(block.ordered ? 'ol' : 'ul', block.ordered && block.start !== undefined ? { start: String(block.start) } : {});
  const open: HTMLElement[] = [top];
  for (const item of block.items) {
    const nested = !Array.isArray(item);
    const claimed = nested ? Math.trunc(Number(item.depth)) || 1 : 0;
    const depth = top.childElementCount === 0 ? 0 : Math.max(0, Math.min(claimed, open.length, 8));
    if (depth === open.length) {
      const inner = el(nested && item.ordered ? 'ol' : 'ul', {});
      open[depth - 1]!.lastElementChild!.append(inner);
      open.push(inner);
    }
    open.length = depth + 1;
    open[depth]!.append(el('li', {}, ...runs(nested ? item.content : item)));
  }
  return top;
}

const hideBrokenFigure = (event: Event) => {
  (event.target as Element).closest('figure')!.hidden = true;
};

function block(b: Block, level: number): Node | undefined {
  switch (b.type) {
    case 'paragraph':
      return el('p', {}, ...runs(b.content));
    case 'heading': {
      const below = Math.max(1, (Math.trunc(Number(b.level)) || 3) - 2);
      return el('div', { class: 'heading block-heading', part: 'block-heading', role: 'heading', 'aria-level': String(Math.min(6, level + below)) }, ...runs(b.content));
    }
    case 'list':
      return list(b);
    case 'quote':
      return el('blockquote', {}, ...blocks(b.blocks, level));
    case 'image': {
      const alt = String(b.alt ?? '').trim();
      if (GENERIC_ALT.test(alt) || !isSafeHttpUrl(b.src)) return undefined;
      // `loading` before `src`, as in the widget's template, so the image waits until it nears the screen.
      const img = el('img', { part: 'image', loading: 'lazy', decoding: 'async', referrerpolicy: 'no-referrer', src: b.src, alt });
      img.addEventListener('error', hideBrokenFigure);
      return el('figure', { part: 'figure' }, img, ...(b.title ? [el('figcaption', { part: 'caption' }, b.title)] : []));
    }
  }
  return undefined;
}
const blocks = (list: readonly Block[], level: number) => list.flatMap((b) => block(b, level) ?? []);

class VanillaArticle extends HTMLElement {
  rendered: Promise<void> = Promise.resolve();
  readonly #onHashChange = () => this.#follow();
  connectedCallback() {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = sheets;
    addEventListener('hashchange', this.#onHashChange);
    this.rendered = source.loadArticle(this.getAttribute('topic')!).then((record) => {
      this.render(root, record);
      this.#follow();
    });
  }
  disconnectedCallback() {
    removeEventListener('hashchange', this.#onHashChange);
  }
  /** The section the page's fragment names, if any: scrolled to, its heading focused (as the widget does). */
  #follow() {
    const fragment = location.hash.slice(1);
    const section = fragment ? this.shadowRoot!.querySelector<HTMLElement>(`section[id="${CSS.escape(fragment)}"]`) : null;
    section?.scrollIntoView({ block: 'start' });
    section?.querySelector<HTMLElement>('[part~="section-heading"]')?.focus({ preventScroll: true });
  }
  #copyLink(id: string) {
    const url = new URL(location.href);
    url.hash = id;
    void navigator.clipboard.writeText(url.href).catch(() => undefined);
  }
  render(root: ShadowRoot, record: ArticleRecord) {
    const level = Math.min(6, LEVEL + 1);
    const sections = record.sections.map((section) => {
      const id = `${record.id}--${section.id}`;
      const button = el('button', { type: 'button', class: 'copy-link', part: 'copy-link', 'aria-label': words.copyLinkTo(isolate(section.heading)), lang: 'en', dir: 'ltr' }, words.copyLink);
      button.addEventListener('click', () => this.#copyLink(id));
      return el(
        'section',
        { class: 'section', part: 'section', id },
        el('div', { class: 'section-head' }, el('div', { class: 'heading section-heading', part: 'section-heading', role: 'heading', 'aria-level': String(level), tabindex: '-1' }, section.heading), button),
        ...blocks(section.blocks, level),
      );
    });
    const { series } = record;
    const meta = el('p', { class: 'meta', part: 'meta', lang: 'en', dir: 'ltr' }, el('span', {}, words.readingTime(record.readingMinutes)), ...(series ? [el('span', { lang: 'en', dir: 'ltr' }, words.partOf(series.part, series.parts))] : []));
    const intro = el(
      'div',
      { class: 'intro' },
      el('div', { class: 'heading', part: 'heading', role: 'heading', 'aria-level': String(LEVEL) }, record.name),
      ...(record.tagline ? [el('p', { class: 'tagline', part: 'tagline' }, record.tagline)] : []),
      meta,
    );
    const lead = record.lead.length > 0 ? [el('div', { class: 'lead', part: 'lead' }, ...blocks(record.lead, LEVEL))] : [];
    const article = el('article', { class: 'article', part: 'article', lang: record.lang, dir: record.dir }, intro, ...lead, ...sections);
    root.replaceChildren(el('div', { part: 'base', class: 'root auto', 'aria-busy': 'false' }, article));
  }
}
customElements.define('vanilla-article', VanillaArticle);

const container = document.getElementById('articles')!;
const start = performance.now();
const articles: VanillaArticle[] = [];
for (let i = 0; i < ARTICLES; i++) {
  const article = document.createElement('vanilla-article') as VanillaArticle;
  article.setAttribute('topic', window.BENCH_ARTICLE.id);
  articles.push(article);
  container.append(article);
}
await Promise.all(articles.map((article) => article.rendered));
void container.offsetHeight;
window.tachometerResult = performance.now() - start;
if (location.search === '?check') window.benchShape = domShape(articles[0]!);
