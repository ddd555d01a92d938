/** IBAN: country code + check digits + BBAN, grouped or not, any case; length per country and ISO 13616 mod-97. */
import { IBAN_LENGTHS } from '../data/iban-lengths.ts';
import type { DetectedEntity, Recognizer, RecognizerInput } from '../types.ts';
import { ibanValid } from '../validators/mod97.ts';
import { fewerDigits } from './gate.ts';

const ANCHOR = /(?<![\p{L}\p{N}])[A-Za-z]{2}\d{2}/gu;
const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

export const ibanRecognizer: Recognizer = Object.freeze({
  name: 'iban',
  find(input: RecognizerInput): DetectedEntity[] {
    const s = input.norm;
    const out: DetectedEntity[] = [];
    if (fewerDigits(input, 10)) return out;
    ANCHOR.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = ANCHOR.exec(s)) !== null) {
      const start = m.index;
      const want = IBAN_LENGTHS.get(s.slice(start, start + 2).toUpperCase());
      if (!want) continue;
      let compact = '';
      let k = start;
      let end = start;
      while (k < s.length && compact.length < want) {
        const c = s.charCodeAt(k);
        if (isAlnum(c)) { compact += s[k]; k++; end = k; continue; }
        if ((c === 32 || c === 45) && k + 1 < s.length && isAlnum(s.charCodeAt(k + 1)) && compact.length >= 4) { k++; continue; }
        break;
      }
      if (compact.length !== want) continue;
      if (end < s.length && isAlnum(s.charCodeAt(end))) continue;
      if (!ibanValid(compact.toUpperCase())) continue;
      out.push({ type: 'IBAN', start, end, score: 0.97 });
      ANCHOR.lastIndex = end;
    }
    return out;
  },
});
