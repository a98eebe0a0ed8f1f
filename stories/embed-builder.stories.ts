import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import './embed-builder.js';
import type { EmbedBuilder } from './embed-builder.js';
import { defaultDataSource } from '../src/data/sources.js';

const meta: Meta = {
  title: 'Guides/Embed builder',
  component: 'embed-builder',
  tags: ['!autodocs'],
  render: () => html`<embed-builder></embed-builder>`,
};
export default meta;

/** Pairs of the builder's fields whose boxes overlap. */
function overlaps(builder: EmbedBuilder): string[] {
  const fields = [...builder.shadowRoot!.querySelectorAll('label')];
  const found: string[] = [];
  fields.forEach((a, i) => {
    for (const b of fields.slice(i + 1)) {
      for (const control of [a, ...a.querySelectorAll('input, select')]) {
        const r = control.getBoundingClientRect();
        const s = b.getBoundingClientRect();
        if (r.left < s.right - 0.5 && s.left < r.right - 0.5 && r.top < s.bottom - 0.5 && s.top < r.bottom - 0.5) found.push(`${a.textContent!.trim().split('\n')[0]} × ${b.textContent!.trim().split('\n')[0]}`);
      }
    }
  });
  return found;
}

export const Builder: StoryObj = {
  play: async ({ canvasElement }) => {
    const builder = canvasElement.querySelector('embed-builder') as EmbedBuilder;
    await waitFor(() => expect(builder.snippet).toContain('<a href="https://your-site.example/topics/air-defense-cooperation">Air Defense Cooperation</a>'));
    expect(builder.snippet).toMatch(/^<script type="module" src="https:\/\/your-cdn\.example\/defense-topics\/[\d.]+\/embed\.js"><\/script>/);
    // The Topic field offers the dataset's topics, by name.
    const select = builder.shadowRoot!.querySelector<HTMLSelectElement>('select[name="topic"]')!;
    const { topics } = await defaultDataSource().loadIndex();
    expect([...select.options].map((option) => [option.value, option.text])).toEqual(topics.map((topic) => [topic.id, topic.name]));
    // No field overlaps another, however wide the builder is.
    for (const width of ['60rem', '44rem', '36rem', '20rem']) {
      builder.style.inlineSize = width;
      await new Promise(requestAnimationFrame);
      expect(overlaps(builder), `at ${width}`).toEqual([]);
    }
    builder.style.inlineSize = '';
  },
};

/** The static outputs: the widget's content in the page's HTML, with or without the script. */
export const StaticHtml: StoryObj = {
  name: 'Static HTML outputs',
  play: async ({ canvasElement }) => {
    const builder = canvasElement.querySelector('embed-builder') as EmbedBuilder;
    const output = await waitFor(() => {
      const select = builder.shadowRoot!.querySelector<HTMLSelectElement>('select[name="output"]');
      expect(select).not.toBeNull();
      return select!;
    });
    const choose = (value: string) => {
      output.value = value;
      output.dispatchEvent(new Event('change'));
    };
    choose('static');
    await waitFor(() => expect(builder.snippet).toContain('A Fundamental Component of International Cooperation'), { timeout: 5000 });
    expect(builder.snippet).toMatch(/^<topic-card [^>]*topic="air-defense-cooperation"[^>]*><template shadowrootmode="open"><style>/);
    expect(builder.snippet).toContain('<a href="https://your-site.example/topics/air-defense-cooperation">Air Defense Cooperation</a></topic-card>');
    expect(builder.snippet).not.toContain('<!--');
    expect(builder.snippet).not.toContain('data-ssr');
    choose('static-script');
    await waitFor(() => expect(builder.snippet).toContain('data-ssr='), { timeout: 5000 });
    expect(builder.snippet).toMatch(/^<script type="module" src="https:\/\/your-cdn\.example\/defense-topics\/[\d.]+\/embed\.js"><\/script>\n\n<topic-card /);
  },
};

/** A link template that is not http(s) never reaches a snippet: the builder says why and leaves the link out. */
export const UnsafeLink: StoryObj = {
  name: 'A link that is not http(s)',
  play: async ({ canvasElement }) => {
    const builder = canvasElement.querySelector('embed-builder') as EmbedBuilder;
    const input = await waitFor(() => {
      const found = builder.shadowRoot!.querySelector<HTMLInputElement>('input[name="link"]');
      expect(found).not.toBeNull();
      return found!;
    });
    await waitFor(() => expect(builder.snippet).toContain('Air Defense Cooperation'));
    input.value = 'javascript:alert(1)//{id}';
    input.dispatchEvent(new Event('input'));
    await waitFor(() => expect(builder.shadowRoot!.querySelector('#link-problem')!.textContent).toContain('not an http(s) URL'));
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(builder.snippet).not.toContain('javascript:');
    expect(builder.snippet).not.toContain('href=');
    expect(builder.snippet).toMatch(/<topic-card topic="air-defense-cooperation">\n {2}Air Defense Cooperation\n<\/topic-card>/);
    for (const output of ['static', 'static-script']) {
      const select = builder.shadowRoot!.querySelector<HTMLSelectElement>('select[name="output"]')!;
      select.value = output;
      select.dispatchEvent(new Event('change'));
      await waitFor(() => expect(builder.snippet).toContain('shadowrootmode="open"'), { timeout: 5000 });
      expect(builder.snippet).not.toContain('javascript:');
    }
  },
};

