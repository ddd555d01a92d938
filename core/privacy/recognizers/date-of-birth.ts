/**
 * DATE_OF_BIRTH: a date next to a birth cue ("born on", "DOB", "geboren am", "né le", "nací el"), or a
 * full date whose year makes it a plausible birth date and no outage/contract cue is near. Outage dates
 * ("down since 12/03/2025") stay.
 */
import { charClass, IS_LETTER_OR_NUMBER } from '../char-class.ts';
import { cueDistance } from '../context.ts';
import { maximalDigitRuns, type DigitRunTable } from '../digit-runs.ts';
import { SHARED_PHRASES, type PhraseMatch } from '../phrase-matcher.ts';
import type { DetectedEntity, Recognizer, RecognizerInput } from '../types.ts';
import { fewerDigits } from './gate.ts';

const NO_PHRASES: readonly PhraseMatch[] = [];

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'januar', 'jänner', 'februar', 'märz', 'mai', 'juni', 'juli', 'oktober', 'dezember',
  'janvier', 'février', 'fevrier', 'mars', 'avril', 'juin', 'juillet', 'août', 'aout', 'septembre', 'octobre', 'novembre', 'décembre', 'decembre',
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre',
].sort((a, b) => b.length - a.length).join('|');

const NA = '(?![\\p{L}\\p{N}])';
const NAN = '(?![\\p{L}\\p{N}]|[./-]\\d)';
const NUMERIC = [
  `(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4}|\\d{2})${NAN}`,
  `(\\d{4})-(\\d{1,2})-(\\d{1,2})${NAN}`,
];
const DATE = new RegExp(
  [
    ...NUMERIC,
    `(\\d{1,2})(?:st|nd|rd|th|er|\\.|º)?[ \\t]+(?:(?:de|of)[ \\t]+)?(?:${MONTHS})\\.?,?[ \\t]+(?:de[ \\t]+)?(\\d{4})${NA}`,
    `(?:${MONTHS})\\.?[ \\t]+(\\d{1,2})(?:st|nd|rd|th)?,?[ \\t]+(\\d{4})${NA}`,
  ].join('|'),
  'giu',
);
/**
 * Sticky copies, tried only where a match can start (see `find`): scanning the text with DATE, or with
 * the numeric alternatives and a gate regex, cost more than the rest of the recognizer.
 */
const DATE_AT = new RegExp(DATE.source, 'iuy');
const NUMERIC_AT = new RegExp(NUMERIC.join('|'), 'iuy');
/** Month names as whole words (the phrase scan every text gets anyway). */
const MONTH_WORDS = SHARED_PHRASES.define(MONTHS.split('|'));
/**
 * Characters that could hide a month name from the phrase scan: a combining mark before it (a mark is a
 * word character there, not for the regex) and the long s, which the case-insensitive regex folds to "s".
 * NOT_LATIN finds the texts that can hold one (marks are all at U+0300 or above, astral ones in surrogates).
 */
const MARK = /[\p{M}\u017f]/u;
const NOT_LATIN = /[\u017f\u0300-\uffff]/;

/** /[\p{L}\p{N}]/u on one code unit (char-class.ts answers with that regex; a lone surrogate is in no class). */
const wordish = (c: number) => (charClass(c) & IS_LETTER_OR_NUMBER) !== 0;
/** "+", ".", "/" or "-" before a numeric date: a piece of a longer number. */
const isNumberJoiner = (c: number) => c === 43 || c === 46 || c === 47 || c === 45;
const isDigit = (c: number) => c >= 48 && c <= 57;
const NEAR_NOW = new Date().getFullYear();

/**
 * Left boundary of a match at `start` (a regex lookbehind would slow every position down): numeric dates
 * must not be pieces of longer numbers ("+33-7-60-64-17-94", "1.2.3.4"), words must start a word.
 */
function boundaryOk(lower: string, start: number): boolean {
  const prev = start > 0 ? lower.charCodeAt(start - 1) : 32;
  return !(wordish(prev) || (isDigit(lower.charCodeAt(start)) && isNumberJoiner(prev)));
}

/**
 * The year of a match: its four-digit group, or the two-digit year of "d/m/yy" (groups 4, 5, 9 or 11 of
 * DATE; NUMERIC_AT numbers its groups alike). The original read it with
 * /\d{4}(?!.*\d{4})|(?<=[./-])\d{2}$/u from the match text, where the only four-digit group is the year
 * and a two-digit year is the text's end, after the separator.
 */
function yearOf(m: RegExpExecArray): number {
  return Number(m[4] ?? m[5] ?? m[9] ?? m[11]);
}

function score(out: DetectedEntity[], lower: string, m: RegExpExecArray): void {
  const start = m.index;
  const dob = cueDistance(lower, start, 'DATE_OF_BIRTH', 40);
  const neg = cueDistance(lower, start, 'NEGATIVE', 40);
  let year = yearOf(m);
  if (year < 100) year += year > (NEAR_NOW % 100) ? 1900 : 2000;
  let score = 0;
  if (dob < neg) score = 0.95;
  else if (neg === Infinity && year >= 1900 && year <= NEAR_NOW - 14) score = 0.6;
  if (score > 0) out.push({ type: 'DATE_OF_BIRTH', start, end: start + m[0].length, score });
}

