// A server component that puts the widgets' content in the server HTML (the README's Next.js
// server route): defense-topics/server renders the tags in place, with the data for hydration;
// the root layout's client component loads hydrate.js, then the widgets, in the browser.
import { renderFragment } from 'defense-topics/server';

const PROBE = "window.serverHeadings = [...document.querySelectorAll('[id]')].filter((e) => e.shadowRoot).map((e) => e.shadowRoot.querySelector('[part~=\"heading\"]'));";

export default function ServerPage() {
  const widgets = renderFragment(
    `<topic-provider heading-level="2">
      <topic-card id="card" topic="defense-attaches" selectable></topic-card>
      <article-summary id="summary" topic="defense-technology-exchanges"></article-summary>
    </topic-provider>`,
    { lang: 'en', hydrate: true },
  );
  // The browser turns each widget's template into its shadow root: not a mismatch.
  return (
    <main>
      <div suppressHydrationWarning dangerouslySetInnerHTML={{ __html: widgets }} />
      {/* Test probe: each widget's heading node as the server rendered it, before any module runs. */}
      <script dangerouslySetInnerHTML={{ __html: PROBE }} />
    </main>
  );
}
