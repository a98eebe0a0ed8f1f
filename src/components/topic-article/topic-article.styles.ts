import { css } from 'lit';

export const topicArticleStyles = css`
  .root {
    line-height: 1.6;
  }
  .article,
  .intro,
  .lead,
  .section {
    display: grid;
    gap: 0.9em;
  }
  .article {
    gap: 1.5em;
  }
  .intro {
    gap: 0.4em;
  }
  /* A readable measure: at most about 70 characters a line (measured: 52ch holds about 70 of the article's letters). */
  p,
  li,
  .heading,
  blockquote,
  figcaption,
  .toc,
  .copy-field {
    max-inline-size: 52ch;
  }
  .tagline,
  .meta,
  figcaption {
    color: var(--_muted);
  }
  .meta {
    font-size: 0.875em;
  }
  /* The separator ends a line, never starts one; screen readers skip it. */
  .meta span:not(:last-child)::after {
    content: '·' / '';
    margin-inline: 0.5em;
  }
  /* Room above a section the page scrolled to (a link to it), so its heading is not at the very edge. */
  .section {
    scroll-margin-block-start: 1em;
  }
  .section-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 1em;
  }
  /* The article's title a step above its sections' headings (the same size read as one more section). */
  .intro .heading {
    font-size: 1.3em;
  }
  .section-heading {
    font-size: 1.1em;
  }
  .block-heading {
    font-size: 1em;
  }
  ul,
  ol {
    margin: 0;
    padding-inline-start: 1.5em;
  }
  li + li,
  li > ul,
  li > ol {
    margin-block-start: 0.3em;
  }
  blockquote {
    display: grid;
    gap: 0.6em;
    margin: 0;
    padding-inline-start: 1em;
    border-inline-start: 0.25em solid var(--_border);
  }
  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
    padding: 0.05em 0.3em;
    border-radius: 0.25em;
    background: var(--_subtle);
  }
  figure {
    display: grid;
    gap: 0.4em;
    margin: 0;
  }
  figure[hidden] {
    display: none;
  }
  figure img {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
    border-radius: 0.5em;
    background: var(--_subtle);
  }
  figcaption {
    font-size: 0.875em;
  }
  .copy-link {
    cursor: pointer;
    font-size: 0.8em;
    padding: 0.2em 0.7em;
    border: 1px solid var(--_control-border);
    border-radius: 0.4em;
    background: var(--_subtle);
    color: var(--_text);
  }
  /*
   * Server-rendered without the script: nothing copies, and browsers do not follow a fragment into
   * a shadow root. The buttons keep their room (nothing moves when the script starts); the
   * contents are left out.
   */
  :host(:not(:defined)) .copy-link {
    visibility: hidden;
  }
  :host(:not(:defined)) .toc {
    display: none;
  }
  .copied {
    font-size: 0.8em;
    color: var(--_muted);
  }
  .copy-link:hover {
    border-color: var(--_accent);
  }
  .copy-field {
    font: inherit;
    font-size: 0.875em;
    inline-size: 100%;
    padding: 0.3em 0.5em;
    border: 1px solid var(--_control-border);
    border-radius: 0.3em;
    background: var(--_surface);
    color: var(--_text);
  }
  .toc {
    padding-block: 0.6em;
    border-block: 1px solid var(--_border);
  }
  .toc-title {
    font-weight: 700;
  }
  .toc ol {
    display: grid;
    gap: 0.2em;
    margin-block-start: 0.3em;
  }

  @media print {
    /* An article runs over pages: it may break anywhere, though not right after a heading or inside an image. */
    :host,
    .root {
      break-inside: auto;
    }
    .root {
      border: 0;
      padding: 0;
    }
    .heading {
      break-after: avoid;
    }
    figure,
    blockquote,
    li {
      break-inside: avoid;
    }
    /* Nothing to press on paper, and the table of contents' links lead nowhere there. */
    .copy-link,
    .copy-field,
    .toc {
      display: none;
    }
    code {
      background: none;
    }
    /* On paper a link's address is its only use. */
    .article a[href^='http' i]::after {
      content: ' (' attr(href) ')';
      font-size: 0.8em;
      overflow-wrap: anywhere;
      /* An address reads left to right, also in a right-to-left article. */
      direction: ltr;
      unicode-bidi: isolate;
    }
  }
  @media (forced-colors: active) {
    /* Backgrounds become the page's: a border keeps code apart from the text around it. */
    code {
      border: 1px solid CanvasText;
    }
  }
`;
