/**
 * Attributes as pages and frameworks write them: every attribute custom-elements.json documents
 * mirrors its property both ways; boolean attributes read "false" (any case) as false, as React
 * 18, Vue, Svelte 5 and Angular write a false value; `hidden` hides a provider's widgets.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { TopicCardElement } from '../../src/components/topic-card/topic-card.js';
import { failOnConsoleErrors, neverAnswers, part, settled } from './helpers.js';

interface Sample {
  /** A property value and the attribute it reflects as. */
  set: [unknown, string];
  /** An attribute value and the property it gives. */
  read: [string, unknown];
}

/** One per attribute name; an attribute the manifest lists without a sample here fails the test. */
const SAMPLES: Record<string, Sample> = {
  topic: { set: ['defense-attaches', 'defense-attaches'], read: ['air-defense-cooperation', 'air-defense-cooperation'] },
  href: { set: ['/topics/{id}', '/topics/{id}'], read: ['https://example.org/{id}', 'https://example.org/{id}'] },
  variant: { set: ['compact', 'compact'], read: ['full', 'full'] },
  'show-image': { set: [true, ''], read: ['false', false] },
  selectable: { set: [true, ''], read: ['FALSE', false] },
  'heading-level': { set: [2, '2'], read: ['5', 5] },
  theme: { set: ['dark', 'dark'], read: ['light', 'light'] },
  lang: { set: ['ar', 'ar'], read: ['en', 'en'] },
  limit: { set: [2, '2'], read: ['3', 3] },
  layout: { set: ['grid', 'grid'], read: ['list', 'list'] },
  sentences: { set: [2, '2'], read: ['4', 4] },
  section: { set: ['role-of-defense-attaches', 'role-of-defense-attaches'], read: ['conclusion', 'conclusion'] },
  toc: { set: [true, ''], read: ['false', false] },
  query: { set: ['hotlines', 'hotlines'], read: ['radar', 'radar'] },
  'sync-url': { set: [true, ''], read: ['false', false] },
  themes: { set: [['defense-diplomacy', 'security-and-defense'], 'defense-diplomacy security-and-defense'], read: ['innovation-and-technology, defense-diplomacy', ['innovation-and-technology', 'defense-diplomacy']] },
  countries: { set: [['TR', 'PK'], 'TR PK'], read: ['sa ae', ['SA', 'AE']] },
  src: { set: ['/generated/dataset/', '/generated/dataset/'], read: ['/__status/500/', '/__status/500/'] },
};

interface ManifestDeclaration {
  tagName?: string;
  attributes?: { name: string; fieldName?: string }[];
}

describe('attributes and properties mirror each other (every attribute in custom-elements.json)', () => {
  failOnConsoleErrors();

  it('covers every element', async () => {
    const declarations = await manifestDeclarations();
    expect(declarations.map((d) => d.tagName).sort()).to.deep.equal(['article-summary', 'pillar-list', 'series-nav', 'topic-article', 'topic-card', 'topic-index', 'topic-provider']);
  });

  for (const tag of ['topic-card', 'pillar-list', 'article-summary', 'topic-article', 'series-nav', 'topic-index', 'topic-provider']) {
    it(`<${tag}>`, async () => {
      const declaration = (await manifestDeclarations()).find((d) => d.tagName === tag)!;
      const attributes = declaration.attributes ?? [];
      expect(attributes.length).to.be.greaterThan(3);
      for (const { name, fieldName } of attributes) {
        const sample = SAMPLES[name];
        expect(sample, `a sample for ${name}`).to.exist;
        // `lang` is HTMLElement's own property.
        const property = fieldName ?? name;
        const element = await connected(tag);
        (element as unknown as Record<string, unknown>)[property] = sample!.set[0];
        await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        expect(element.getAttribute(name), `<${tag}>.${property} = ${JSON.stringify(sample!.set[0])} → attribute ${name}`).to.equal(sample!.set[1]);
        element.setAttribute(name, sample!.read[0]);
        expect((element as unknown as Record<string, unknown>)[property], `<${tag} ${name}="${sample!.read[0]}"> → .${property}`).to.deep.equal(sample!.read[1]);
      }
    });
  }

  it('a false boolean property removes its attribute; an inherited one says "false" to override its provider', async () => {
    const card = (await connected('topic-card')) as TopicCardElement;
    card.showImage = true;
    card.selectable = true;
    await card.updateComplete;
    card.showImage = false;
    card.selectable = false;
    await card.updateComplete;
    expect(card.hasAttribute('show-image')).to.equal(false);
    expect(card.getAttribute('selectable')).to.equal('false');
    card.selectable = undefined;
    await card.updateComplete;
    expect(card.hasAttribute('selectable'), 'undefined: inherit, no attribute').to.equal(false);
  });
});

