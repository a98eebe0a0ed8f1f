/**
 * Styles every widget shares: the design tokens (public `--dt-*` custom properties with light
 * and dark defaults), an isolation reset, the loading skeleton and the box stepping aside for the fallback content.
 *
 * Isolation: the host page's CSS reaches a shadow tree only through inherited properties, so
 * `.root` sets every inherited property it relies on, except `font-size` (sizes are in `em`, so
 * the host's font size scales the widget), `font-family` (the page's typeface, so the widget reads
 * as part of the page; `--dt-font-family` overrides it) and `direction` (so `dir="rtl"` pages lay it out).
 *
 * Host layout: no containment on the host (`container-type` would make its intrinsic width zero,
 * so a card in a flex row, a float, an inline-block, a table cell or an absolutely positioned
 * box would shrink to nothing). The widgets lay out intrinsically (wrapping, `min()`), and keep
 * a readable minimum width whenever their container has room for it.
 */
import { css } from 'lit';

/**
 * The colours: each public property in a light and a dark version (`--dt-accent`,
 * `--dt-dark-accent`…), so a page's colours for one scheme never reach the other (a light page's
 * pale `--dt-accent-soft` under a dark widget's pale text). `light-dark()` picks by the colour
 * scheme the root is in: `light` and `dark` themes set it; `auto` takes the page's (its CSS
 * `color-scheme` or `<meta name="color-scheme">`), so a widget turns dark only on a page that
 * says it can be dark, and the reader's system wants it. `control-border` outlines a control (a
 * search box, a button) at 3:1 against the surfaces, as WCAG asks of a control's boundary.
 * Written out, not generated: the build minifies static CSS only. A browser without light-dark()
 * (Safari before 17.5, Chrome before 123, Firefox before 120) finds every colour invalid, so the
 * widget takes the page's own text colour on the page's background: readable, without its colours.
 */
const schemeTokens = css`
  --_text: light-dark(var(--dt-text, #1b1f24), var(--dt-dark-text, #e6edf3));
  --_muted: light-dark(var(--dt-text-muted, #57606a), var(--dt-dark-text-muted, #9da7b3));
  --_surface: light-dark(var(--dt-surface, #ffffff), var(--dt-dark-surface, #161b22));
  --_subtle: light-dark(var(--dt-surface-subtle, #f4f7f6), var(--dt-dark-surface-subtle, #1f262e));
  --_border: light-dark(var(--dt-border, #d0d7de), var(--dt-dark-border, #3a424b));
  --_control-border: light-dark(var(--dt-control-border, #6e7781), var(--dt-dark-control-border, #7d8590));
  --_accent: light-dark(var(--dt-accent, #0b6e4f), var(--dt-dark-accent, #4cc38a));
  --_accent-soft: light-dark(var(--dt-accent-soft, #e3f1eb), var(--dt-dark-accent-soft, #1b3a2e));
  --_focus: light-dark(var(--dt-focus-ring, #1f6feb), var(--dt-dark-focus-ring, #58a6ff));
  --_skeleton: light-dark(var(--dt-skeleton, #e6e9ec), var(--dt-dark-skeleton, #2b323a));
`;

/** Print: dark text on white paper, whatever the theme or the page's colours (backgrounds are not printed). */
const printTokens = css`
  --_text: #1b1f24;
  --_muted: #4b535c;
  --_surface: #ffffff;
  --_subtle: #ffffff;
  --_border: #6e7781;
  --_control-border: #6e7781;
  --_accent: #0b5c42;
  --_accent-soft: #ffffff;
  --_skeleton: #d0d7de;
  color-scheme: light;
`;

