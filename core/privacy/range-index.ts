/**
 * Ranges (placeholder holes, safe-pattern matches) sorted by start, with the largest end among the first
 * i + 1 of them in maxEnd[i]. Both questions asked per candidate become one binary search, so a text
 * full of placeholders or safe matches stays linear (scanning every range per candidate was quadratic):
 * - some range overlaps [a, b) iff, among the ranges starting before b, the largest end is after a;
 * - ONE range contains [a, b) iff, among the ranges starting at or before a, the largest end is at or
 *   after b (the range with that end starts at or before a, so it alone contains [a, b); the union
 *   of several ranges covering [a, b) does not count, as before).
 * Safe-pattern ranges of different patterns may interleave or overlap; a running maximum needs neither.
 */
export interface RangeIndex { readonly starts: Int32Array; readonly maxEnd: Int32Array }

export function rangeIndex(ranges: [number, number][]): RangeIndex {
  ranges.sort(byRangeStart);
  const n = ranges.length;
  const starts = new Int32Array(n);
  const maxEnd = new Int32Array(n);
  let max = -1;
  for (let i = 0; i < n; i++) {
    const r = ranges[i]!;
    starts[i] = r[0];
    if (r[1] > max) max = r[1];
    maxEnd[i] = max;
  }
  return { starts, maxEnd };
}

function byRangeStart(x: [number, number], y: [number, number]): number {
  return x[0] - y[0];
}

/** How many of the sorted `starts` are below x. */
function countBelow(starts: Int32Array, x: number): number {
  let lo = 0, hi = starts.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (starts[mid]! < x) lo = mid + 1; else hi = mid; }
  return lo;
}

/** Does some range overlap [a, b)? */
export function overlaps(a: number, b: number, ranges: RangeIndex): boolean {
  const k = countBelow(ranges.starts, b);
  return k > 0 && ranges.maxEnd[k - 1]! > a;
}

/** Does one range contain [a, b)? */
export function inside(a: number, b: number, ranges: RangeIndex): boolean {
  const k = countBelow(ranges.starts, a + 1);
  return k > 0 && ranges.maxEnd[k - 1]! >= b;
}
