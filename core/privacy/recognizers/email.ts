/**
 * EMAIL: "local@domain.tld" (Unicode letters allowed, found by anchoring on "@" so the scan is linear)
 * and addresses spelled out: "jane dot doe at gmail dot com", "jane(at)web(dot)de", "arroba", "arobase".
 */
import { charClass, IS_LETTER, IS_LETTER_OR_NUMBER } from '../char-class.ts';
import type { DetectedEntity, Recognizer, RecognizerInput } from '../types.ts';
import { letterOrNumberBefore } from './letter-or-number-before.ts';

// Character classes of single UTF-16 code units, looked up in char-class.ts's table: the same answers as
// /[\p{L}\p{N}._%+'-]/u etc. tested on a one-code-unit string (a lone surrogate is in no class).
const isLetterOrNumber = (c: number) => (charClass(c) & IS_LETTER_OR_NUMBER) !== 0;
/** [._%+'-] */
const isLocalPunct = (c: number) => c === 46 || c === 95 || c === 37 || c === 43 || c === 39 || c === 45;
/** [\p{L}\p{N}._%+'-] */
const isLocal = (c: number) => isLetterOrNumber(c) || isLocalPunct(c);
/** [\p{L}\p{N}-] */
const isDomain = (c: number) => isLetterOrNumber(c) || c === 45;
/** [\p{L}\p{N}_+-] */
const isLeftChar = (c: number) => isLetterOrNumber(c) || c === 95 || c === 43 || c === 45;
const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;

/** /^\p{L}{2,24}$/u on s[a, b) whose code units are all letters, numbers or "-" (never surrogates). */
function letterTld(s: string, a: number, b: number): boolean {
  if (b - a < 2 || b - a > 24) return false;
  for (let i = a; i < b; i++) if ((charClass(s.charCodeAt(i)) & IS_LETTER) === 0) return false;
  return true;
}

function findPlain(s: string, out: DetectedEntity[]): void {
  let at = s.indexOf('@');
  let minStart = 0;
  while (at >= 0) {
    let a = at;
    while (a > minStart && at - a < MAX_LOCAL && isLocal(s.charCodeAt(a - 1))) a--;
    while (a < at && isLocalPunct(s.charCodeAt(a))) a++;
    let b = at + 1;
    let lastDot = -1;
    while (b < s.length && b - at <= MAX_DOMAIN) {
      const c = s.charCodeAt(b);
      if (isDomain(c)) { b++; continue; }
      if (c === 46 && b + 1 < s.length && isDomain(s.charCodeAt(b + 1)) && s.charCodeAt(b - 1) !== 46) { lastDot = b; b++; continue; }
      break;
    }
    // The tld holds only domain characters (it follows the last dot taken).
    if (a < at && lastDot > at + 1 && letterTld(s, lastDot + 1, b)) {
      out.push({ type: 'EMAIL', start: a, end: b, score: 0.96 });
      minStart = b;
    }
    at = s.indexOf('@', Math.max(at + 1, minStart));
  }
}

const TLD_LIST = ['com', 'net', 'org', 'info', 'io', 'co', 'uk', 'de', 'fr', 'es', 'eu', 'me', 'biz', 'us', 'edu', 'gov', 'at', 'ch', 'be', 'nl', 'it', 'pt', 'ie', 'cat', 'email', 'mail', 'online'];
const TLDS = new Set(TLD_LIST);
/** A spelled address needs a dot before a label: "dot"/"punkt"/"point"/"punto" or "." right before a letter or digit. */
const G_LABEL_AFTER_DOT = /dot|punkt|point|punto|\.[\p{L}\p{N}]/u;
/**
 * Tighter, for texts of at most RIGHT_WINDOW characters: a spelled address ends in a known tld after a
 * dot. Its last label is greedy and a tld is far shorter than a label's 63 characters, so the tld ends
 * the run of label characters; the dot before it is "dot"/"punkt"/"point"/"punto" (bare or bracketed)
 * or "." right before the tld. (In a longer text the 300-character window can cut a label short.)
 */
