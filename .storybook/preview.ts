import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { HttpDataSource } from '../src/data/http-data-source.js';
import { setDefaultDataSource } from '../src/data/sources.js';
import '../src/define.js';
import manifest from '../dist/custom-elements.json';

// Docs tables (attributes, properties, events, slots, parts, custom properties) and controls.
setCustomElementsManifest(manifest);

// The dataset is served by Storybook at ./dataset/ (see main.ts staticDirs), in dev and in the static build.
setDefaultDataSource(new HttpDataSource({ url: './dataset/', validate: false, label: 'the Storybook dataset' }));

/** Fails a story on any console.error (checked by the Vitest run of every story). */
let consoleErrors: unknown[][] = [];
const originalError = console.error;

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    // Accessibility violations fail the story's test.
    a11y: { test: 'error' },
    layout: 'padded',
  },
  globalTypes: {
    theme: {
      description: 'Widget theme',
      toolbar: { title: 'Theme', icon: 'paintbrush', items: ['auto', 'light', 'dark'], dynamicTitle: true },
    },
    dir: {
      description: 'Text direction of the page',
      toolbar: { title: 'Direction', icon: 'transfer', items: ['ltr', 'rtl'], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'auto', dir: 'ltr' },
  decorators: [
    (story, context) => {
      const theme = context.globals.theme as string;
      const dir = context.globals.dir as string;
      // A provider gives the toolbar's theme to every widget that does not set its own.
      return html`<div dir=${dir} style=${theme === 'dark' ? 'background:#0d1117;padding:1rem' : 'padding:1rem'}>
        <topic-provider theme=${theme}>${story()}</topic-provider>
      </div>`;
    },
  ],
  beforeEach() {
    consoleErrors = [];
    console.error = (...args: unknown[]) => {
      consoleErrors.push(args);
      originalError.apply(console, args);
    };
    return () => {
      console.error = originalError;
    };
  },
  afterEach() {
    if (consoleErrors.length > 0) throw new Error(`console.error was called: ${consoleErrors.map((args) => args.map(String).join(' ')).join(' | ')}`);
  },
  tags: ['autodocs'],
};

export default preview;
