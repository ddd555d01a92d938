/**
 * EMAIL: "local@domain.tld" (Unicode letters allowed, found by anchoring on "@" so the scan is linear)
 * and addresses spelled out: "jane dot doe at gmail dot com", "jane(at)web(dot)de", "arroba", "arobase".
 */
import type { DetectedEntity, Recognizer, RecognizerInput } from '../types.ts';

const LOCAL = /[\p{L}\p{N}._%+'-]/u;
const DOMAIN = /[\p{L}\p{N}-]/u;
const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;

function findPlain(s: string, out: DetectedEntity[]): void {
  let at = s.indexOf('@');
  let minStart = 0;
  while (at >= 0) {
    let a = at;
    while (a > minStart && at - a < MAX_LOCAL && LOCAL.test(s[a - 1]!)) a--;
    while (a < at && /[._%+'-]/.test(s[a]!)) a++;
    let b = at + 1;
    let lastDot = -1;
    while (b < s.length && b - at <= MAX_DOMAIN) {
      const ch = s[b]!;
      if (DOMAIN.test(ch)) { b++; continue; }
      if (ch === '.' && b + 1 < s.length && DOMAIN.test(s[b + 1]!) && s[b - 1] !== '.') { lastDot = b; b++; continue; }
      break;
    }
    const tld = lastDot > 0 ? s.slice(lastDot + 1, b) : '';
    if (a < at && lastDot > at + 1 && /^\p{L}{2,24}$/u.test(tld)) {
      out.push({ type: 'EMAIL', start: a, end: b, score: 0.96 });
      minStart = b;
    }
    at = s.indexOf('@', Math.max(at + 1, minStart));
  }
}

/** A spelled address needs a dot before a label: "dot"/"punkt"/"point"/"punto" or "." right before a letter or digit. */
const G_LABEL_AFTER_DOT = /dot|punkt|point|punto|\.[\p{L}\p{N}]/u;
const G_SPELLED = /(?:^|[^a-z])(?:at|arroba|arobase|ät|klammeraffe)(?:$|[^a-z])|\(at\)|\[at\]|\{at\}|<at>|\s@\s/;
const AT_WORD = /[ \t]*(?:\(at\)|\[at\]|\{at\}|<at>|(?<![\p{L}\p{N}])(?:at|arroba|arobase|ät|klammeraffe)(?![\p{L}\p{N}])|(?<=\s)@(?=\s))[ \t]*/gu;
const DOT = String.raw`(?:[ \t]*(?:\(dot\)|\[dot\]|\{dot\}|<dot>|\(punkt\)|\[punkt\])[ \t]*|[ \t]+(?:dot|punkt|point|punto)[ \t]+|\.)`;
const LABEL = String.raw`[\p{L}\p{N}][\p{L}\p{N}-]{0,62}`;
const RIGHT = new RegExp(String.raw`^(${LABEL})((?:${DOT}${LABEL}){1,4})`, 'u');
const LEFT_CHAR = /[\p{L}\p{N}_+-]/u;
const LEFT_JOINERS = Object.freeze([' dot ', ' punkt ', ' point ', ' punto ', '(dot)', '[dot]', '{dot}', '<dot>', ' underscore ', '.', '_', '-']);

/** Walks back from `end` over up to four local-part labels joined by (spelled) dots; -1 if none. */
function leftStart(lower: string, end: number): number {
  let pos = end;
  for (let labels = 0; labels < 4; labels++) {
    let k = pos;
    while (k > 0 && pos - k < 64 && LEFT_CHAR.test(lower[k - 1]!)) k--;
    if (k === pos) return labels === 0 ? -1 : pos;
    if (k > 0 && pos - k >= 64) return -1;
    pos = k;
    const joiner = LEFT_JOINERS.find((j) => lower.startsWith(j, pos - j.length));
    if (!joiner || pos - joiner.length <= 0 || !LEFT_CHAR.test(lower[pos - joiner.length - 1]!)) break;
    pos -= joiner.length;
  }
  // Trim leading joiners that were not followed by a label.
  return pos;
}
const TLDS = new Set(['com', 'net', 'org', 'info', 'io', 'co', 'uk', 'de', 'fr', 'es', 'eu', 'me', 'biz', 'us', 'edu', 'gov', 'at', 'ch', 'be', 'nl', 'it', 'pt', 'ie', 'cat', 'email', 'mail', 'online']);
const SPELLED_DOT = /dot|punkt|point|punto/;

function findSpelled(lower: string, out: DetectedEntity[]): void {
  AT_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = AT_WORD.exec(lower)) !== null) {
    const atStart = m.index;
    const atEnd = atStart + m[0].length;
    const right = RIGHT.exec(lower.slice(atEnd, atEnd + 300));
    if (!right) continue;
    const labels = right[0].split(new RegExp(DOT, 'u'));
    const tld = labels[labels.length - 1]!;
    if (!TLDS.has(tld)) continue;
    const start = leftStart(lower, atStart);
    if (start < 0) continue;
    const end = atEnd + right[0].length;
    const spelled = m[0].trim() !== '@' || SPELLED_DOT.test(right[0]);
    if (!spelled) continue;
    out.push({ type: 'EMAIL', start, end, score: 0.9 });
    AT_WORD.lastIndex = end;
  }
}

export const emailRecognizer: Recognizer = Object.freeze({
  name: 'email',
  find(input: RecognizerInput): DetectedEntity[] {
    const out: DetectedEntity[] = [];
    if (input.stats ? input.stats.at > 0 : input.norm.includes('@')) findPlain(input.norm, out);
    if (G_SPELLED.test(input.lower) && G_LABEL_AFTER_DOT.test(input.lower)) findSpelled(input.lower, out);
    return out;
  },
});
