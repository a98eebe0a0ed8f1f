/** The built one-script embed (dist/cdn/embed.js) on plain HTML pages, each in its own frame. */
import { expect, waitUntil } from '@open-wc/testing';
import { type Frame, framesRemovedAfterEach, stateOf, whenReady } from './helpers.js';

const PAGE = '/test/fixtures/pages/embed.html';

/** Adds a <topic-provider> with one attribute to a page with the embed, then, once it is defined, a card inside it. */
async function cardInProvider({ doc, win }: Frame, attribute: string, value: string, cardHtml: string) {
  const provider = doc.createElement('topic-provider');
  provider.setAttribute(attribute, value);
  doc.body.append(provider);
  await win.customElements.whenDefined('topic-provider');
  provider.innerHTML = cardHtml;
  return { provider, card: provider.querySelector('topic-card')! };
}

describe('embed.js (CDN build)', () => {
  const { open } = framesRemovedAfterEach();

  it('registers and renders every widget on a plain page, replacing the fallback content', async () => {
    const { doc, errors } = await open(PAGE);
    for (const tag of ['topic-card', 'pillar-list', 'article-summary', 'topic-article', 'series-nav', 'topic-index']) await whenReady(doc.querySelector(tag));
    // The series widgets: the whole article, the way through the series and the whole series (all seven tags registered by the one script).
    expect(doc.querySelector('topic-index')!.shadowRoot!.querySelectorAll('[part~="item"]')).to.have.length(5);
    expect(doc.querySelector('topic-article')!.shadowRoot!.textContent).to.contain('Part 3 of 5');
    expect(doc.querySelector('series-nav')!.shadowRoot!.querySelector('a[rel="next"]')!.textContent).to.contain('Military Training Diplomacy');
    const card = doc.querySelector('topic-card')!;
    expect(card.shadowRoot!.querySelector('[part~="link"]')!.textContent).to.equal('Air Defense Cooperation');
    // The fallback link is light DOM without a slot: not rendered once the widget is up.
    expect((card.querySelector('a') as HTMLElement).offsetParent).to.equal(null);
    const dark = doc.querySelector('topic-provider topic-card')!;
    await whenReady(dark);
    expect(dark.shadowRoot!.querySelector('[part~="base"]')!.classList.contains('dark')).to.equal(true);
    expect(errors).to.deep.equal([]);
  });

  it('loads nothing but itself on a page without widgets, a widget’s code only when the page uses it, and widgets inserted later', async () => {
    const { doc, win } = await open('/test/fixtures/pages/embed-empty.html');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const scripts = () => win.performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => /\/chunks\//.test(name));
    // No widget yet: nothing but embed.js itself (not even Lit).
    expect(scripts()).to.deep.equal([]);
    const card = doc.createElement('topic-card');
    card.setAttribute('topic', 'defense-attaches');
    doc.body.append(card);
    await whenReady(card);
    expect(scripts().some((name) => /topic-card-/.test(name))).to.equal(true);
    // Nor what only other widgets, remote datasets or failures need.
    expect(scripts().some((name) => /article-summary-|pillar-list-|topic-provider-|validat|load-failure-/.test(name))).to.equal(false);
    const data = win.performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => /\/data-[0-9a-f]{12}\//.test(name));
    expect(data.map((name) => name.replace(/^.*\/data-[0-9a-f]{12}\//, ''))).to.deep.equal(['cards/defense-attaches.json']);
  });

  it('the bundled dataset: an unknown topic names the valid ids and a failed fetch loads again on "Try again"; their words load only then', async () => {
    const { doc, win, errors, warnings } = await open('/test/fixtures/pages/embed-empty.html');
    const failureWords = () => win.performance.getEntriesByType('resource').some((entry) => /\/chunks\/load-failure-/.test(entry.name));
    const add = (topic: string) => {
      const card = doc.createElement('topic-card');
      card.setAttribute('topic', topic);
      doc.body.append(card);
      return card;
    };
    await whenReady(add('defense-attaches'));
    expect(failureWords(), 'loaded with data that loaded').to.equal(false);

    const reported = new Promise<{ code: string; validIds?: string[] }>((resolve) => doc.addEventListener('widget-error', (event) => resolve((event as CustomEvent).detail), { once: true }));
    const unknown = add('naval-cooperation');
    const detail = await reported;
    expect(stateOf(unknown)).to.equal('not-found');
    expect(detail.code).to.equal('not-found');
    expect(detail.validIds).to.include('defense-attaches').and.include('military-training-diplomacy');
    expect(failureWords()).to.equal(true);

    // The network fails once for this topic's card, as a flaky connection would.
    const fetch = win.fetch;
    let failures = 0;
    win.fetch = (input, init) => (String(input).includes('military-training-diplomacy') && failures++ === 0 ? Promise.reject(new TypeError('network down')) : fetch(input, init));
    const flaky = add('military-training-diplomacy');
    await waitUntil(() => stateOf(flaky) === 'error', 'the failed fetch did not end in the error state', { timeout: 5000 });
    expect(warnings.join(' ')).to.match(/could not reach \S+\/data-[0-9a-f]{12}\/cards\/military-training-diplomacy\.json: network down/);
    (flaky.shadowRoot!.querySelector('[part~="retry"]') as HTMLButtonElement).click();
    await whenReady(flaky);
    expect(failures).to.equal(2);
    expect(errors).to.deep.equal([]);
  });

  it('offline after the page loaded: a failed fetch still ends in the quiet error state, its Try again naming the topic, with a warning naming the URL, though the failure code cannot load', async () => {
    const { doc, win, errors, warnings } = await open('/test/fixtures/pages/embed-offline-chunks.html');
    const card = doc.createElement('topic-card');
    card.setAttribute('topic', 'military-training-diplomacy');
    const fetch = win.fetch;
    win.fetch = (input, init) => (String(input).includes('/cards/') ? Promise.reject(new TypeError('network down')) : fetch(input, init));
    doc.body.append(card);
    await waitUntil(() => stateOf(card) === 'error', 'the failed fetch did not end in the error state', { timeout: 8000 });
    const refused = win.performance.getEntriesByType('resource').filter((entry) => /\/chunks\/(load-failure|failure)-/.test(entry.name));
    expect(refused.length, 'the failure code was requested (and refused)').to.be.greaterThan(0);
    // Its short line and a labelled Try again, as when the failure code is at hand; no URL on screen.
    const state = card.shadowRoot!.querySelector('[part~="state"]')!;
    expect([state.querySelector('.state-message')!.textContent, state.querySelector('[part~="retry"]')!.textContent]).to.deep.equal(['This could not be loaded.', 'Try again']);
    expect(card.shadowRoot!.textContent, 'no URL on screen').not.to.match(/cards|\.json|network/);
    expect(card.shadowRoot!.querySelector('[part~="retry"]')!.getAttribute('aria-label')).to.match(/military-training-diplomacy|Military Training Diplomacy/);
    // The warning comes once a second try at the failure code failed too.
    await waitUntil(() => /\/cards\/military-training-diplomacy\.json/.test(warnings.join(' ')), `no warning naming the URL: ${warnings.join(' ')}`, { timeout: 5000 });
    expect(errors).to.deep.equal([]);
  });

  it('loads the error state’s code only with a failure: then shows it, and focus follows “Try again” to the content', async () => {
    const { doc, win, errors } = await open('/test/fixtures/pages/embed-empty.html');
    const chunks = () => win.performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => /\/chunks\//.test(name));
    const plain = doc.createElement('topic-card');
    plain.setAttribute('topic', 'defense-attaches');
    doc.body.append(plain);
    await whenReady(plain);
    expect(chunks().filter((name) => /\/(failure|announcer)-/.test(name)), 'a card that loaded fetched the failure code').to.deep.equal([]);

    const key = `embed-${Math.random()}`;
    const provider = doc.createElement('topic-provider');
    provider.setAttribute('src', `/__flaky/${key}/generated/dataset/`);
    doc.body.append(provider);
    // The provider first: a card that upgraded before it would keep the bundled data (no context root).
    await win.customElements.whenDefined('topic-provider');
    provider.innerHTML = '<topic-card topic="defense-attaches"><a href="/defense-attaches">Defense attachés</a></topic-card>';
    const failing = provider.querySelector('topic-card')!;
    await waitUntil(() => stateOf(failing) === 'error', `the card never failed (${stateOf(failing)})`, { timeout: 8000 });
    // Shown as soon as it failed: the page's fallback first, then its line and its button (named after the fallback), with no step in between.
    const root = failing.shadowRoot!;
    expect(root.querySelector('slot.fallback')!.compareDocumentPosition(root.querySelector('.state-message')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(root.querySelector('.state-message')!.textContent).to.equal('This could not be loaded.');
    const retry = root.querySelector<HTMLButtonElement>('[part~="retry"]')!;
    expect(retry.textContent).to.equal('Try again');
    expect(retry.getAttribute('aria-label')!.replace(/[\u2066-\u2069]/g, '')).to.equal('Try again to load “Defense attachés”');
    expect(chunks().filter((name) => /\/failure-/.test(name))).to.have.length(1);

    await fetch(`/__heal/${key}`);
    retry.focus();
    retry.click();
    await whenReady(failing);
    await waitUntil(() => root.activeElement === root.querySelector('[part~="heading"]'), 'focus did not follow the retry to the heading');
    expect(doc.activeElement).to.equal(failing);
    expect(errors).to.deep.equal([]);
  });

  it('loads another language’s words only for a widget that speaks it', async () => {
    const { doc, win } = await open('/test/fixtures/pages/embed-empty.html');
    const chunks = () => win.performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => /\/chunks\//.test(name));
    const english = doc.createElement('topic-card');
    english.setAttribute('topic', 'defense-attaches');
    doc.body.append(english);
    await whenReady(english);
    expect(chunks().some((name) => /\/ar-/.test(name)), 'an English page fetched the Arabic words').to.equal(false);
    expect(chunks().some((name) => /\/word-loaders-/.test(name)), 'an English page fetched the table of languages').to.equal(false);
    const arabic = doc.createElement('topic-card');
    arabic.setAttribute('topic', 'defense-attaches');
    arabic.setAttribute('lang', 'ar');
    doc.body.append(arabic);
    await whenReady(arabic);
    // Ready only with its own words: never a flash of English.
    expect(arabic.shadowRoot!.querySelector('[part~="meta"]')!.textContent).to.contain('قراءة في');
    expect(english.shadowRoot!.querySelector('[part~="meta"]')!.textContent).to.contain('min read');
    expect(chunks().filter((name) => /\/ar-/.test(name))).to.have.length(1);
  });

  it('renders widgets inside a shadow root handed to discover()', async () => {
    const { doc, win } = await open('/test/fixtures/pages/embed-empty.html');
    const host = doc.createElement('div');
    doc.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<pillar-list topic="military-training-diplomacy"></pillar-list>';
    const embedUrl = new URL('/dist/cdn/embed.js', win.location.href).href;
    const { discover } = (await win.eval(`import(${JSON.stringify(embedUrl)})`)) as { discover: (root: ParentNode) => void };
    discover(shadow);
    await whenReady(shadow.querySelector('pillar-list'));
  });

  it('two copies of the same script: no error, no warning; widgets render', async () => {
    const { doc, errors, warnings } = await open('/test/fixtures/pages/embed-twice.html');
    await whenReady(doc.querySelector('topic-card'));
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
  });

  it('loaded with a query string (a cache buster), uses its own data and runs one copy of its code', async () => {
    const { doc, win, errors, warnings } = await open('/test/fixtures/pages/embed-query.html');
    await whenReady(doc.querySelector('topic-card'));
    const loaded = win.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(loaded.filter((name) => /\/embed\.js/.test(name)), 'embed.js once, never imported back by a chunk').to.have.length(1);
    expect(loaded.some((name) => /\/data-[0-9a-f]{12}\/cards\/defense-attaches\.json$/.test(name))).to.equal(true);
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
  });

  it('two different versions: one definition wins, one warning, no error', async () => {
    const { doc, errors, warnings } = await open('/test/fixtures/pages/embed-two-versions.html');
    await whenReady(doc.querySelector('topic-card'));
    expect(errors).to.deep.equal([]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(warnings.filter((w) => w.includes('[defense-topics]'))).to.have.length(1);
    expect(warnings.join(' ')).to.contain('9.9.9').and.contain('0.1.0');
  });

  it('a provider without src loads no remote dataset code; given a src after its first render, it loads it then, validates and shows the remote records', async () => {
    const frame = await open('/test/fixtures/pages/embed-empty.html');
    const { win, errors } = frame;
    const chunks = () => win.performance.getEntriesByType('resource').map((entry) => entry.name.replace(/^.*\/chunks\/|-[\w-]{8}\.js$/g, '')).filter((name) => !/^http/.test(name));
    const { provider, card } = await cardInProvider(frame, 'theme', 'dark', '<topic-card topic="defense-attaches"></topic-card>');
    await whenReady(card);
    expect(card.shadowRoot!.querySelector('[part~="base"]')!.classList.contains('dark')).to.equal(true);
    expect(chunks()).to.include('topic-provider');
    expect(chunks().filter((name) => /^(remote-dataset|validat)/.test(name)), 'a provider without src fetched remote dataset code').to.deep.equal([]);

    // A remote dataset whose card differs from the bundled one: the card follows the provider's new src.
    provider.setAttribute('src', '/__hostile/');
    card.setAttribute('topic', 'xss');
    await waitUntil(() => chunks().includes('remote-dataset'), 'the remote dataset code was not fetched', { timeout: 5000 });
    await whenReady(card);
    expect(card.shadowRoot!.textContent).to.contain('Name <img src=x');
    expect(chunks().filter((name) => /^(remote-dataset|validat)/.test(name)).sort()).to.deep.equal(['remote-dataset', 'validate-card', 'validate-languages']);
    // Validated: a record the schema refuses is an error state, not shown.
    card.setAttribute('topic', 'bad-url');
    await waitUntil(() => stateOf(card) === 'error', 'the invalid record was not refused', { timeout: 5000 });
    expect(errors).to.deep.equal([]);
  });

  it('offline for the remote dataset code: a card under a provider with src shows an error state and warns, and never throws into the page', async () => {
    const frame = await open('/test/fixtures/pages/embed-offline-remote.html');
    const { win, errors, warnings } = frame;
    const { card } = await cardInProvider(frame, 'src', '/generated/dataset/', '<topic-card topic="defense-attaches"><a href="/defense-attaches">Defense attachés</a></topic-card>');
    await waitUntil(() => stateOf(card) === 'error', `the card never failed (${stateOf(card)})`, { timeout: 8000 });
    expect(win.performance.getEntriesByType('resource').some((entry) => /\/chunks\/remote-dataset-/.test(entry.name)), 'the remote dataset code was requested (and refused)').to.equal(true);
    expect(card.shadowRoot!.querySelector('[part~="retry"]')).to.not.equal(null);
    await waitUntil(() => /<topic-card topic="defense-attaches">/.test(warnings.join(' ')), `no warning: ${warnings.join(' ')}`, { timeout: 5000 });
    expect(errors).to.deep.equal([]);
  });

  it('works under a strict Content-Security-Policy with Trusted Types, with no violation', async () => {
    const probe = await open('/__csp/test/fixtures/pages/csp-probe.html');
    expect((probe.win as unknown as { inlineScriptRan?: boolean }).inlineScriptRan, 'the policy is in force').to.equal(undefined);
    expect(probe.violations.join(' ')).to.contain('script-src');

    const { doc, errors, violations } = await open('/__csp/test/fixtures/pages/embed.html');
    for (const tag of ['topic-card', 'pillar-list', 'article-summary', 'topic-article', 'series-nav', 'series-nav[variant="list"]', 'topic-index']) await whenReady(doc.querySelector(tag));
    await whenReady(doc.querySelector('topic-provider topic-card'));
    // A search under the policy: its chunk (MiniSearch) and the search file load, results are marked.
    const index = doc.querySelector('topic-index')!;
    const search = index.shadowRoot!.querySelector('input[type="search"]') as HTMLInputElement;
    search.value = 'anihilate'; // a typo of a word in one article
    search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await waitUntil(() => index.shadowRoot!.querySelector('[part~="snippet"] mark') !== null, 'no marked result under the strict policy', { timeout: 5000 });
    expect(index.shadowRoot!.querySelectorAll('[part~="item"]')).to.have.length(1);
    expect(index.shadowRoot!.querySelector('[part~="snippet"] mark')!.textContent!.toLowerCase()).to.match(/^annihilat/);
    expect(violations).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
  });

  it('validates a remote dataset under the strict policy too: only the card validator loads, compiled ahead of time', async () => {
    const { doc, win, errors, violations, warnings } = await open('/__csp/test/fixtures/pages/embed-remote.html');
    await whenReady(doc.getElementById('valid'));
    expect(doc.getElementById('valid')!.shadowRoot!.textContent).to.contain('Defense Attachés');
    await waitUntil(() => stateOf(doc.getElementById('refused')) === 'error', 'the javascript: image was not refused', { timeout: 5000 });
    expect(doc.getElementById('refused')!.shadowRoot!.querySelector('img, a')).to.equal(null);
    expect(warnings.join(' ')).to.match(/cards\/bad-url\.json does not match the dataset schema: the card record's field image\.src must be an absolute http\(s\) URL/);
    // A hostile article (every payload in every kind of block) renders inert under the policy.
    const article = doc.getElementById('hostile-article')!;
    await whenReady(article);
    expect(article.shadowRoot!.textContent).to.contain('<script>window.__pwned=1</script>');
    expect(article.shadowRoot!.querySelector('script, svg, iframe, object')).to.equal(null);
    expect((win as unknown as { __pwned?: unknown }).__pwned).to.equal(undefined);
    const chunks = win.performance.getEntriesByType('resource').map((entry) => entry.name.replace(/^.*\/chunks\/|-[\w-]{8}\.js$/g, '')).filter((name) => name.startsWith('validat'));
    // What every kind's validator shares is part of the remote-dataset chunk; each kind's own loads with its first record.
    expect(chunks.sort()).to.deep.equal(['validate-article', 'validate-card', 'validate-languages']);
    expect(violations).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
  });

  it('keeps its layout and readable text under aggressive global CSS', async () => {
    const { doc, errors } = await open('/test/fixtures/pages/hostile-css.html');
    for (const tag of ['topic-card', 'pillar-list', 'article-summary']) {
      const element = doc.querySelector(tag)!;
      await whenReady(element);
      const box = element.shadowRoot!.querySelector('[part~="base"]') as HTMLElement;
      const style = getComputedStyle(box);
      expect(style.display, tag).to.equal('block');
      expect(parseFloat(style.fontSize), `${tag} font size`).to.be.at.least(13);
      expect(style.color, `${tag} colour`).not.to.equal('rgb(255, 0, 255)');
      expect(box.getBoundingClientRect().width, `${tag} width`).to.be.greaterThan(300);
      const heading = element.shadowRoot!.querySelector('[part~="heading"]') as HTMLElement;
      expect(getComputedStyle(heading).textTransform, `${tag} heading`).to.equal('none');
      expect(heading.getBoundingClientRect().height, `${tag} heading height`).to.be.greaterThan(15);
    }
    expect(errors).to.deep.equal([]);
  });

  it('leaves another script’s <topic-card> alone (one warning) and still runs its other widgets', async () => {
    const { doc, errors, warnings } = await open('/test/fixtures/pages/foreign-definition.html');
    await whenReady(doc.querySelector('pillar-list'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(doc.querySelector('topic-card')!.textContent).to.equal('their card');
    expect(warnings.filter((w) => w.includes('<topic-card> is already defined by another script'))).to.have.length(1);
    expect(errors).to.deep.equal([]);
  });

  it('with <base href> pointing elsewhere and the script under a sub-path, loads its code and data from beside the script', async () => {
    const { doc, errors } = await open('/test/fixtures/pages/base-elsewhere.html');
    const card = doc.querySelector('topic-card')!;
    await whenReady(card);
    const link = card.shadowRoot!.querySelector('a') as HTMLAnchorElement;
    // Site links follow the page's base, as the site owner wrote them.
    expect(link.href).to.equal('https://cdn.unrelated.example/assets/topics/air-defense-cooperation');
    expect(errors).to.deep.equal([]);
  });

  it('data that is slow, fails, is garbage or is hostile: each widget in its designed state, no error', async () => {
    const { doc, win, errors } = await open('/test/fixtures/pages/embed-bad-data.html');
    const byId = (id: string) => doc.getElementById(id);
    await waitUntil(() => stateOf(byId('failing')) === 'error' && stateOf(byId('garbage')) === 'error', 'the broken sources did not end in the error state', { timeout: 8000 });
    expect(stateOf(byId('slow'))).to.equal('loading');
    await whenReady(byId('slow'));
    await whenReady(byId('hostile'));
    expect((win as unknown as { __pwned?: unknown }).__pwned).to.equal(undefined);
    expect(byId('hostile')!.shadowRoot!.querySelector('script, svg, iframe')).to.equal(null);
    expect(errors).to.deep.equal([]);
  });

  it('with JavaScript off, the fallback content stays, readable', async () => {
    const { doc } = await open(PAGE, { sandbox: 'allow-same-origin' });
    const card = doc.querySelector('topic-card')!;
    expect(card.shadowRoot).to.equal(null);
    const link = card.querySelector('a')!;
    expect(link.offsetParent).not.to.equal(null);
    expect(link.textContent).to.equal('Air Defense Cooperation');
  });
});
