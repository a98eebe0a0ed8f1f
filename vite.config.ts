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
    enforce: 'pre',
    config(userConfig, { command }) {
      // The CDN build only (not Storybook's build, which reads this file too).
      if (command !== 'build' || !userConfig.build?.lib) return {};
      const { contentHash } = JSON.parse(readFileSync(path.join(DATASET, 'index.json'), 'utf8')) as { contentHash: string };
      const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
      const { languages } = JSON.parse(readFileSync(path.join(DATASET, 'languages.json'), 'utf8')) as { languages: string[] };
      dir = `data-${contentHash.slice(0, 12)}/`;
      return {
        define: {
          // Seen from the chunks/ folder, where the data access code lands (in the core chunk).
          __BUNDLED_DATASET_PATH__: JSON.stringify(`../${dir}`),
          __BUNDLED_DATASET_LANGUAGES__: JSON.stringify(languages),
          __EMBED_VERSION__: JSON.stringify(version),
        },
      };
    },
    resolveId(source, importer) {
      // The embed reads the dataset as JSON files next to its chunks (known by id alone, so its
      // code carries no table of every record), not through the module graph as the npm build does.
      if (!dir || source !== './bundled-source.js' || !importer || fromRoot(importer) !== 'src/data/sources.ts') return null;
      return path.join(import.meta.dirname, 'src/data/bundled-source.cdn.ts');
    },
    writeBundle(options) {
      if (!dir) return;
      // The JSON records only: not the JSON Schemas (documentation) nor the module form (the npm build's).
      const isSkipped = (source: string) => ['schema', 'modules'].includes(path.relative(DATASET, source).split(path.sep)[0]!);
      cpSync(DATASET, path.join(options.dir!, dir), { recursive: true, filter: (source) => !isSkipped(source) });
    },
  };
}

/**
 * Minifies the CSS (Lightning CSS) and HTML inside our Lit `css` and `html` templates: the
 * bundler's minifier leaves template text as written, and the styles are a large part of a
 * widget's bytes. Build only, so the dev server and Storybook show the source as written.
 */
export function minifiedTemplates(): Plugin {
  return {
    name: 'minified-templates',
    apply: 'build',
    async transform(code, id) {
      if (!/[\\/]src[\\/]components[\\/].*\.ts$/.test(id)) return null;
      return minifyHTMLLiterals(code, { fileName: id });
    },
  };
}

/** A module's path from the project's root, with forward slashes. */
const fromRoot = (id: string) => path.relative(import.meta.dirname, id).split(path.sep).join('/');
/** A widget's registration entry: the start of that widget's own lazy chunk, named after it. */
const WIDGET_ENTRY = /^src\/components\/([a-z-]+)\/define\.ts$/;
/**
 * What every widget needs: Lit, the consumer side of @lit/context, data access and the widget
 * base with its English words (other languages are chunks of their own, loaded when spoken, and
 * so are the error state and failure reporting (failure.ts, with the focus that follows a retry)
 * and the announcer of failures, loaded with a page's first failure).
 */
const CORE =
  /^(node_modules\/(lit|lit-html|lit-element|@lit\/[a-z-]+)\/|src\/(data\/(?!validators\/|load-failure|search-file|languages-check)|schema\/(safe-url|patterns|direction)\.ts$|version\.ts$|components\/shared\/(?!announcer\.|failure\.|retry-focus\.|topic-label\.|messages\/(?!index|en\.|format\.|catalogs\.))))/;
/** Only <topic-provider> provides a context, so this side of @lit/context stays in its chunk. */
const PROVIDER_SIDE_OF_CONTEXT = /^node_modules\/@lit\/context\/(development\/)?lib\/(controllers\/context-provider|decorators\/provide|value-notifier)/;
const isCoreModule = (fromRootPath: string) => CORE.test(fromRootPath) && !isProviderModule(fromRootPath) && !REMOTE_DATASET_CHUNK.test(fromRootPath) && !HYDRATION.test(fromRootPath);
/**
 * Remote datasets (`<topic-provider src>`): their registry (remote-sources.ts, which makes a
 * remote dataset at once) is kept out of core with <topic-provider> and the provider side of
 * @lit/context: only that widget's define entry reaches them, so they land in the chunk it starts
 * (not a group, which would need a module namespace helper for the embed's import of it).
 * What reads one (requests shared, cancelled and validated, with what every kind's validator
 * shares: the error messages) is the `remote-dataset` chunk, loaded with a remote dataset's first
 * request: a provider without `src`, and the bundled dataset, need none of it. Each kind's
 * compiled validator (src/data/validators/) is a chunk of its own, loaded with a remote
 * dataset's first record of that kind.
 */
