/**
 * `defense-topics/server` as a server app imports it (the package's own dist/, through its
 * exports): a widget, a fragment and a page rendered in the page's language, static or with the
 * data for hydration; the site's markup around the widgets kept byte for byte.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderFragment, renderPage, renderWidget, styleHashes } from 'defense-topics/server';

/** The text a reader sees in a widget's shadow root (without its styles and tags). */
const textOf = (markup: string) => markup.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();

describe('defense-topics/server', () => {
  it('renderFragment: the widgets in place, in the language given for the page, the rest byte for byte', () => {
    const fragment = '<p class="intro">Before &amp; after</p><topic-card topic="defense-attaches"></topic-card><div lang="en"><topic-card topic="defense-attaches"></topic-card></div>';
    const output = renderFragment(fragment, { lang: 'ar' });
    assert.ok(output.startsWith('<p class="intro">Before &amp; after</p><topic-card lang="ar" topic="defense-attaches"><template shadowroot="open" shadowrootmode="open">'), output.slice(0, 200));
    const [arabic, english] = output.split('<div lang="en">');
    assert.ok(textOf(arabic!).includes('الملحقون العسكريون'), 'the page’s language: the Arabic record');
    assert.ok(textOf(english!).includes('Defense Attachés'), 'a nearer lang wins');
    // Static by default: no Lit markers and no data for a script.
    assert.ok(!output.includes('<!--lit-part') && !output.includes('data-ssr'));
  });

  it('hydrate: Lit’s markers and the shown record, for defense-topics/hydrate.js', () => {
    const output = renderFragment('<topic-card topic="defense-attaches"></topic-card>', { lang: 'ar', hydrate: true });
    assert.match(output, /<!--lit-part/);
    assert.match(output, /data-ssr="[^"]*الملحقون العسكريون/);
  });

  it('renderWidget and renderPage; an unknown topic shows its fallback content only', () => {
    const card = renderWidget({ tag: 'topic-card', attributes: { topic: 'military-training-diplomacy', href: '/t/{id}' } });
    assert.ok(textOf(card).includes('Military Training Diplomacy'));
    assert.match(card, /<a href="\/t\/military-training-diplomacy" lang="en" dir="ltr">Military Training Diplomacy<\/a>/, 'a fallback link for readers without the styles');
    // A widget in a language the dataset lacks: its fallback names the English record, and says so to the link.
    const swahili = renderWidget({ tag: 'topic-card', attributes: { topic: 'military-training-diplomacy', href: '/t/{id}', lang: 'sw' } });
    assert.match(swahili, /<a href="\/t\/military-training-diplomacy" lang="en" dir="ltr" hreflang="en">Military Training Diplomacy<\/a>/);
    const page = renderPage('<!doctype html><html lang="ar"><body><topic-card topic="nowhere"><a href="/all">All topics</a></topic-card></body></html>');
    assert.match(page, /^<!doctype html><html lang="ar"><body><topic-card lang="ar" topic="nowhere">/);
    assert.ok(page.includes('<a href="/all">All topics</a>'));
    assert.ok(styleHashes().every((hash) => /^'sha256-[A-Za-z0-9+/=]{44}'$/.test(hash)));
  });

  it('text of the dataset and of attributes is escaped: a hostile lang stays an attribute value', () => {
    const output = renderFragment('<topic-card topic="defense-attaches"></topic-card>', { lang: '"><script>alert(1)</script>' });
    assert.ok(!output.includes('<script>'));
    assert.match(output, /<topic-card lang="&quot;&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;" topic="defense-attaches">/);
  });
});
