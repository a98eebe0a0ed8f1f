/**
 * `npm run build:validators`: the browser's validators for remote datasets, compiled from the zod
 * schema at build time. zod → JSON Schema (as the generator publishes it) → @exodus/schemasafe →
 * one module of plain source per record kind in src/data/validators/ (git-ignored). The browser
 * never loads zod (26.5 KB gzip) and never compiles code at run time (no eval or new Function,
 * so a strict Content-Security-Policy with Trusted Types is fine).
 *
 * The JSON Schema differs from the published one in one way: an http(s) URL field gets the
 * project's URL check (isSafeHttpUrl, the zod schema's refinement) as a format instead of its
 * case-sensitive pattern, which JSON Schema cannot express (zod's `/^https?:\/\//i` loses its flag).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { validator } from '@exodus/schemasafe';
import { z } from 'zod';
import { ArticleRecord, DatasetIndex, HttpUrl, SearchIndexRecord, TopicCardRecord, TopicSummaryRecord } from '../src/schema/dataset.js';

/** One validator per kind of file; `search`: a language's search texts. */
export const KINDS = { card: TopicCardRecord, summary: TopicSummaryRecord, article: ArticleRecord, index: DatasetIndex, search: SearchIndexRecord } as const;
const URL_FORMAT = 'safe-http-url';
const OUT = path.join(import.meta.dirname, '../src/data/validators');

type Node = Record<string, unknown>;

/** The JSON Schema the validator is compiled from; see the note above. */
export function validatorJsonSchema(schema: z.ZodType): Node {
  const regexMessages = new Map<string, string>();
  const json = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    override(ctx) {
      if (ctx.zodSchema === HttpUrl) {
        delete ctx.jsonSchema.pattern;
        ctx.jsonSchema.format = URL_FORMAT;
      }
      // A discriminated union: the compiled code then reports what is wrong inside the block
      // whose `type` it names, not only that no kind of block matched.
      const { discriminator } = (ctx.zodSchema as { _zod: { def: { discriminator?: string } } })._zod.def;
      if (discriminator && (ctx.jsonSchema.oneOf || ctx.jsonSchema.anyOf)) ctx.jsonSchema.discriminator = { propertyName: discriminator };
      // zod's own words for a pattern ("must be a lower-case slug…"), used in the error messages.
      for (const check of (ctx.zodSchema as unknown as { _zod: { def: { checks?: { _zod: { def: { pattern?: RegExp; error?: () => unknown } } }[] } } })._zod.def.checks ?? []) {
        const { pattern, error } = check._zod.def;
        const message = error?.();
        if (pattern && typeof message === 'string') regexMessages.set(pattern.source, message);
      }
    },
  }) as Node;
  // schemasafe takes a discriminator only when the branches give it a bare const.
  (function walk(node: unknown): void {
    if (!node || typeof node !== 'object') return;
    const { discriminator, oneOf, anyOf } = node as Node;
    if (discriminator) {
      const name = (discriminator as { propertyName: string }).propertyName;
      for (const branch of ((oneOf ?? anyOf) as Node[])) {
        const properties = branch.properties as Record<string, Node>;
        if (!('const' in properties[name]!)) throw new Error(`a branch of a discriminated union has no constant "${name}"`);
        properties[name] = { const: properties[name]!.const };
      }
    }
    for (const child of Object.values(node)) walk(child);
  })(json);
  return Object.assign(json, { [MESSAGES]: regexMessages });
}
const MESSAGES = Symbol('regex messages');

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