export const baseStyles = css`
  :host {
    display: block;
    /* Never narrower than a readable measure while the container has room; never wider than the container. */
    min-inline-size: min(100%, 15em);
  }
  :host([hidden]) {
    display: none !important;
  }

  .root {
    /* Every inherited property (weight, spacing, transform…) back to its initial value: only what differs is set below. */
    all: initial;
    display: block;
    box-sizing: border-box;
    /* The page's font (unset, the property is invalid here and so inherited from the host), or --dt-font-family. */
    font-family: var(--dt-font-family);
    /* Follow the host's size, but never below a readable floor. */
    font-size: max(1em, 13px);
    line-height: 1.5;
    overflow-wrap: anywhere;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--dt-radius, 0.75em);
    /* Less padding in a narrow container (4% of its width, between 0.75em and 1.25em): a phone's text keeps its width. */
    padding: var(--dt-padding, clamp(0.75em, 4%, 1.25em));
    color-scheme: light;
    ${schemeTokens}
  }
  .root.dark {
    color-scheme: dark;
  }
  /* Marked by the page as the current or chosen one (aria-current="page", "true"…; "false" and "" are not): outlined in the accent. */
  :host([aria-current]:not([aria-current='false'], [aria-current=''])) .root {
    outline: 0.15em solid var(--_accent);
    outline-offset: -1px;
  }
  /* The page's scheme: inherited from the host (all: initial reset it); "normal" follows the page's meta tag, else light. */
  .root.auto {
    color-scheme: inherit;
  }
  .root *,
  .root *::before,
  .root *::after {
    box-sizing: border-box;
  }

  /* A step below a page's section headings: the widget sits inside the page's story, it does not head it. */
  .heading {
    font-size: 1.15em;
    line-height: 1.25;
    font-weight: 700;
  }
  p {
    margin: 0;
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  button {
    font: inherit;
    color: inherit;
  }
  :focus-visible {
    /* The colour apart: where light-dark() is unknown it is invalid, and the ring keeps the text's colour. */
    outline: 0.15em solid;
    outline-color: var(--_focus);
    outline-offset: 0.15em;
    border-radius: 0.2em;
  }

  /* A name that leads somewhere looks it: underlined in the accent (a plain name is not); hovered, the accent. */
  .link,
  .link-button {
    color: inherit;
    /* Longhands: WebKit drops a text-decoration shorthand with a colour from a variable. */
    text-decoration-line: underline;
    text-decoration-color: var(--_accent);
  }
  .link:hover,
  .link-button:hover {
    color: var(--_accent);
  }
  .name-text {
    color: inherit;
  }
  .link-button {
    padding: 0;
    margin: 0;
    border: 0;
    background: none;
    font-weight: inherit;
    text-align: start;
    cursor: pointer;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* Loading: grey text-shaped bars in the content's own layout, so little moves when it arrives. */
  .skeleton-text {
    color: transparent;
    background: var(--_skeleton);
    border-radius: 0.3em;
    box-decoration-break: clone;
    -webkit-box-decoration-break: clone;
    animation: dt-pulse 1.4s ease-in-out infinite;
    user-select: none;
  }
  @keyframes dt-pulse {
    50% {
      opacity: 0.55;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton-text {
      animation: none;
    }
  }
  /* A placeholder list's markers take the bars' colour, not the text's: no bullets beside grey bars. */
  .skeleton ::marker {
    color: var(--_skeleton);
  }

  /*
   * The content inside the element's tag (the fallback), shown when the widget has nothing of its
   * own to show (not found, error, a server render without data): the box steps aside (no
   * border, no background, no padding), so the fallback reads as the page's own, and nothing at
   * all shows when there is none. The error state's own rules come with it (failure.ts).
   */
  .fallback {
    display: block;
  }
  .root.bare {
    all: inherit;
    display: contents;
  }

  @media print {
    :host,
    .root {
      break-inside: avoid;
    }
    /* After the screen rules, so no dark theme or page colour reaches paper (the colours are all on .root; a theme sets only its scheme). */
    .root {
      ${printTokens}
    }
    .skeleton-text {
      animation: none;
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    /* On paper a link's address is its only use. */
    a[href].link::after {
      content: ' <' attr(href) '>';
      font-size: 0.8em;
      font-weight: 400;
      overflow-wrap: anywhere;
    }
  }

  /* Forced colours (Windows High Contrast…): backgrounds are replaced, so what has only a background needs a system colour or a border. */
  @media (forced-colors: active) {
    .skeleton-text {
      forced-color-adjust: none;
      background: GrayText;
    }
    .skeleton ::marker {
      color: GrayText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }

  /*
   * Urdu is written in Nastaliq, whose letters climb and descend: a Nastaliq font the system has
   * (none is downloaded), and taller lines. For what is marked Urdu (the widget's words, an Urdu
   * record), not by :lang(), which some engines inherit from the page into the whole widget.
   */
  [lang|='ur'] {
    font-family: 'Noto Nastaliq Urdu', 'Jameel Noori Nastaleeq', 'Urdu Typesetting', serif;
    line-height: 2;
  }
`;
