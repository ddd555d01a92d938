/**
 * Splits bench text into plain and highlighted segments: the original message by entity offsets, and
 * the scrubbed text by its placeholders (`[PHONE_1]`). Pure, so it is unit-tested.
 */

import { highlightSegments, type Segment } from '../../../widget/src/panel/highlight.ts';

export type { Segment };

/**
 * Segments of `text` with each entity span marked by its type; overlapping or out-of-range spans are
 * skipped. The same function the widget uses for its live highlight.
 */
export const entitySegments = highlightSegments;

const PLACEHOLDER = /\[([A-Z][A-Z_]*?)_(\d+)\]/g;

/** Segments of scrubbed text with each placeholder marked by its entity type. */
export function placeholderSegments(scrubbed: string): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const match of scrubbed.matchAll(PLACEHOLDER)) {
    const start = match.index!;
    if (start > at) segments.push({ text: scrubbed.slice(at, start), type: null });
    segments.push({ text: match[0], type: match[1]! });
    at = start + match[0].length;
  }
  if (at < scrubbed.length) segments.push({ text: scrubbed.slice(at), type: null });
  return segments;
}

/** Parses the bench's page context (`key: value` or `key=value`, one per line). Errors name the line. */
export function parsePageContext(text: string): Record<string, string> {
  const page: Record<string, string> = Object.create(null) as Record<string, string>;
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    const match = /^([A-Za-z][A-Za-z0-9_-]{0,63})\s*[:=]\s*(.{0,200})$/.exec(line);
    if (!match) throw new SyntaxError(`Page context line ${index + 1} ("${line.slice(0, 40)}") must look like "plan: business".`);
    if (match[1] === '__proto__' || match[1] === 'constructor' || match[1] === 'prototype') throw new SyntaxError(`Page context line ${index + 1}: "${match[1]}" is not allowed as a key.`);
    page[match[1]!] = match[2]!.trim();
  });
  return { ...page };
}
