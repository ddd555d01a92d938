/** Splits a draft into plain and PII segments for the live highlight (entities may overlap or be unsorted). */
export interface Segment { text: string; type: string | null }

export function highlightSegments(text: string, entities: readonly { type: string; start: number; end: number }[]): Segment[] {
  const spans = [...entities]
    .filter((e) => Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.end <= text.length && e.end > e.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let at = 0;
  for (const e of spans) {
    if (e.start < at) continue;
    if (e.start > at) out.push({ text: text.slice(at, e.start), type: null });
    out.push({ text: text.slice(e.start, e.end), type: e.type });
    at = e.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), type: null });
  return out;
}
