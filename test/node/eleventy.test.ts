/**
 * The Eleventy example (examples/eleventy): Eleventy 3 with Lit's plugin builds the site with the
 * widgets rendered into its HTML, from the package's own entry and no shims.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { tempDir } from './helpers.js';

const EXAMPLE = 'examples/eleventy';
const text = (markup: string) => markup.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ');

describe('the Eleventy example site', () => {
  it('builds, and its HTML holds every widget’s content', { timeout: 120_000 }, async () => {
    const out = await tempDir();
    const eleventy = path.resolve('node_modules/@11ty/eleventy/cmd.cjs');
    await promisify(execFile)(process.execPath, [eleventy, '--config=eleventy.config.js', `--output=${out}`, '--quiet'], { cwd: EXAMPLE });
    const page = await readFile(path.join(out, 'index.html'), 'utf8');
    // Eight elements with a declarative shadow root: the provider and seven widgets.
    assert.equal((page.match(/<template shadowroot="open" shadowrootmode="open">/g) ?? []).length, 8);
    const content = text(page);
    // What the widgets show, from the bundled dataset (whatever the generator chose).
    const record = async (file: string) => JSON.parse(await readFile(path.join('generated/dataset', file), 'utf8'));
    const card = await record('cards/air-defense-cooperation.json');
    const pillars = await record('summaries/defense-technology-exchanges.json');
    const summary = await record('summaries/military-training-diplomacy.json');
    for (const words of [card.tagline, card.abstract, pillars.pillars[0].label, summary.summary.abstract, summary.summary.conclusion] as string[]) {
      assert.ok(content.includes(words), `"${words}" is not in the built page`);
    }
    assert.ok(content.includes('قراءة في'), 'the Arabic card speaks Arabic');
    // The unknown topic: its fallback link only, no message for readers.
    assert.ok(!/no topic called|naval-cooperation”/.test(content), 'no developer message on the page');
    assert.match(page, /<topic-card\s+topic="naval-cooperation">\s*<template [^>]*>[\s\S]*?class="root [a-z]+ bare"[\s\S]*?<slot class="fallback"><\/slot>[\s\S]*?<\/template>\s*<a href="\/topics\/">All topics<\/a>/, 'the unknown topic shows its fallback link');
    // The whole article, with its place in the series, and the way to the part before it.
    const article = await record('articles/defense-attaches.json');
    for (const words of ['Part 5 of 5', 'Contents', ...article.sections.map((section: { heading: string }) => section.heading)]) assert.ok(content.includes(words), `"${words}" is not in the built page`);
    assert.match(page, /<a [^>]*href="\/topics\/military-training-diplomacy\/"[^>]*rel="prev"|<a [^>]*rel="prev"[^>]*href="\/topics\/military-training-diplomacy\/"/, 'the link to the previous part');
    assert.match(page, /class="root light" aria-busy="false"/, 'the provider’s theme');
    assert.match(page, /role="heading" aria-level="2"/, 'the provider’s heading level');
    assert.match(page, /<a class="link" part="link" href="\/topics\/air-defense-cooperation\/"/);
    assert.doesNotMatch(page, /skeleton-text">/, 'no loading skeleton');
  });
});
