/**
 * The dataset built with the package, reached through the module graph: `#bundled-dataset` is
 * the package's own import (package.json `imports`), so every bundler and a browser without one
 * find it wherever the package's files end up, with nothing to copy or configure. In browsers it
 * is the lazy table (each record a module of its own, loaded when a widget shows that topic);
 * on servers (the `node` condition) the eager one, read synchronously so a server render shows
 * the content. The CDN build replaces this module with `bundled-source.cdn.ts`.
 */
import * as table from '#bundled-dataset';
import type { TopicDataSource } from './data-source.js';
import { ModuleDataSource } from './module-data-source.js';

export function createBundledSource(): TopicDataSource {
  return new ModuleDataSource(table, {
    label: 'the bundled dataset',
    hint: 'Its records are modules of your app’s build: reload the page to load the current build, and check that the deployment kept all of its chunks.',
  });
}
