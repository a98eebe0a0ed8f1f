/** The one URL policy: only absolute http(s) URLs, written out in full. */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeUnsafeUrl, isSafeHttpUrl } from '../../src/schema/safe-url.js';

it('accepts absolute http and https URLs', () => {
  for (const url of ['https://example.org/a?b=c#d', 'http://127.0.0.1:8000/x', 'HTTPS://EXAMPLE.ORG/']) assert.equal(isSafeHttpUrl(url), true, url);
});

it('refuses other schemes, relative URLs and half-written ones, saying why', () => {
  const cases: [string, RegExp][] = [
    ['javascript:alert(1)', /scheme "javascript:"/],
    ['java\tscript:alert(1)', /scheme "javascript:"/],
    ['data:text/html,x', /scheme "data:"/],
    ['vbscript:x', /scheme "vbscript:"/],
    ['mailto:a@b.c', /scheme "mailto:"/],
    ['/relative/path', /not absolute/],
    ['//evil.example/x', /not absolute/],
    ['http:example.com', /must start with http:\/\/ or https:\/\//],
    ['https:/one-slash.example', /must start with http:\/\/ or https:\/\//],
    ['', /empty/],
  ];
  for (const [url, reason] of cases) {
    assert.equal(isSafeHttpUrl(url), false, url);
    assert.match(describeUnsafeUrl(url), reason, url);
  }
});
