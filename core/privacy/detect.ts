/**
 * Runs every recognizer over a length-preserving normalised view of the text, resolves overlaps, drops
 * placeholders and operator-declared safe patterns, and fails closed: any recognizer exception becomes a
 * ScrubError and no result is returned.
 */
import { normalize, lowerSameLength } from './normalize.ts';
import { releasePerTextCaches } from './per-text-caches.ts';
import { placeholderRanges } from './placeholders.ts';
import { DEFAULT_RECOGNIZERS } from './recognizers/index.ts';
import { ScrubError } from './scrub-error.ts';
import { ENTITY_TYPES, type DetectedEntity, type RecognizerInput, type ScrubOptions, type TextStats } from './types.ts';

const DEFAULT_MIN_SCORE = 0.5;
const KNOWN_TYPES = new Set<string>(ENTITY_TYPES);
const LOCALE = /^([a-z]{2,3})(?:[-_]([a-z]{4}))?(?:[-_]([a-z]{2}|\d{3}))?$/i;
const DEFAULT_REGION: Readonly<Record<string, string>> = Object.freeze({ en: 'GB', de: 'DE', fr: 'FR', es: 'ES' });

const localeCache = new Map<string, { language: string; region: string }>();

export function parseLocale(locale: string | undefined): { language: string; region: string } {
  if (locale === undefined || locale === '') return { language: 'en', region: 'GB' };
  const hit = localeCache.get(locale);
  if (hit) return hit;
  const m = LOCALE.exec(locale);
  if (!m) throw new ScrubError(`Invalid locale "${locale}": expected a BCP 47 tag such as en-GB, de-DE, fr-FR, es-ES or en-US.`);
  const language = m[1]!.toLowerCase();
  const region = m[3] && /^[a-z]{2}$/i.test(m[3]) ? m[3].toUpperCase() : DEFAULT_REGION[language] ?? 'GB';
  const parsed = Object.freeze({ language, region });
  if (localeCache.size < 64) localeCache.set(locale, parsed);
  return parsed;
}

const safeCache = new Map<string, RegExp>();
/** The ranges the operator's safe patterns match in `text`, indexed for inside(); null when there are none. */
function safeRanges(text: string, patterns: readonly string[] | undefined): RangeIndex | null {
  if (!patterns || patterns.length === 0) return null;
  const out: [number, number][] = [];
  for (const source of patterns) {
    let re = safeCache.get(source);
    if (!re) {
      try { re = new RegExp(source, 'gu'); } catch (e) {
        throw new ScrubError(`Invalid safe pattern ${JSON.stringify(source)}: ${(e as Error).message}`, { cause: e });
      }
      if (safeCache.size > 256) safeCache.clear();
      safeCache.set(source, re);
    }
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      out.push([m.index, m.index + m[0].length]);
    }
  }
  return out.length ? rangeIndex(out) : null;
}

/** Census class per ASCII code unit: 1 digit, 2 colon, 3 dash, 4 dot, 5 at sign (0: not counted). */
const CENSUS_CLASS = new Uint8Array(128);
for (let c = 48; c <= 57; c++) CENSUS_CLASS[c] = 1;
CENSUS_CLASS[58] = 2;
CENSUS_CLASS[45] = 3;
CENSUS_CLASS[46] = 4;
CENSUS_CLASS[64] = 5;

/**
 * Set by census(): did the counted (lower-cased) text have a code unit that normalize() could map or
 * that lower-cases one it maps, i.e. a no-break space or anything from U+0100 up? (Checked for every
 * code unit normalize() maps.) Latin-1 accents alone leave the text as it is.
 */
let censusMayNormalize = false;

function census(s: string): TextStats {
  const counts = [0, 0, 0, 0, 0, 0];
  let mayNormalize = false;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) counts[CENSUS_CLASS[c]!]!++;
    else if (c >= 0x100 || c === 0xa0) mayNormalize = true;
  }
  censusMayNormalize = mayNormalize;
  return { digits: counts[1]!, colons: counts[2]!, dashes: counts[3]!, dots: counts[4]!, at: counts[5]! };
}

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
interface RangeIndex { readonly starts: Int32Array; readonly maxEnd: Int32Array }