const G_TLD_AFTER_DOT = new RegExp(`dot|punkt|point|punto|\\.(?:${TLD_LIST.join('|')})(?![\\p{L}\\p{N}-])`, 'u');
/**
 * The at-word of a spelled address, without the spaces and tabs around it that belong to the match.
 * The original scanned the global regex "[ \t]*(?:at-word)[ \t]*" with the at-word
 *   \(at\)|\[at\]|\{at\}|<at>|(?<![\p{L}\p{N}])(?:at|arroba|arobase|ät|klammeraffe)(?![\p{L}\p{N}])|(?<=\s)@(?=\s)
 * No alternative starts with a space or tab, so a match at q is exactly: the maximal [ \t] run from q,
 * an at-word right after it, and the [ \t] run after that; the leftmost match from lastIndex L is the
 * first at-word at or after L, widened over the blanks around it (not before L). The at-word regex
 * below leaves out the two lookbehinds (which keep V8 from skipping ahead to the possible first
 * characters, ten times slower) and atWordBehindOk() checks them; the first character of a position
 * decides which alternative can match there, so a position failing its lookbehind matches nothing and
 * the scan resumes one character on.
 */
const AT_ALT = /\(at\)|\[at\]|\{at\}|<at>|(?:at|arroba|arobase|ät|klammeraffe)(?![\p{L}\p{N}])|@(?=\s)/gu;
const WHITE_SPACE = /\s/;


/** The lookbehind of the at-word `word` found at `w`: (?<![\p{L}\p{N}]) for words, (?<=\s) for "@". */
function atWordBehindOk(lower: string, w: number, word: string): boolean {
  const c = word.charCodeAt(0);
  if (c === 64) return w > 0 && WHITE_SPACE.test(lower[w - 1]!); // \s is in the BMP: a surrogate is never \s
  if (c === 40 || c === 91 || c === 123 || c === 60) return true;
  return !letterOrNumberBefore(lower, w);
}
const isBlank = (c: number) => c === 32 || c === 9;
const DOT = String.raw`(?:[ \t]*(?:\(dot\)|\[dot\]|\{dot\}|<dot>|\(punkt\)|\[punkt\])[ \t]*|[ \t]+(?:dot|punkt|point|punto)[ \t]+|\.)`;
const LABEL = String.raw`[\p{L}\p{N}][\p{L}\p{N}-]{0,62}`;
/**
 * Labels joined by dots, read at lastIndex. Group 3 holds the last label: a repeated group keeps its
 * last iteration, and no separator contains a label character or ends with one, so it is also what
 * splitting the match on DOT leaves last.
 */
const RIGHT = new RegExp(String.raw`(${LABEL})((?:${DOT}(${LABEL})){1,4})`, 'uy');
/** How far right of the at-word the labels are read (the original read a 300-char slice). */
const RIGHT_WINDOW = 300;
const RIGHT_SLICE = new RegExp(String.raw`^(${LABEL})((?:${DOT}(${LABEL})){1,4})`, 'u');
const LEFT_JOINERS = Object.freeze([' dot ', ' punkt ', ' point ', ' punto ', '(dot)', '[dot]', '{dot}', '<dot>', ' underscore ', '.', '_', '-']);

/** The first of LEFT_JOINERS that ends at `pos` (startsWith clamps a negative position to 0, as before). */
function joinerBefore(lower: string, pos: number): string | undefined {
  for (let i = 0; i < LEFT_JOINERS.length; i++) {
    const j = LEFT_JOINERS[i]!;
    if (lower.startsWith(j, pos - j.length)) return j;
  }
  return undefined;
}

/**
 * RIGHT at `atEnd`, as the original read it from lower.slice(atEnd, atEnd + 300). A match that ends
 * inside the window is the slice's match too (the regex has no lookaround or end anchor, so a path that
 * only reads the window succeeds or fails alike, and paths that read past it end past it); a match that
 * reads past the window is redone on the slice.
 */
