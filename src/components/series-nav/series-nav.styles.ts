import { css } from 'lit';

export const seriesNavStyles = css`
  .series {
    display: grid;
    gap: 0.75em;
  }
  .part-of {
    font-size: 0.875em;
    color: var(--_muted);
  }

  /* Pager: the previous part at the inline start, the next at the inline end (wrapping when narrow). */
  .pager {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
  }
  .step {
    display: block;
    flex: 0 1 20em;
    min-inline-size: 0;
  }
  .step.next {
    margin-inline-start: auto;
    text-align: end;
  }
  .step .link,
  .skeleton .step {
    display: block;
    block-size: 100%;
    padding: 0.6em 0.9em;
    border: 1px solid var(--_control-border);
    border-radius: 0.5em;
    background: var(--_subtle);
    text-align: inherit;
  }
  .step .link:hover {
    border-color: var(--_accent);
  }
  .step .name-text,
  .title {
    display: block;
  }
  .label {
    display: flex;
    gap: 0.4em;
    align-items: baseline;
    font-size: 0.8em;
    color: var(--_muted);
  }
  .next .label {
    justify-content: flex-end;
  }
  .next .arrow {
    order: 1;
  }
  .title {
    font-weight: 600;
  }
  /* Arrows are not mirrored by the text's direction: in a right-to-left layout, turn them round. */
  .arrow {
    display: inline-block;
  }
  .arrow:dir(rtl) {
    transform: scaleX(-1);
  }

  /* List: every part, numbered; the current one bold with a bar (not told by colour alone). */
  .list {
    display: grid;
    gap: 0.35em;
    margin: 0;
    padding-inline-start: 1.6em;
  }
  .list .link {
    color: var(--_accent);
    text-decoration: underline;
  }
  .current {
    font-weight: 700;
    padding-inline-start: 0.45em;
    border-inline-start: 0.25em solid var(--_accent);
  }

  @media print {
    /* Printed plainly: the words, the names and the links' addresses; no arrows, no boxes. */
    .arrow {
      display: none;
    }
    .step .link {
      padding: 0;
      border: 0;
      background: none;
    }
  }
`;
