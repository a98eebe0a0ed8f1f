// Not part of the app: what `tsc -b` (the app's build) must accept and refuse with the package's
// types. Every @ts-expect-error fails the build if its error disappears.
import 'defense-topics/define.js'

// `import 'defense-topics/define.js'` alone types the elements and their events.
const card = document.querySelector('topic-card')!
card.topic = 'defense-attaches'
card.addEventListener('topic-select', (event) => event.detail.id satisfies string)
card.addEventListener('widget-error', (event) => event.detail.code satisfies string)

export const accepted = (
  <>
    <topic-card topic="air-defense-cooperation" heading-level="2" variant="compact" show-image class="c" id="i" slot="s" style={{ color: 'red' }} onClick={(event) => event.button} ontopic-select={(event) => event.detail.id satisfies string} />
    <topic-card headingLevel={2} showImage={false} theme="dark" lang="ar" />
    <pillar-list topic="defense-attaches" limit="3" layout="grid" />
    <article-summary sentences={2} href="/topics/{id}" onwidget-error={(event) => event.detail.code} />
    <topic-provider src="https://data.example/topics/" heading-level="2" />
    <topic-article topic="defense-attaches" toc section="role-of-defense-attaches" heading-level={2} />
    <series-nav topic="defense-attaches" variant="list" href="/topics/{id}" ontopic-select={(event) => event.detail.id satisfies string} />
    <topic-index layout="grid" limit={3} query="hotline" themes={['defense-diplomacy', 'training']} countries={['TR']} sync-url href="/topics/{id}" ontopic-select={(event) => event.detail.id satisfies string} />
  </>
)

export const refused = (
  <>
    <topic-card
      // @ts-expect-error: not a variant
      variant="huge"
    />
    <topic-card
      // @ts-expect-error: a topic is a string
      topic={42}
    />
    <topic-card
      // @ts-expect-error: read-only (setting it throws)
      stateName="ready"
    />
    <topic-card
      // @ts-expect-error: a typo
      headingLevle={2}
    />
    <topic-card
      // @ts-expect-error: the detail has no such field
      ontopic-select={(event) => event.detail.nope}
    />
    <pillar-list
      // @ts-expect-error: not a layout
      layout="table"
    />
    <series-nav
      // @ts-expect-error: not a variant of the series navigation
      variant="compact"
    />
    <topic-article
      // @ts-expect-error: toc is a boolean, not a list
      toc={['one']}
    />
    <topic-index
      // @ts-expect-error: not a layout of the series index
      layout="table"
    />

  </>
)
