import { useState } from 'react'
import 'defense-topics/define.js'

export default function App() {
  const [topic, setTopic] = useState('defense-technology-exchanges')
  const [showImage, setShowImage] = useState(false)
  const [selected, setSelected] = useState('')
  const [reading, setReading] = useState(false)

  return (
    <main>
      <button id="next" onClick={() => setTopic('defense-attaches')}>Next topic</button>
      <button id="toggle-image" onClick={() => setShowImage(!showImage)}>Toggle image</button>
      <topic-card id="card" topic={topic} selectable show-image={showImage} ontopic-select={(e) => setSelected(e.detail.id)} />
      <p id="selected">{selected && `Selected: ${selected}`}</p>
      <button id="read" onClick={() => setReading(true)}>Read the article</button>
      {reading && (
        <>
          <topic-article id="article" topic={topic} toc heading-level={2} />
          <series-nav id="series" topic={topic} selectable ontopic-select={(e) => setTopic(e.detail.id)} />
          <topic-index id="index" layout="grid" limit={3} themes={['defense-diplomacy']} selectable ontopic-select={(e) => setTopic(e.detail.id)} />
        </>
      )}
    </main>
  )
}
