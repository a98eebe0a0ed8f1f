/** custom-elements.json (from `npm run analyze`) documents every widget completely. */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';

interface Declaration {
  name: string;
  tagName?: string;
  summary?: string;
  attributes?: { name: string; description?: string }[];
  events?: { name: string; description?: string; type?: { text: string } }[];
  cssParts?: { name: string; description?: string }[];
  cssProperties?: { name: string; description?: string }[];
  slots?: { name: string; description?: string }[];
}

const manifest = JSON.parse(await readFile('dist/custom-elements.json', 'utf8').catch(() => assert.fail('dist/custom-elements.json is missing: run "npm run analyze" (npm test does)'))) as {
  modules: { declarations?: Declaration[] }[];
};
const byTag = new Map(manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName!, d]));

describe('custom-elements.json', () => {
  it('lists every element, each with a summary', () => {
    assert.deepEqual([...byTag.keys()].sort(), ['article-summary', 'pillar-list', 'series-nav', 'topic-article', 'topic-card', 'topic-index', 'topic-provider']);
    for (const [tag, d] of byTag) assert.ok(d.summary && d.summary.length > 20, `${tag} has no summary`);
  });

  for (const tag of ['topic-card', 'pillar-list', 'article-summary', 'topic-article', 'series-nav', 'topic-index']) {
    it(`${tag}: attributes, events, parts and custom properties are all described`, () => {
      const d = byTag.get(tag)!;
      const attributes = d.attributes!.map((a) => a.name);
      for (const name of ['topic', 'heading-level', 'theme', 'lang']) assert.ok(attributes.includes(name), `${tag} lacks ${name}`);
      for (const list of [d.attributes!, d.cssParts!, d.cssProperties!]) {
        assert.ok(list.length > 0);
        for (const entry of list) assert.ok(entry.description, `${tag}: ${entry.name} has no description`);
      }
      const widgetError = d.events!.find((e) => e.name === 'widget-error');
      assert.ok(widgetError?.description, `${tag}: widget-error is not described`);
      for (const part of ['base', 'skeleton', 'state', 'retry']) assert.ok(d.cssParts!.some((p) => p.name === part), `${tag} lacks part ${part}`);
    });
  }

  it('topic-provider documents its slot and its src attribute', () => {
    const d = byTag.get('topic-provider')!;
    assert.equal(d.slots?.length, 1);
    assert.ok(d.attributes!.find((a) => a.name === 'src')?.description);
  });

  it('documents that a boolean attribute reads "false" as false, and what topic-select carries', () => {
    for (const [tag, name] of [['topic-card', 'show-image'], ['topic-card', 'selectable'], ['article-summary', 'selectable'], ['topic-provider', 'selectable']] as const) {
      assert.match(byTag.get(tag)!.attributes!.find((a) => a.name === name)?.description ?? '', /"false"/, `${tag} ${name}`);
    }
    for (const tag of ['topic-card', 'article-summary']) {
      const event = byTag.get(tag)!.events!.find((e) => e.name === 'topic-select')!;
      for (const key of ['id', 'href', 'button', 'ctrlKey', 'metaKey', 'shiftKey', 'altKey']) assert.ok(event.type?.text.includes(key), `${tag} topic-select lacks ${key}`);
      assert.match(event.description ?? '', /modifier key or the middle button/);
    }
  });
});

describe('the React wrappers (dist/react.js, made from the manifest)', () => {
  it('are a client module for React Server Components: "use client" is their first statement, and every tag has a wrapper', async () => {
    const js = await readFile('dist/react.js', 'utf8');
    const statements = js.split('\n').filter((line) => line.trim() !== '' && !line.trim().startsWith('//'));
    assert.equal(statements[0], "'use client';", 'the directive must come before any import (Next.js reads only the first statement)');
    for (const name of ['TopicCard', 'PillarList', 'ArticleSummary', 'TopicArticle', 'SeriesNav', 'TopicIndex', 'TopicProvider']) assert.match(js, new RegExp(`export const ${name} = wrapper\\(\\s*createComponent\\(`), name);
  });
});
