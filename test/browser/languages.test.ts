/**
 * The widgets' own words in the readers' languages (issue 22): Urdu, Persian, Turkish, Indonesian,
 * Malay, Bengali and French besides English and Arabic. Every widget in the ready and error
 * states speaks the page's language, marked with its `lang` and `dir`; numbers in the numbering
 * system each language states (Persian ۰–۹, Bengali ০–৯, the others 0–9), the same in every
 * engine; counts by each language's rules; French spacing before ":" and ";".
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { TopicElement } from '../../src/components/shared/topic-element.js';
import { bn } from '../../src/components/shared/messages/bn.js';
import { fa } from '../../src/components/shared/messages/fa.js';
import { fr } from '../../src/components/shared/messages/fr.js';
import { id } from '../../src/components/shared/messages/id.js';
import type { Messages } from '../../src/components/shared/messages/index.js';
import { ms } from '../../src/components/shared/messages/ms.js';
import { tr } from '../../src/components/shared/messages/tr.js';
import { ur } from '../../src/components/shared/messages/ur.js';
import { failOnConsoleErrors, part, settled } from './helpers.js';

const LANGUAGES: Record<string, { words: Messages; dir: 'ltr' | 'rtl'; four: string }> = {
  ur: { words: ur, dir: 'rtl', four: '4' },
  fa: { words: fa, dir: 'rtl', four: '۴' },
  tr: { words: tr, dir: 'ltr', four: '4' },
  id: { words: id, dir: 'ltr', four: '4' },
  ms: { words: ms, dir: 'ltr', four: '4' },
  bn: { words: bn, dir: 'ltr', four: '৪' },
  fr: { words: fr, dir: 'ltr', four: '4' },
};

/** The widgets' English words (a text of their own, whole), which must not show on a page in another language. */
const ENGLISH =
  /^(Key points|Summary|In conclusion|Related topics|Contents|Previous|Next|Copy link|Search the series|Themes|Countries|Try again|Parts of the series|Topics of the series|Show all topics|Clear all)$|^\d+ min read$|^Part \d+ of \d+$|^\d+ key points?$|^Read the article|^\d+ of \d+ topics?$|could not be loaded|^\+\d+ more$/;

