import { css } from 'lit';

export const topicCardStyles = css`
  .card {
    display: grid;
    gap: 1em;
  }
  .body {
    display: grid;
    gap: 0.5em;
    align-content: start;
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

  /* Wide containers: the image beside the text. */
  @container (min-width: 36em) {
    .card.with-image {
      grid-template-columns: minmax(10em, 2fr) 3fr;
      align-items: start;
    }
  }
`;
