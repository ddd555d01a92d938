/**
 * Runs every recognizer over a length-preserving normalised view of the text, resolves overlaps, drops
 * placeholders and operator-declared safe patterns, and fails closed: any recognizer exception becomes a
 * ScrubError and no result is returned.
 */
import { hasMappedUnit, normalizeNonAscii, lowerSameLength } from './normalize.ts';
import { releasePerTextCaches } from './per-text-caches.ts';
import { placeholderRanges } from './placeholders.ts';
import { inside, overlaps, rangeIndex, type RangeIndex } from './range-index.ts';
import { DEFAULT_RECOGNIZERS } from './recognizers/index.ts';
import { resolve } from './resolve.ts';
import { ScrubError } from './scrub-error.ts';
import { ENTITY_TYPES, type DetectedEntity, type RecognizerInput, type ScrubOptions, type TextStats } from './types.ts';

const DEFAULT_MIN_SCORE = 0.5;
const NO_HOLES: readonly [number, number][] = Object.freeze([]);
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
/** The compiled safe pattern (cached by source); an invalid one fails closed. */
function safeRegex(source: string): RegExp {
  let re = safeCache.get(source);
  if (!re) {
    try { re = new RegExp(source, 'gu'); } catch (e) {
      throw new ScrubError(`Invalid safe pattern ${JSON.stringify(source)}: ${(e as Error).message}`, { cause: e });
    }
    if (safeCache.size > 256) safeCache.clear();
    safeCache.set(source, re);
  }
  return re;
}

/** Compiles every safe pattern, so an invalid one fails the call before any recognizer runs, as always. */
function checkSafePatterns(patterns: readonly string[] | undefined): void {
  if (!patterns) return;
  for (let p = 0; p < patterns.length; p++) safeRegex(patterns[p]!);
}

/** The offset after the code point at `i` (a surrogate pair is one code point), as String.prototype.matchAll steps. */
function nextCodePoint(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return i + 2;
  }
  return i + 1;
}

/** The ranges the operator's safe patterns match in `text`, indexed for inside(); null when there are none. */
function safeRanges(text: string, patterns: readonly string[] | undefined): RangeIndex | null {
  if (!patterns || patterns.length === 0) return null;
  let out: [number, number][] | null = null;
  for (let p = 0; p < patterns.length; p++) {
    const re = safeRegex(patterns[p]!);
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      // After an empty match, step over one code point: a step into a surrogate pair would be moved
      // back to the pair's start by the u flag, and the loop would never end.
      if (m[0].length === 0) { re.lastIndex = nextCodePoint(text, re.lastIndex); continue; }
      (out ??= []).push([m.index, m.index + m[0].length]);
    }
  }
  return out ? rangeIndex(out) : null;
}

/**
 * Census weights per Latin-1 code unit, packed so the loop adds into one integer held in a register
 * (a `counts[class]++` per code unit is a store and a reload of memory each time): digits in bits 0-6,
 * colons in bits 7-13, dashes in bits 14-20 and dots in bits 21-27. The sum is unpacked after every
 * CENSUS_CHUNK code units, no more than a field holds, so no field ever carries into the next (and the
 * sum stays a small integer): the counts are exact at any length. The rare units the census also looks
 * for ('@', '[' and the no-break space) weigh RARE and take a branch of their own, as does every unit
 * from U+0100 up: one table read per code unit.
 */
const CENSUS = new Int32Array(256);
const RARE = -1;
for (let c = 48; c <= 57; c++) CENSUS[c] = 1;
CENSUS[58] = 1 << 7;
CENSUS[45] = 1 << 14;
CENSUS[46] = 1 << 21;
CENSUS[64] = RARE;
CENSUS[91] = RARE;
CENSUS[0xa0] = RARE;
const FIELD = 127;
const CENSUS_CHUNK = FIELD;

/**
 * Set by census(): may the text have a code unit that normalize() maps? True when the counted
 * (lower-cased) text has a no-break space or anything from U+0100 up: every unit normalize() maps is
 * one of those and lower-cases to one of those (normalize.test.ts checks every code unit). Latin-1
 * accents alone leave the text as it is; detect() then asks hasMappedUnit() for the exact answer.
 */
let censusMayNormalize = false;
/**
 * Set by census(): did the counted text have a '['? Lower-casing keeps '[' and makes it from nothing
 * else, so this is also whether the caller's text has one (without a '[' it has no placeholder).
 */
let censusBracket = false;

