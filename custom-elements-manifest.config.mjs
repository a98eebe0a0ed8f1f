/**
 * `npm run analyze` → custom-elements.json: every widget's attributes, properties, events,
 * slots, CSS parts and custom properties, read from the classes' JSDoc.
 */
export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  dev: false,
};
