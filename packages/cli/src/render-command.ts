/**
 * `defense-topics render`: a widget's static HTML (its declarative shadow root, styles inside),
 * or every widget of an HTML page rendered in place, for sites without a server of their own.
 * The rendering itself (Lit SSR and the widgets) is a module of its own, loaded only here.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type * as RenderModule from './render.js';
import { escapeAttribute } from '../../../src/server/escape-attribute.js';

export const RENDER_HELP = `Usage: defense-topics render <widget> --topic <id> [options]
       defense-topics render --page <file.html> [--out <file>] [options]

Prints a widget's HTML as a server renders it: its tag with a declarative shadow
root inside (the widget's styles and content, shown without JavaScript in every
current browser) and, with --href, a fallback link. Paste it into any page.

Widgets: topic-card, pillar-list, article-summary, topic-article, series-nav,
topic-index (every topic: no --topic).

Options:
      --topic <id>            the topic to show                  [required]
      --theme <theme>         light, dark or auto
      --heading-level <n>     level of the widget's heading, 1-6
      --lang <tag>            language of the widget's own words
      --href <template>       topic-card, article-summary, series-nav: link template,
                              {id} = the topic
      --variant <v>           topic-card: full or compact; series-nav: pager or list
      --show-image            topic-card: show the topic's image
      --selectable            topic-card, article-summary, series-nav: names without --href are
                              buttons firing topic-select (with --hydrate only: they
                              need the script)
      --layout <l>            pillar-list, topic-index: list or grid
      --limit <n>             pillar-list: at most n pillars; topic-index: n topics,
                              then "Show more"
      --sentences <n>         article-summary: 1-5 summary sentences
      --query <words>         topic-index: a search shown at once (it needs --hydrate)
      --themes <ids>          topic-index: theme filters (space- or comma-separated)
      --countries <codes>     topic-index: country filters (TR PK…)
      --section <id>          topic-article: show this section alone
      --toc                   topic-article: a table of contents of the sections
      --src <url>             a remote dataset (absolute http(s) URL): fetched and
                              validated, the widget rendered inside <topic-provider src>
                              (not with --page: a page's providers name their own)
      --page <file>           render every widget of an HTML page in place instead;
                              the remote datasets its providers name are preloaded
      --base <url>            with --page: the site's address, to resolve providers'
                              relative src (a server has no page to resolve them against)
  -o, --out <file>            write to a file instead of standard output
      --hydrate               for a page with the embed's script: keep what the script
                              needs to take over without loading the data again (the
                              same version of the script and of this command)
      --script <url>          with --hydrate, for one widget: print the embed's <script>
                              tag first
      --csp                   print the CSP style-src sources (hashes) of the widgets'
                              styles, for a page whose policy forbids inline styles

Exit codes: 0 rendered, 1 data error (unknown topic, dataset unreachable or
invalid), 2 usage error, 3 internal error.
`;

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const CHOICES: Record<string, readonly string[]> = { theme: ['light', 'dark', 'auto'], variant: ['full', 'compact'], layout: ['list', 'grid'] };
/** Choices that differ by widget. */
const WIDGET_CHOICES: Record<string, Record<string, readonly string[]>> = { 'series-nav': { variant: ['pager', 'list'] } };
const NUMBERS: Record<string, [number, number]> = { 'heading-level': [1, 6], limit: [1, 1000], sentences: [1, 5] };