function rangeIndex(ranges: [number, number][]): RangeIndex {
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
function overlaps(a: number, b: number, ranges: RangeIndex): boolean {
  const k = countBelow(ranges.starts, b);
  return k > 0 && ranges.maxEnd[k - 1]! > a;
}

/** Does one range contain [a, b)? */
function inside(a: number, b: number, ranges: RangeIndex): boolean {
  const k = countBelow(ranges.starts, a + 1);
  return k > 0 && ranges.maxEnd[k - 1]! >= b;
}

const EDGE = /[\s,.;:()\-]/;
const ALNUM = /[\p{L}\p{N}]/u;
const hasAlnum = (t: string): boolean => ALNUM.test(t);

/**
 * Overlap resolution (exported for detect-after.ts, not part of the public API).
 * Greedy: higher score first, then longer span; the survivors never overlap. A weaker candidate that
 * sticks out of a stronger one keeps the part that sticks out (so "Sarah Connor" survives next to an
 * overlapping NINO and nothing is left half-covered). Sorted by start.
 */
export function resolve(cands: DetectedEntity[], text: string): DetectedEntity[] {
  if (cands.length < 2) return cands;
  cands.sort(byStrength);
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
  if (!tree) { kept.list.splice(below, 0, c); return; }
  kept.list.push(c);
  kept.at![c.start] = kept.list.length;
  for (let i = c.start + 1; i < tree.length; i += i & -i) tree[i]!++;
}

function byStrength(x: DetectedEntity, y: DetectedEntity): number {
  return y.score - x.score || (y.end - y.start) - (x.end - x.start) || x.start - y.start;
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

export function detect(text: string, options: ScrubOptions = {}): DetectedEntity[] {
  if (typeof text !== 'string') throw new ScrubError(`scrub/detect expects a string, got ${text === null ? 'null' : typeof text}.`);
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  if (typeof minScore !== 'number' || Number.isNaN(minScore)) throw new ScrubError(`Invalid minScore ${String(minScore)}: expected a number between 0 and 1.`);
  const { language, region } = parseLocale(options.locale);
  if (text.length === 0) return [];
  try {
    const holes = placeholderRanges(text);
    // The census is taken on the lower-cased text: the counted characters are ASCII digits and
    // punctuation, which lower-casing keeps and produces from nothing else, and it is a fresh flat
    // string, faster to read character by character than a concatenated text. Unless it has a code unit
    // that normalize() maps or one that lower-cases to such a code unit (see censusMayNormalize),
    // normalize() would return the text as it is: then `norm` is the text and its lower case is made.
    let lower = lowerSameLength(text);
    let stats = census(lower);
    let norm = censusMayNormalize ? normalize(text) : text;
    // Placeholders are masked so their type names ("[PHONE_1]") never act as context cues.
    if (holes.length) {
      const parts: string[] = [];
      let pos = 0;
      for (const [a, b] of holes) { parts.push(norm.slice(pos, a), '_'.repeat(b - a)); pos = b; }
      parts.push(norm.slice(pos));
      norm = parts.join('');
    }
    if (norm !== text) {
      lower = lowerSameLength(norm);
      stats = census(lower);
    }
    // Recognizers read `norm` code unit by code unit. The caller's text may be a V8 cons string (made by
    // concatenation), slow to read so even once flattened: `(text + '\0').slice(0, -1)` is a slice of a
    // freshly flattened copy, which reads fast, with the same code units (every offset and answer is the
    // same). The copy is dropped with the input when detect() returns.
    if (norm === text) norm = (text + '\0').slice(0, -1);
    const input: RecognizerInput = { text, norm, lower, region, language, stats };
    const safe = safeRanges(text, options.safePatterns);
    const holeIndex = holes.length ? rangeIndex(holes.slice()) : null;
    const cands: DetectedEntity[] = [];
    const recognizers = options.recognizers ?? DEFAULT_RECOGNIZERS;
    for (let ri = 0; ri < recognizers.length; ri++) {
      const r = recognizers[ri]!;
      let found: DetectedEntity[];
      try {
        found = r.find(input);
      } catch (e) {
        throw new ScrubError(`Recognizer "${r.name}" failed: ${(e as Error)?.message ?? String(e)}`, { cause: e });
      }
      if (!Array.isArray(found)) throw new ScrubError(`Recognizer "${r.name}" returned ${typeof found}, expected an array.`);
      for (let ci = 0; ci < found.length; ci++) {
        const c = found[ci];
        if (!c || !KNOWN_TYPES.has(c.type) || !Number.isInteger(c.start) || !Number.isInteger(c.end) || c.start < 0 || c.end > text.length || c.start >= c.end || !(c.score >= 0)) {
          throw new ScrubError(`Recognizer "${r.name}" returned an invalid entity ${JSON.stringify(c)}.`);
        }
        if (c.score < minScore) continue;
        if (holeIndex && overlaps(c.start, c.end, holeIndex)) continue;
        if (safe && inside(c.start, c.end, safe)) continue;
        cands.push({ type: c.type, start: c.start, end: c.end, score: Math.round(Math.min(1, c.score) * 100) / 100 });
      }
    }
    return resolve(cands, text);
  } catch (e) {
    if (e instanceof ScrubError) throw e;
    throw new ScrubError(`PII detection failed: ${(e as Error)?.message ?? String(e)}`, { cause: e });
  } finally {
    releasePerTextCaches();
  }
}