/** Each element's own text (its text nodes, not its children's), for words the widget wrote. */
function ownTexts(widget: Element): string[] {
  return [...widget.shadowRoot!.querySelectorAll('*')]
    .map((element) => [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join('').replace(/[\u2066-\u2069]/g, '').trim())
    .filter(Boolean);
}

/** The texts of a widget's own words: every element it marks with its words' language (the content keeps the article's). */
function wordsOf(widget: Element, lang: string): string[] {
  return [...widget.shadowRoot!.querySelectorAll(`[lang="${lang}"]`)].map((element) => element.textContent!.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

describe('the widgets’ words in the readers’ languages', () => {
  failOnConsoleErrors();

  for (const [lang, { words, dir, four }] of Object.entries(LANGUAGES)) {
    it(`${lang}: every widget, ready and failed, speaks ${lang} (marked lang="${lang}" dir="${dir}"), with its own digits`, async () => {
      const root = await fixture(html`<div lang=${lang}>
        <topic-card topic="defense-technology-exchanges" href="https://example.org/t/{id}"></topic-card>
        <pillar-list topic="defense-technology-exchanges" limit="2"></pillar-list>
        <article-summary topic="defense-attaches" href="https://example.org/t/{id}"></article-summary>
        <topic-article topic="technological-exchange-programs" toc></topic-article>
        <series-nav topic="technological-exchange-programs" href="https://example.org/t/{id}"></series-nav>
        <topic-index themes="defense-diplomacy"></topic-index>
        <topic-provider src="/__status/500/"><topic-card topic="defense-attaches"><a href="https://example.org/t/defense-attaches">Defense Attachés</a></topic-card></topic-provider>
      </div>`);
      const widgets = [...root.querySelectorAll<TopicElement<unknown>>('topic-card, pillar-list, article-summary, topic-article, series-nav, topic-index')];
      for (const widget of widgets) await settled(widget);
      const [card, list, summary, article, nav, index, failed] = widgets as TopicElement<unknown>[];
      expect(failed!.stateName).to.equal('error');

      const meta = part(card!, 'meta')!;
      expect([meta.getAttribute('lang'), meta.getAttribute('dir')]).to.deep.equal([lang, dir]);
      expect(meta.textContent).to.contain(words.keyPointCount(4)).and.contain(words.readArticle(2));
      expect(meta.textContent, 'its own digits').to.contain(four);
      expect(part(list!, 'more')!.textContent!.trim()).to.equal(words.morePoints!(2));
      expect(part(article!, 'meta')!.textContent).to.contain(words.partOf(3, 5));
      expect(part(index!, 'status')!.textContent).to.contain(words.topicsShown(2, 5));
      expect(part(failed!, 'retry')!.textContent!.trim()).to.equal(words.retry);

      for (const widget of widgets) {
        expect(wordsOf(widget, lang).length, `<${widget.localName}> marks its words lang="${lang}"`).to.be.greaterThan(0);
        // The articles themselves are English here (their own lang); none of the widgets' own words is.
        expect(ownTexts(widget).filter((text) => ENGLISH.test(text)), `English words in <${widget.localName}>`).to.deep.equal([]);
      }
      expect(ownTexts(summary!)).to.include(words.keyPoints);
      expect(ownTexts(nav!).join(' ')).to.contain(words.nextPart);
    });
  }

  // A page's script subtag does not change the script of our words: they are marked with their
  // catalog's language, so their direction is theirs (bidi and screen readers treat them right).
  for (const [page, lang, dir, sample] of [
    ['ur-Latn', 'ur', 'rtl', ur.keyPointCount(4)],
    ['ms-Arab', 'ms', 'ltr', ms.keyPointCount(4)],
    ['fr-CA', 'fr', 'ltr', fr.keyPointCount(4)],
  ] as const) {
    it(`a ${page} page: the ${lang} words, marked lang="${lang}" dir="${dir}"`, async () => {
      const card = await fixture<TopicElement<unknown>>(html`<topic-card topic="defense-technology-exchanges" lang=${page}></topic-card>`);
      await settled(card, 'ready');
      await new Promise((resolve) => setTimeout(resolve, 50));
      await card.updateComplete;
      const meta = part(card, 'meta')!;
      expect(meta.textContent).to.contain(sample);
      expect([meta.getAttribute('lang'), meta.getAttribute('dir')]).to.deep.equal([lang, dir]);
    });
  }

  it('counts: French 0 and 1 singular; Persian and Bengali digits the same in every engine', () => {
    expect([0, 1, 2].map((count) => fr.keyPointCount(count))).to.deep.equal(['0 point clé', '1 point clé', '2 points clés']);
    expect(fr.topicsShown(1, 5000)).to.equal('1 sujet sur 5\u202f000');
    expect(fa.topicsShown(3, 5000)).to.equal('۳ از ۵٬۰۰۰ موضوع');
    expect(bn.keyPointCount(12)).to.equal('১২টি মূল পয়েন্ট');
    expect(ur.keyPointCount(1)).to.equal('1 اہم نکتہ');
    expect(ur.keyPointCount(3)).to.equal('3 اہم نکات');
  });

  it('French spacing: a no-break space before ":" and inside « », a narrow one before ";"', () => {
    expect(fr.readingTime(2)).to.equal('2\u00a0min de lecture');
    expect(fr.copyLinkTo('Rôle')).to.equal('Copier le lien vers «\u00a0Rôle\u00a0»');
    expect(fr.linkNotCopied).to.contain('\u202f;');
    expect(fr.loadFailedSummary(['A', 'B'])).to.match(/chargés\u00a0: A et B\.$/);
  });
});

describe('Urdu in Nastaliq', () => {
  it('Urdu words use a Nastaliq font of the system, with taller lines; English content around them keeps the page’s font', async () => {
    const root = await fixture(html`<div lang="ur" style="font-family: Georgia, serif"><topic-card topic="defense-attaches"></topic-card></div>`);
    const card = root.querySelector('topic-card') as TopicElement<unknown>;
    await waitUntil(() => card.stateName === 'ready' && card.shadowRoot!.querySelector('[part~="meta"]')?.getAttribute('lang') === 'ur', 'the card never spoke Urdu');
    const meta = card.shadowRoot!.querySelector('[part~="meta"]')!;
    const style = getComputedStyle(meta);
    expect(style.fontFamily).to.match(/^"?Noto Nastaliq Urdu"?, "?Jameel Noori Nastaleeq"?/);
    expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize)).to.be.closeTo(2, 0.01);
    // The topic has no Urdu record: its English text (marked en) stays in the page's typeface.
    const content = card.shadowRoot!.querySelector('[part~="card"]')!;
    expect(content.getAttribute('lang')).to.equal('en');
    expect(getComputedStyle(content).fontFamily).to.contain('Georgia');
  });
});