function rightAt(lower: string, atEnd: number): RegExpExecArray | null {
  RIGHT.lastIndex = atEnd;
  const m = RIGHT.exec(lower);
  if (m === null || RIGHT.lastIndex <= atEnd + RIGHT_WINDOW) return m;
  return RIGHT_SLICE.exec(lower.slice(atEnd, atEnd + RIGHT_WINDOW));
}

/** Walks back from `end` over up to four local-part labels joined by (spelled) dots; -1 if none. */
function leftStart(lower: string, end: number): number {
  let pos = end;
  for (let labels = 0; labels < 4; labels++) {
    let k = pos;
    while (k > 0 && pos - k < 64 && isLeftChar(lower.charCodeAt(k - 1))) k--;
    if (k === pos) return labels === 0 ? -1 : pos;
    if (k > 0 && pos - k >= 64) return -1;
    pos = k;
    const joiner = joinerBefore(lower, pos);
    if (!joiner || pos - joiner.length <= 0 || !isLeftChar(lower.charCodeAt(pos - joiner.length - 1))) break;
    pos -= joiner.length;
  }
  // Trim leading joiners that were not followed by a label.
  return pos;
}
const SPELLED_DOT = /dot|punkt|point|punto/;

/**
 * Can AT_ALT match anywhere in `lower`? Each of its alternatives holds one of these literal substrings:
 * "at" ("(at)" "[at]" "{at}" "<at>" "at"), "rob" ("arroba", "arobase"), "ät", "klammeraffe", "@"
 * (`at`: the census count on this same `lower`, or whether `norm` has one; lower-casing keeps "@" and
 * makes it from nothing else). Without one, findSpelled finds no at-word and returns
 * nothing, so it is not run (20% of texts passing the dot gate hold no at-word).
 */
function mayHoldAtWord(lower: string, at: number): boolean {
  return at > 0 || lower.includes('at') || lower.includes('rob') || lower.includes('ät') || lower.includes('klammeraffe');
}

function findSpelled(lower: string, out: DetectedEntity[]): void {
  const n = lower.length;
  let from = 0;
  let m: RegExpExecArray | null;
  AT_ALT.lastIndex = 0;
  while ((m = AT_ALT.exec(lower)) !== null) {
    if (!atWordBehindOk(lower, m.index, m[0])) { AT_ALT.lastIndex = m.index + 1; continue; }
    let atStart = m.index;
    while (atStart > from && isBlank(lower.charCodeAt(atStart - 1))) atStart--;
    let atEnd = m.index + m[0].length;
    while (atEnd < n && isBlank(lower.charCodeAt(atEnd))) atEnd++;
    // The next at-word is searched from the end of this one, or of the address found.
    from = atEnd;
    AT_ALT.lastIndex = atEnd;
    const right = rightAt(lower, atEnd);
    if (!right) continue;
    if (!TLDS.has(right[3]!)) continue;
    const start = leftStart(lower, atStart);
    if (start < 0) continue;
    const end = atEnd + right[0].length;
    const spelled = m[0] !== '@' || SPELLED_DOT.test(right[0]);
    if (!spelled) continue;
    out.push({ type: 'EMAIL', start, end, score: 0.9 });
    from = end;
    AT_ALT.lastIndex = end;
  }
}

export const emailRecognizer: Recognizer = Object.freeze({
  name: 'email',
  find(input: RecognizerInput): DetectedEntity[] {
    const out: DetectedEntity[] = [];
    const lower = input.lower;
    const at = input.stats ? input.stats.at : input.norm.includes('@') ? 1 : 0;
    if (at > 0) findPlain(input.norm, out);
    // Only texts with a dot before a label and a possible at-word can hold a spelled address;
    // findSpelled's at-word scan is the rest of the gate.
    if ((lower.length <= RIGHT_WINDOW ? G_TLD_AFTER_DOT : G_LABEL_AFTER_DOT).test(lower) && mayHoldAtWord(lower, at)) findSpelled(lower, out);
    return out;
  },
});
