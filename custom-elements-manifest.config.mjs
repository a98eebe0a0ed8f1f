/**
 * `npm run analyze` → dist/custom-elements.json (every widget's attributes, properties,
 * events, slots, CSS parts and custom properties, from the classes' JSDoc), plus what editors
 * and JSX users read from it: VS Code custom HTML/CSS data and JSX typings (React 19, Preact,
 * Solid…).
 */
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';

/**
 * The analyzer types events from `new CustomEvent(...)` as plain `CustomEvent`; give them their
 * detail types, inline, so docs and JSX typings can use them without imports.
 */
const EVENT_DETAILS = {
  'topic-select': '{ id: string; href?: string; button: number; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }',
  'widget-error':
    "{ code: 'not-found' | 'load-failed' | 'invalid-data' | 'render-failed'; topic: string; message: string; validIds?: readonly string[] }",
};
const eventTypesPlugin = {
  name: 'event-detail-types',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        for (const event of declaration.events ?? []) {
          if (EVENT_DETAILS[event.name]) event.type = { text: `CustomEvent<${EVENT_DETAILS[event.name]}>` };
        }
      }
    }
  },
};

/** JSX typings from a copy of the manifest whose event types are the details, as the generator expects. */
const jsxTypesPlugin = {
  name: 'jsx-types',
  packageLinkPhase({ customElementsManifest }) {
    const copy = structuredClone(customElementsManifest);
    for (const module of copy.modules) {
      for (const declaration of module.declarations ?? []) {
        for (const event of declaration.events ?? []) {
          if (EVENT_DETAILS[event.name]) event.type = { text: EVENT_DETAILS[event.name] };
        }
      }
    }
    generateJsxTypes(copy, {
      outdir: 'dist',
      fileName: 'jsx.d.ts',
      hideLogs: true,
      // Paths relative to dist/, where the classes' declarations are emitted.
      componentTypePath: (_name, tag) => `./components/${tag}/${tag}.js`,
    });
  },
};

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  dev: false,
  plugins: [
    eventTypesPlugin,
    customElementVsCodePlugin({
      outdir: 'dist',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
    }),
    jsxTypesPlugin,
  ],
};
