/**
 * What a widget puts on the page, as text to compare: its own attributes (not its tag name), the
 * style sheets its shadow root adopts, and the shadow tree (elements with their attributes sorted,
 * text with the whitespace a browser collapses collapsed, comments left out: Lit's markers are its
 * own bookkeeping). The render benchmark checks that each floor's shape is its widget's before
 * timing them, so that the ratio compares the same work.
 */
export function domShape(host: Element): string {
  const root = host.shadowRoot;
  if (!root) return `<${host.localName}> has no open shadow root`;
  const sheets = root.adoptedStyleSheets.flatMap((sheet, i) => [...sheet.cssRules].map((rule) => `sheet ${i}: ${rule.cssText.replace(/\s+/g, ' ')}`));
  return [`host${attributes(host)}`, `${root.adoptedStyleSheets.length} adopted sheets, ${root.querySelectorAll('style').length} <style>s`, ...sheets, children(root, '')].join('\n');
}

const attributes = (element: Element) =>
  [...element.attributes]
    // A class list is its tokens (Lit's `class="card ${…}"` leaves a space when the binding is empty).
    .map((a) => ` ${a.name}="${a.name === 'class' ? a.value.trim().replace(/\s+/g, ' ') : a.value}"`)
    .sort()
    .join('');

function children(parent: Node, indent: string): string {
  // Adjacent text nodes (Lit writes a binding's text beside the template's own) read as one.
  const parts: (Element | string)[] = [];
  for (const node of parent.childNodes) {
    if (node instanceof Element) parts.push(node);
    else if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent!.replace(/\s+/g, ' ');
      if (typeof parts.at(-1) === 'string') parts[parts.length - 1] += text;
      else parts.push(text);
    }
  }
  // Whitespace at the start or end of an element's content, or alone between two elements, does not show.
  return parts
    .map((part, i) => (typeof part === 'string' ? (i === 0 ? part.trimStart() : part) : part))
    .map((part, i, all) => (typeof part === 'string' && i === all.length - 1 ? part.trimEnd() : part))
    .filter((part) => typeof part !== 'string' || part.trim() !== '')
    .map((part) => (typeof part === 'string' ? `${indent}"${part}"` : `${indent}<${part.localName}${attributes(part)}>\n${children(part, `${indent}  `)}`))
    .join('\n');
}

declare global {
  interface Window {
    /** The first widget's shape, written when the page's address has `?check`. */
    benchShape?: string;
  }
}
