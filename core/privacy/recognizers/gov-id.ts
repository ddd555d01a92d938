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
const G_SSN = /\d{3}[- .]?\d\d[- .]?\d{4}/;
const G_NINO = /[A-Za-z]{2} ?\d\d ?\d\d ?\d\d ?[A-Da-d]/;
const G_DNI = /\d{7}[- ]?[A-Za-z]/;
const G_NIR = /[12] ?\d\d ?\d\d ?(?:\d\d|2[ABab]) ?\d{3} ?\d{3} ?\d\d/;
const G_STEUER = /\d\d ?\d{3} ?\d{3} ?\d{3}/;

function each(re: RegExp, s: string, f: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) f(m);
}

export const govIdRecognizer: Recognizer = Object.freeze({
  name: 'gov-id',
  find(input: RecognizerInput): DetectedEntity[] {
    const s = input.norm;
    const out: DetectedEntity[] = [];
    if (fewerDigits(input, 6)) return out;
    const push = (m: RegExpExecArray, base: number, needCue = false) => {
      const adj = competingCueAdjust(input.lower, m.index, 'GOV_ID', 0.2, 0.4);
      if (needCue && adj <= 0) return;
      out.push({ type: 'GOV_ID', start: m.index, end: m.index + m[0].length, score: Math.min(0.99, base + adj) });
    };
    // Each pattern needs at least as many digits as it has: SSN 9, NINO 6, DNI/NIE 7, NIR 12 (Corsica "2A"), Steuer-ID 11.
    if (!fewerDigits(input, 9) && G_SSN.test(s)) each(SSN, s, (m) => {
      if (!ssnValid(m[1]! + m[3]! + m[4]!)) return;
      // Unseparated 9-digit numbers are SSNs only with a cue.
      push(m, m[2] ? 0.8 : 0.5, !m[2]);
    });
    if (G_NINO.test(s)) each(NINO, s, (m) => {
      const compact = m[0].replace(/ /g, '').toUpperCase();
      if (ninoValid(compact)) push(m, m[1] === m[1]!.toUpperCase() ? 0.9 : 0.7);
    });
    if (!fewerDigits(input, 7) && G_DNI.test(s)) each(DNI, s, (m) => {
      const compact = m[0].replace(/[- ]/g, '').toUpperCase();
      if ((m[1] || m[2]!.length === 8) && dniValid(compact)) push(m, 0.88);
    });
    if (!fewerDigits(input, 12) && G_NIR.test(s)) each(NIR, s, (m) => {
      if (nirValid(m[0].replace(/ /g, ''))) push(m, 0.88);
    });
    if (!fewerDigits(input, 11) && G_STEUER.test(s)) each(STEUER, s, (m) => {
      if (steuerIdValid(m[0].replace(/ /g, ''))) push(m, 0.6, true);
    });
    return out;
  },
});
