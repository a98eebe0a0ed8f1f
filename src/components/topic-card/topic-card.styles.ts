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
    position: relative;
  }
  /*
   * A card that leads somewhere is one target: its name's link (or button) is stretched over the
   * whole card, so there is still one link for screen readers and keyboards, and nothing in the
   * card is interactive besides it. On screen only: on paper the link writes its address instead.
   */
  @media screen {
    .leads .heading .link::after {
      content: '';
      position: absolute;
      inset: 0;
    }
  }
  .read {
    color: var(--_accent);
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
  /* Themes are labels, not controls: quiet words, separated (nothing to press, so nothing looks pressable). */
  .chip {
    font-size: 0.8em;
    color: var(--_muted);
  }
  /* The separator ends a line, never starts one. */
  .chip:not(:last-child)::after {
    content: '·' / '';
    margin-inline-start: 0.4em;
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
  /* The separator ends a line, never starts one; screen readers skip it. */
  .meta span:not(:last-child)::after {
    content: '·' / '';
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
    /* Not 100%: as a minimum width it kept the image from ever sitting beside the text. */
    inline-size: auto;
    min-inline-size: 0;
  }
  .card.with-image > .body {
    flex: 3 1 19.5em;
    min-inline-size: 0;
  }

`;
