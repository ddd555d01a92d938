/**
 * MAC_ADDRESS: six hex pairs with ":" or "-", or the dotted 4.4.4 form.
 *
 * Every match has a "core" near its start that GATE finds: the first separator of "hh:hh:" two
 * characters in, or the first dot of "hhhh.hhhh." four characters in. So instead of running MAC over the
 * whole text, GATE (no lookbehind) steps through every core and the sticky MAC is tried only where that
 * core's match would start. Candidates come in core order, which is start order except that a dotted
 * candidate (four back) can come right after a colon one (two back) one character earlier; both cannot
 * match (the later one's lookbehind would see the earlier one's hex digit), so skipping candidates inside
 * the previous match still finds exactly what a global exec() loop finds.
 */
import type { DetectedEntity, Recognizer, RecognizerInput } from '../types.ts';

const MAC = /(?<![0-9A-Fa-f:.-])(?:[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})(?![0-9A-Za-z]|[:-][0-9A-Fa-f]|\.[0-9A-Fa-f])/y;

const GATE = /[:-][0-9A-Fa-f]{2}[:-]|\.[0-9A-Fa-f]{4}\./g;

/**
 * Is there a "." with another "." five characters on ("hhhh.hhhh.hhhh")? `dots` is the text's count of
 * dots: the last one has none after it, so the search stops at the one before (no final search to the
 * end of the text for a dot that is not there).
 */
function dotsFiveApart(s: string, dots: number): boolean {
  let d = -1;
  for (let left = dots; left >= 2; left--) {
    d = s.indexOf('.', d + 1);
    if (s.charCodeAt(d + 5) === 46) return true;
  }
  return false;
}

/** hexKind() bits: all twelve hex digits zeros or all "f" (any case); some hex digit a letter. */
const BLANK = 1, LETTERS = 2;

/** The hex digits of the match s[a, b), read in place: BLANK and LETTERS bits. */
function hexKind(s: string, a: number, b: number): number {
  let zeros = 0, effs = 0, digits = 0, letters = 0;
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) { digits++; if (c === 48) zeros++; }
    else if ((c | 32) >= 97 && (c | 32) <= 102) { digits++; letters = LETTERS; if ((c | 32) === 102) effs++; }
  }
  return (digits === 12 && (zeros === 12 || effs === 12) ? BLANK : 0) | letters;
}

export const macAddressRecognizer: Recognizer = Object.freeze({
  name: 'mac-address',
  find(input: RecognizerInput): DetectedEntity[] {
    const out: DetectedEntity[] = [];
    const st = input.stats;
    if (st && st.colons < 5 && st.dashes < 5 && st.dots < 2) return out;
    const s = input.norm;
    // Without five colons or dashes only the dotted form can match, and it has two dots five apart.
    if (st && st.colons < 5 && st.dashes < 5 && !dotsFiveApart(s, st.dots)) return out;
    GATE.lastIndex = 0;
    let next = 0;
    while (GATE.test(s)) {
      const core = GATE.lastIndex - (s.charCodeAt(GATE.lastIndex - 1) === 46 ? 6 : 4);
      const q = core - (s.charCodeAt(core) === 46 ? 4 : 2);
      // Next core search: one past this one (cores overlap), or from the end of a match.
      GATE.lastIndex = core + 1;
      if (q < next || q < 0) continue;
      MAC.lastIndex = q;
      if (!MAC.test(s)) continue;
      next = MAC.lastIndex;
      if (GATE.lastIndex < next) GATE.lastIndex = next;
      const kind = hexKind(s, q, next);
      if (kind & BLANK) continue;
      // 12-34-56-78-90-12 is more likely a number (s[q + 2] is the separator of the colon form, m[1]).
      if (!(kind & LETTERS) && s.charCodeAt(q + 2) !== 58) continue;
      out.push({ type: 'MAC_ADDRESS', start: q, end: next, score: 0.95 });
    }
    return out;
  },
});
