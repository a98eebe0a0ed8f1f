import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/**
 * The CDN build (`npm run build:cdn` → dist/cdn/): embed.js, one lazy chunk per widget, Lit
 * bundled once, and the dataset copied beside them in a folder named by its content hash.
 * The dev server and Storybook read this file too: Lit and @lit/context are pre-bundled
 * together there so a page never loads two copies of Lit.
 */
/** The dataset to embed; `bench:size` points it at a synthetic corpus to measure scaling. */
const DATASET = process.env.EMBED_DATASET ?? 'generated/dataset';

function embeddedDataset(): Plugin {
  let dir = '';
  return {
    name: 'embedded-dataset',
    config(_, { command }) {
      if (command !== 'build') return {};
      const { contentHash } = JSON.parse(readFileSync(path.join(DATASET, 'index.json'), 'utf8')) as { contentHash: string };
      dir = `data-${contentHash.slice(0, 12)}/`;
      return { define: { __EMBED_DATASET_DIR__: JSON.stringify(`./${dir}`) } };
    },
    writeBundle(options) {
      // Everything but the JSON Schemas (documentation, not data a widget reads).
      const isSchemaFolder = (source: string) => path.relative(DATASET, source).split(path.sep)[0] === 'schema';
      cpSync(DATASET, path.join(options.dir!, dir), { recursive: true, filter: (source) => !isSchemaFolder(source) });
    },
  };
}

export default defineConfig({
  server: { host: '127.0.0.1' },
  optimizeDeps: {
    include: ['lit', 'lit/decorators.js', 'lit/directive-helpers.js', '@lit/context'],
  },
  plugins: [embeddedDataset()],
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    lib: { entry: 'src/embed/embed.ts', formats: ['es'], fileName: () => 'embed.js' },
    rolldownOptions: {
      output: {
        chunkFileNames: 'chunks/[name]-[hash].js',
        minify: true,
        // Readable chunk names: Lit once for all widgets, the shared widget code, one chunk per
        // widget, the data access embed.js starts with, and the validator (loaded only for
        // remote datasets).
        advancedChunks: {
          groups: [
            { name: 'lit', priority: 40, test: /node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]/ },
            { name: 'validator', priority: 10, test: /src[\\/]schema[\\/]dataset|node_modules[\\/]zod[\\/]/ },
            // What embed.js itself needs (the data source): small, and without Lit.
            { name: 'data', priority: 30, test: /src[\\/](data[\\/]|schema[\\/](safe-url|patterns)|version)/ },
            { name: 'widget-base', priority: 20, test: /src[\\/]components[\\/]shared[\\/]/ },
            {
              priority: 20,
              name: (id: string) => /src[\\/]components[\\/]([a-z-]+)[\\/]/.exec(id)?.[1] ?? null,
              test: /src[\\/]components[\\/](topic-card|pillar-list|article-summary|topic-provider)[\\/]/,
            },
          ],
        },
      },
    },
  },
});
