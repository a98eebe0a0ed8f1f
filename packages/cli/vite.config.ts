import { defineConfig } from 'vite';

/**
 * The CLI's build (`npm run build -w defense-topics-cli` → dist/cli.js): one Node ES module.
 * The dataset schema, declared once in the library's src/schema/, is bundled in; npm
 * dependencies stay imports (a server build externalises them).
 */
export default defineConfig({
  root: import.meta.dirname,
  logLevel: 'warn',
  build: {
    ssr: true,
    outDir: 'dist',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    minify: false,
    rolldownOptions: {
      input: { cli: 'src/cli.ts' },
      output: { format: 'es', entryFileNames: '[name].js' },
    },
  },
});
