/**
 * `npm run analyze` → dist/custom-elements.json (every widget's attributes, properties,
 * events, slots, CSS parts and custom properties, from the classes' JSDoc), plus what editors
 * and frameworks read from it: VS Code custom HTML/CSS data, JSX, Vue and Svelte typings and the
 * React wrappers (scripts/framework-types.mjs).
 */
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { writeFrameworkFiles } from './scripts/framework-types.mjs';

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

/** JSX, Vue and Svelte typings and the React wrappers, from the finished manifest (see scripts/framework-types.mjs). */
const frameworkFilesPlugin = {
  name: 'framework-files',
  packageLinkPhase({ customElementsManifest }) {
    writeFrameworkFiles(customElementsManifest, 'dist');
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
    frameworkFilesPlugin,
  ],
};
