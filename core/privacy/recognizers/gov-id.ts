/**
 * GOV_ID: US SSN (invalid ranges rejected), UK NINO (invalid prefixes rejected), Spanish DNI/NIE
 * (control letter), French NIR (key), German tax id (check digit).
 */
import { competingCueAdjust } from '../context.ts';
import type { DetectedEntity, Recognizer, RecognizerInput } from '../types.ts';
import { dniValid, ninoValid, nirValid, ssnValid, steuerIdValid } from '../validators/gov-ids.ts';
import { fewerDigits } from './gate.ts';

const NB = '(?<![\\p{L}\\p{N}])';
const NA = '(?![\\p{L}\\p{N}]|[-.]\\d)';
const SSN = new RegExp(`${NB}(\\d{3})([- .]?)(\\d{2})\\2(\\d{4})${NA}`, 'gu');
const NINO = new RegExp(`${NB}([A-Za-z]{2})[ ]?(\\d{2})[ ]?(\\d{2})[ ]?(\\d{2})[ ]?([A-Da-d])${NA}`, 'gu');
const DNI = new RegExp(`${NB}([XYZxyz]?)[- ]?(\\d{7,8})[- ]?([A-Za-z])${NA}`, 'gu');
const NIR = new RegExp(`${NB}([12])[ ]?(\\d{2})[ ]?(\\d{2})[ ]?(\\d{2}|2[ABab])[ ]?(\\d{3})[ ]?(\\d{3})[ ]?(\\d{2})${NA}`, 'gu');
const STEUER = new RegExp(`${NB}(\\d{2})[ ]?(\\d{3})[ ]?(\\d{3})[ ]?(\\d{3})${NA}`, 'gu');

// Cheap gates (no lookbehind, no Unicode classes) before the exact patterns.
const G_SSN = /\d{3}([- .]?)\d\d\1\d{4}/;
const G_NINO = /[A-Za-z]{2} ?\d\d ?\d\d ?\d\d ?[A-Da-d]/;
const G_DNI = /\d{7}[- ]?[A-Za-z]/;
const G_NIR = /[12] ?\d\d ?\d\d ?(?:\d\d|2[ABab]) ?\d{3} ?\d{3} ?\d\d/;
const G_STEUER = /\d\d ?\d{3} ?\d{3} ?\d{3}/;

function push(out: DetectedEntity[], lower: string, m: RegExpExecArray, base: number, needCue: boolean): void {
  const adj = competingCueAdjust(lower, m.index, 'GOV_ID', 0.2, 0.4);
  if (needCue && adj <= 0) return;
  out.push({ type: 'GOV_ID', start: m.index, end: m.index + m[0].length, score: Math.min(0.99, base + adj) });
}

export const govIdRecognizer: Recognizer = Object.freeze({
  name: 'gov-id',
  find(input: RecognizerInput): DetectedEntity[] {
    const s = input.norm;
    const lower = input.lower;
    const out: DetectedEntity[] = [];
    if (fewerDigits(input, 6)) return out;
    let m: RegExpExecArray | null;
    // Each pattern needs at least as many digits as it has: SSN 9, NINO 6, DNI/NIE 7, NIR 12 (Corsica "2A"), Steuer-ID 11.
    if (!fewerDigits(input, 9) && G_SSN.test(s)) {
      SSN.lastIndex = 0;
      while ((m = SSN.exec(s)) !== null) {
        if (!ssnValid(m[1]! + m[3]! + m[4]!)) continue;
        // Unseparated 9-digit numbers are SSNs only with a cue.
        push(out, lower, m, m[2] ? 0.8 : 0.5, !m[2]);
      }
    }
    if (G_NINO.test(s)) {
      NINO.lastIndex = 0;
      while ((m = NINO.exec(s)) !== null) {
        const compact = m[0].replace(/ /g, '').toUpperCase();
        if (ninoValid(compact)) push(out, lower, m, m[1] === m[1]!.toUpperCase() ? 0.9 : 0.7, false);
      }
    }
    if (!fewerDigits(input, 7) && G_DNI.test(s)) {
      DNI.lastIndex = 0;
      while ((m = DNI.exec(s)) !== null) {
        const compact = m[0].replace(/[- ]/g, '').toUpperCase();
        if ((m[1] || m[2]!.length === 8) && dniValid(compact)) push(out, lower, m, 0.88, false);
      }
    }
    if (!fewerDigits(input, 12) && G_NIR.test(s)) {
      NIR.lastIndex = 0;
      while ((m = NIR.exec(s)) !== null) if (nirValid(m[0].replace(/ /g, ''))) push(out, lower, m, 0.88, false);
    }
    if (!fewerDigits(input, 11) && G_STEUER.test(s)) {
      STEUER.lastIndex = 0;
      while ((m = STEUER.exec(s)) !== null) if (steuerIdValid(m[0].replace(/ /g, ''))) push(out, lower, m, 0.6, true);
    }
    return out;
  },
});
