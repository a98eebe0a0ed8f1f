// The rendering behind defense-topics/astro's components: each component's tag, rendered on the
// server by defense-topics/server (the package's one server renderer). A <TopicProvider> renders
// itself and everything inside it as one fragment, so that its settings and data source reach its
// widgets as they do in the browser: the widgets inside it write their tags only, and it renders them.
// A component cannot see the page's <html lang>: a widget speaks its own `lang`, its provider's,
// else the page's locale when the site configures Astro's i18n (Astro.currentLocale), else English.
import { AsyncLocalStorage } from 'node:async_hooks';
import { escapeAttribute, renderFragment } from 'defense-topics/server';

/** Set while a <TopicProvider>'s content renders: the widgets inside leave the rendering to it. */
const insideProvider = new AsyncLocalStorage();

/** A prop's attribute: `headingLevel` → `heading-level`. */
const attributeName = (prop) => prop.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** The props as attributes: strings and numbers written, `true` present, `false`, null and undefined left out. */
function attributes(props) {
  return Object.entries(props)
    .filter(([name, value]) => value !== undefined && value !== null && value !== false && typeof value !== 'object' && typeof value !== 'function' && /^[A-Za-z][A-Za-z0-9-]*$/.test(name))
    .map(([name, value]) => (value === true ? ` ${attributeName(name)}` : ` ${attributeName(name)}="${escapeAttribute(String(value))}"`))
    .join('');
}

/**
 * A widget's HTML: its tag with its props as attributes and its slot as fallback content (shown
 * to readers the widget shows nothing to), rendered with its shadow root and the data for
 * hydration, or, inside a <TopicProvider>, the tag alone for the provider to render.
 */
export async function renderWidgetTag(astro, tag) {
  const fallback = astro.slots.has('default') ? await astro.slots.render('default') : '';
  const markup = `<${tag}${attributes(astro.props)}>${fallback}</${tag}>`;
  return insideProvider.getStore() ? markup : renderFragment(markup, { hydrate: true, lang: astro.currentLocale });
}

/** A <topic-provider> with what it holds, rendered as one fragment (or, inside another, left to that one). */
export async function renderProviderTag(astro) {
  const content = astro.slots.has('default') ? await insideProvider.run(true, () => astro.slots.render('default')) : '';
  const markup = `<topic-provider${attributes(astro.props)}>${content}</topic-provider>`;
  return insideProvider.getStore() ? markup : renderFragment(markup, { hydrate: true, lang: astro.currentLocale });
}
