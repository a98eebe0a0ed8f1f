// The Pages Router beside the App Router: a page rendered on the server, then hydrated, using the
// React wrappers directly (their 'use client' is ignored here, as the Pages Router ignores it).
import Head from 'next/head';
import { useState } from 'react';
import { TopicCard, TopicProvider } from 'defense-topics/react';

export default function Legacy() {
  const [selected, setSelected] = useState('');
  return (
    <TopicProvider headingLevel={2}>
      <Head>
        <title>defense-topics in the Pages Router</title>
        <link rel="icon" href="/icon.svg" />
      </Head>
      <main>
        <TopicCard id="card" topic="defense-attaches" selectable showImage={false} onTopicSelect={(e) => setSelected(e.detail.id)} />
        <p id="selected">{selected && `Selected: ${selected}`}</p>
      </main>
    </TopicProvider>
  );
}
