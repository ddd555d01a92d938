/** MAC_ADDRESS: six hex pairs with ":" or "-", or the dotted 4.4.4 form. */
import type { DetectedEntity, Recognizer, RecognizerInput } from '../types.ts';
import { fewerDigits } from './gate.ts';

const MAC = /(?<![0-9A-Fa-f:.-])(?:[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})(?![0-9A-Za-z]|[:-][0-9A-Fa-f]|\.[0-9A-Fa-f])/g;

const GATE = /[:-][0-9A-Fa-f]{2}[:-]|\.[0-9A-Fa-f]{4}\./;

export const macAddressRecognizer: Recognizer = Object.freeze({
  name: 'mac-address',
  find(input: RecognizerInput): DetectedEntity[] {
    const out: DetectedEntity[] = [];
    const st = input.stats;
    if (st && st.colons < 5 && st.dashes < 5 && st.dots < 2) return out;
    if (!GATE.test(input.norm)) return out;
    MAC.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = MAC.exec(input.norm)) !== null) {
      const hex = m[0].replace(/[^0-9A-Fa-f]/g, '');
      if (/^(?:0{12}|f{12})$/i.test(hex)) continue;
      if (!/[A-Fa-f]/.test(hex) && m[1] !== ':') continue; // 12-34-56-78-90-12 is more likely a number
      out.push({ type: 'MAC_ADDRESS', start: m.index, end: m.index + m[0].length, score: 0.95 });
    }
    return out;
  },
});
