// The widgets in the browser (`.client`: Nuxt's server renders their tags as they are, or, on
// pages/server.vue, their content, which they hydrate): Lit's hydration support first, then the widgets.
import 'defense-topics/hydrate.js'
import 'defense-topics/define.js'

export default defineNuxtPlugin(() => {})
