/**
 * The browser's validators for remote datasets are compiled from the zod schema at build time
 * (scripts/build-validators.ts). The zod schema stays the source of truth: on the golden dataset
 * and thousands of broken copies of it, the compiled validators and zod must accept and refuse
 * the same records; and the JSON Schema they are compiled from must be the published one.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { KINDS, validatorJsonSchema, validatorModule } from '../../scripts/build-validators.js';
import { DataLoadError } from '../../src/data/data-source.js';
import { validatorFor } from '../../src/data/validate-record.js';

type Kind = keyof typeof KINDS;
type Json = unknown;
const golden = (path: string): Json => JSON.parse(readFileSync(`test/golden/dataset/${path}`, 'utf8'));
const FILES: Record<Kind, Json[]> = {
  index: [golden('index.json')],
  card: readdirSync('test/golden/dataset/cards').map((f) => golden(`cards/${f}`)),
  summary: readdirSync('test/golden/dataset/summaries').map((f) => golden(`summaries/${f}`)),
  article: readdirSync('test/golden/dataset/articles').map((f) => golden(`articles/${f}`)),
  search: [golden('search/en.json')],
};

/** Every path to a value inside a record. */
function paths(value: Json, at: (string | number)[] = []): (string | number)[][] {
  const children = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : value && typeof value === 'object' ? Object.entries(value) : [];
  return [at, ...children.flatMap(([key, child]) => paths(child, [...at, key]))];
}

function withChange(record: Json, path: (string | number)[], change: (parent: Record<string | number, Json>, key: string | number) => void): Json {
  const copy = structuredClone(record) as Record<string | number, Json>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  change(parent, path.at(-1)!);
  return copy;
}

const REPLACEMENTS: Json[] = [
  null,
  7,
  -1,
  1.5,
  '',
  'x',
  'javascript:alert(1)',
  'HTTPS://EXAMPLE.ORG/ok.png',
  'https://',
  '\u{1F600}'.repeat(200), // 400 UTF-16 units, 200 code points: lengths count code points
  '\uD800'.repeat(301), // lone surrogates
  'x'.repeat(20_001),
  [],
  {},
  true,
];

/** Broken copies of a record: each value replaced, each field removed, an unknown field added. */
function* mutants(record: Json, stride: number): Generator<[string, Json]> {
  const all = paths(record);
  for (const [n, path] of all.entries()) {
    if (path.length === 0 || n % stride !== 0) continue;
    const where = path.join('.');
    for (const replacement of REPLACEMENTS) yield [`${where} = ${JSON.stringify(replacement).slice(0, 30)}`, withChange(record, path, (parent, key) => void (parent[key] = replacement))];
    yield [`${where} removed`, withChange(record, path, (parent, key) => (Array.isArray(parent) ? parent.splice(key as number, 1) : delete parent[key]))];
    yield [`${where}.extra added`, withChange(record, path, (parent, key) => {
      const target = parent[key];
      if (target && typeof target === 'object' && !Array.isArray(target)) (target as Record<string, Json>).extra = 1;
    })];
  }
}