function census(s: string): TextStats {
  let digits = 0, colons = 0, dashes = 0, dots = 0, at = 0;
  let mayNormalize = false, bracket = false;
  const n = s.length;
  for (let i = 0; i < n;) {
    const stop = n - i > CENSUS_CHUNK ? i + CENSUS_CHUNK : n;
    let a = 0;
    for (; i < stop; i++) {
      const c = s.charCodeAt(i);
      const w = c < 256 ? CENSUS[c]! : RARE;
      if (w >= 0) a += w;
      else if (c === 64) at++;
      else if (c === 91) bracket = true;
      else mayNormalize = true;
    }
    digits += a & FIELD; colons += (a >> 7) & FIELD; dashes += (a >> 14) & FIELD; dots += a >> 21;
  }
  censusMayNormalize = mayNormalize;
  censusBracket = bracket;
  return { digits, colons, dashes, dots, at };
}

export function detect(text: string, options: ScrubOptions = {}): DetectedEntity[] {
  if (typeof text !== 'string') throw new ScrubError(`scrub/detect expects a string, got ${text === null ? 'null' : typeof text}.`);
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  if (typeof minScore !== 'number' || Number.isNaN(minScore)) throw new ScrubError(`Invalid minScore ${String(minScore)}: expected a number between 0 and 1.`);
  const { language, region } = parseLocale(options.locale);
  if (text.length === 0) return [];
  try {
    // Everything below reads `flat` rather than the caller's text. The caller's text may be a V8 cons
    // string (made by concatenation), slow to read even once flattened (lower-casing, each regex, each
    // character loop; measured: reading the copy everywhere, not only in `norm`, made scrub() ~4%
    // faster): `(text + '\0').slice(0, -1)` is a slice of a freshly flattened copy, with the same
    // code units (every offset and answer is the same). It is dropped when detect() returns.
    const flat = (text + '\0').slice(0, -1);
    // The census is taken on the lower-cased text: the counted characters are ASCII digits and
    // punctuation, which lower-casing keeps and produces from nothing else, and it is a fresh flat
    // string. Unless it has a code unit that normalize() maps or one that lower-cases to such a code
    // unit (see censusMayNormalize), normalize() would return the text as it is: then `norm` is the
    // flat text and its lower case is made.
    let lower = lowerSameLength(flat);
    let stats = census(lower);
    const holes = censusBracket ? placeholderRanges(flat) : NO_HOLES;
    // Most texts with a code unit from U+0100 up (a euro sign, typographic quotes) have none that
    // normalize() maps: one table read per code unit tells, and spares the replace() that would give
    // the text back unchanged.
    let norm = censusMayNormalize && hasMappedUnit(flat) ? normalizeNonAscii(flat) : flat;
    // Placeholders are masked so their type names ("[PHONE_1]") never act as context cues.
    if (holes.length) {
      const parts: string[] = [];
      let pos = 0;
      for (const [a, b] of holes) { parts.push(norm.slice(pos, a), '_'.repeat(b - a)); pos = b; }
      parts.push(norm.slice(pos));
      norm = parts.join('');
    }
    if (norm !== flat) {
      lower = lowerSameLength(norm);
      stats = census(lower);
    }
    const input: RecognizerInput = { text: flat, norm, lower, region, language, stats };
    // Safe patterns only ever drop candidates: they are compiled (and checked) now, but matched against
    // the text at the first candidate that needs the answer, so a text without one (a third of
    // messages) runs no safe-pattern regex.
    const safePatterns = options.safePatterns;
    checkSafePatterns(safePatterns);
    let safe: RangeIndex | null | undefined;
    const holeIndex = holes.length ? rangeIndex(holes.slice()) : null;
    const cands: DetectedEntity[] = [];
    const length = text.length;
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
        // Each field is read once, in the order checked, and the values checked are the values kept.
        let type: DetectedEntity['type'], start = 0, end = 0, score = 0;
        if (!c || !KNOWN_TYPES.has(type = c.type) || !Number.isInteger(start = c.start) || !Number.isInteger(end = c.end) || start < 0 || end > length || start >= end || !((score = c.score) >= 0)) {
          throw new ScrubError(`Recognizer "${r.name}" returned an invalid entity ${JSON.stringify(c)}.`);
        }
        if (score < minScore) continue;
        if (holeIndex && overlaps(start, end, holeIndex)) continue;
        if (safe === undefined) safe = safeRanges(flat, safePatterns);
        if (safe && inside(start, end, safe)) continue;
        cands.push({ type, start, end, score: Math.round(Math.min(1, score) * 100) / 100 });
      }
    }
    return resolve(cands, flat);
  } catch (e) {
    if (e instanceof ScrubError) throw e;
    throw new ScrubError(`PII detection failed: ${(e as Error)?.message ?? String(e)}`, { cause: e });
  } finally {
    releasePerTextCaches();
  }
}
