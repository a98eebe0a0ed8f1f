// Not part of the app: what `tsc -b` (the app's build) must accept and refuse with the package's
// types. Every @ts-expect-error fails the build if its error disappears.
import { createRef } from 'react'
import { ModuleDataSource, type TopicCardElement } from 'defense-topics'
import { ArticleSummary, PillarList, TopicCard, TopicProvider } from 'defense-topics/react'

declare const source: ModuleDataSource
const ref = createRef<TopicCardElement>()

export const accepted = (
  <TopicProvider source={source} headingLevel={2} theme="dark">
    <TopicCard ref={ref} topic="air-defense-cooperation" variant="compact" showImage className="c" style={{ color: 'red' }} onClick={(event) => event.button} onTopicSelect={(event) => event.detail.id satisfies string} />
    <PillarList topic="defense-attaches" limit={3} layout="grid" onWidgetError={(event) => event.detail.code satisfies string} />
    <ArticleSummary topic="defense-attaches" sentences={2} href="/topics/{id}" />
  </TopicProvider>
)

export const refused = (
  <>
    {/* @ts-expect-error: not a variant */}
    <TopicCard variant="huge" />
    {/* @ts-expect-error: a topic is a string */}
    <TopicCard topic={42} />
    {/* @ts-expect-error: read-only (setting it throws) */}
    <TopicCard stateName="ready" />
    {/* @ts-expect-error: a typo */}
    <TopicCard headingLevle={2} />
    {/* @ts-expect-error: the detail has no such field */}
    <TopicCard onTopicSelect={(event) => event.detail.nope} />
    {/* @ts-expect-error: a data source is an object, not a URL (that is `src`) */}
    <TopicProvider source="https://data.example/topics/" />
  </>
)