export async function renderCommand(argv: readonly string[], io: Io, usage: (message: string) => number): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        topic: { type: 'string' },
        theme: { type: 'string' },
        'heading-level': { type: 'string' },
        lang: { type: 'string' },
        href: { type: 'string' },
        variant: { type: 'string' },
        'show-image': { type: 'boolean' },
        selectable: { type: 'boolean' },
        layout: { type: 'string' },
        limit: { type: 'string' },
        sentences: { type: 'string' },
        section: { type: 'string' },
        toc: { type: 'boolean' },
        query: { type: 'string' },
        themes: { type: 'string' },
        countries: { type: 'string' },
        src: { type: 'string' },
        page: { type: 'string' },
        base: { type: 'string' },
        out: { type: 'string', short: 'o' },
        hydrate: { type: 'boolean' },
        script: { type: 'string' },
        csp: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return usage((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(RENDER_HELP);
    return 0;
  }
  // An option that would be ignored is refused: the output must be what the command line says.
  const given = Object.entries(values).filter(([, value]) => value !== undefined).map(([name]) => name);
  if (values.csp && (given.length > 1 || positionals.length > 0)) return usage(`--csp prints the style hashes and takes no other argument (got --${given.find((name) => name !== 'csp') ?? positionals[0]})`);
  if (values.base !== undefined && values.page === undefined) return usage('--base goes with --page (it resolves the page’s relative <topic-provider src>)');
  if (values.page !== undefined && values.src !== undefined) return usage('--page preloads the datasets the page’s providers name: --src is for a single widget');
  if (values.page !== undefined && values.script !== undefined) return usage('--script is for a single widget: a page keeps its own script tags (and --script would come before its doctype)');
  if (values.selectable && !values.hydrate) return usage('--selectable makes buttons that only the embed’s script can make work: add --hydrate (and the script), or, for a page without it, --href instead (links)');
  const render = (await import(/* @vite-ignore */ RENDER_MODULE)) as typeof RenderModule;
  if (values.csp) {
    io.out(`style-src ${render.styleHashes().join(' ')}\n`);
    return 0;
  }
  if (values.script !== undefined && !values.hydrate) return usage('--script goes with --hydrate (a static page has no script)');
  if (values.script !== undefined && !isHttpOrRelative(values.script)) return usage(`--script "${values.script}" is not an http(s) or relative URL`);
  if (values.src !== undefined && !/^https?:\/\//i.test(values.src)) return usage(`--src "${values.src}" must be an absolute http(s) URL (a server has no page to resolve it against)`);
  const output = async (text: string) => {
    const full = values.hydrate && values.script !== undefined ? `<script type="module" src="${escapeAttribute(values.script)}"></script>\n${text}` : text;
    if (values.out) {
      await mkdir(path.dirname(path.resolve(values.out)), { recursive: true });
      await writeFile(values.out, full.endsWith('\n') ? full : `${full}\n`);
    }
    else io.out(full.endsWith('\n') ? full : `${full}\n`);
  };

  if (values.page !== undefined) {
    if (positionals.length > 0) return usage(`--page renders a whole page: unexpected "${positionals[0]}"`);
    let page: string;
    try {
      page = await readFile(values.page, 'utf8');
    } catch {
      return usage(`cannot read ${values.page}: no such file`);
    }
    if (values.base !== undefined && !/^https?:\/\//i.test(values.base)) return usage(`--base "${values.base}" must be an absolute http(s) URL`);
    // The index is always preloaded: a series index (<topic-index>) needs nothing more.
    const topics = render.topicsOf(page);
    const articles = render.articlesOf(page);
    const languages = render.languagesOf(page);
    try {
      for (const src of values.src ? [values.src] : render.datasetsOf(page)) {
        if (!/^https?:\/\//i.test(src) && !values.base) {
          io.err(`defense-topics: <topic-provider src="${src}"> is relative: give --base <the site's address> to render its widgets (they show their fallback content).\n`);
          continue;
        }
        await render.prepare({ src, ...(topics ? { topics } : {}), articles, base: values.base, languages });
      }
    } catch (error) {
      io.err(`defense-topics: ${(error as Error).message}\n`);
      return 1;
    }
    await output(render.renderPage(page, { hydrate: values.hydrate === true }));
    return 0;
  }

  const [tag, ...extra] = positionals;
  if (!tag) return usage(`missing <widget> (${Object.keys(render.WIDGETS).join(', ')}), or --page <file>`);
  if (!Object.hasOwn(render.WIDGETS, tag)) return usage(`unknown widget "${tag}": ${Object.keys(render.WIDGETS).join(', ')}`);
  if (extra.length > 0) return usage(`unexpected argument "${extra[0]}"`);
  const widget = tag as RenderModule.WidgetTag;
  const own = render.WIDGETS[widget] as Record<string, string>;
  const attributes: Record<string, string | boolean> = {};
  for (const name of ['topic', 'theme', 'heading-level', 'lang', 'href', 'variant', 'show-image', 'selectable', 'layout', 'limit', 'sentences', 'section', 'toc', 'query', 'themes', 'countries'] as const) {
    const value = values[name];
    if (value === undefined) continue;
    if (!(render.COMMON_ATTRIBUTES as readonly string[]).includes(name) && !Object.hasOwn(own, name)) return usage(`--${name} is not an option of <${widget}>`);
    const problem = checkValue(name, value, widget);
    if (problem) return usage(problem);
    attributes[name] = value;
  }
  const topic = typeof attributes.topic === 'string' ? attributes.topic.trim() : '';
  // The series index shows every topic from the dataset's index: it takes none.
  const wholeSeries = widget === 'topic-index';
  if (!topic && !wholeSeries) return usage('missing --topic <id>');
  let source;
  try {
    source = await render.prepare({ src: values.src, topics: wholeSeries ? [] : [topic], ...(widget === 'topic-article' ? { articles: [topic] } : {}), ...(typeof attributes.lang === 'string' ? { languages: [attributes.lang] } : {}) });
  } catch (error) {
    io.err(`defense-topics: ${(error as Error).message}\n`);
    return 1;
  }
  const index = source.peek?.('index', '')?.value;
  if (index && !wholeSeries && !index.topics.some((entry) => entry.id === topic)) {
    io.err(`defense-topics: unknown topic "${topic}" in ${source.label}. Valid topics: ${index.topics.map((entry) => entry.id).join(', ')}.\n`);
    return 1;
  }
  await output(render.renderWidget({ tag: widget, attributes, ...(values.src ? { src: values.src } : {}) }, { hydrate: values.hydrate === true }));
  return 0;
}

/** The rendering module, next to this one in the build (and in the source, for the tests). */
const RENDER_MODULE = './render.js';

function checkValue(name: string, value: string | boolean, widget?: string): string | undefined {
  if (typeof value === 'boolean') return undefined;
  const choices = (widget && WIDGET_CHOICES[widget]?.[name]) || CHOICES[name];
  if (choices && !choices.includes(value)) return `--${name} "${value}": expected ${choices.join(', ')}`;
  const range = NUMBERS[name];
  if (range && !(/^\d+$/.test(value) && Number(value) >= range[0] && Number(value) <= range[1])) return `--${name} "${value}": expected a whole number from ${range[0]} to ${range[1]}`;
  if (name === 'lang') {
    try {
      if (Intl.getCanonicalLocales(value).length !== 1) throw new RangeError();
    } catch {
      return `--lang "${value}" is not a BCP 47 language tag`;
    }
  }
  if (name === 'href' && !isHttpOrRelative(value.replaceAll('{id}', 'id'))) return `--href "${value}": links are only made to http(s) or relative URLs`;
  return undefined;
}

function isHttpOrRelative(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value, 'https://relative.invalid/').protocol);
  } catch {
    return false;
  }
}