/** A dataset whose card has an image with alt text (its address does not load, which the card hides). */
const WITH_IMAGE = '/test/fixtures/datasets/broken-image/';

describe('boolean attributes', () => {
  failOnConsoleErrors();

  const cases: [string, boolean][] = [
    ['false', false],
    ['FALSE', false],
    [' False ', false],
    ['', true],
    ['show-image', true],
    ['true', true],
  ];
  for (const [value, shown] of cases) {
    it(`show-image="${value}" ${shown ? 'shows' : 'never shows (nor requests)'} the image`, async () => {
      // A dataset whose card has an image with alt text (the bundled one offers none: its alt texts say nothing).
      const provider = await fixture(html`<topic-provider src=${WITH_IMAGE}><topic-card topic="defense-attaches" show-image=${value}></topic-card></topic-provider>`);
      const card = provider.querySelector('topic-card') as TopicCardElement;
      expect(card.showImage).to.equal(shown);
      // Any <img> ever rendered, from the first render on: an image element starts its request at once.
      const images: Node[] = [];
      const watcher = new MutationObserver((records) => images.push(...records.flatMap((r) => [...r.addedNodes]).filter((n) => (n as Element).querySelector?.('img') || n.nodeName === 'IMG')));
      watcher.observe(card.shadowRoot!, { childList: true, subtree: true });
      await settled(card, 'ready');
      watcher.disconnect();
      expect(part(card, 'image') !== null, 'image in the card').to.equal(shown);
      if (!shown) expect(images, 'no <img> was ever rendered').to.deep.equal([]);
      expect(card.getAttribute('show-image'), 'the page’s attribute is left as written').to.equal(value);
    });
  }
});

describe('boolean properties set from a template (Vue sets an existing property, not the attribute)', () => {
  failOnConsoleErrors();

  const cases: [unknown, boolean][] = [
    ['', true],
    ['false', false],
    ['False', false],
    [true, true],
    [false, false],
  ];
  for (const [value, on] of cases) {
    it(`showImage = ${JSON.stringify(value)} and selectable = ${JSON.stringify(value)} read as ${on}`, async () => {
      const card = document.createElement('topic-card');
      card.topic = 'defense-attaches';
      (card as unknown as Record<string, unknown>).showImage = value;
      (card as unknown as Record<string, unknown>).selectable = value;
      const host = await fixture(html`<topic-provider src=${WITH_IMAGE}></topic-provider>`);
      host.append(card);
      await settled(card, 'ready');
      expect(card.showImage, 'showImage').to.equal(on);
      expect(card.selectable, 'selectable').to.equal(on);
      expect(part(card, 'image') !== null, 'image in the card').to.equal(on);
      expect(part(card, 'link')?.localName, 'the name is a button when selectable').to.equal(on ? 'button' : undefined);
    });
  }
});

describe('<topic-provider hidden>', () => {
  failOnConsoleErrors();

  it('hides its widgets, and shows them again when hidden is removed', async () => {
    const provider = await fixture(html`<topic-provider hidden><topic-card topic="defense-attaches"></topic-card></topic-provider>`);
    const card = provider.querySelector('topic-card')!;
    await settled(card, 'ready');
    expect(getComputedStyle(provider).display).to.equal('none');
    expect(card.getClientRects(), 'the card is not rendered').to.have.length(0);
    provider.removeAttribute('hidden');
    expect(card.getBoundingClientRect().height).to.be.greaterThan(50);
  });
});

let manifest: Promise<ManifestDeclaration[]> | undefined;
function manifestDeclarations(): Promise<ManifestDeclaration[]> {
  manifest ??= fetch('/dist/custom-elements.json')
    .then((response) => response.json() as Promise<{ modules: { declarations?: ManifestDeclaration[] }[] }>)
    .then((m) => m.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName));
  return manifest;
}

/** An element on the page whose loads never answer (attributes under test may name topics and datasets). */
async function connected(tag: string): Promise<HTMLElement> {
  const provider = await fixture(html`<topic-provider .source=${neverAnswers}></topic-provider>`);
  const element = document.createElement(tag);
  provider.append(element);
  return element;
}
