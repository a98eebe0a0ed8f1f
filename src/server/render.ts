/// <reference types="node" />
/**
 * Server rendering of the widgets with Lit's SSR (`@lit-labs/ssr`): a widget's HTML with its
 * declarative shadow root and styles inside, or every widget of an HTML page or fragment rendered
 * in place. The one server renderer: `defense-topics/server` (src/server.ts) for sites and
 * frameworks, and `defense-topics render`, whose build bundles this module with the widgets'
 * source minified as the CDN embed's is (so that the embed hydrates what it renders; the npm
 * package's own `define.js` hydrates what `defense-topics/server` renders). Text reaches the output
 * through Lit bindings only (escaped), URLs only when http(s).
 */
import { createHash } from 'node:crypto';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { parse, parseFragment } from 'parse5';
import '../define.js';
import { ArticleSummaryElement } from '../components/article-summary/article-summary.js';
import { PillarListElement } from '../components/pillar-list/pillar-list.js';
import { topicHref } from '../components/shared/links.js';
import { TopicElement } from '../components/shared/topic-element.js';
import { SeriesNavElement } from '../components/series-nav/series-nav.js';
import { TopicArticleElement } from '../components/topic-article/topic-article.js';
import { TopicCardElement } from '../components/topic-card/topic-card.js';
import { TopicIndexElement } from '../components/topic-index/topic-index.js';
import { TopicProviderElement } from '../components/topic-provider/topic-provider.js';
import type { TopicDataSource } from '../data/data-source.js';
import { defaultDataSource, preloadDataset, remoteDataSource } from '../data/sources.js';
import { VERSION } from '../version.js';
import { escapeAttribute } from './escape-attribute.js';

export { VERSION };

/** The widgets, and the attributes each takes (besides `topic`, `theme`, `heading-level`, `lang`). */
export const WIDGETS = {
  'topic-card': { href: 'string', variant: 'string', 'show-image': 'boolean', selectable: 'boolean' },
  'pillar-list': { limit: 'string', layout: 'string' },
  'article-summary': { sentences: 'string', href: 'string', selectable: 'boolean' },
  'topic-article': { section: 'string', toc: 'boolean' },
  'series-nav': { variant: 'string', href: 'string', selectable: 'boolean' },
  'topic-index': { layout: 'string', limit: 'string', href: 'string', selectable: 'boolean', query: 'string', themes: 'string', countries: 'string' },
} as const satisfies Record<string, Record<string, 'string' | 'boolean'>>;
export type WidgetTag = keyof typeof WIDGETS;
export const COMMON_ATTRIBUTES = ['topic', 'theme', 'heading-level', 'lang'] as const;
const TAGS = ['topic-provider', ...Object.keys(WIDGETS)];
/** The opening tag of any of our elements, for the clean-ups below. */
const OUR_TAG = TAGS.join('|');

export interface RenderOptions {
  /**
   * Keep what the browser needs to hydrate: Lit's markers and the data each widget showed (so
   * the embed takes over without loading it again). Off: static HTML, for pages without a script.
   */
  hydrate?: boolean;
}

export interface InPlaceOptions extends RenderOptions {
  /**
   * The language of the page around the markup, for widgets with no `lang` of their own or of an
   * ancestor in it (a fragment has no `<html lang>`; a page's own wins): they speak it and show
   * the topic in it.
   */
  lang?: string;
}

export interface WidgetRequest {
  tag: WidgetTag;
  /** Attribute values by name (`true` for a boolean attribute that is present). */
  attributes: Readonly<Record<string, string | boolean | undefined>>;
  /** A remote dataset (`<topic-provider src>`): preloaded, and the widget rendered inside a provider with that `src`. */
  src?: string;
}

/**
 * Reads what the widgets will show, before rendering (a server render cannot wait): a remote
 * dataset's records (fetched and validated). The bundled dataset needs nothing.
 */
export async function prepare({ src, topics, articles, base, languages }: { src?: string | undefined; topics?: readonly string[]; articles?: readonly string[]; base?: string | undefined; languages?: readonly string[] }): Promise<TopicDataSource> {
  if (!src) return defaultDataSource();
  return preloadDataset(src, { ...(topics ? { topics } : {}), ...(articles ? { articles } : {}), ...(base ? { base } : {}), ...(languages ? { languages } : {}) });
}