describe('the compiled validators', () => {
  const compiled = Object.fromEntries(
    (Object.keys(KINDS) as Kind[]).map((kind) => [kind, import(`../../src/data/validators/${kind}.js`).then((m: { default: (v: Json) => boolean }) => m.default)]),
  ) as Record<Kind, Promise<(v: Json) => boolean>>;

  for (const kind of Object.keys(KINDS) as Kind[]) {
    it(`${kind}: accept and refuse exactly what the zod schema does`, async () => {
      const validate = await compiled[kind];
      let refused = 0;
      let checked = 0;
      for (const record of FILES[kind]) {
        assert.equal(validate(record), true, `a golden ${kind} record is refused`);
        // Articles are long: every 5th path of each (about a thousand broken copies per article).
        // Articles are long: every 5th path; a search file (every sentence of five articles) every 5th too.
        for (const [what, mutant] of mutants(record, kind === 'article' || kind === 'search' ? 5 : 1)) {
          const zod = KINDS[kind].safeParse(mutant).success;
          assert.equal(validate(mutant), zod, `${kind} with ${what}: zod ${zod ? 'accepts' : 'refuses'} it, the compiled validator does not`);
          checked++;
          if (!zod) refused++;
        }
      }
      // The mutations must actually exercise the refusals.
      assert.ok(refused > checked / 2, `${refused} of ${checked} refused`);
    });

    it(`${kind}: compiled from the published JSON Schema, with the URL rule and the union's discriminator added`, () => {
      const published = JSON.parse(readFileSync(`generated/dataset/schema/${kind}.schema.json`, 'utf8')) as Record<string, unknown>;
      const undone = JSON.parse(JSON.stringify(validatorJsonSchema(KINDS[kind])), (key, value: Record<string, unknown>) => {
        if (value && typeof value === 'object' && value.format === 'safe-http-url') {
          const { format: _, ...rest } = value;
          return { type: rest.type, maxLength: rest.maxLength, pattern: '^https?:\\/\\/' };
        }
        if (value && typeof value === 'object' && 'discriminator' in value) {
          const { discriminator, ...rest } = value as { discriminator: { propertyName: string } } & Record<string, unknown>;
          for (const branch of (rest.oneOf ?? rest.anyOf) as { properties: Record<string, Record<string, unknown>> }[]) {
            branch.properties[discriminator.propertyName] = { type: 'string', const: branch.properties[discriminator.propertyName]!.const };
          }
          return rest;
        }
        return value;
      });
      assert.deepEqual({ ...undone, title: published.title }, published);
    });
  }

  it('are plain source: nothing compiled at run time (a strict CSP with Trusted Types allows them)', () => {
    for (const kind of Object.keys(KINDS) as Kind[]) {
      const source = validatorModule(kind);
      assert.doesNotMatch(source, /\beval\s*\(|new Function|\bFunction\s*\(/, kind);
      assert.match(source, /^import \{ isSafeHttpUrl \} from/m, kind);
    }
  });

  it('say which record, which field, what is wrong and what was there', async () => {
    const card = FILES.card[0] as Record<string, Json>;
    const url = 'https://data.example/topics/cards/x.json';
    const check = await validatorFor('card');
    const cases: [Json, RegExp][] = [
      [{ ...card, image: { src: 'javascript:alert(1)', alt: 'x' } }, /card record's field image\.src must be an absolute http\(s\) URL \(got "javascript:alert\(1\)"\)/],
      [{ ...card, pillarCount: '4' }, /field pillarCount must be a whole number \(got "4"\)/],
      [{ ...card, name: undefined }, /field name is missing/],
      [{ ...card, extra: true }, /field extra is not a field of this record \(got true\)/],
      [{ ...card, abstract: 'x'.repeat(1_000_000) }, /field abstract must be at most 20,000 characters long \(got "x{60}"… 1,000,000 characters\)/],
      [{ ...card, themes: [{ id: 'Not A Slug', label: 'x' }] }, /field themes\.0\.id must be a lower-case slug/],
      [{ ...card, dir: 'up' }, /field dir must be one of "ltr", "rtl"/],
    ];
    for (const [record, message] of cases) {
      assert.throws(
        () => check(JSON.parse(JSON.stringify({ schemaVersion: card.schemaVersion, ...(record as object) })), url),
        (error: unknown) => error instanceof DataLoadError && error.code === 'invalid-data' && error.url === url && error.message.startsWith(`${url} does not match the dataset schema: `) && message.test(error.message),
        String(message),
      );
    }
    const article = FILES.article[0] as Record<string, Json>;
    const checkArticle = await validatorFor('article');
    assert.throws(
      () => checkArticle({ ...article, sections: [{ id: 's', heading: 'S', blocks: [{ type: 'paragraph', content: [{ text: 'x', href: 'data:text/html,x' }] }] }] }, url),
      /field sections\.0\.blocks\.0\.content\.0\.href must be an absolute http\(s\) URL \(got "data:text\/html,x"\)/,
    );
    assert.throws(() => checkArticle({ ...article, lead: [{ type: 'video' }] }, url), /field lead\.0 must be a block of type "paragraph", "heading", "list", "image", "quote" \(got an object\)/);
  });
});
