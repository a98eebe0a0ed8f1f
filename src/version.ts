/** The library's version, compared by `define` when a tag is already registered. Kept equal to package.json (tested). */
export const VERSION = '0.1.0';
