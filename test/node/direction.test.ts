/** The writing direction of a language tag (src/schema/direction.ts): a table, the same in every engine. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { directionOf } from '../../src/schema/direction.js';

describe('directionOf', () => {
  it('right to left: the languages of Arabic, Hebrew and Thaana script, with or without a region', () => {
    for (const tag of ['ar', 'ar-EG', 'ur', 'ur-PK', 'fa', 'fa-AF', 'prs', 'ps', 'sd', 'ckb', 'ug', 'dv', 'he', 'yi', 'pnb', 'azb', 'syr', 'nqo', 'ks']) assert.equal(directionOf(tag), 'rtl', tag);
  });

  it('a script subtag decides: Azerbaijani, Kurdish, Punjabi and Malay in Arabic script are right to left, Urdu and Sindhi in another script are not', () => {
    for (const tag of ['az-Arab', 'ku-Arab', 'ku-Arab-IQ', 'pa-Arab', 'ms-Arab', 'uz-Arab', 'en-Hebr']) assert.equal(directionOf(tag), 'rtl', tag);
    for (const tag of ['ur-Latn', 'sd-Deva', 'az-Latn-AZ', 'ar-Latn']) assert.equal(directionOf(tag), 'ltr', tag);
  });

  it('left to right: everything else, Kurdish and Azerbaijani without a script (Latin), and tags that are not tags', () => {
    for (const tag of ['en', 'en-US', 'tr', 'id', 'ms', 'bn', 'fr', 'ku', 'az', 'zh-Hant', 'ja', 'en-US-x-foo', 'en-x-arab', '', 'x', 'en_US', '123', 'ar!', 'a'.repeat(9)]) assert.equal(directionOf(tag), 'ltr', JSON.stringify(tag));
  });
});
