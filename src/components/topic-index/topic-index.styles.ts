import { css } from 'lit';

export const topicIndexStyles = css`
  .index,
  .controls {
    display: grid;
    gap: 0.9em;
  }
  .controls {
    gap: 0.6em;
  }
  .search {
    display: grid;
    gap: 0.25em;
  }
  label,
  .filters-label {
    font-weight: 600;
    font-size: 0.9em;
  }
  input,
  .skeleton .input {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    inline-size: 100%;
    padding: 0.45em 0.7em;
    border: 1px solid var(--_control-border);
    border-radius: 0.4em;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    align-items: center;
  }
  .filters-label {
    margin-inline-end: 0.3em;
  }
  .filter,
  .clear,
  .more {
    cursor: pointer;
    font-size: 0.875em;
    padding: 0.2em 0.75em;
    border: 1px solid var(--_control-border);
    border-radius: 999px;
    background: var(--_subtle);
  }
  .filter:hover,
  .clear:hover,
  .more:hover {
    border-color: var(--_accent);
  }
  /* On: filled, and a tick (not told by colour alone). */
  .filter[aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_accent-soft);
    font-weight: 600;
  }
  .filter[aria-pressed='true']::before {
    content: '✓ ';
  }
  .count {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .clear,
  .more {
    justify-self: start;
    border-radius: 0.4em;
  }
  .status {
    font-size: 0.875em;
    color: var(--_muted);
  }

  .list {
    display: grid;
    gap: 0.75em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list.grid {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16em), 1fr));
  }
  /*
   * Off-screen cards of a long list are not laid out until scrolled to. A short list is laid out
   * whole: tools that read the page (a contrast checker, a reader's extension) see every card.
   */
  .long .item {
    content-visibility: auto;
    contain-intrinsic-size: auto 9em;
  }
  .card {
    display: grid;
    gap: 0.35em;
    align-content: start;
    block-size: 100%;
    /* Its own direction's start: WebKit aligns an English card in an Arabic page to the right without it. */
    text-align: start;
    /* One frame (the widget's): topics are set apart by a rule above each, not boxed inside it. */
    padding-block-start: 0.75em;
    border-block-start: 1px solid var(--_border);
  }
  /* A readable measure in a wide list: about 70 characters a line. */
  .card p {
    max-inline-size: 55ch;
  }
  .card .heading {
    font-size: 1.1em;
  }
  .tagline,
  .meta {
    color: var(--_muted);
  }
  .meta {
    font-size: 0.875em;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Themes are labels, not controls (the filters above are the controls): quiet words, separated. */
  .chip {
    font-size: 0.75em;
    color: var(--_muted);
  }
  /* The separator ends a line, never starts one. */
  .chip:not(:last-child)::after {
    content: '·' / '';
    margin-inline-start: 0.3em;
  }
  mark {
    color: inherit;
    background: var(--_accent-soft);
    text-decoration-line: underline;
    text-decoration-color: var(--_accent);
    text-decoration-thickness: 0.12em;
    text-underline-offset: 0.2em;
  }
  .empty {
    display: grid;
    justify-items: start;
  }
  /* Server-rendered without the script: no search box, filter or button that would do nothing. */
  :host(:not(:defined)) :is(.controls, .more, .empty button) {
    display: none;
  }

  @media print {
    .controls,
    .more,
    .empty {
      display: none;
    }
    .item {
      content-visibility: visible;
    }
  }
  @media (forced-colors: active) {
    .filter,
    .clear,
    .more {
      border: 1px solid CanvasText;
    }
    .filter[aria-pressed='true'] {
      border-width: 0.2em;
    }
    mark {
      forced-color-adjust: none;
      background: Mark;
      color: MarkText;
    }
  }
`;
