/**
 * The dataset's schema, declared once in the library (`src/schema/`) and shared here: the
 * generator validates what it writes against the very declarations the widgets' types and the
 * remote-dataset validator come from. The CLI's build bundles these modules in.
 */
export * from '../../../src/schema/dataset.js';
export * from '../../../src/schema/content.js';
export { describeUnsafeUrl, isSafeHttpUrl } from '../../../src/schema/safe-url.js';
export { directionOf } from '../../../src/schema/direction.js';
