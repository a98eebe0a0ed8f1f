/** WCAG contrast of a widget's text as it would print: every run of text, generated text included. */

const canvas = document.createElement('canvas');
canvas.width = canvas.height = 1;
const context = canvas.getContext('2d', { willReadFrequently: true })!;

type Rgba = [number, number, number, number];

/** Any CSS colour the browser computed (rgb(), color(srgb …), a system colour…), as sRGB 0–255 and alpha 0–1. */
export function parseColor(css: string): Rgba {
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = '#000';
  context.fillStyle = css;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
  // Un-premultiplied by the canvas already; alpha 0–255.
  return [r!, g!, b!, a! / 255];
}

const over = ([r, g, b, a]: Rgba, [R, G, B]: Rgba): Rgba => [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a), 1];

function luminance([r, g, b]: Rgba): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(foreground: Rgba, background: Rgba): number {
  const fg = over(foreground, background);
  const [a, b] = [luminance(fg), luminance(background)].sort((x, y) => y - x);
  return (a! + 0.05) / (b! + 0.05);
}

const composedParent = (element: Element): Element | null => element.parentElement ?? ((element.getRootNode() as ShadowRoot).host || null);

const printsBackground = (style: CSSStyleDeclaration) =>
  (style.getPropertyValue('print-color-adjust') || style.getPropertyValue('-webkit-print-color-adjust')) === 'exact';

/** The colour under an element on paper: white, unless an ancestor's background is printed exactly. */
function paperUnder(element: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = element; node; node = composedParent(node)) {
    const style = getComputedStyle(node);
    const background = parseColor(style.backgroundColor);
    if (background[3] > 0 && printsBackground(style)) layers.push(background);
  }
  return layers.reverse().reduce<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
}

export interface TextRun {
  text: string;
  ratio: number;
  where: string;
}

/** Each visible run of text in a shadow tree (text nodes and ::before/::after content) with its contrast on paper. */
export function printedTextContrast(root: ShadowRoot): TextRun[] {
  const runs: TextRun[] = [];
  const hidden = (element: Element) => element.closest('.visually-hidden, [aria-hidden="true"]') !== null;
  const shown = (style: CSSStyleDeclaration) => style.display !== 'none' && style.visibility !== 'hidden';
  for (const element of root.querySelectorAll('*')) {
    const style = getComputedStyle(element);
    if (hidden(element) || !shown(style) || element.getClientRects().length === 0) continue;
    const ownText = [...element.childNodes]
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.textContent!.replace(/[\u2066-\u2069]/g, ''))
      .join('')
      .trim();
    const paper = paperUnder(element);
    if (ownText) runs.push({ text: ownText.slice(0, 40), ratio: contrastRatio(parseColor(style.color), paper), where: `<${element.localName} class="${element.className}">` });
    for (const pseudo of ['::before', '::after']) {
      const generated = getComputedStyle(element, pseudo);
      const content = generated.content;
      if (!content || content === 'none' || content === 'normal' || content === '""' || !shown(generated)) continue;
      runs.push({ text: content.slice(0, 40), ratio: contrastRatio(parseColor(generated.color), paper), where: `<${element.localName} class="${element.className}">${pseudo}` });
    }
  }
  return runs;
}

/** The colour an element is painted on, on screen: its ancestors' backgrounds (through shadow roots) over the page's canvas. */
export function screenUnder(element: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = element; node; node = composedParent(node)) {
    const background = parseColor(getComputedStyle(node).backgroundColor);
    if (background[3] > 0) layers.push(background);
    if (background[3] === 1) break;
  }
  // Below every layer: the canvas, white in a light page, the browser's dark canvas in a dark one:
  // a page that can only be dark (color-scheme: dark) has it whatever the reader prefers; one that
  // can be either ('light dark'), when the reader prefers dark.
  const canvas = parseColor(getComputedStyle(document.documentElement).backgroundColor);
  const schemes = getComputedStyle(document.documentElement).colorScheme.split(' ');
  const dark = schemes.includes('dark') && (!schemes.includes('light') || matchMedia('(prefers-color-scheme: dark)').matches);
  const base: Rgba = canvas[3] === 1 ? canvas : dark ? [18, 18, 18, 1] : [255, 255, 255, 1];
  return layers.reverse().reduce<Rgba>((below, layer) => over(layer, below), base);
}

export interface ControlEdge {
  where: string;
  ratio: number;
}

/** Each visible run of text in a shadow tree with its contrast on screen. */
export function screenTextContrast(root: ShadowRoot): TextRun[] {
  const runs: TextRun[] = [];
  for (const element of root.querySelectorAll('*')) {
    const style = getComputedStyle(element);
    if (element.closest('.visually-hidden, [aria-hidden="true"]') || style.display === 'none' || style.visibility === 'hidden' || element.getClientRects().length === 0) continue;
    const ownText = [...element.childNodes]
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.textContent!.replace(/[\u2066-\u2069]/g, ''))
      .join('')
      .trim();
    if (ownText) runs.push({ text: ownText.slice(0, 40), ratio: contrastRatio(parseColor(style.color), screenUnder(element)), where: `<${element.localName} class="${element.className}">` });
  }
  return runs;
}

/** Each visible control (button, input, a link drawn as a box) with the contrast of its boundary (its border, else its background) against what surrounds it. */
export function controlBoundaryContrast(root: ShadowRoot): ControlEdge[] {
  const edges: ControlEdge[] = [];
  for (const control of root.querySelectorAll<HTMLElement>('button, input, a')) {
    const style = getComputedStyle(control);
    if (style.display === 'none' || control.getClientRects().length === 0) continue;
    const around = screenUnder(control.parentElement ?? (control.getRootNode() as ShadowRoot).host);
    const border = parseFloat(style.borderTopWidth) > 0 && style.borderTopStyle !== 'none' ? parseColor(style.borderTopColor) : undefined;
    const fill = parseColor(style.backgroundColor);
    // A plain text link or a borderless text button is identified by its text (checked as text).
    if (!border && fill[3] === 0) continue;
    const ratio = border ? contrastRatio(border, around) : contrastRatio(fill, around);
    edges.push({ where: `<${control.localName} class="${control.className}" part="${control.getAttribute('part') ?? ''}">`, ratio });
  }
  return edges;
}