/** The builder's form: a field once it is rendered, and a value set as a reader sets it (firing `event`). */
function formOf(builder: EmbedBuilder) {
  const field = async (selector: string) =>
    waitFor(() => {
      const found = builder.shadowRoot!.querySelector<HTMLInputElement & HTMLSelectElement>(selector);
      expect(found).not.toBeNull();
      return found!;
    });
  const set = async (selector: string, value: string, event = 'change') => {
    const input = await field(selector);
    input.value = value;
    input.dispatchEvent(new Event(event));
    await builder.updateComplete;
  };
  return { field, set };
}

/** The series widgets: the whole article (with a table of contents) and the series' navigation, as snippets and static HTML. */
export const SeriesWidgets: StoryObj = {
  name: 'The article and the series navigation',
  play: async ({ canvasElement }) => {
    const builder = canvasElement.querySelector('embed-builder') as EmbedBuilder;
    const { field, set: choose } = formOf(builder);
    await waitFor(() => expect(builder.snippet).toContain('Air Defense Cooperation'));
    await choose('select[name="widget"]', 'topic-article');
    const toc = await field('input[type="checkbox"]');
    toc.checked = true;
    toc.dispatchEvent(new Event('change'));
    await waitFor(() => expect(builder.snippet).toMatch(/<topic-article topic="air-defense-cooperation" toc>\n {2}<a href="https:\/\/your-site\.example\/topics\/air-defense-cooperation">Air Defense Cooperation<\/a>\n<\/topic-article>/));
    await choose('select[name="output"]', 'static');
    await waitFor(() => expect(builder.snippet).toContain('Part 1 of 5'), { timeout: 5000 });
    expect(builder.snippet).toMatch(/^<topic-article [^>]*toc[^>]*><template shadowrootmode="open">/);

    await choose('select[name="output"]', 'script');
    await choose('select[name="widget"]', 'series-nav');
    await choose('select[name="nav-variant"]', 'list');
    await waitFor(() => expect(builder.snippet).toMatch(/<series-nav topic="air-defense-cooperation" href="https:\/\/your-site\.example\/topics\/\{id\}" variant="list">\n<\/series-nav>/));
    const preview = builder.shadowRoot!.querySelector('.preview series-nav')!;
    await waitFor(() => expect(preview.shadowRoot!.querySelector('[aria-current="page"]')?.textContent).toContain('Air Defense Cooperation'), { timeout: 5000 });
  },
};

/** The series index: no topic, its layout and limit in the snippet, and every topic's link as the fallback without the script. */
export const SeriesIndex: StoryObj = {
  name: 'The series index',
  play: async ({ canvasElement }) => {
    const builder = canvasElement.querySelector('embed-builder') as EmbedBuilder;
    const { field, set } = formOf(builder);
    await waitFor(() => expect(builder.snippet).toContain('Air Defense Cooperation'));
    await set('select[name="widget"]', 'topic-index');
    expect((await field('select[name="topic"]')).disabled, 'the index takes no topic').toBe(true);
    await set('select[name="layout"]', 'grid');
    await set('input[name="limit"]', '3', 'input');
    const sync = await field('input[name="sync-url"]');
    sync.checked = true;
    sync.dispatchEvent(new Event('change'));
    await waitFor(() => expect(builder.snippet).toMatch(/<topic-index href="https:\/\/your-site\.example\/topics\/\{id\}" layout="grid" limit="3" sync-url>\n {2}<ul><li><a href="https:\/\/your-site\.example\/topics\/air-defense-cooperation">Air Defense Cooperation<\/a><\/li>/));
    expect(builder.snippet.match(/<li>/g)).toHaveLength(5);
    expect(builder.snippet).not.toContain('topic=');
    const preview = builder.shadowRoot!.querySelector('.preview topic-index')!;
    await waitFor(() => expect(preview.shadowRoot!.querySelectorAll('[part~="item"]')).toHaveLength(3), { timeout: 5000 });
    expect(preview.shadowRoot!.querySelector('[part~="show-more"]')).not.toBeNull();
    await set('select[name="output"]', 'static');
    await waitFor(() => expect(builder.snippet).toMatch(/^<topic-index [^>]*layout="grid"[^>]*><template shadowrootmode="open">/), { timeout: 5000 });
    expect(builder.snippet).toContain('Defense Attachés');
  },
};
