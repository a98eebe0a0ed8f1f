/**
 * Server-rendered widgets in the browser (pages served through the test server's /__ssr/ route:
 * every widget rendered by `defense-topics render --page --hydrate`): without JavaScript they show
 * their content, styled, with working links; with the CDN embed they hydrate: no data loaded
 * again, the server's nodes kept, nothing changes on screen, and events work afterwards; so do
 * they when a server app renders them with the npm package and the page imports
 * `defense-topics/hydrate.js`.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { TopicElement } from '../../src/components/shared/topic-element.js';
import { staticHtml } from '../../stories/static-html.js';
import { framesRemovedAfterEach, stateOf, whenReady } from './helpers.js';

/** Every widget a server renders (the provider renders nothing of its own). */
const WIDGET_TAGS = 'topic-card, pillar-list, article-summary, topic-article, series-nav, topic-index';
const PAGE = '/__ssr/test/fixtures/pages/ssr/widgets.html';
const HOSTILE = '/__ssr/test/fixtures/pages/ssr/hostile.html';
const WIDGETS = ['card', 'button-card', 'pillars', 'summary', 'dark', 'unknown', 'arabic', 'article', 'pager', 'parts', 'index'];
const READY = WIDGETS.filter((id) => id !== 'unknown');

describe('server-rendered widgets', () => {
  const { open, track } = framesRemovedAfterEach();
  // Without the bidi isolation marks around names and ids.
  /** The text a reader sees in a widget's shadow tree: not its server-rendered <style>'s CSS. */
  const shadowText = (element: Element | null) => {
    const root = element?.shadowRoot;
    if (!root) return '';
    const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let text = '';
    while (walker.nextNode()) if ((walker.currentNode.parentNode as Element).localName !== 'style') text += (walker.currentNode as Text).data;
    return text.replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
  };
  const isShown = (element: Element | null | undefined) => !!element && element.getClientRects().length > 0;
  /** The requests a frame made for topic data (the bundled dataset's files, or a remote one's). */
  const dataRequests = (win: Window) =>
    win.performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      // Records, not the table of loaders (modules/lazy.js) the npm package imports up front.
      .filter((name) => /\/data-[0-9a-f]{12}\/|\/generated\/dataset\/(?!modules\/lazy\.js)|\/__hostile\//.test(name));

  describe('with JavaScript off', () => {
    it('show their content, styled, with working links, and hide the fallback only where they show content', async () => {
      const { doc, win } = await open(PAGE, { sandbox: 'allow-same-origin' });
      const byId = (id: string) => doc.getElementById(id)!;
      for (const id of WIDGETS) {
        expect(byId(id).shadowRoot, `#${id} has its declarative shadow root`).not.to.equal(null);
        expect(stateOf(byId(id)), 'no script ran').to.equal(undefined);
      }
      const card = byId('card');
      expect(shadowText(card)).to.contain('Air Defense Cooperation').and.contain('A Fundamental Component of International Cooperation').and.contain('Read the article');
      const link = card.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="link"]')!;
      expect(link.href).to.equal('https://example.org/topics/air-defense-cooperation');
      expect(isShown(link)).to.equal(true);
      // Styled by the styles inside its shadow root: the box, its border and padding.
      const box = card.shadowRoot!.querySelector('[part~="base"]')!;
      const style = win.getComputedStyle(box);
      expect(style.borderTopWidth).to.equal('1px');
      expect(parseFloat(style.paddingTop)).to.be.greaterThan(8);
      expect(style.fontFamily, 'the page’s font').to.equal(win.getComputedStyle(doc.body).fontFamily);
      // The fallback link is hidden where the widget shows its topic…
      expect(isShown(card.querySelector('a'))).to.equal(false);
      expect(isShown(byId('summary').querySelector('a'))).to.equal(false);
      // …and shown alone for a topic that does not exist (no message for readers, no box around it).
      const unknown = byId('unknown');
      expect(shadowText(unknown)).to.equal('');
      expect(isShown(unknown.querySelector('a'))).to.equal(true);
      expect(win.getComputedStyle(unknown.shadowRoot!.querySelector('[part~="base"]')!).display, 'no box of its own').to.equal('contents');
      expect(unknown.getBoundingClientRect().height, 'one line: the link').to.be.lessThan(2 * unknown.querySelector('a')!.getBoundingClientRect().height);
      // The provider's settings, and another language's words.
      expect(byId('dark').shadowRoot!.querySelector('[part~="base"]')!.classList.contains('dark')).to.equal(true);
      expect(byId('dark').shadowRoot!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('2');
      expect(shadowText(byId('arabic'))).to.contain('النقاط الرئيسية');
      expect(shadowText(byId('pillars'))).to.contain('Catalyzing Innovation');
      // The article reads whole; what needs the script (copying links, a table of contents browsers
      // cannot follow into a shadow root) is not shown: the contents left out, the buttons keeping
      // their room (nothing moves when the script starts).
      const article = byId('article');
      expect(shadowText(article)).to.contain('Part 3 of 5');
      expect(getComputedStyle(article.shadowRoot!.querySelector('[part~="toc"]')!).display, 'toc').to.equal('none');
      expect(getComputedStyle(article.shadowRoot!.querySelector('[part~="copy-link"]')!).visibility, 'copy-link').to.equal('hidden');
      // The index lists its topics, with no search box, filter or "Show more" that would do nothing.
      const index = byId('index');
      expect(index.shadowRoot!.querySelectorAll('[part~="item"]').length, 'topics listed').to.be.greaterThan(0);
      const controls = [...index.shadowRoot!.querySelectorAll('input, button')].filter((control) => control.getClientRects().length > 0);
      expect(controls.map((control) => control.outerHTML.slice(0, 60)), 'controls shown').to.deep.equal([]);
      for (const id of READY) expect(byId(id).shadowRoot!.querySelector('[part~="base"]')!.getAttribute('aria-busy'), `#${id}`).to.equal('false');
    });

    it('a hostile dataset’s payloads render as inert text, and no unsafe URL becomes a link or image', async () => {
      const { doc, win } = await open(HOSTILE, { sandbox: 'allow-same-origin' });
      const card = doc.querySelector('topic-card')!;
      expect(shadowText(card)).to.contain('<script>window.__pwned=1</script>');
      for (const widget of doc.querySelectorAll(WIDGET_TAGS)) {
        expect(widget.shadowRoot!.querySelector('script, svg, iframe, object, embed'), widget.localName).to.equal(null);
        for (const element of widget.shadowRoot!.querySelectorAll('*')) {
          for (const { name, value } of element.attributes) {
            expect(name, `an event handler on <${element.localName}>`).not.to.match(/^on/);
            // http(s), or (a table of contents) a section of this page: `#<topic>--<section>`.
            if (name === 'href' || name === 'src') expect(value).to.match(/^(https?:\/\/|#xss--[a-z0-9-]+$)/);
          }
        }
      }
      expect((win as unknown as { __pwned?: unknown }).__pwned).to.equal(undefined);
    });
  });

  describe('the Storybook embed builder’s static HTML (made in the browser from a live widget)', () => {
    /** A frame whose page is some HTML (srcdoc: parsed as a page is, declarative shadow roots included), optionally without scripts. */
    async function openHtml(body: string, attributes: Record<string, string> = {}) {
      const frame = document.createElement('iframe');
      for (const [name, value] of Object.entries(attributes)) frame.setAttribute(name, value);
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${body}</body></html>`;
      document.body.append(frame);
      await loaded;
      return track({ frame, doc: frame.contentDocument!, win: frame.contentWindow as Window & typeof globalThis, warnings: [], errors: [], violations: [] });
    }

    it('of a hostile dataset: inert without and with the script, and taken over with no request', async () => {
      const provider = await fixture(html`<topic-provider src="/__hostile/"><topic-card topic="xss" show-image href="https://example.org/t/{id}"></topic-card></topic-provider>`);
      const card = provider.querySelector('topic-card') as TopicElement<unknown>;
      await whenReady(card);
      const code = staticHtml(card, { withData: true, fallback: '<a href="https://example.org/t/xss">xss</a>' });
      const inert = await openHtml(code, { sandbox: 'allow-same-origin' });
      const shown = inert.doc.querySelector('topic-card')!;
      expect(shadowText(shown)).to.contain('<script>window.__pwned=1</script>');
      expect(shown.shadowRoot!.querySelector('script, svg, iframe')).to.equal(null);
      for (const element of shown.shadowRoot!.querySelectorAll('*')) for (const { name } of element.attributes) expect(name).not.to.match(/^on/);
      const live = await openHtml(`${code}<script type="module" src="/dist/cdn/embed.js"></script>`);
      const taken = live.doc.querySelector('topic-card')!;
      await whenReady(taken);
      expect(shadowText(taken)).to.contain('<script>window.__pwned=1</script>');
      expect(dataRequests(live.win)).to.deep.equal([]);
      await new Promise((resolve) => setTimeout(resolve, 100));
      for (const win of [window, inert.win, live.win]) expect((win as unknown as { __pwned?: unknown }).__pwned).to.equal(undefined);
      provider.remove();
    });
  });

  describe('the demo news page’s server-rendered twin (/static/, built by npm start)', () => {
    it('without JavaScript, shows every widget’s content', async () => {
      const { doc } = await open('/static/', { sandbox: 'allow-same-origin' });
      const widgets = [...doc.querySelectorAll(WIDGET_TAGS)];
      expect(widgets).to.have.length(10);
      for (const widget of widgets) expect(shadowText(widget).length, widget.outerHTML.slice(0, 80)).to.be.greaterThan(20);
      expect(shadowText(doc.querySelector('pillar-list'))).to.contain('Military Training Diplomacy');
    });

    it('with its script, hydrates every widget with no data request', async () => {
      const { doc, win, errors } = await open('/static/');
      for (const widget of doc.querySelectorAll(WIDGET_TAGS)) await whenReady(widget);
      expect(dataRequests(win)).to.deep.equal([]);
      expect(errors).to.deep.equal([]);
    });

    it('the script alone costs a page without server-rendered widgets nothing more: no hydration chunk', async () => {
      const { doc, win } = await open('/demo/news-site/index.html');
      for (const widget of doc.querySelectorAll(WIDGET_TAGS)) await whenReady(widget);
      const chunks = win.performance.getEntriesByType('resource').map((entry) => entry.name);
      expect(chunks.some((name) => /\/chunks\/core-/.test(name))).to.equal(true);
      expect(chunks.some((name) => /hydrate-support-/.test(name))).to.equal(false);
    });
  });

  describe('hydrated by the CDN embed', () => {
    /** Opens the server-rendered page without its script, records the shadow roots' nodes and mutations, then adds the script. */
    async function openAndHydrate(src: string, addScript = (page: Document) => {
      const script = page.createElement('script');
      script.type = 'module';
      script.src = '/dist/cdn/embed.js';
      page.head.append(script);
    }) {
      const frame = await open(src);
      const { doc } = frame;
      const widgets = [...doc.querySelectorAll<HTMLElement>(WIDGET_TAGS)];
      const nodes = new Map(widgets.map((widget) => [widget, [...widget.shadowRoot!.querySelectorAll('*')]]));
      const texts = new Map(widgets.map((widget) => [widget, shadowText(widget)]));
      const mutations: string[] = [];
      for (const widget of widgets) {
        new frame.win.MutationObserver((records) => {
          for (const record of records) {
            // Reading the server's data attribute (data-ssr) removes it: not a change on screen.
            if (record.type === 'attributes' && record.attributeName === 'data-ssr') continue;
            mutations.push(`${widget.id || widget.localName}: ${record.type} ${record.attributeName ?? ''} on <${(record.target as Element).localName ?? '#text'}>`);
          }
        }).observe(widget.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
      }
      addScript(doc);
      for (const widget of widgets) {
        if (widget.id === 'unknown') await waitUntil(() => stateOf(widget) === 'not-found', 'the unknown topic never settled', { timeout: 8000 });
        else await whenReady(widget);
        await (widget as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      }
      return { ...frame, widgets, nodes, texts, mutations };
    }

    /** For openAndHydrate: a site's own module script runs `siteCode` (its own Lit, say), then adds the embed's script. */
    const siteScriptThenEmbed = (siteCode: string) => (page: Document) => {
      const script = page.createElement('script');
      script.type = 'module';
      script.textContent = `${siteCode}
        const embed = document.createElement('script');
        embed.type = 'module';
        embed.src = '/dist/cdn/embed.js';
        document.head.append(embed);`;
      page.head.append(script);
    };

    it('loads no topic data again, keeps every server-rendered node, and changes nothing on screen', async () => {
      const { win, widgets, nodes, texts, mutations, errors } = await openAndHydrate(PAGE);
      expect(dataRequests(win), 'topic data loaded again').to.deep.equal([]);
      const chunks = win.performance.getEntriesByType('resource').map((entry) => entry.name);
      expect(chunks.some((name) => /\/hydrate-support-/.test(name)), 'the hydration support loads on this page').to.equal(true);
      for (const widget of widgets) {
        const after = [...widget.shadowRoot!.querySelectorAll('*')];
        expect(after.length, `#${widget.id}: same number of elements`).to.equal(nodes.get(widget)!.length);
        after.forEach((node, i) => expect(node === nodes.get(widget)![i], `#${widget.id}: <${node.localName}> was replaced`).to.equal(true));
        expect(shadowText(widget)).to.equal(texts.get(widget));
        expect(widget.shadowRoot!.querySelector('[data-ssr]')).to.equal(null);
      }
      expect(mutations, 'changes to the server-rendered shadow roots').to.deep.equal([]);
      expect(errors).to.deep.equal([]);
    });

    it('works afterwards: links and buttons fire topic-select, the fallback rule holds, topics can change', async () => {
      const { doc, win, errors } = await openAndHydrate(PAGE);
      const events: string[] = [];
      doc.addEventListener('topic-select', (event) => {
        events.push((event as CustomEvent<{ id: string }>).detail.id);
        event.preventDefault(); // stay on the page
      });
      doc.getElementById('card')!.shadowRoot!.querySelector<HTMLElement>('[part~="link"]')!.click();
      doc.getElementById('button-card')!.shadowRoot!.querySelector<HTMLElement>('button[part~="link"]')!.click();
      doc.getElementById('summary')!.shadowRoot!.querySelector<HTMLElement>('.related [part~="link"]')!.click();
      expect(events.slice(0, 2)).to.deep.equal(['air-defense-cooperation', 'defense-attaches']);
      expect(events).to.have.length(3);
      expect(win.location.pathname).to.equal('/__ssr/test/fixtures/pages/ssr/widgets.html');
      const unknown = doc.getElementById('unknown')!;
      expect(isShown(unknown.querySelector('a')), 'the fallback, alone').to.equal(true);
      expect(shadowText(unknown)).to.equal('');
      expect(isShown(doc.getElementById('card')!.querySelector('a'))).to.equal(false);
      // After hydration the widget is an ordinary one: a new topic loads and renders.
      unknown.setAttribute('topic', 'defense-attaches');
      await whenReady(unknown);
      expect(shadowText(unknown)).to.contain('Defense Attachés');
      expect(errors).to.deep.equal([]);
    });

    it('renders afresh (with the server’s data, no request) where the browser’s settings differ: the page’s language, unseen by the server', async () => {
      const { doc, win, errors } = await open('/__ssr/test/fixtures/pages/ssr/page-lang.html');
      const card = doc.getElementById('card')!;
      expect(shadowText(card), 'the server spoke English').to.contain('min read');
      const script = doc.createElement('script');
      script.type = 'module';
      script.src = '/dist/cdn/embed.js';
      doc.head.append(script);
      await whenReady(card);
      await waitUntil(() => shadowText(card).includes('قراءة في'), 'the widget kept the server’s English words');
      expect(shadowText(card)).not.to.contain('min read');
      expect(dataRequests(win)).to.deep.equal([]);
      expect(errors).to.deep.equal([]);
    });

    it('on a site that loaded its own Lit and Lit’s hydration support first: hydrated all the same, and the site’s Lit keeps its own support', async () => {
      // The site's own production bundle (not the embed's copy of Lit), as a site that server-renders
      // its own Lit elements ships it: Lit's hydration support, then Lit; the embed after both.
      const { win, widgets, nodes, mutations, warnings, errors } = await openAndHydrate(PAGE, siteScriptThenEmbed("await import('/__site-lit.js');"));
      expect(dataRequests(win), 'topic data loaded again').to.deep.equal([]);
      for (const widget of widgets) {
        [...widget.shadowRoot!.querySelectorAll('*')].forEach((node, i) => expect(node === nodes.get(widget)![i], `#${widget.id}: <${node.localName}> was replaced`).to.equal(true));
      }
      expect(mutations, 'changes to the server-rendered shadow roots').to.deep.equal([]);
      const site = (win as unknown as { siteLit: { LitElement: new () => object; support: unknown } }).siteLit;
      const SiteElement = class extends site.LitElement {} as unknown as { observedAttributes: string[] };
      expect(SiteElement.observedAttributes, 'the site’s own elements can still hydrate').to.include('defer-hydration');
      expect((win as unknown as { litElementHydrateSupport?: unknown }).litElementHydrateSupport, 'the site’s support function is put back').to.equal(site.support);
      // Ordinary widgets afterwards: a topic change loads and renders.
      const unknown = widgets.find((widget) => widget.id === 'unknown')!;
      unknown.setAttribute('topic', 'defense-attaches');
      await whenReady(unknown);
      expect(shadowText(unknown)).to.contain('Defense Attachés');
      expect(warnings.filter((warning) => /hydrate/.test(warning)), 'warnings about hydration').to.deep.equal([]);
      expect(errors).to.deep.equal([]);
    });

    it('on a site that loaded a development build of Lit’s hydration support first: rendered afresh from the server’s data, with a warning naming the cause', async () => {
      // The test server resolves bare imports with the development condition: Lit's development
      // build, whose hydration support cannot hydrate the embed's production Lit it patched.
      const { win, widgets, texts, warnings, errors } = await openAndHydrate(
        PAGE,
        siteScriptThenEmbed("await import('/node_modules/@lit-labs/ssr-client/lit-element-hydrate-support.js'); await import('/node_modules/lit/index.js');"),
      );
      expect(dataRequests(win), 'topic data loaded again').to.deep.equal([]);
      // The same words as the server's render (which had its styles inline; they are adopted now).
      // Country names come from each engine's own Intl data: WebKit's still says "Turkey".
      const sameCountries = (words: string) => words.replace(/Türkiye|Turkey/g, 'TR');
      for (const widget of widgets) {
        const words = sameCountries(shadowText(widget));
        if (widget.id === 'unknown') expect(words, '#unknown: no text of its own').to.equal('');
        else expect(words, `#${widget.id}`).not.to.equal('');
        expect(sameCountries(texts.get(widget)!).endsWith(words), `#${widget.id} shows "${words}"`).to.equal(true);
      }
      const hydration = warnings.filter((warning) => /could not hydrate/.test(warning));
      expect(hydration.length, 'warnings about hydration').to.be.greaterThan(0);
      for (const warning of hydration) expect(warning).to.contain("the page's own copy of Lit's hydration support");
      expect(errors).to.deep.equal([]);
    });

    it('a server-rendered widget of a hostile dataset hydrates with nothing executed', async () => {
      const { win, widgets, errors } = await openAndHydrate(HOSTILE);
      expect(widgets.map((widget) => stateOf(widget))).to.deep.equal(['ready', 'ready', 'ready', 'ready', 'ready', 'ready']);
      expect(dataRequests(win).filter((name) => !/index\.json$/.test(name)), 'no record loaded again').to.deep.equal([]);
      expect((win as unknown as { __pwned?: unknown }).__pwned).to.equal(undefined);
      expect(errors).to.deep.equal([]);
    });

    // The second order is what a bundler may make of the first: Vite's dev server (Astro's) runs
    // Lit's element module before hydrate.js's support module, which then cannot patch it itself.
    for (const [order, imports] of [
      ['hydrate.js first', "import 'defense-topics/hydrate.js'; import 'defense-topics/define.js';"],
      ['Lit run before hydrate.js', "import 'lit'; import 'defense-topics/hydrate.js'; import 'defense-topics/define.js';"],
    ] as const) {
      it(`rendered by a server app with the npm package, hydrated by defense-topics/hydrate.js (no bundler: the README’s import map; ${order})`, async () => {
        const { doc, win, widgets, nodes, mutations, errors } = await openAndHydrate('/__ssr-npm/test/fixtures/pages/ssr/npm.html', (page) => {
          const script = page.createElement('script');
          script.type = 'module';
          script.textContent = imports;
          page.head.append(script);
        });
        expect(dataRequests(win), 'topic data loaded again').to.deep.equal([]);
        for (const widget of widgets) {
          [...widget.shadowRoot!.querySelectorAll('*')].forEach((node, i) => expect(node === nodes.get(widget)![i], `#${widget.id}: <${node.localName}> was replaced`).to.equal(true));
        }
        expect(mutations).to.deep.equal([]);
        expect(shadowText(doc.getElementById('summary'))).to.contain('النقاط الرئيسية');
        expect(doc.getElementById('pillars')!.shadowRoot!.querySelector('[part~="base"]')!.classList.contains('dark')).to.equal(true);
        expect(errors).to.deep.equal([]);
      });
    }

    it('under a strict CSP with Trusted Types (the widgets’ style hashes allowed): hydrated, no violation', async () => {
      const { doc, win, errors, violations } = await open(`/__csp-ssr${PAGE}?script`);
      for (const id of READY) await whenReady(doc.getElementById(id));
      expect(dataRequests(win)).to.deep.equal([]);
      expect(violations).to.deep.equal([]);
      expect(errors).to.deep.equal([]);
    });

    it('under a strict CSP that forbids their inline styles: styled once hydrated (the styles are adopted)', async () => {
      const { doc, win, errors } = await open(`/__csp${PAGE}?script`);
      const card = doc.getElementById('card')!;
      await whenReady(card);
      expect(win.getComputedStyle(card.shadowRoot!.querySelector('[part~="base"]')!).borderTopWidth).to.equal('1px');
      expect(errors).to.deep.equal([]);
    });
  });
});
