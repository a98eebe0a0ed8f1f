/**
 * Server-rendered widgets whatever order a site's bundler runs Lit, the widgets and `hydrate.js`
 * in (issue 23: a production build that shares the widgets' chunk between pages runs it before
 * `hydrate.js`). The page is rendered by Lit SSR with the npm package (the test server's
 * /__ssr-npm/ route, the README's import map) and a module script then imports, in each order:
 *   - the widgets, then hydrate.js in the same module graph: hydrated all the same (every node
 *     kept, no data loaded, nothing changed on screen);
 *   - the widgets alone (no hydrate.js), or hydrate.js only in a later task: rendered afresh,
 *     replacing the server's render;
 * and never two copies of a widget's content, at any moment, and nothing thrown.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { framesRemovedAfterEach, stateOf } from './helpers.js';

const PAGE = '/__ssr-npm/test/fixtures/pages/ssr/npm.html';
const WIDGET_TAGS = 'topic-card, pillar-list, article-summary';

describe('server-rendered widgets, whatever order the modules run in', () => {
  const { open } = framesRemovedAfterEach();

  /** The requests a frame made for topic records (the bundled dataset's files, not its table of loaders). */
  const dataRequests = (win: Window) =>
    win.performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => /\/generated\/dataset\/(?!modules\/lazy\.js)/.test(name));

  /** How many boxes (a widget's render: `part="base"`) its shadow root holds. */
  const boxes = (widget: Element) => widget.shadowRoot!.querySelectorAll('[part~="base"]').length;

  /**
   * Opens the server-rendered page, records its widgets' nodes and the most boxes any widget's
   * shadow root ever held, then runs `imports` as the page's module script and waits until every
   * widget is ready.
   */
  async function openWith(imports: string) {
    const frame = await open(PAGE);
    const { doc, win } = frame;
    const widgets = [...doc.querySelectorAll<HTMLElement>(WIDGET_TAGS)];
    expect(widgets.length).to.equal(3);
    for (const widget of widgets) expect(boxes(widget), `#${widget.id}: the server's render`).to.equal(1);
    const nodes = new Map(widgets.map((widget) => [widget, [...widget.shadowRoot!.querySelectorAll('*')]]));
    const most = new Map(widgets.map((widget) => [widget, 1]));
    const mutations: string[] = [];
    for (const widget of widgets) {
      // Called at the end of each task's microtasks, before anything is painted: a second copy
      // that lasted a frame would be seen here.
      new win.MutationObserver((records) => {
        most.set(widget, Math.max(most.get(widget)!, boxes(widget)));
        for (const record of records) {
          // Reading the server's data attribute (data-ssr) removes it: not a change on screen.
          if (record.type === 'attributes' && record.attributeName === 'data-ssr') continue;
          mutations.push(`${widget.id}: ${record.type} on <${(record.target as Element).localName ?? '#text'}>`);
        }
      }).observe(widget.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
    }
    const script = doc.createElement('script');
    script.type = 'module';
    script.textContent = imports;
    doc.head.append(script);
    for (const widget of widgets) {
      await waitUntil(() => stateOf(widget) === 'ready', `#${widget.id} never became ready (${stateOf(widget)})`, { timeout: 8000 });
      await (widget as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    }
    // Whatever follows the first render (a record loaded, a late module) has had its time.
    await new Promise((resolve) => setTimeout(resolve, 300));
    return { ...frame, widgets, nodes, most, mutations };
  }

  /** Changes a card's topic: it shows the new one, once. */
  async function changeTopic(card: HTMLElement) {
    (card as HTMLElement & { topic: string }).topic = 'defense-attaches';
    await waitUntil(() => card.shadowRoot!.querySelector('[part~="heading"]')?.textContent?.includes('Defense Attachés'), 'the new topic never showed', { timeout: 8000 });
    expect(boxes(card), `#${card.id}: the new topic's content once`).to.equal(1);
    expect(card.shadowRoot!.querySelectorAll('[part~="heading"]').length).to.equal(1);
  }

  it('the widgets run before hydrate.js, in one module graph (a bundle’s shared chunk first): hydrated, every node kept, no data loaded', async () => {
    const { win, widgets, nodes, most, mutations, errors, warnings } = await openWith("import 'defense-topics/define.js'; import 'defense-topics/hydrate.js';");
    for (const widget of widgets) {
      expect(boxes(widget), `#${widget.id}: its content once`).to.equal(1);
      expect(most.get(widget), `#${widget.id}: at most one copy at any moment`).to.equal(1);
      const after = [...widget.shadowRoot!.querySelectorAll('*')];
      expect(after.length, `#${widget.id}: same number of elements`).to.equal(nodes.get(widget)!.length);
      after.forEach((node, i) => expect(node === nodes.get(widget)![i], `#${widget.id}: <${node.localName}> was replaced`).to.equal(true));
    }
    expect(mutations, 'changes to the server-rendered shadow roots').to.deep.equal([]);
    expect(dataRequests(win), 'topic data loaded again').to.deep.equal([]);
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
    // Live afterwards: a new topic renders in place of the hydrated content, once.
    await changeTopic(widgets[0]!);
  });

  for (const [order, imports] of [
    ['the widgets without hydrate.js', "import 'defense-topics/define.js';"],
    ['hydrate.js loaded in a later task, after the widgets’ first render', "import 'defense-topics/define.js'; setTimeout(() => import('defense-topics/hydrate.js'), 50);"],
  ] as const) {
    it(`${order}: rendered afresh, once, replacing the server’s render (its content never twice), nothing thrown`, async () => {
      const { doc, widgets, nodes, most, errors } = await openWith(imports);
      for (const widget of widgets) {
        expect(boxes(widget), `#${widget.id}: its content once`).to.equal(1);
        expect(most.get(widget), `#${widget.id}: at most one copy at any moment`).to.equal(1);
        // The server's nodes are gone: the widget's own render replaced them.
        const after = new Set(widget.shadowRoot!.querySelectorAll('*'));
        expect(nodes.get(widget)!.some((node) => after.has(node)), `#${widget.id}: a server-rendered node left`).to.equal(false);
        expect(widget.shadowRoot!.querySelectorAll('[part~="heading"]').length, `#${widget.id}: one heading`).to.be.at.most(1);
      }
      // The same content as the server's, in the widget's own render.
      expect(doc.getElementById('card')!.shadowRoot!.querySelector('[part~="heading"]')!.textContent).to.contain('Air Defense Cooperation');
      expect(doc.getElementById('pillars')!.shadowRoot!.querySelector('[part~="base"]')!.classList.contains('dark')).to.equal(true);
      await changeTopic(doc.getElementById('card')!);
      expect(errors).to.deep.equal([]);
    });
  }
});

