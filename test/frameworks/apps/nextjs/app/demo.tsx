'use client';
import Link from 'next/link';
import { useState } from 'react';
import { TopicCard } from 'defense-topics/react';

export default function Demo() {
  const [topic, setTopic] = useState('defense-technology-exchanges');
  const [showImage, setShowImage] = useState(false);
  const [selected, setSelected] = useState('');

  return (
    <main>
      <button id="next" onClick={() => setTopic('defense-attaches')}>Next topic</button>
      <button id="toggle-image" onClick={() => setShowImage(!showImage)}>Toggle image</button>
      <TopicCard id="card" topic={topic} selectable showImage={showImage} onTopicSelect={(e) => setSelected(e.detail.id)} />
      <p id="selected">{selected && `Selected: ${selected}`}</p>
      <Link id="to-server" href="/server">Server-rendered widgets</Link>
    </main>
  );
}
