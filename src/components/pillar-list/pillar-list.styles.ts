import { css } from 'lit';

export const pillarListStyles = css`
  .pillars-section {
    display: grid;
    gap: 0.9em;
  }
  .pillars {
    display: grid;
    gap: 0.75em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .pillar {
    display: grid;
    grid-template-columns: 2em 1fr;
    column-gap: 0.6em;
    align-items: baseline;
    /* In a grid row taller than its content, the extra height goes below the text, not between label and text. */
    align-content: start;
  }
  .number {
    display: inline-grid;
    place-items: center;
    inline-size: 1.8em;
    block-size: 1.8em;
    border-radius: 50%;
    background: var(--_accent-soft);
    color: var(--_text);
    font-weight: 700;
    font-size: 0.9em;
  }
  .label {
    display: block;
    font-weight: 700;
  }
  /*
   * The text runs under the label where there is room (an item wider than 22em), and under the
   * number too in a narrow one (a phone keeps its whole width for the text): the indent is
   * (width − 22em) × 999, clamped to 0…2.6em, with no container query.
   */
  .text {
    display: block;
    grid-column: 1 / -1;
    padding-inline-start: clamp(0em, (100% - 22em) * 999, 2.6em);
    color: var(--_muted);
    max-inline-size: 60ch;
  }
  /*
   * Grid: as many columns of at least 14em as fit, one in narrow containers. Intrinsic (no
   * container query): a query needs containment on an ancestor, and containment would give the
   * widget no width of its own in a flex row, a float or a table cell.
   */
  .pillars.grid {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14em), 1fr));
    gap: 1em;
  }
  /* One frame (the widget's): the grid's key points are set apart by a rule above each, not boxed inside it. */
  .pillars.grid .pillar {
    padding-block-start: 0.75em;
    border-block-start: 1px solid var(--_border);
  }
  .more {
    font-size: 0.875em;
    color: var(--_muted);
  }
  @media print {
    .number {
      border: 1px solid var(--_border);
    }
  }
  @media (forced-colors: active) {
    .number {
      border: 1px solid CanvasText;
    }
  }
`;
