/**
 * Byte budgets (bench/size/budgets.ts) over the CDN build that `npm test` made: each page a reader
 * loads stays within its budget. Bytes are deterministic, unlike times, so this is a test; raising
 * a budget is a commit of its own that says why.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { OVER_BUDGETS, PAGE_BUDGETS } from '../../bench/size/budgets.js';
import { builtWidgets, cdnBuilt, measuredPages } from '../../bench/size/pages.js';

const CDN = 'dist/cdn';

describe('byte budgets of the CDN build (gzip -9)', () => {
  assert.ok(cdnBuilt(CDN), `no CDN build in ${CDN}: run \`npm run build\` first (npm test does)`);
  const pages = measuredPages(CDN);

  it('has a budget for every widget’s page, and measures every budgeted page', () => {
    for (const widget of builtWidgets(CDN)) assert.ok(PAGE_BUDGETS[`one <${widget}>`], `<${widget}> has no budget in bench/size/budgets.ts`);
    for (const name of [...Object.keys(PAGE_BUDGETS), ...Object.keys(OVER_BUDGETS)]) assert.ok(pages.has(name), `the budgeted page "${name}" was not measured`);
  });

  for (const [name, budget] of Object.entries(PAGE_BUDGETS)) {
    it(`${name}: within ${budget.gzip.toLocaleString('en')} B`, (t) => {
      const size = pages.get(name);
      if (!size) return; // reported by the test above
      t.diagnostic(`${size.gzip.toLocaleString('en')} B gzip in ${size.files} files (budget ${budget.gzip.toLocaleString('en')} B: ${budget.why})`);
      assert.ok(size.gzip <= budget.gzip, `${name} transfers ${size.gzip} B gzip, ${size.gzip - budget.gzip} B over its budget of ${budget.gzip} B (${budget.why}); cut bytes, or raise the budget in a commit of its own that says why`);
    });
  }

  for (const [name, budget] of Object.entries(OVER_BUDGETS)) {
    it(`${name}: at most ${budget.gzip.toLocaleString('en')} B over ${budget.over}`, (t) => {
      const size = pages.get(name);
      const base = pages.get(budget.over);
      if (!size || !base) return;
      const over = size.gzip - base.gzip;
      t.diagnostic(`+${over.toLocaleString('en')} B gzip over ${budget.over} (budget +${budget.gzip.toLocaleString('en')} B: ${budget.why})`);
      assert.ok(over <= budget.gzip, `${name} is ${over} B over ${budget.over}, past its budget of ${budget.gzip} B (${budget.why})`);
    });
  }
});
