import { defineConfig } from 'vite';

// Lit and @lit/context are pre-bundled together so the dev server (and Storybook, which reads
// this file) never loads two copies of Lit ("Multiple versions of Lit loaded").
export default defineConfig({
  server: { host: '127.0.0.1' },
  optimizeDeps: {
    include: ['lit', 'lit/decorators.js', 'lit/directive-helpers.js', '@lit/context'],
  },
});
