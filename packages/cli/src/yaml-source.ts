/**
 * Parses a YAML document and validates it against a zod schema, reporting every problem at its
 * line and column in the file (YAML syntax errors and shape errors alike).
 */
import { isNode, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import type { FileDiagnostics, SourcePosition } from './diagnostics.js';

export interface YamlLocation {
  /** File line on which the YAML text starts (1 for a standalone file). */
  firstLine: number;
}

/** A parsed, valid YAML document, and where each of its values is in the file. */
export interface LocatedYaml<T> {
  value: T;
  /** File position of the value at `path` (or of its closest existing ancestor). */
  at(path: readonly (string | number)[]): SourcePosition;
}

export function parseYamlWithSchema<T extends z.ZodType>(
  yamlText: string,
  schema: T,
  diagnostics: FileDiagnostics,
  code: string,
  what: string,
  location: YamlLocation,
): z.infer<T> | undefined {
  return parseLocatedYaml(yamlText, schema, diagnostics, code, what, location)?.value;
}

export function parseLocatedYaml<T extends z.ZodType>(
  yamlText: string,
  schema: T,
  diagnostics: FileDiagnostics,
  code: string,
  what: string,
  { firstLine }: YamlLocation,
): LocatedYaml<z.infer<T>> | undefined {
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toFilePosition = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: firstLine + line - 1, column: col };
  };

  if (document.errors.length > 0) {
    for (const error of document.errors) {
      diagnostics.error(code, `${what} is not valid YAML: ${firstLineOf(error.message)}`, toFilePosition(error.pos[0]));
    }
    return undefined;
  }

  const result = schema.safeParse(document.toJS() ?? {});
  if (result.success) {
    return { value: result.data, at: (path) => toFilePosition(nearestNode(document, [...path])?.range?.[0] ?? 0) };
  }

  for (const issue of result.error.issues) {
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    const node = nearestNode(document, path);
    const offset = node?.range?.[0] ?? 0;
    const where = path.length > 0 ? `"${path.join('.')}"` : 'the block';
    diagnostics.error(code, `${what}: ${where} ${issue.message}`, toFilePosition(offset));
  }
  return undefined;
}

/** The YAML node at `path`, or its closest existing ancestor (a missing key is reported at its parent). */
function nearestNode(document: ReturnType<typeof parseDocument>, path: (string | number)[]) {
  for (let depth = path.length; depth >= 0; depth--) {
    const node: unknown = depth === 0 ? document.contents : document.getIn(path.slice(0, depth), true);
    if (isNode(node)) return node;
    // A key whose value is null (`themes:`) is a Pair without a node value; report at its key.
    if (depth > 0) {
      const parent: unknown = depth === 1 ? document.contents : document.getIn(path.slice(0, depth - 1), true);
      if (isNode(parent) && 'items' in parent && Array.isArray(parent.items)) {
        const pair = (parent.items as unknown[]).find((item): item is { key: unknown } => isPairWithKey(item, path[depth - 1]!));
        if (pair && isNode(pair.key)) return pair.key;
      }
    }
  }
  return undefined;
}

function isPairWithKey(item: unknown, key: string | number): item is { key: unknown } {
  if (typeof item !== 'object' || item === null || !('key' in item)) return false;
  const k = (item as { key: unknown }).key;
  return isNode(k) && 'value' in k && (k as { value: unknown }).value === key;
}

function firstLineOf(message: string): string {
  return message.split('\n')[0]!.trim();
}
