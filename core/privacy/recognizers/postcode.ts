/**
 * POSTCODE: UK postcodes (any case, "PS5 2TB"-style storage sizes excluded) and 5-digit codes
 * (US ZIP, DE PLZ, FR code postal, ES código postal) when a city follows, a US state precedes,
 * a ZIP+4 is written, or a postcode cue is near.
 */
import { hasCueBefore } from '../context.ts';
import type { DetectedEntity, Recognizer, RecognizerInput } from '../types.ts';
import { fewerDigits } from './gate.ts';

const UK = /(?<![\p{L}\p{N}])([A-Za-z]{1,2}\d[A-Za-z\d]?) ?(\d[ABD-HJLNP-UW-Zabd-hjlnp-uw-z]{2})(?![\p{L}\p{N}])/gu;
const FIVE = /(?<![\p{L}\p{N}.,:/€$£-])(\d{5})(-\d{4})?(?![\p{N}]|[.,:]\d|[\p{L}])/gu;
/**
 * Gates, global so that they also say where the first candidate lies. A UK match holds its inward code,
 * a digit and two ASCII letters, after at most five characters of outward code and space, so it starts
 * no earlier than five characters before the first G_UK match at or after the search start. A FIVE match
 * starts with five digits, so not before the first G_FIVE match at or after the search start.
 */
const G_UK = /\d[A-Za-z]{2}/g;
const G_FIVE = /\d{5}/g;
function ukSearchStart(s: string, from: number): number {
  G_UK.lastIndex = from;
  return G_UK.test(s) ? Math.max(from, G_UK.lastIndex - 3 - 5) : -1;
}
function fiveSearchStart(s: string, from: number): number {
  G_FIVE.lastIndex = from;
  return G_FIVE.test(s) ? G_FIVE.lastIndex - 5 : -1;
}
const US_STATES = new Set('AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC'.split(' '));
const NOT_CITY = /^(?:Euro|Euros|EUR|GB|MB|Minuten|Minutes|Minutos|SMS|Punkte|Points|Puntos|Mbit|Mbps|Kunden|Customers|Clients|Clientes)\b/;
const CITY_AFTER = /^[ \t]{1,2}\p{Lu}[\p{L}'-]+/u;

export const postcodeRecognizer: Recognizer = Object.freeze({
  name: 'postcode',
  find(input: RecognizerInput): DetectedEntity[] {
    const s = input.norm;
    const out: DetectedEntity[] = [];
    if (fewerDigits(input, 2)) return out;
    let m: RegExpExecArray | null;
    let from = 0;
    while ((from = ukSearchStart(s, from)) >= 0) {
      UK.lastIndex = from;
      if ((m = UK.exec(s)) === null) break;
      from = UK.lastIndex;
      const outward = m[1]!;
      const inward = m[2]!;
      if (/^\d(?:tb|gb|mb|kb)$/i.test(inward)) continue;
      const upper = outward === outward.toUpperCase() && inward === inward.toUpperCase();
      const cue = hasCueBefore(input.lower, m.index, 'POSTCODE', 25);
      let score = upper ? 0.85 : 0.6;
      if (cue) score = 0.95;
      else if (input.region !== 'GB') score -= 0.15;
      out.push({ type: 'POSTCODE', start: m.index, end: m.index + m[0].length, score });
    }
    from = 0;
    while ((from = fiveSearchStart(s, from)) >= 0) {
      FIVE.lastIndex = from;
      if ((m = FIVE.exec(s)) === null) break;
      const start = m.index;
      const end = start + m[0].length;
      from = end;
      const after = s.slice(end, end + 40);
      const before = s.slice(Math.max(0, start - 5), start);
      const state = /(?:^|[\s,])([A-Z]{2})[ \t]$/.exec(before);
      const city = CITY_AFTER.test(after) && !NOT_CITY.test(after.trimStart());
      const cue = hasCueBefore(input.lower, start, 'POSTCODE', 25);
      const usState = !!state && US_STATES.has(state[1]!);
      if (input.region === 'ES' && !/^(?:0[1-9]|[1-4]\d|5[0-2])/.test(m[1]!) && !cue) continue;
      if (!(city || usState || cue || m[2])) continue;
      if (hasCueBefore(input.lower, start, 'NEGATIVE', 12)) continue;
      out.push({ type: 'POSTCODE', start, end, score: cue || usState ? 0.9 : 0.75 });
    }
    return out;
  },
});
