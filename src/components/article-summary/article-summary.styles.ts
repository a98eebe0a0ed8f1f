import { css } from 'lit';

export const articleSummaryStyles = css`
  /* A readable measure: lines of at most about 70 characters, however wide the widget (a ch is a "0", wider than most letters: 60ch holds about 70). */
  .summary {
    display: grid;
    gap: 1.1em;
    max-inline-size: 60ch;
  }
  .intro {
    display: grid;
    gap: 0.4em;
  }
  .tagline,
  .meta {
    color: var(--_muted);
  }
  .meta {
    font-size: 0.875em;
  }
  .abstract {
    font-size: 1.05em;
  }
  .part {
    display: grid;
    gap: 0.5em;
  }
  .part .heading {
    font-size: 1em;
    text-transform: none;
    color: var(--_text);
  }
  ul,
  ol {
    margin: 0;
    padding-inline-start: 1.3em;
    display: grid;
    gap: 0.4em;
  }
  .point-label {
    font-weight: 700;
  }
  .conclusion {
    padding-inline-start: 0.9em;
    border-inline-start: 0.25em solid var(--_accent);
  }
  .fold {
    display: grid;
    gap: 1.1em;
  }
  /*
   * "Show more": a phone (a narrow window) shows a long summary's beginning; elsewhere everything,
   * and no button. Only once the element runs (:defined): server-rendered HTML read without
   * JavaScript shows everything, and hydrating it changes no node.
   */
  .show-more {
    display: none;
    justify-self: start;
  }
  @media screen and (max-width: 40em) {
    :host(:defined) .show-more {
      display: block;
    }
    :host(:defined) .folded {
      display: none;
    }
  }
  .related {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    padding: 0;
    list-style: none;
  }
  /* Related topics: a list of names, separated, not one phrase; links look like links (base styles), not like tags. */
  .related li:not(:last-child)::after {
    content: '·' / '';
    margin-inline-start: 0.5em;
    color: var(--_muted);
  }
`;
