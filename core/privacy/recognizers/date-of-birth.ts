/**
 * DATE_OF_BIRTH: a date next to a birth cue ("born on", "DOB", "geboren am", "né le", "nací el"), or a
 * full date whose year makes it a plausible birth date and no outage/contract cue is near. Outage dates
 * ("down since 12/03/2025") stay.
 */
import { cueDistance } from '../context.ts';
import type { DetectedEntity, Recognizer, RecognizerInput } from '../types.ts';
import { fewerDigits } from './gate.ts';

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'januar', 'jänner', 'februar', 'märz', 'mai', 'juni', 'juli', 'oktober', 'dezember',
  'janvier', 'février', 'fevrier', 'mars', 'avril', 'juin', 'juillet', 'août', 'aout', 'septembre', 'octobre', 'novembre', 'décembre', 'decembre',
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre',
].sort((a, b) => b.length - a.length).join('|');

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
    DATE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = DATE.exec(lower)) !== null) {
      const start = m.index;
      // Left boundary checked here (a regex lookbehind would slow every position down): numeric dates
      // must not be pieces of longer numbers ("+33-7-60-64-17-94", "1.2.3.4"), words must start a word.
      const prev = start > 0 ? lower[start - 1]! : ' ';
      if (WORDISH.test(prev) || (/\d/.test(m[0][0]!) && /[+./-]/.test(prev))) { DATE.lastIndex = start + 1; continue; }
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
