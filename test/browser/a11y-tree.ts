/**
 * A text snapshot of what assistive technology meets in a widget: its roles and accessible names
 * (computed by dom-accessibility-api, the implementation of the W3C accname rules that Testing
 * Library uses, so the same in every browser), live regions, and the text of paragraphs.
 */
import { computeAccessibleName, getRole } from 'dom-accessibility-api';

const SHOWN_ROLES = new Set(['alert', 'status', 'log', 'button', 'link', 'heading', 'navigation', 'region', 'group', 'list', 'listitem', 'article']);

const clean = (text: string) => text.replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();

function hidden(element: Element): boolean {
  if (element.closest('[aria-hidden="true"]')) return true;
  const style = getComputedStyle(element);
  return style.display === 'none' || style.visibility === 'hidden';
}

/** One line per element that carries a role worth naming, or a live region, or a paragraph's text; indented by depth. */
export function a11yTree(root: ShadowRoot | Element, depth = 0): string[] {
  const lines: string[] = [];
  for (const element of root.children) {
    if (hidden(element)) continue;
    let role = getRole(element) ?? '';
    // As browsers map it: a <section> is a region landmark only when it has a name.
    if (role === 'region' && element.localName === 'section' && !computeAccessibleName(element)) role = '';
    const live = element.getAttribute('aria-live');
    let line: string | undefined;
    if (SHOWN_ROLES.has(role) || live) {
      const name = clean(computeAccessibleName(element));
      const level = role === 'heading' ? ` level ${element.getAttribute('aria-level') ?? element.localName.slice(1)}` : '';
      line = `${role || element.localName}${level}${live ? ` (live ${live})` : ''}${name ? `: ${name}` : ''}`;
    } else if (role === 'paragraph' || element.localName === 'p') {
      line = `text: ${clean(element.textContent ?? '')}`;
    }
    if (line) lines.push(`${'  '.repeat(depth)}${line}`);
    // A paragraph's text is already on its line.
    if (!line?.startsWith('text:')) lines.push(...a11yTree(element, line ? depth + 1 : depth));
  }
  return lines;
}

/** Every live region (role or aria-live) in a document and in the shadow trees of the given widgets. */
export function liveRegions(doc: Document, widgets: Element[]): Element[] {
  const selector = '[aria-live], [role="alert"], [role="status"], [role="log"]';
  return [...doc.querySelectorAll(selector), ...widgets.flatMap((widget) => [...widget.shadowRoot!.querySelectorAll(selector)])];
}
