import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { minifyHTMLLiterals } from 'minify-literals';
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

/**
 * Minifies the CSS (Lightning CSS) and HTML inside our Lit `css` and `html` templates: the
 * bundler's minifier leaves template text as written, and the styles are a large part of a
 * widget's bytes. Build only, so the dev server and Storybook show the source as written.
 */
function minifiedTemplates(): Plugin {
  return {
    name: 'minified-templates',
    apply: 'build',
    async transform(code, id) {
      if (!/[\\/]src[\\/]components[\\/].*\.ts$/.test(id)) return null;
      return minifyHTMLLiterals(code, { fileName: id });
    },
  };
}

/** Only <topic-provider> provides a context: the other widgets need only the consumer side. */
const CORE = /rolldown|node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]|src[\\/](data[\\/]|schema[\\/](safe-url|patterns)|version|components[\\/]shared[\\/])/;
const PROVIDER_SIDE_OF_CONTEXT = /@lit[\\/]context[\\/]lib[\\/](controllers[\\/]context-provider|decorators[\\/]provide|value-notifier)/;

export default defineConfig({
  server: { host: '127.0.0.1' },
  optimizeDeps: {
    include: ['lit', 'lit/decorators.js', 'lit/directive-helpers.js', '@lit/context'],
  },
  plugins: [embeddedDataset(), minifiedTemplates()],
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    lib: { entry: 'src/embed/embed.ts', formats: ['es'], fileName: () => 'embed.js' },
    rolldownOptions: {
      // Lets shared code stay in the chunks the groups below name (the entry may gain exports).
      preserveEntrySignatures: 'allow-extension',
      output: {
        chunkFileNames: 'chunks/[name]-[hash].js',
        minify: true,
        // Readable chunk names: Lit once for all widgets, the shared widget code, one chunk per
        // widget, the data access embed.js starts with, and the validator (loaded only for
        // remote datasets).
        advancedChunks: {
          includeDependenciesRecursively: false,
          groups: [
            { name: 'validator', priority: 10, test: /src[\\/]schema[\\/]dataset|node_modules[\\/]zod[\\/]/ },
            { name: 'core', priority: 30, test: (id: string) => !PROVIDER_SIDE_OF_CONTEXT.test(id) && CORE.test(id) },
            {
              priority: 20,
              name: (id: string) => (PROVIDER_SIDE_OF_CONTEXT.test(id) ? 'topic-provider' : (/src[\\/]components[\\/]([a-z-]+)[\\/]/.exec(id)?.[1] ?? null)),
              test: /src[\\/]components[\\/](topic-card|pillar-list|article-summary|topic-provider)[\\/]|@lit[\\/]context[\\/]lib[\\/](controllers[\\/]context-provider|decorators[\\/]provide|value-notifier)/,
            },
          ],
        },
      },
    },
  },
});
