// The widgets rendered on the server (the README's Nuxt server route): defense-topics/server
// renders the tags of an HTML fragment in place, in the page's language (the Arabic part in
// Arabic), with the data the browser needs to hydrate them. pages/server.vue puts it in with v-html.
import { renderFragment } from 'defense-topics/server'

export default defineEventHandler(() =>
  renderFragment(
    `<topic-provider heading-level="2">
      <topic-card id="card" topic="defense-attaches" selectable></topic-card>
      <article-summary id="summary" topic="defense-technology-exchanges"></article-summary>
    </topic-provider>
    <div lang="ar"><topic-card id="arabic" topic="air-defense-cooperation"></topic-card></div>`,
    { lang: 'en', hydrate: true },
  ),
)
