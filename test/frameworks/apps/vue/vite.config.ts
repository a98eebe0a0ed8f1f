import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'

// https://vite.dev/config/
export default defineConfig({
  plugins: [
    vue({
      template: {
        compilerOptions: {
          // The widgets are custom elements, not Vue components.
          isCustomElement: (tag) => ['topic-card', 'pillar-list', 'article-summary', 'topic-article', 'series-nav', 'topic-index', 'topic-provider'].includes(tag),
        },
      },
    }),
  ],
})
