/**
 * What frameworks read, generated from custom-elements.json (so it cannot drift from the classes):
 *   dist/jsx.d.ts     JSX typings (React 19, Preact, Solid…), by custom-element-jsx-integration
 *   dist/vue.d.ts     Vue's GlobalComponents, by custom-element-vuejs-integration
 *   dist/svelte.d.ts  Svelte 5's SvelteHTMLElements (the Svelte generator writes Svelte 4 syntax)
 *   dist/react.js     React wrappers made with @lit/react (React 18 needs them), and their types
 *
 * Each one is made from the elements' public, writable API: attributes as written in HTML, the
 * properties a framework may set, and events with their detail types. Read-only members
 * (`stateName`, `dataSource`…), methods and private or protected members never become props.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

/** Types the declarations export from dist/index.d.ts that the manifest names in type texts. */
const EXPORTED_TYPES = ['ThemeSetting', 'TopicDataSource', 'TopicSettings', 'TopicSelectDetail', 'WidgetErrorDetail'];

/** A type text of the manifest, made self-contained for a file in dist/ (named types become `import()` types). */
function selfContained(text) {
  return text.replace(/\b[A-Z]\w*\b/g, (name) => (EXPORTED_TYPES.includes(name) ? `import("./index.js").${name}` : name));
}

const withoutUndefined = (text) => text.split('|').map((t) => t.trim()).filter((t) => t !== 'undefined').join(' | ');

/**
 * The value an attribute takes in markup, where everything is a string: a number attribute also
 * takes its digits (`heading-level="2"`), an enumerated one only its values (`variant="huge"` is
 * refused).
 */
function attributeType(typeText) {
  if (!typeText) return 'string';
  const type = withoutUndefined(typeText);
  if (type === 'number') return 'number | `${number}`';
  return selfContained(type);
}

const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
const isPublic = (member) => member.privacy === undefined || member.privacy === 'public';