/** What a failed keyword means, in words, from the schema node it sits in. */
function describe(keyword: string, node: Node, parent: Node, regexMessages: Map<string, string>): string {
  const value = node[keyword];
  const n = typeof value === 'number' ? value.toLocaleString('en-US') : '';
  switch (keyword) {
    case 'type':
      return `must be ${[value].flat().map((t) => TYPE_WORDS[t as string] ?? t).join(' or ')}`;
    case 'required':
      return 'is missing';
    case 'additionalProperties':
      return 'is not a field of this record';
    case 'maxLength':
      return `must be at most ${n} characters long`;
    case 'minLength':
      return value === 1 ? 'must not be empty' : `must be at least ${n} characters long`;
    case 'maxItems':
      return `must have at most ${n} items`;
    case 'minItems':
      return value === 1 ? 'must not be empty' : `must have at least ${n} items`;
    case 'maximum':
      return `must be at most ${n}`;
    case 'minimum':
      return `must be at least ${n}`;
    case 'pattern':
      return regexMessages.get(value as string) ?? `must match /${value as string}/`;
    case 'format':
      return value === URL_FORMAT ? 'must be an absolute http(s) URL' : `must be a ${value as string}`;
    case 'enum':
      return `must be one of ${(value as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'const':
      return `must be ${JSON.stringify(value)}`;
    case 'discriminator':
      return `must be a block of type ${blockKinds(node)}`;
    case 'propertyName':
      return `must be one of ${blockKinds(parent)}`;
    case 'anyOf':
    case 'oneOf': {
      const kinds = blockKinds(node);
      return kinds ? `must be a block of type ${kinds}` : 'matches none of the allowed forms';
    }
    default:
      throw new Error(`no words for the keyword "${keyword}": add them to scripts/build-validators.ts`);
  }
}

/** The kinds a discriminated union takes ("paragraph", "heading"…). */
function blockKinds(union: Node): string {
  const name = (union.discriminator as { propertyName?: string } | undefined)?.propertyName ?? 'type';
  return ((union.oneOf ?? union.anyOf ?? []) as Node[])
    .map((branch) => ((branch.properties as Record<string, Node> | undefined)?.[name]?.const))
    .filter(Boolean)
    .map((kind) => JSON.stringify(kind))
    .join(', ');
}

/** The schema node a keyword location (`#/properties/a/items/type`) points into, and the keyword. */
function resolve(root: Node, pointer: string): [Node, string, Node] {
  const parts = pointer.replace(/^#\//, '').split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  const keyword = parts.pop()!;
  let node: unknown = root;
  let parent: unknown = root;
  for (const part of parts) [parent, node] = [node, (node as Node)[part]];
  if (!node || typeof node !== 'object') throw new Error(`keyword location ${pointer} is not in the schema`);
  return [node as Node, keyword, parent as Node];
}

/** The module for one kind: the compiled function, its error messages written in place of schema pointers. */
export function validatorModule(kind: keyof typeof KINDS): string {
  const json = validatorJsonSchema(KINDS[kind]);
  const regexMessages = json[MESSAGES as unknown as string] as Map<string, string>;
  // The function is serialised into the module (where isSafeHttpUrl is imported): not run here.
  const formats = { [URL_FORMAT]: (value: string) => isSafeHttpUrl(value) };
  const compiled = validator(json as never, { mode: 'default', includeErrors: true, isJSON: true, formats }).toModule();
  let source = compiled
    // schemasafe 1.3 drops a "/" after an array index inside a union's error path ("#/sections/"+o+"blocks/"+p).
    .replace(/instanceLocation: [^}]+/g, (location) => location.replace(/(\+[A-Za-z_$][\w$]*\+")(?!\/)/g, '$1/'))
    .replace(/keywordLocation: "([^"]+)"/g, (_, pointer: string) => {
      const [node, keyword, parent] = resolve(json, pointer);
      return `message: ${JSON.stringify(describe(keyword, node, parent, regexMessages))}`;
    });
  if (/keywordLocation/.test(source)) throw new Error(`the compiled ${kind} validator has a shape this script does not know (schemasafe changed?)`);
  if (/\beval\b|\bFunction\(|new Function/.test(source)) throw new Error(`the compiled ${kind} validator compiles code at run time`);
  if (!/validate\.errors = null/.test(source)) throw new Error(`the compiled ${kind} validator does not report errors`);
  source = source.replace(/^\(function\(\) \{/, '').replace(/\}\)\(\);?\s*$/, '');
  // Each failure as one call rather than an assignment and a return: half the bytes of a validator
  // (a remote card's largest chunk) are these lines.
  const failure = /validate\.errors = \[\{ message: ([^\n]+?), instanceLocation: ([^\n]+?) \}\]\n\s*return false\n/g;
  const failures = source.match(failure)?.length ?? 0;
  source = source.replace(failure, 'return fail(validate, $1, $2)\n');
  if (failures === 0 || /validate\.errors = \[\{/.test(source)) throw new Error(`the compiled ${kind} validator reports a failure in a shape this script does not know (schemasafe changed?)`);
  return `// @ts-nocheck
// Generated by scripts/build-validators.ts (npm run build:validators) from src/schema/dataset.ts: do not edit.
import { isSafeHttpUrl } from '../../schema/safe-url.js';
import type { CompiledValidator } from '../validate-record.js';

/** Whether a value is a valid ${kind} record; if not, \`errors[0]\` says where and what is wrong. */
const validate: CompiledValidator = (() => {
const fail = (validate, message, instanceLocation) => ((validate.errors = [{ message, instanceLocation }]), false);
${source}})();
export default validate;
`;
}

// Referenced by the serialised format function above; resolved in the generated module.
declare const isSafeHttpUrl: (value: string) => boolean;

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  mkdirSync(OUT, { recursive: true });
  for (const kind of Object.keys(KINDS) as (keyof typeof KINDS)[]) writeFileSync(path.join(OUT, `${kind}.ts`), validatorModule(kind));
  console.log(`compiled validators for ${Object.keys(KINDS).join(', ')} into src/data/validators/`);
}