const isSep = (c: number) => c === 46 || c === 47 || c === 45;
/**
 * Could a date start at maximal digit run `k` of `t` (necessary conditions of the regex read off the runs
 * table; the regex decides)? "d/m/y": runs of 1-2, 1-2 and 2 or 4 digits joined by the same "." "/" or
 * "-" (a maximal run is what \d{1,2}, and \d{4}|\d{2} before (?![\p{L}\p{N}]|...), can read: a digit
 * after them is a \p{N}). "yyyy-m-d": runs of 4, 1-2 and 1-2 digits joined by "-". With `months`, a run
 * of 1-2 digits may also start "12th of March 1990": an ordinal suffix, ".", "º" or a blank follows it
 * (any non-ASCII character is let through: the regex decides).
 */
function dateMayStart(lower: string, t: DigitRunTable, k: number, months: boolean): boolean {
  const { starts, lengths, count } = t;
  const len = lengths[k]!;
  const end = starts[k]! + len;
  const c = lower.charCodeAt(end);
  if (len <= 2) {
    if (months && (c === 32 || c === 9 || c === 115 || c === 110 || c === 114 || c === 116 || c === 101 || c === 46 || c >= 128)) return true;
    if (!isSep(c) || k + 2 >= count || starts[k + 1] !== end + 1) return false;
    const len1 = lengths[k + 1]!;
    if (len1 > 2) return false;
    const end1 = end + 1 + len1;
    const len2 = lengths[k + 2]!;
    return lower.charCodeAt(end1) === c && starts[k + 2] === end1 + 1 && (len2 === 2 || len2 === 4);
  }
  if (len !== 4 || c !== 45 || k + 2 >= count || starts[k + 1] !== end + 1) return false;
  const len1 = lengths[k + 1]!;
  if (len1 > 2) return false;
  const end1 = end + 1 + len1;
  return lower.charCodeAt(end1) === 45 && starts[k + 2] === end1 + 1 && lengths[k + 2]! <= 2;
}

/**
 * Is there a run of exactly four digits after a space or tab? Every month-name date ends in one: its year
 * is \d{4} after [ \t] and before (?![\p{L}\p{N}]). Without one only the numeric alternatives can match.
 */
function hasBlankYear(lower: string, t: DigitRunTable): boolean {
  const { starts, lengths, count } = t;
  for (let k = 0; k < count; k++) {
    if (lengths[k] !== 4) continue;
    const b = lower.charCodeAt(starts[k]! - 1);
    if (b === 32 || b === 9) return true;
  }
  return false;
}

/** The loop of `find` without month names: NUMERIC_AT at the runs where dateMayStart() lets a date start. */
function numericDates(out: DetectedEntity[], lower: string, groups: DigitRunTable): DetectedEntity[] {
  const { starts, lengths, count } = groups;
  let from = 0;
  for (let k = 0; k < count; k++) {
    const start = starts[k]!;
    const len = lengths[k]!;
    // Numeric dates start with one, two or four digits (dateMayStart's first test, read here without a call).
    if (len === 3 || len > 4 || start < from || !dateMayStart(lower, groups, k, false) || !boundaryOk(lower, start)) continue;
    NUMERIC_AT.lastIndex = start;
    const m = NUMERIC_AT.exec(lower);
    if (m === null) continue;
    score(out, lower, m);
    from = start + m[0].length;
  }
  return out;
}

export const dateOfBirthRecognizer: Recognizer = Object.freeze({
  name: 'date-of-birth',
  find(input: RecognizerInput): DetectedEntity[] {
    const out: DetectedEntity[] = [];
    const lower = input.lower;
    if (fewerDigits(input, 4)) return out;
    const groups = maximalDigitRuns(input);
    // The month-name alternatives need a four-digit year after a blank. Without one no month-name
    // alternative matches anywhere, DATE matches what its numeric alternatives match, and the runs
    // loop below with NUMERIC_AT finds that whatever marks or month names the text holds.
    const yearAfterBlank = groups.longest >= 4 && hasBlankYear(lower, groups);
    const phrases = yearAfterBlank ? MONTH_WORDS.matches(lower) : NO_PHRASES;
    const marked = yearAfterBlank && NOT_LATIN.test(lower) && MARK.test(lower);
    if (marked) {
      // A month name may hide from the phrase scan: search the whole text.
      DATE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = DATE.exec(lower)) !== null) {
        const start = m.index;
        if (!boundaryOk(lower, start)) { DATE.lastIndex = start + 1; continue; }
        score(out, lower, m);
      }
      return out;
    }
    // A match that passes the left boundary starts at a digit after no digit (a digit is a word
    // character), so at the start of a digit group, or at a month name after no word character, which the
    // phrase scan then finds (no marks or long s in the text; `lower` holds no upper case that folds to a
    // month's letter). The first candidate where the regex matches is the match the global search finds.
    const months = phrases.length > 0;
    if (!months) return numericDates(out, lower, groups);
    const { count } = groups;
    let k = 0;
    let p = 0;
    let from = 0;
    for (;;) {
      while (k < count && groups.starts[k]! < from) k++;
      while (p < phrases.length && phrases[p]!.index < from) p++;
      const gs = k < count ? groups.starts[k]! : Infinity;
      const ps = p < phrases.length ? phrases[p]!.index : Infinity;
      let start: number;
      if (gs < ps) {
        start = gs;
        k++;
        if (!dateMayStart(lower, groups, k - 1, months)) continue;
      } else if (ps !== Infinity) {
        start = ps;
        p++;
      } else break;
      if (!boundaryOk(lower, start)) continue;
      DATE_AT.lastIndex = start;
      const m = DATE_AT.exec(lower);
      if (m === null) continue;
      score(out, lower, m);
      from = start + m[0].length;
    }
    return out;
  },
});
