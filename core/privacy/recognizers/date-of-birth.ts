/**
 * DATE_OF_BIRTH: a date next to a birth cue ("born on", "DOB", "geboren am", "né le", "nací el"), or a
 * full date whose year makes it a plausible birth date and no outage/contract cue is near. Outage dates
 * ("down since 12/03/2025") stay.
 */
import { cueDistance } from '../context.ts';
import type { DetectedEntity, Recognizer, RecognizerInput } from '../types.ts';
import { fewerDigits } from './gate.ts';

const MONTH_NAMES = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'januar', 'jänner', 'februar', 'märz', 'mai', 'juni', 'juli', 'oktober', 'dezember',
  'janvier', 'février', 'fevrier', 'mars', 'avril', 'juin', 'juillet', 'août', 'aout', 'septembre', 'octobre', 'novembre', 'décembre', 'decembre',
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre',
];
const MONTHS = [...MONTH_NAMES].sort((a, b) => b.length - a.length).join('|');

const NA = '(?![\\p{L}\\p{N}])';
const NAN = '(?![\\p{L}\\p{N}]|[./-]\\d)';
const DATE = new RegExp(
  [
    `(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4}|\\d{2})${NAN}`,
    `(\\d{4})-(\\d{1,2})-(\\d{1,2})${NAN}`,
    `(\\d{1,2})(?:st|nd|rd|th|er|\\.|º)?[ \\t]+(?:de[ \\t]+)?(?:${MONTHS})\\.?,?[ \\t]+(?:de[ \\t]+)?(\\d{4})${NA}`,
    `(?:${MONTHS})\\.?[ \\t]+(\\d{1,2})(?:st|nd|rd|th)?,?[ \\t]+(\\d{4})${NA}`,
  ].join('|'),
  'giu',
);

/** The same pattern, sticky: tried only where a date can start (see below). */
const DATE_AT = new RegExp(DATE.source, 'iuy');
/** ASCII characters a month name can start with (either case; other letters are tried whenever they occur). */
const MONTH_FIRST = new Uint8Array(128);
for (const m of MONTH_NAMES) for (const ch of [m[0]!, m[0]!.toUpperCase()]) if (ch.charCodeAt(0) < 128) MONTH_FIRST[ch.charCodeAt(0)] = 1;
const WORDISH = /[\p{L}\p{N}]/u;
const GATE = /\d{4}|\d[./-]\d\d?[./-]\d/;
const YEAR = /\d{4}(?!.*\d{4})|(?<=[./-])\d{2}$/u;
const NEAR_NOW = new Date().getFullYear();

export const dateOfBirthRecognizer: Recognizer = Object.freeze({
  name: 'date-of-birth',
  find(input: RecognizerInput): DetectedEntity[] {
    const out: DetectedEntity[] = [];
    const lower = input.lower;
    if (fewerDigits(input, 4) || !GATE.test(lower)) return out;
    // A date starts with a digit or a month name at a left boundary (checked in code: a regex
    // lookbehind would slow every position down): numeric dates must not be pieces of longer numbers
    // ("+33-7-60-64-17-94", "1.2.3.4"), words must start a word. Only such positions try the pattern.
    const n = lower.length;
    for (let start = 0; start < n; start++) {
      const c = lower.charCodeAt(start);
      const digit = c >= 48 && c <= 57;
      if (!digit && c < 128 && MONTH_FIRST[c] === 0) continue;
      const prev = start > 0 ? lower[start - 1]! : ' ';
      if (WORDISH.test(prev) || (digit && /[+./-]/.test(prev))) continue;
      DATE_AT.lastIndex = start;
      const m = DATE_AT.exec(lower);
      if (m === null) continue;
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
      start = end - 1;
    }
    return out;
  },
});
