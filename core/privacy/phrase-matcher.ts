/**
 * Finds cue phrases ("my name is", "kundennummer", "n° client", "£") in lower-cased text in one pass:
 * one regex alternation (longest phrase first) without a leading lookbehind, so V8 can skip quickly
 * between candidate positions; the left word boundary is checked in code.
 */
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return WORD_CHAR.test(ch);
}

export interface PhraseMatch { index: number; phrase: string }

export class PhraseMatcher {
  private readonly re: RegExp;

  constructor(phrases: Iterable<string>) {
    const list = [...new Set(phrases)].filter((p) => p.length > 0).sort((a, b) => b.length - a.length);
    const esc = list.map((c) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
    this.re = new RegExp(`(?:${esc.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  }

  /** Non-overlapping whole-word matches, leftmost first, longest phrase at each position. */
  matches(s: string): PhraseMatch[] {
    const out: PhraseMatch[] = [];
    const re = this.re;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s)) !== null) {
      if (m.index > 0 && isWordChar(m[0][0]) && isWordChar(s[m.index - 1])) { re.lastIndex = m.index + 1; continue; }
      out.push({ index: m.index, phrase: m[0] });
    }
    return out;
  }
}
