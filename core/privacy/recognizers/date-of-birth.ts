/**
 * DATE_OF_BIRTH: a date next to a birth cue ("born on", "DOB", "geboren am", "né le", "nací el"), or a
 * full date whose year makes it a plausible birth date and no outage/contract cue is near. Outage dates
 * ("down since 12/03/2025") stay.
 */
import { cueDistance } from '../context.ts';
import type { DetectedEntity, Recognizer, RecognizerInput } from '../types.ts';
import { SHARED_PHRASES } from '../phrase-matcher.ts';
import { fewerDigits } from './gate.ts';
import { charClass, IS_LETTER_OR_NUMBER } from '../char-class.ts';

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
 * The numeric alternatives alone, for texts without a month name: there the two month alternatives can
 * only match after a letter or number, a match the loop below rejects anyway, so both regexes accept
 * the same dates (and the month-name alternation, the costly part, is not run).
 */
const DATE_NUMERIC = new RegExp(NUMERIC.join('|'), 'giu');
/** Month names as whole words (the phrase scan every text gets anyway). */
const MONTH_WORDS = SHARED_PHRASES.define(MONTHS.split('|'));
/**
 * Characters that could hide a month name from the phrase scan: a combining mark before it (a mark is a
 * word character there, not for the regex) and the long s, which the case-insensitive regex folds to "s".
 */
const MARK = /[\p{M}\u017f]/u;

/** /[\p{L}\p{N}]/u on one code unit (char-class.ts answers with that regex; a lone surrogate is in no class). */
const wordish = (c: number) => (charClass(c) & IS_LETTER_OR_NUMBER) !== 0;
/** "+", ".", "/" or "-" before a numeric date: a piece of a longer number. */
const isNumberJoiner = (c: number) => c === 43 || c === 46 || c === 47 || c === 45;
const isDigit = (c: number) => c >= 48 && c <= 57;
const GATE = /\d{4}|\d[./-]\d\d?[./-]\d/;
const GATE_NUMERIC = /\d[./-]\d\d?[./-]\d|\d{4}-\d/;
const YEAR = /\d{4}(?!.*\d{4})|(?<=[./-])\d{2}$/u;
const NEAR_NOW = new Date().getFullYear();

export const dateOfBirthRecognizer: Recognizer = Object.freeze({
  name: 'date-of-birth',
  find(input: RecognizerInput): DetectedEntity[] {
    const out: DetectedEntity[] = [];
    const lower = input.lower;
    if (fewerDigits(input, 4)) return out;
    const withMonths = MONTH_WORDS.matches(lower).length > 0 || MARK.test(lower);
    if (withMonths ? !GATE.test(lower) : !GATE_NUMERIC.test(lower)) return out;
    const re = withMonths ? DATE : DATE_NUMERIC;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(lower)) !== null) {
      const start = m.index;
      // Left boundary checked here (a regex lookbehind would slow every position down): numeric dates
      // must not be pieces of longer numbers ("+33-7-60-64-17-94", "1.2.3.4"), words must start a word.
      const prev = start > 0 ? lower.charCodeAt(start - 1) : 32;
      if (wordish(prev) || (isDigit(lower.charCodeAt(start)) && isNumberJoiner(prev))) { re.lastIndex = start + 1; continue; }
      const end = start + m[0].length;
      const dob = cueDistance(lower, start, 'DATE_OF_BIRTH', 40);
      const neg = cueDistance(lower, start, 'NEGATIVE', 40);
      const y = YEAR.exec(m[0]);
      let year = y ? Number(y[0]) : NaN;
      if (year < 100) year += year > (NEAR_NOW % 100) ? 1900 : 2000;
      let score = 0;
      if (dob < neg) score = 0.95;
      else if (neg === Infinity && year >= 1900 && year <= NEAR_NOW - 14) score = 0.6;
      if (score > 0) out.push({ type: 'DATE_OF_BIRTH', start, end, score });
    }
    return out;
  },
});
