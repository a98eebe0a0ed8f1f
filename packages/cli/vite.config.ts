import path from 'node:path';
import { defineConfig } from 'vite';
import { minifiedTemplates } from '../../vite.config.js';

/**
 * The CLI's build (`npm run build -w defense-topics-cli` → dist/cli.js): Node ES modules, the
 * command and the worker threads' entry (extract-worker.js, which the command starts by its URL
 * beside its own), with the code they share in chunks next to them. The dataset schema, declared
 * once in the library's src/schema/, is bundled in; npm dependencies stay imports (a server
 * build externalises them).
 *
 * `CLI_PART=render` builds dist/render.js, which `defense-topics render` loads: the widgets'
 * source with the bundled dataset (read at once, as on any server), their templates minified
 * exactly as in the CDN embed (so the embed hydrates what it renders); Lit and Lit SSR stay
 * imports. It needs the dataset, so it is built after it (`npm run build:render` at the root).
 */
const renderPart = process.env.CLI_PART === 'render';
const root = path.join(import.meta.dirname, '../..');

export default defineConfig({
  root: import.meta.dirname,
  logLevel: 'warn',
  plugins: renderPart ? [minifiedTemplates()] : [],
  resolve: renderPart
    ? { alias: { '#word-catalogs': path.join(root, 'src/components/shared/messages/catalogs.server.ts') } }
    : {},
  build: {
    ssr: true,
    outDir: 'dist',
    emptyOutDir: !renderPart,
    target: 'node20',
    sourcemap: true,
    minify: false,
    rolldownOptions: {
      input: renderPart ? { render: 'src/render.ts' } : { cli: 'src/cli.ts', 'extract-worker': 'src/extract-worker.ts' },
      // Chunks beside the entries: the pool finds the worker's entry relative to its own module.
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
    },
  },
});
