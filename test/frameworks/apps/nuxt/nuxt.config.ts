// https://nuxt.com/docs/api/configuration/nuxt-config
export default defineNuxtConfig({
  compatibilityDate: '2025-07-15',
  devtools: { enabled: false },
  telemetry: false,
  // nuxt generate: the widgets' route as a file too, for a navigation in the browser to pages/server.vue.
  nitro: { prerender: { routes: ['/api/widgets'] } },
  app: { head: { title: 'defense-topics in Nuxt', link: [{ rel: 'icon', type: 'image/svg+xml', href: '/favicon.svg' }] } },
  vue: {
    compilerOptions: {
      // The widgets are custom elements, not Vue components.
      isCustomElement: (tag) => ['topic-card', 'pillar-list', 'article-summary', 'topic-article', 'series-nav', 'topic-index', 'topic-provider'].includes(tag),
    },
  },
})
