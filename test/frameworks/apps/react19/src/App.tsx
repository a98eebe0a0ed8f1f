import { useState } from 'react'
import 'defense-topics/define.js'

export default function App() {
  const [topic, setTopic] = useState('defense-technology-exchanges')
  const [showImage, setShowImage] = useState(false)
  const [selected, setSelected] = useState('')

  return (
    <main>
      <button id="next" onClick={() => setTopic('defense-attaches')}>Next topic</button>
      <button id="toggle-image" onClick={() => setShowImage(!showImage)}>Toggle image</button>
      <topic-card id="card" topic={topic} selectable show-image={showImage} ontopic-select={(e) => setSelected(e.detail.id)} />
      <p id="selected">{selected && `Selected: ${selected}`}</p>
    </main>
  )
}
