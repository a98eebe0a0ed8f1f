import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Builds the demo app against the package's npm build (resolved through its `exports`).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/vite-app/',
  build: { outDir: '../../dist/demo/vite-app', emptyOutDir: true },
});