/** The languages a page's elements name (`<html lang>` and any other), for preloading each one's records. */
export function languagesOf(page: string): string[] {
  return [...new Set([...page.matchAll(/<[a-z][a-z0-9-]*\b[^>]*?\slang\s*=\s*["']?([A-Za-z0-9-]+)/gi)].map((match) => match[1]!))];
}

/** One widget's HTML: its tag with its attributes, its declarative shadow root, and a fallback link when it has `href`. */
export function renderWidget({ tag, attributes, src }: WidgetRequest, options: RenderOptions = {}): string {
  const attr = (name: string) => {
    const value = attributes[name];
    return typeof value === 'string' ? value : nothing;
  };
  const topic = typeof attributes.topic === 'string' ? attributes.topic.trim() : '';
  const source = src ? remoteDataSource(src) : defaultDataSource();
  // The fallback names the topic in the widget's language, as the widget does.
  const lang = typeof attributes.lang === 'string' ? attributes.lang : undefined;
  const fallback = fallbackLink(tag, topic, typeof attributes.href === 'string' ? attributes.href : undefined, (lang && source.inLanguage?.(lang)) || source, lang);
  let widget: TemplateResult;
  // One template per widget, every value a binding (escaped by Lit): no attribute is written as text.
  switch (tag) {
    case 'topic-card':
      widget = html`<topic-card topic=${attr('topic')} theme=${attr('theme')} heading-level=${attr('heading-level')} lang=${attr('lang')} href=${attr('href')} variant=${attr('variant')} ?show-image=${attributes['show-image'] === true} ?selectable=${attributes.selectable === true}>${fallback}</topic-card>`;
      break;
    case 'pillar-list':
      widget = html`<pillar-list topic=${attr('topic')} theme=${attr('theme')} heading-level=${attr('heading-level')} lang=${attr('lang')} limit=${attr('limit')} layout=${attr('layout')}>${fallback}</pillar-list>`;
      break;
    case 'article-summary':
      widget = html`<article-summary topic=${attr('topic')} theme=${attr('theme')} heading-level=${attr('heading-level')} lang=${attr('lang')} sentences=${attr('sentences')} href=${attr('href')} ?selectable=${attributes.selectable === true}>${fallback}</article-summary>`;
      break;
    case 'topic-article':
      widget = html`<topic-article topic=${attr('topic')} theme=${attr('theme')} heading-level=${attr('heading-level')} lang=${attr('lang')} section=${attr('section')} ?toc=${attributes.toc === true}>${fallback}</topic-article>`;
      break;
    case 'topic-index':
      widget = html`<topic-index theme=${attr('theme')} heading-level=${attr('heading-level')} lang=${attr('lang')} layout=${attr('layout')} limit=${attr('limit')} href=${attr('href')} ?selectable=${attributes.selectable === true} query=${attr('query')} themes=${attr('themes')} countries=${attr('countries')}></topic-index>`;
      break;
    case 'series-nav':
      widget = html`<series-nav topic=${attr('topic')} theme=${attr('theme')} heading-level=${attr('heading-level')} lang=${attr('lang')} variant=${attr('variant')} href=${attr('href')} ?selectable=${attributes.selectable === true}>${fallback}</series-nav>`;
      break;
  }
  return renderTemplate(src ? html`<topic-provider src=${src}>${widget}</topic-provider>` : widget, options);
}

/**
 * Every widget of an HTML page rendered in place (the outermost `<topic-provider>`, `<topic-card>`,
 * `<pillar-list>`, `<article-summary>`, `<topic-article>` and `<series-nav>` elements, with what they hold); the rest of the page is
 * left byte for byte. The page is the site owner's own markup, trusted as such: its widgets'
 * markup is rendered as written.
 */
export function renderPage(page: string, options: InPlaceOptions = {}): string {
  return renderInPlace(page, parse(page, { sourceCodeLocationInfo: true }), options);
}

/**
 * Every widget of an HTML fragment rendered in place, as `renderPage` does for a page: the HTML a
 * framework puts into its own page (`{@html}`, `v-html`, `set:html`, `dangerouslySetInnerHTML`).
 * Give the page's language as `lang`: a fragment has no `<html lang>`.
 */
export function renderFragment(fragment: string, options: InPlaceOptions = {}): string {
  return renderInPlace(fragment, parseFragment(fragment, { sourceCodeLocationInfo: true }), options);
}

function renderInPlace(page: string, tree: unknown, options: InPlaceOptions): string {
  const ranges: { start: number; end: number; inheritedLang?: string }[] = [];
  type Node = {
    nodeName: string;
    attrs?: { name: string; value: string }[];
    childNodes?: Node[];
    content?: Node;
    sourceCodeLocation?: { startOffset: number; endOffset: number } | null;
  };
  // A server has no DOM to look up: the language a widget inherits from the page (`<html lang>`,
  // or any ancestor's) is read here, while walking the page, and given to it as its own attribute.
  const walk = (node: Node, inheritedLang: string | undefined) => {
    const own = node.attrs?.find((attr) => attr.name === 'lang')?.value.trim();
    if (TAGS.includes(node.nodeName) && node.sourceCodeLocation) {
      const { startOffset, endOffset } = node.sourceCodeLocation;
      ranges.push({ start: startOffset, end: endOffset, ...(own === undefined && inheritedLang ? { inheritedLang } : {}) });
      return;
    }
    const lang = own === undefined ? inheritedLang : own;
    for (const child of node.childNodes ?? []) walk(child, lang);
  };
  walk(tree as Node, options.lang?.trim() || undefined);
  let out = '';
  let at = 0;
  for (const { start, end, inheritedLang } of ranges) {
    let element = page.slice(start, end);
    if (inheritedLang) {
      const name = /^<[a-z-]+/i.exec(element)![0];
      element = `${name} lang="${escapeAttribute(inheritedLang)}"${element.slice(name.length)}`;
    }
    out += page.slice(at, start) + renderTemplate(staticHtml`${unsafeStatic(element)}`, options);
    at = end;
  }
  return out + page.slice(at);
}


/** The remote datasets a page's providers name (`<topic-provider src>`), as written. */
export function datasetsOf(page: string): string[] {
  const found = new Set<string>();
  type Node = { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; content?: Node };
  const walk = (node: Node) => {
    const src = node.nodeName === 'topic-provider' ? node.attrs?.find((attr) => attr.name === 'src')?.value.trim() : undefined;
    if (src) found.add(src);
    for (const child of node.childNodes ?? []) walk(child);
    if (node.content) walk(node.content);
  };
  walk(parse(page) as unknown as Node);
  return [...found];
}

/**
 * The topics a page's `<topic-article>`s show (their full records are preloaded too): their own
 * `topic`, and, when one has none, the topics the page's providers give.
 */
export function articlesOf(page: string): string[] {
  const own = [...page.matchAll(/<topic-article\b([^>]*)>/gi)].map((match) => /\stopic\s*=\s*["']?([a-z0-9-]+)/i.exec(match[1]!)?.[1]);
  const fromProviders = own.includes(undefined) ? [...page.matchAll(/<topic-provider\b[^>]*?\stopic\s*=\s*["']?([a-z0-9-]+)/gi)].map((match) => match[1]!) : [];
  return [...new Set([...own.filter((topic): topic is string => topic !== undefined), ...fromProviders])];
}

/** The topics a page's widgets name (for preloading a remote dataset). */
export function topicsOf(page: string): string[] {
  return [...new Set([...page.matchAll(new RegExp(`<(?:${OUR_TAG})\\b[^>]*?\\stopic\\s*=\\s*["']?([a-z0-9-]+)`, 'gi'))].map((match) => match[1]!))];
}

/**
 * Content-Security-Policy sources that allow the widgets' server-rendered styles (one `<style>`
 * per widget class, the same bytes every time): for a page whose policy has no 'unsafe-inline'.
 */
export function styleHashes(): string[] {
  return [TopicCardElement, PillarListElement, ArticleSummaryElement, TopicArticleElement, SeriesNavElement, TopicIndexElement, TopicProviderElement].map((element) => {
    const text = element.elementStyles.map((style) => (style as { cssText: string }).cssText).join('');
    return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  });
}

function renderTemplate(template: TemplateResult, { hydrate = false }: RenderOptions): string {
  const previous = TopicElement.hydrationData;
  TopicElement.hydrationData = hydrate;
  let output: string;
  try {
    output = collectResultSync(render(template));
  } finally {
    TopicElement.hydrationData = previous;
  }
  // The spaces Lit leaves for attributes it did not write, in our widgets' opening tags.
  output = output.replace(new RegExp(`<(${OUR_TAG})\\s+`, 'g'), '<$1 ').replace(new RegExp(`<(${OUR_TAG}) >`, 'g'), '<$1>');
  // Lit's markers (comments only: text is escaped, so no `<!--` of the data can match) mean
  // nothing to a page without the script. The outer template's are ours: nothing hydrates it.
  if (!hydrate) return output.replace(/<!--\/?lit-(?:part|node)\b[^>]*-->|<!--\?-->/g, '');
  return output.replace(/^(<!--lit-part[^>]*-->)?(<!--lit-node \d+-->)?/, '').replace(/<!--\/lit-part-->$/, '');
}

/** A link to the topic for readers the widget shows nothing to (and for crawlers): only with an http(s) or relative `href`. */
function fallbackLink(tag: WidgetTag, topic: string, hrefTemplate: string | undefined, source: TopicDataSource, widgetLang = 'en'): TemplateResult | typeof nothing {
  // A pillar list names no topic; a series navigation's link to its own topic would lead nowhere new.
  if (tag === 'pillar-list' || tag === 'series-nav' || !hrefTemplate || !topic) return nothing;
  const { href } = topicHref(hrefTemplate, topic);
  const card = source.peek?.('card', topic);
  if (!href || !card?.value) return nothing;
  // The name in the record's language, marked so; a topic in another language than the widget's (a fallback) says so to the link too.
  const { lang, dir, name } = card.value;
  const other = lang.split('-')[0]!.toLowerCase() !== widgetLang.split('-')[0]!.toLowerCase();
  return other ? html`<a href=${href} lang=${lang} dir=${dir} hreflang=${lang}>${name}</a>` : html`<a href=${href} lang=${lang} dir=${dir}>${name}</a>`;
}