const PROVIDER_CHUNK = /^src\/(components\/topic-provider\/|data\/remote-(sources|language)\.ts$)/;
/** Kept out of core, and not a group either: the chunk that remote-sources.ts's import of validated-requests.ts starts. */
const REMOTE_DATASET_CHUNK = /^src\/data\/(validated-requests|shared-requests|validate-record)\.ts$/;
const isProviderModule = (fromRootPath: string) => PROVIDER_CHUNK.test(fromRootPath) || PROVIDER_SIDE_OF_CONTEXT.test(fromRootPath);
const VALIDATOR_ENTRY = /^src\/data\/validators\/([a-z]+)\.ts$/;
function chunkName(facade: string): string {
  const widget = WIDGET_ENTRY.exec(facade)?.[1];
  const validator = VALIDATOR_ENTRY.exec(facade)?.[1];
  if (facade === 'src/data/validated-requests.ts') return 'remote-dataset';
  if (facade === 'src/data/languages-check.ts') return 'validate-languages';
  return widget ?? (validator ? `validate-${validator}` : '[name]');
}
/**
 * Lit's hydration support, the parts of lit-html only it uses, and the widgets' way of taking over a
 * server render: not core, but the chunk of the hydration entry (loaded only on pages with
 * server-rendered widgets), which starts at src/embed/hydrate-support.ts.
 */
const HYDRATION = /^(src\/components\/shared\/hydration\.ts$|node_modules\/lit-html\/(development\/)?(private-ssr-support|directive|directive-helpers)\.js$)/;

export default defineConfig({
  server: { host: '127.0.0.1' },
  // The package's `#word-catalogs` import points at dist/ (the published files); this build, the
  // dev server and Storybook read the source (the browsers' form: each language loaded when spoken).
  resolve: { alias: { '#word-catalogs': path.join(import.meta.dirname, 'src/components/shared/messages/catalogs.ts') } },
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
      // Needed to group modules without their dependencies (embed.js may gain exports).
      preserveEntrySignatures: 'allow-extension',
      output: {
        // Each widget's chunk is the one its define entry starts: named by the widget.
        // So is each kind's validator: validate-card, validate-article…
        chunkFileNames: (chunk) => `chunks/${chunkName(fromRoot(chunk.facadeModuleId ?? ''))}-[hash].js`,
        minify: true,
        // The minifier keeps `/* @__PURE__ */` marks (for a later bundler, which a CDN file never
        // meets) unless told: 16 bytes each, two dozen in the core chunk. (It drops Lit's license
        // comments either way, as it did before.)
        comments: false,
        // Eight kinds of chunk: `core` (loaded with a page's first widget, shared by every widget),
        // one per widget (loaded when the page has that widget), `remote-dataset` (what reads a
        // remote dataset, loaded with its first request), one per language other than English
        // (loaded when a widget speaks it), one validator per kind of record (loaded only for remote datasets), the
        // words of data failures (load-failure.ts, loaded with the first), the error state and the
        // announcer (failure.ts and announcer.ts, loaded with a page's first failed load) and Lit's hydration
        // support (only on pages with server-rendered widgets). `core` is a chunk of its own, not part of embed.js: a page without widgets
        // never loads it, and the widget chunks import it by a URL that never varies, whereas a
        // page may load embed.js with a query string, which would make the browser run a second
        // copy of everything.
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [
            { name: 'core', priority: 30, test: (id: string) => isCoreModule(fromRoot(id)) },
          ],
        },
      },
    },
  },
});
