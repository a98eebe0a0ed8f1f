import { css } from 'lit';

export const topicCardStyles = css`
  /*
   * Stretched by a grid or flex row of cards, the box fills the element and the meta line sits at
   * its bottom, so a row of cards has even edges. (An element of its own height: no effect.)
   */
  .root {
    block-size: 100%;
  }
  .card {
    display: grid;
    grid-template-rows: 1fr;
    gap: 1em;
    block-size: 100%;
  }
  .body {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  .body > .meta {
    margin-block-start: auto;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chip {
    font-size: 0.8em;
    padding: 0.15em 0.7em;
    border-radius: 999px;
    background: var(--_accent-soft);
  }
  .tagline {
    color: var(--_muted);
  }
  .abstract {
    margin-block-start: 0.25em;
  }
  .meta {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .meta span + span::before {
    content: '·';
    margin-inline: 0.5em;
  }
  .image[hidden] {
    display: none;
  }
  .image {
    display: block;
    inline-size: 100%;
    /* A percentage keeps the image's own width (often 1,000 px or more) out of the card's minimum width. */
    max-inline-size: 100%;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    border-radius: 0.5em;
    background: var(--_subtle);
  }
  /* Compact: a line or two, for lists and sidebars. */
  :host([variant='compact']) .root {
    padding: 0.9em 1em;
  }
  :host([variant='compact']) .heading {
    font-size: 1.1em;
  }

  /*
   * Wide enough, the image beside the text (2 : 3); narrower, above it. Intrinsic wrapping, no
   * container query: a query needs containment on an ancestor, and containment gives the card no
   * width of its own in a flex row, a float, a table cell or an inline-block (0 px, one letter a line).
   */
  .card.with-image {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
  }
  .card.with-image > .image {
    flex: 2 1 13em;
  }
  .card.with-image > .body {
    flex: 3 1 19.5em;
    min-inline-size: 0;
  }

  @media print {
    /* Backgrounds are not printed: an outline keeps each theme a separate chip. */
    .chip {
      border: 1px solid var(--_border);
    }
  }
  @media (forced-colors: active) {
    /* Backgrounds become the page's: a border keeps the chips' shape. */
    .chip {
      border: 1px solid CanvasText;
    }
  }
`;
