/** IBAN: country code + check digits + BBAN, grouped or not, any case; length per country and ISO 13616 mod-97. */
import { isAsciiLetter } from '../char-class.ts';
import { IBAN_LENGTH_BY_LETTERS } from '../data/iban-lengths.ts';
import type { DetectedEntity, Recognizer, RecognizerInput } from '../types.ts';
import { ibanValidAt, isAsciiAlnum } from '../validators/mod97.ts';
import { letterOrNumberBefore } from './letter-or-number-before.ts';
import { fewerDigits } from './gate.ts';
import { maximalDigitRuns } from '../digit-runs.ts';



export const ibanRecognizer: Recognizer = Object.freeze({
  name: 'iban',
  find(input: RecognizerInput): DetectedEntity[] {
    const s = input.norm;
    const out: DetectedEntity[] = [];
    if (fewerDigits(input, 10)) return out;
    const n = s.length;
    // Anchors "LLdd" (two ASCII letters, two digits) with no letter or number before: exactly the
    // digit runs of two or more digits right after two ASCII letters (gov-id-runs.ts, shared with
    // gov-id). After an IBAN the search resumes at its end; a rejected anchor cannot hide another one
    // (the next run starts past this run's digits).
    const runs = maximalDigitRuns(input);
    let next = 0;
    for (let r = 0; r < runs.count; r++) {
      const p = runs.starts[r]!;
      const start = p - 2;
      if (runs.lengths[r]! < 2 || start < next || !isAsciiLetter(s.charCodeAt(p - 1)) || !isAsciiLetter(s.charCodeAt(start))) continue;
      if (letterOrNumberBefore(s, start)) continue;
      const want = IBAN_LENGTH_BY_LETTERS[((s.charCodeAt(start) & ~32) - 65) * 26 + ((s.charCodeAt(start + 1) & ~32) - 65)]!;
      if (!want) continue;
      // Letters and digits, single spaces or dashes between them after the first four, up to the length.
      let count = 0;
      let k = start;
      let end = start;
      while (k < n && count < want) {
        const c = s.charCodeAt(k);
        if (isAsciiAlnum(c)) { count++; k++; end = k; continue; }
        if ((c === 32 || c === 45) && k + 1 < n && isAsciiAlnum(s.charCodeAt(k + 1)) && count >= 4) { k++; continue; }
        break;
      }
      if (count !== want) continue;
      if (end < n && isAsciiAlnum(s.charCodeAt(end))) continue;
      if (!ibanValidAt(s, start, end, count)) continue;
      out.push({ type: 'IBAN', start, end, score: 0.97 });
      next = end;
    }
    return out;
  },
});
