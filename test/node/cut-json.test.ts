/**
 * Records are serialised once with holes where the corpus fields go, and filled at the end: once
 * filled, they must be exactly what JSON.stringify writes of the whole record, whatever the
 * article's texts hold.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HOLE, type Holes, cutJson, cutJsonByWalk, fillJson } from '../../packages/cli/src/prepare.js';

const HOLES: ReadonlyMap<string, Holes> = new Map<string, Holes>([
  ['keywords', HOLE],
  ['related', HOLE],
  ['evidence', new Map([['related', HOLE]])],
]);

const TRICKY = ['', 'plain', 'a "quoted" \\ text', 'nul \u0000 inside', '\u0000hole-0123', 'emoji 🛰️ and \u2028 separators', '</script>'];

function record(text: string): Record<string, unknown> {
  return {
    schemaVersion: 1,
    id: 'x',
    tagline: undefined,
    title: text,
    keywords: [text, 'air defense'],
    lead: [{ type: 'paragraph', content: [{ text }] }],
    related: [{ id: 'y', score: 0.5 }],
    evidence: { abstract: { rule: text }, related: { rule: 'similarity', belowMinimum: [text] }, images: [] },
  };
}

/** The holes' own JSON, in the order their keys are written. */
function holesOf(value: Record<string, unknown>): string[] {
  const evidence = value.evidence as Record<string, unknown>;
  return [JSON.stringify(value.keywords), JSON.stringify(value.related), JSON.stringify(evidence.related)];
}

test('cut JSON, filled with the holes, is JSON.stringify of the whole record', () => {
  for (const text of TRICKY) {
    const value = record(text);
    assert.equal(fillJson(cutJson(value, HOLES), holesOf(value)), JSON.stringify(value), `text ${JSON.stringify(text)}`);
    assert.deepEqual(cutJson(value, HOLES), cutJsonByWalk(value, HOLES), `text ${JSON.stringify(text)}`);
  }
});

test('a hole whose key is absent or undefined is no hole, as JSON.stringify leaves the key out', () => {
  const value = { id: 'x', keywords: undefined, evidence: { rule: 'r' }, after: true };
  const pieces = cutJson(value, HOLES);
  assert.deepEqual(pieces, [JSON.stringify(value)]);
  assert.deepEqual(pieces, cutJsonByWalk(value, HOLES));
});
