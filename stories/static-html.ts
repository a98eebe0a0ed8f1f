/**
 * A live widget as static HTML, for the embed builder's "static HTML" outputs: its tag and
 * attributes, a declarative shadow root holding its styles and what it shows now, then the
 * fallback content: the shape `defense-topics render` prints, made in the browser from the live
 * DOM (serialized by the browser, which escapes text and attribute values: text stays text, and
 * the widget made links and images only from http(s) URLs).
 *
 * With `withData`, it also carries what the CDN embed needs to take over without loading the
 * data again (the `data-ssr` a server render writes). Without Lit's markers (only a server render
 * has them), the embed does not hydrate these nodes: it renders the widget again from that data,
 * in the same frame, with no request.
 */
import type { CSSResult, LitElement } from 'lit';
import type { TopicElement } from '../src/components/shared/topic-element.js';

const escapeAttribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

export function staticHtml(widget: TopicElement<unknown>, { withData = false, fallback = '' }: { withData?: boolean; fallback?: string } = {}): string {
  const tag = widget.localName;
  const attributes = [...widget.attributes].map(({ name, value }) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('');
  const styles = (widget.constructor as typeof LitElement).elementStyles.map((style) => (style as CSSResult).cssText).join('');
  const content = document.createElement('div');
  for (const node of widget.shadowRoot!.childNodes) content.append(node.cloneNode(true));
  // Lit's markers (comments) mean nothing outside the live widget.
  const walker = document.createTreeWalker(content, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode!.removeChild(comment);
  if (withData && widget.stateName === 'ready') {
    const internals = widget as unknown as { data: { value: unknown }; messagesLang: string; effectiveTheme: string; effectiveHeadingLevel: number };
    const taken = { topic: widget.effectiveTopic, lang: internals.messagesLang, theme: internals.effectiveTheme, level: internals.effectiveHeadingLevel, value: internals.data.value };
    content.querySelector('.root')?.setAttribute('data-ssr', JSON.stringify(taken));
  }
  return `<${tag}${attributes}><template shadowrootmode="open"><style>${styles}</style>${content.innerHTML}</template>${fallback}</${tag}>`;
}
