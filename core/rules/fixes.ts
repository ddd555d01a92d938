import { isMap, isPair, type Node } from 'yaml';
import type { PathSegment, SourceMap } from './source-map.ts';
import type { Diagnostic } from './types.ts';

/** A quick fix that adds `key: valueText` as the last entry of the map at `path`. */
export function addEntryFix(map: SourceMap, path: readonly PathSegment[], key: string, valueText: string, title: string): Diagnostic['fix'] | undefined {
  const { node, complete } = map.locate(path);
  if (!complete || !isMap(node) || node.items.length === 0) return undefined;
  const first = node.items[0]!;
  const last = node.items[node.items.length - 1]!;
  if (!isPair(first) || !isPair(last)) return undefined;
  const lastNode = (last.value ?? last.key) as Node;
  const end = lastNode.range?.[1];
  if (end === undefined) return undefined;
  const at = map.rangeOfOffsets(end, end);
  if (node.flow) return { title, range: at, text: `, ${key}: ${valueText}` };
  const keyRange = map.rangeOfNode(first.key as Node);
  const indent = ' '.repeat(Math.max(0, keyRange.column - 1));
  // Block scalars end after their newline; insert on the line that follows them.
  const text = at.column === 1 ? `${indent}${key}: ${valueText}\n` : `\n${indent}${key}: ${valueText}`;
  return { title, range: at, text };
}
