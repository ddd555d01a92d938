/**
 * Overlap resolution of the candidates of one text: the survivors never overlap (used by detect.ts and
 * detect-after.ts; not part of the public API).
 */
import type { DetectedEntity } from './types.ts';

const EDGE = /[\s,.;:()\-]/;
const ALNUM = /[\p{L}\p{N}]/u;
const hasAlnum = (t: string): boolean => ALNUM.test(t);

/**
 * Greedy: higher score first, then longer span; the survivors never overlap. A weaker candidate that
 * sticks out of a stronger one keeps the part that sticks out (so "Sarah Connor" survives next to an
 * overlapping NINO and nothing is left half-covered). Sorted by start.
 */
export function resolve(cands: DetectedEntity[], text: string): DetectedEntity[] {
  if (cands.length < 2) return cands;
  if (cands.length <= FEW_CANDIDATES) insertionSort(cands);
  else cands.sort(byStrength);
  let tree: Int32Array | null = null, at: Int32Array | null = null, top = 0;
  if (cands.length > FEW_CANDIDATES) {
    let size = text.length;
    for (let i = 0; i < cands.length; i++) if (cands[i]!.end > size) size = cands[i]!.end;
    tree = new Int32Array(size + 1);
    at = new Int32Array(size);
    top = 1;
    while (top * 2 <= size) top *= 2;
  }
  const kept: Kept = { tree, at, top, list: [], text };
  for (let i = 0; i < cands.length; i++) place(kept, cands[i]!, 0);
  return tree ? kept.list.sort(byStart) : kept.list;
}

/**
 * Up to this many candidates (every ordinary message), the survivors are a plain array sorted by start,
 * grown with splice: each candidate leaves at most two survivors, so a call does a bounded amount of
 * moving and allocates no table. Above it, a Fenwick tree (see Kept) keeps every step O(log n).
 */
const FEW_CANDIDATES = 64;

/**
 * The survivors so far. They never overlap, so each has its own start and, ordered by start, they are
 * ordered by end too: the ones a candidate meets are found from the kept starts just before c.start,
 * from c.start on, and before c.end. With many candidates a Fenwick tree counting kept starts per text
 * position answers "how many start before x" and "where is the k-th start" in O(log n) each and
 * inserts in O(log n), where a sorted array needs a splice per survivor (quadratic when candidates
 * come in reverse start order). Both ways give the same answers, so the output is the same.
 * (Module-level helpers, so no closure is made per call.)
 */
interface Kept {
  /** Fenwick tree over text positions (position p at index p + 1): counts of kept starts; null with few candidates. */
  tree: Int32Array | null;
  /** With the tree, at[p]: 1 + index in `list` of the kept entity starting at p (0: none). */
  at: Int32Array | null;
  /** The largest power of two not above the tree's size (for the k-th search). */
  top: number;
  /** The kept entities: sorted by start without the tree, in the order kept with it. */
  list: DetectedEntity[];
  text: string;
}

/** How many kept entities start before position x. */
function keptBelow(kept: Kept, x: number): number {
  const tree = kept.tree;
  if (!tree) {
    const list = kept.list;
    let lo = 0, hi = list.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid]!.start < x) lo = mid + 1; else hi = mid; }
    return lo;
  }
  let sum = 0;
  for (let i = Math.min(x, tree.length - 1); i > 0; i -= i & -i) sum += tree[i]!;
  return sum;
}

/** The k-th kept entity by start (1-based k, at most the number kept). */
function keptNth(kept: Kept, k: number): DetectedEntity {
  const tree = kept.tree;
  if (!tree) return kept.list[k - 1]!;
  const n = tree.length - 1;
  let pos = 0;
  for (let step = kept.top; step > 0; step >>= 1) {
    if (pos + step <= n && tree[pos + step]! < k) { pos += step; k -= tree[pos]!; }
  }
  // The k-th start is at tree index pos + 1, i.e. text position pos.
  return kept.list[kept.at![pos]! - 1]!;
}

/** Keeps c; `below` is keptBelow(kept, c.start). */
function keep(kept: Kept, c: DetectedEntity, below: number): void {
  const tree = kept.tree;
  if (!tree) {
    // list.splice(below, 0, c), without the builtin call and the array of removed items it returns.
    const list = kept.list;
    let k = list.length;
    list.push(c);
    for (; k > below; k--) list[k] = list[k - 1]!;
    list[below] = c;
    return;
  }
  kept.list.push(c);
  kept.at![c.start] = kept.list.length;
  for (let i = c.start + 1; i < tree.length; i += i & -i) tree[i]!++;
}

function byStrength(x: DetectedEntity, y: DetectedEntity): number {
  return y.score - x.score || (y.end - y.start) - (x.end - x.start) || x.start - y.start;
}

/**
 * cands.sort(byStrength) for short arrays, without the builtin sort's set-up cost. Like the builtin
 * (stable since ES2019) it keeps candidates that compare equal in their order, so the result is the
 * same array order; quadratic only up to FEW_CANDIDATES.
 */
function insertionSort(cands: DetectedEntity[]): void {
  for (let i = 1; i < cands.length; i++) {
    const c = cands[i]!;
    let j = i - 1;
    while (j >= 0 && byStrength(cands[j]!, c) > 0) { cands[j + 1] = cands[j]!; j--; }
    cands[j + 1] = c;
  }
}

function byStart(x: DetectedEntity, y: DetectedEntity): number {
  return x.start - y.start;
}

function place(kept: Kept, c: DetectedEntity, depth: number): void {
  const text = kept.text;
  const lo = keptBelow(kept, c.start);
  const prev = lo > 0 ? keptNth(kept, lo) : undefined;
  const next = lo < kept.list.length ? keptNth(kept, lo + 1) : undefined;
  if ((prev && prev.end > c.start) || (next && next.start < c.end)) {
    if (depth > 0) return;
    // Left piece: before the first overlapping kept entity.
    const firstOverlap = prev && prev.end > c.start ? prev : next!;
    let a = c.start, b = firstOverlap.start;
    while (b > a && EDGE.test(text[b - 1]!)) b--;
    if (b - a >= 2 && hasAlnum(text.slice(a, b))) place(kept, { ...c, end: b }, depth + 1);
    // Right piece: after the last overlapping kept entity, the last one starting before c.end (the
    // left piece, if kept, starts before the first overlapping one).
    const lastOverlap = keptNth(kept, keptBelow(kept, c.end));
    a = Math.max(lastOverlap.end, c.start); b = c.end;
    while (a < b && EDGE.test(text[a]!)) a++;
    if (lastOverlap.end < c.end && b - a >= 2 && hasAlnum(text.slice(a, b))) place(kept, { ...c, start: a }, depth + 1);
    return;
  }
  keep(kept, c, lo);
}
