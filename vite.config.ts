import { defineConfig } from 'vite';

// Shared by the dev server and Storybook. Lit and @lit/context are pre-bundled together so the
// dev server never loads two copies of Lit ("Multiple versions of Lit loaded").
export default defineConfig({
  server: { host: '127.0.0.1' },
  optimizeDeps: {
    include: ['lit', 'lit/decorators.js', 'lit/directive-helpers.js', '@lit/context'],
  },
});
