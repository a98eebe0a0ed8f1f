/** The dataset's schema version, apart from the schema so the browser's validators can read it without zod. */
export const SCHEMA_VERSION = 4;
