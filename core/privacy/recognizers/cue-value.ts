/** Shared scanning for values announced by a cue: "my PIN is 1234", "Kundennummer: 55-1234". */
import { unitClass } from '../unit-class.ts';

/** Filler words allowed between a cue and its value, in four languages, and one line break ("my PIN is⏎4821"). */
const FILLER = /^(?:[ \t]*(?:[:=#.-]|['’]s|is|are|was|ist|lautet|est|es|son|es el|c'est|number|no\.?|nr\.?|n°|nº|num\.?|code|my|mein|meine|mon|ma|mi|the|le|la|el|de|del|du|il|it's|its|now|jetzt|maintenant|ahora|will be|wäre|sería|sera)(?![\p{L}\p{N}]))*[ \t]*(?:\r?\n[ \t]*)?/u;

/** Returns the offset where the value starts after a cue ending at `cueEnd`, skipping filler words. */
export function valueStart(lower: string, cueEnd: number): number {
  const m = FILLER.exec(lower.slice(cueEnd, cueEnd + 40));
  return cueEnd + (m ? m[0].length : 0);
}

/** Characters that end a value token, and trailing punctuation trimmed from it (table lookups of these regexes). */
const TOKEN_END = unitClass(/[\s,;!?"“”«»()<>]/);
const TRAILING = unitClass(/[.:'’]/);

/** Reads a value token: non-space characters, trailing punctuation trimmed, at most `max` chars. */
export function readToken(s: string, at: number, max = 64): number {
  let k = at;
  while (k < s.length && k - at < max && !TOKEN_END(s.charCodeAt(k))) k++;
  while (k > at && TRAILING(s.charCodeAt(k - 1))) k--;
  return k;
}

/** `value.replace(/\D/g, '').length`: the number of ASCII digits. */
export function countDigits(value: string): number {
  let d = 0;
  for (let i = 0; i < value.length; i++) { const c = value.charCodeAt(i); if (c >= 48 && c <= 57) d++; }
  return d;
}

/** At least `want` ASCII digits in s[from, to)? (Digits sit at the same offsets in norm and lower.) */
export function hasDigits(s: string, from: number, to: number, want: number): boolean {
  const end = Math.min(to, s.length);
  for (let i = from; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57 && --want === 0) return true;
  }
  return false;
}

export { SHARED_PHRASES } from '../phrase-matcher.ts';
