import type { Node } from 'mdast';
import type { SourcePosition } from '../diagnostics.js';

/** Where a node starts in the file (mdast positions are 1-based, like editors'). */
export function positionOf(node: Node): SourcePosition | undefined {
  const start = node.position?.start;
  return start ? { line: start.line, column: start.column } : undefined;
}
