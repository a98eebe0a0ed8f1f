// The widgets in the browser (`.client`: Nuxt's server renders their tags as they are).
import 'defense-topics/define.js'

export default defineNuxtPlugin(() => {})
