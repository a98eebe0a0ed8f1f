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
    counter-reset: pillar;
  }
  .pillar {
    counter-increment: pillar;
    display: grid;
    grid-template-columns: 2em 1fr;
    column-gap: 0.6em;
    align-items: baseline;
  }
  .pillar::before {
    content: counter(pillar);
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
  .text {
    display: block;
    grid-column: 2;
    color: var(--_muted);
  }
  @container (min-width: 32em) {
    .pillars.grid {
      grid-template-columns: repeat(auto-fill, minmax(14em, 1fr));
      gap: 1em;
    }
    .pillars.grid .pillar {
      padding: 0.9em;
      border: 1px solid var(--_border);
      border-radius: 0.6em;
      background: var(--_subtle);
    }
  }
`;
