// The widgets rendered on the server with Lit's SSR (the README's SvelteKit server route).
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import 'defense-topics/define.js';

export const load = () => ({
  widgets: collectResultSync(render(html`
    <topic-provider heading-level="2">
      <topic-card id="card" topic="defense-attaches" selectable></topic-card>
      <article-summary id="summary" topic="defense-technology-exchanges"></article-summary>
    </topic-provider>`)),
});
