/**
 * The dataset validator in real browsers: what the widgets use to check a remote dataset. It
 * must accept the generated dataset and refuse anything off-schema, unsafe URLs above all.
 */
import { expect } from '@open-wc/testing';
import { ArticleRecord, DatasetIndex, TopicCardRecord } from '../../src/schema/dataset.js';

const GOLDEN = '/test/golden/dataset';

async function load(path: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${GOLDEN}/${path}`);
  expect(response.ok, `${path}: HTTP ${response.status}`).to.equal(true);
  return (await response.json()) as Record<string, unknown>;
}

describe('the dataset schema, in the browser', () => {
  it('accepts the index, a card and an article of the generated dataset', async () => {
    const index = DatasetIndex.parse(await load('index.json'));
    expect(index.topics.map((t) => t.id)).to.include('military-training-diplomacy');
    expect(TopicCardRecord.parse(await load('cards/defense-attaches.json')).name).to.equal('Defense Attachés');
    expect(ArticleRecord.parse(await load('articles/defense-technology-exchanges.json')).pillars).to.have.length(4);
  });

  it('refuses unsafe link and image URLs', async () => {
    const article = await load('articles/defense-attaches.json');
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>1</script>', 'vbscript:x', '//evil.example/x', '/relative']) {
      const tampered = { ...article, lead: [{ type: 'paragraph', content: [{ text: 'x', href }] }] };
      expect(ArticleRecord.safeParse(tampered).success, href).to.equal(false);
      const image = { ...article, lead: [{ type: 'image', src: href, alt: 'x' }] };
      expect(ArticleRecord.safeParse(image).success, href).to.equal(false);
    }
  });

  it('refuses wrong types, unknown fields, a wrong schema version and oversized text', async () => {
    const card = await load('cards/defense-attaches.json');
    const cases: Record<string, unknown>[] = [
      { ...card, pillarCount: '4' },
      { ...card, extra: true },
      { ...card, schemaVersion: (card.schemaVersion as number) + 1 },
      { ...card, id: 'Not A Slug' },
      { ...card, name: 'x'.repeat(1_000_000) },
      { ...card, themes: [{ id: 'x' }] },
    ];
    for (const value of cases) expect(TopicCardRecord.safeParse(value).success).to.equal(false);
  });
});