/** The elements' public API, from the manifest (with event types already set to `CustomEvent<detail>`). */
export function elementsOf(manifest) {
  const elements = [];
  for (const module of manifest.modules) {
    for (const d of module.declarations ?? []) {
      if (!d.customElement || !d.tagName) continue;
      const fields = (d.members ?? []).filter((m) => m.kind === 'field' && isPublic(m) && !m.static && !m.readonly);
      const readOnly = (d.members ?? []).filter((m) => m.kind === 'field' && isPublic(m) && !m.static && m.readonly);
      elements.push({
        tag: d.tagName,
        className: d.name,
        module: module.path.replace(/^src\//, './').replace(/\.ts$/, '.js'),
        attributes: (d.attributes ?? []).map((a) => ({ name: a.name, field: a.fieldName, description: a.description ?? '', type: attributeType(fields.find((f) => f.name === a.fieldName)?.type?.text ?? a.type?.text) })),
        properties: fields.map((f) => ({ name: f.name, description: f.description ?? '', type: selfContained(f.type?.text ?? 'unknown'), attribute: f.attribute })),
        readOnly: readOnly.map((f) => f.name),
        events: (d.events ?? []).map((e) => ({
          name: e.name,
          description: e.description ?? '',
          eventType: selfContained(e.type?.text ?? 'CustomEvent'),
          detailType: selfContained((e.type?.text ?? 'CustomEvent<unknown>').replace(/^CustomEvent<([\s\S]*)>$/, '$1')),
          reactName: `on${camel(`-${e.name}`)}`,
        })),
      });
    }
  }
  return elements;
}

/**
 * A copy of the manifest as the break-stuff generators (jsx, vue) read it: only public writable
 * members, each attribute and property typed by `frameworkType`, events typed by their detail.
 * `propertiesToo`: list the properties behind attributes as well (JSX: `headingLevel={2}` sets
 * the property in React 19; Vue maps `:heading-level` and `headingLevel` to one prop itself).
 */
function generatorManifest(manifest, { propertiesToo, refuseReadOnly = false }) {
  const copy = structuredClone(manifest);
  const byTag = new Map(elementsOf(manifest).map((e) => [e.tag, e]));
  for (const module of copy.modules) {
    for (const d of module.declarations ?? []) {
      const element = byTag.get(d.tagName);
      if (!d.customElement || !element) continue;
      d.attributes = element.attributes.map((a) => ({ name: a.name, description: a.description, frameworkType: { text: a.type } }));
      // A property named like its attribute (`topic`, `variant`) is listed once, as the attribute.
      d.members = element.properties
        .filter((p) => (propertiesToo || !p.attribute) && !element.attributes.some((a) => a.name === p.name))
        .map((p) => ({ kind: 'field', name: p.name, description: p.description, frameworkType: { text: p.type } }));
      // Where unknown names pass as plain attributes (Vue), a read-only member is listed as
      // `never`, so that binding it (which would set the property, and throw) is refused.
      if (refuseReadOnly) {
        for (const name of element.readOnly) d.members.push({ kind: 'field', name, description: 'Read-only: set by the element, never by a template.', frameworkType: { text: 'never' } });
      }
      d.events = element.events.map((e) => ({ name: e.name, description: e.description, type: { text: e.detailType } }));
    }
  }
  return copy;
}

/** DOM events every element takes in JSX, beside its own (React's names; Preact and Solid use the same). */
const JSX_DOM_EVENTS = [
  ['onClick', 'MouseEvent'], ['onDoubleClick', 'MouseEvent'], ['onContextMenu', 'MouseEvent'],
  ['onMouseDown', 'MouseEvent'], ['onMouseUp', 'MouseEvent'], ['onMouseEnter', 'MouseEvent'], ['onMouseLeave', 'MouseEvent'],
  ['onPointerDown', 'PointerEvent'], ['onPointerUp', 'PointerEvent'], ['onPointerEnter', 'PointerEvent'], ['onPointerLeave', 'PointerEvent'],
  ['onKeyDown', 'KeyboardEvent'], ['onKeyUp', 'KeyboardEvent'],
  ['onFocus', 'FocusEvent'], ['onBlur', 'FocusEvent'], ['onFocusIn', 'FocusEvent'], ['onFocusOut', 'FocusEvent'],
  ['onTouchStart', 'TouchEvent'], ['onTouchEnd', 'TouchEvent'],
];
/** Standard attributes the generator's base props lack. */
const JSX_MORE_ATTRIBUTES = ['role?: string;', 'tabindex?: number | `${number}`;', 'inert?: boolean;', '"aria-label"?: string;', '"aria-labelledby"?: string;', '"aria-describedby"?: string;'];

function writeJsx(manifest, outdir) {
  // The handler's event type is the generator's `(e: any) => void` unless given: give it (an
  // object with a call signature is what a function-typed event prop takes in every JSX flavour).
  const globalEvents = [...JSX_DOM_EVENTS.map(([name, type]) => `${name}?: (event: ${type}) => void;`), ...JSX_MORE_ATTRIBUTES].join('\n');
  generateJsxTypes(generatorManifest(manifest, { propertiesToo: true }), {
    outdir,
    fileName: 'jsx.d.ts',
    hideLogs: true,
    typesSrc: 'frameworkType',
    globalEvents,
  });
}

function writeVue(manifest, outdir) {
  generateVuejsTypes(generatorManifest(manifest, { propertiesToo: false, refuseReadOnly: true }), {
    outdir,
    fileName: 'vue.d.ts',
    hideLogs: true,
    typesSrc: 'frameworkType',
  });
  // The generator names event props `"ontopic-select"`; Vue's checker looks for `onTopicSelect`
  // (what `@topic-select` compiles to), so rename them for `$event` to be typed.
  const file = path.join(outdir, 'vue.d.ts');
  let text = readFileSync(file, 'utf8');
  for (const event of new Set(elementsOf(manifest).flatMap((e) => e.events))) {
    text = text.replaceAll(`"on${event.name}"?:`, `${event.reactName}?:`);
  }
  writeFileSync(file, text);
}

const doc = (text) => (text ? `  /** ${text.replace(/\*\//g, '*\\/')} */\n` : '');

/** Svelte 5: `<topic-card show-image={false} ontopic-select={(e) => …}>`, on top of Svelte's own HTML attributes and events. */
function svelteTypes(elements) {
  const blocks = elements.map((e) => {
    const own = new Set();
    const lines = [];
    for (const a of e.attributes) {
      own.add(a.name);
      lines.push(`${doc(a.description)}  ${JSON.stringify(a.name)}?: ${a.type} | null;`);
    }
    for (const p of e.properties) {
      if (own.has(p.name)) continue;
      own.add(p.name);
      lines.push(`${doc(p.description)}  ${JSON.stringify(p.name)}?: ${p.type};`);
    }
    for (const ev of e.events) {
      own.add(`on${ev.name}`);
      lines.push(`${doc(ev.description)}  ${JSON.stringify(`on${ev.name}`)}?: (event: ${ev.eventType} & { currentTarget: ${e.className} }) => void;`);
    }
    return { e, own, body: lines.join('\n') };
  });
  return `// Generated from custom-elements.json by scripts/framework-types.mjs: do not edit.
// Svelte 5 typings: \`import type {} from 'defense-topics/svelte'\` in a .d.ts of your app (or
// "types": ["defense-topics/svelte"] in its tsconfig), checked by svelte-check.
import type { HTMLAttributes } from 'svelte/elements';
${elements.map((e) => `import type { ${e.className} } from ${JSON.stringify(e.module)};`).join('\n')}

${blocks.map(({ e, own, body }) => `export interface ${e.className}SvelteProps extends Omit<HTMLAttributes<${e.className}>, ${[...own].map((k) => JSON.stringify(k)).join(' | ')}> {\n${body}\n}`).join('\n\n')}

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
${elements.map((e) => `    ${JSON.stringify(e.tag)}: ${e.className}SvelteProps;`).join('\n')}
  }
}
`;
}

/** React wrappers: `<TopicCard topic={id} showImage={false} onTopicSelect={(e) => …} />`, properties set as properties. */
function reactModule(elements) {
  const componentName = (e) => e.className.replace(/Element$/, '');
  const js = `// Generated from custom-elements.json by scripts/framework-types.mjs: do not edit.
// React components for the widgets, made with @lit/react: props set the elements' properties
// (objects and booleans included) and on<Event> props listen to their events, in React 18 as in 19.
// Importing this module registers every tag. A client module for React Server Components
// (Next.js App Router): a server component can import and render these wrappers directly.
'use client';
import * as React from 'react';
import { createComponent } from '@lit/react';
${elements.map((e) => `import { ${e.className} } from ${JSON.stringify(e.module)};\nimport ${JSON.stringify(e.module.replace(/[^/]+$/, 'define.js'))};`).join('\n')}

/** Props written as they are on a server: React's own, and the standard attributes. */
const PASSED = /^(?:id|slot|hidden|lang|dir|title|style|role|tabIndex|children|data-.+|aria-.+)$/;

/**
 * A wrapper that also renders on a server (React's server render: Next.js, Remix…): there
 * @lit/react sets no property (it sets them in the browser), so the element's attributes are
 * written from the props instead (\`topic\`, \`heading-level\`, \`show-image\`…: strings, numbers,
 * true as present, false as "false"), and the browser takes the element over without a hydration
 * warning for them.
 */
function wrapper(Component, tagName, attributes) {
  const Wrapped = React.forwardRef((props, ref) => {
    if (typeof document !== 'undefined') return React.createElement(Component, { ...props, suppressHydrationWarning: true, ref });
    const written = { suppressHydrationWarning: true };
    for (const [key, value] of Object.entries(props)) {
      const attribute = attributes[key];
      if (attribute) {
        // false as "false": the widgets read it so, and an inheritable one (selectable) must not inherit.
        if (value === true) written[attribute] = '';
        else if (value === false || typeof value === 'string' || typeof value === 'number') written[attribute] = String(value);
      } else if (key === 'className') written.class = value;
      else if (PASSED.test(key)) written[key] = value;
    }
    return React.createElement(tagName, written);
  });
  Wrapped.displayName = Component.displayName;
  return Wrapped;
}
${elements
  .map(
    (e) => `
export const ${componentName(e)} = wrapper(
  createComponent({
    react: React,
    tagName: ${JSON.stringify(e.tag)},
    elementClass: ${e.className},
    events: { ${e.events.map((ev) => `${ev.reactName}: ${JSON.stringify(ev.name)}`).join(', ')} },
    displayName: ${JSON.stringify(componentName(e))},
  }),
  ${JSON.stringify(e.tag)},
  ${JSON.stringify(Object.fromEntries(e.attributes.filter((a) => a.field).map((a) => [a.field, a.name])))},
);`,
  )
  .join('\n')}
`;
  const dts = `// Generated from custom-elements.json by scripts/framework-types.mjs: do not edit.
import type * as React from 'react';
${elements.map((e) => `import type { ${e.className} } from ${JSON.stringify(e.module)};`).join('\n')}

${elements
  .map((e) => {
    const props = e.properties.map((p) => `${doc(p.description)}  ${p.name}?: ${e.className}[${JSON.stringify(p.name)}];`);
    const events = e.events.map((ev) => `${doc(ev.description)}  ${ev.reactName}?: (event: ${ev.eventType}) => void;`);
    const own = [...e.properties.map((p) => p.name), ...e.events.map((ev) => ev.reactName)];
    return `/** Props of <${componentName(e)}>: the writable properties of \`<${e.tag}>\`, its events, and React's HTML attributes. */
export interface ${componentName(e)}Props extends Omit<React.HTMLAttributes<${e.className}>, ${own.map((k) => JSON.stringify(k)).join(' | ')}> {
${[...props, ...events].join('\n')}
}
/** \`<${e.tag}>\` for React (18 and 19). */
export declare const ${componentName(e)}: React.ForwardRefExoticComponent<${componentName(e)}Props & React.RefAttributes<${e.className}>>;`;
  })
  .join('\n\n')}
`;
  return { js, dts };
}

/** Writes every framework file into `outdir` (dist/). */
export function writeFrameworkFiles(manifest, outdir) {
  const elements = elementsOf(manifest);
  mkdirSync(outdir, { recursive: true });
  writeJsx(manifest, outdir);
  writeVue(manifest, outdir);
  writeFileSync(path.join(outdir, 'svelte.d.ts'), svelteTypes(elements));
  const react = reactModule(elements);
  writeFileSync(path.join(outdir, 'react.js'), react.js);
  writeFileSync(path.join(outdir, 'react.d.ts'), react.dts);
}
