import 'defense-topics/define.js'

const card = document.getElementById('card')
document.getElementById('next').addEventListener('click', () => (card.topic = 'defense-attaches'))
document.getElementById('toggle-image').addEventListener('click', () => (card.showImage = !card.showImage))
card.addEventListener('topic-select', (e) => (document.getElementById('selected').textContent = `Selected: ${e.detail.id}`))
