/**
 * Rewrites the golden snapshot (test/golden/dataset) from the current generator, pretty-printed
 * so reviewers can read its diff. Run it only after reading the change by eye:
 *   npm run test:update-golden && git diff test/golden
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildDataset } from '../packages/cli/src/build.js';
import { formatDiagnostic } from '../packages/cli/src/diagnostics.js';

const GOLDEN_DIR = 'test/golden/dataset';

const result = await buildDataset({ articlesDir: 'content/articles' });
if (result.files.size === 0) {
  for (const d of result.diagnostics) console.error(formatDiagnostic(d));
  process.exit(1);
}
await rm(GOLDEN_DIR, { recursive: true, force: true });
for (const [name, text] of result.files) {
  // The schemas are generated from the schema, the module form from the JSON records: each has its own test.
  if (name.startsWith('schema/') || !name.endsWith('.json')) continue;
  const file = path.join(GOLDEN_DIR, name);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(JSON.parse(text), null, 2)}\n`);
}
console.log(`wrote ${GOLDEN_DIR}`);