describe('server HTML inserted by a script (a client-side router’s navigation)', () => {
  const { open } = framesRemovedAfterEach();

  it('a declarative shadow root the browser left as a template is attached and hydrated: the server’s nodes, no data loaded', async () => {
    // A page with the widgets and hydrate.js already running, as after a first page load.
    const frame = await open(PAGE);
    const { doc, win } = frame;
    const script = doc.createElement('script');
    script.type = 'module';
    script.textContent = "import 'defense-topics/hydrate.js'; import 'defense-topics/define.js';";
    doc.head.append(script);
    for (const widget of doc.querySelectorAll(WIDGET_TAGS)) await waitUntil(() => stateOf(widget) === 'ready', `#${widget.id} never got ready`);
    // The next page's HTML, as a router fetches it and inserts it with innerHTML (not parsed as a page).
    const html = await (await win.fetch(PAGE)).text();
    const body = /<body>([\s\S]*)<\/body>/.exec(html)![1]!;
    const holder = doc.createElement('div');
    holder.innerHTML = body;
    const card = holder.querySelector('topic-card')!;
    const template = card.querySelector(':scope > template') as HTMLTemplateElement;
    expect(template, 'innerHTML leaves the declarative shadow root as a template').to.exist;
    const serverHeading = template.content.querySelector('[part~="heading"]');
    const before = win.performance.getEntriesByType('resource').length;
    doc.body.append(holder);
    await waitUntil(() => stateOf(card) === 'ready', 'the inserted card never got ready');
    expect(card.shadowRoot!.querySelector('[part~="heading"]'), 'the server’s heading node, kept').to.equal(serverHeading);
    expect(card.shadowRoot!.querySelectorAll('[part~="base"]')).to.have.length(1);
    expect(card.querySelector(':scope > template'), 'the template is gone').to.equal(null);
    const after = win.performance.getEntriesByType('resource').slice(before).map((entry) => entry.name).filter((name) => /\/generated\/dataset\//.test(name));
    expect(after, 'no record loaded').to.deep.equal([]);
  });
});
