/**
 * Finds cue phrases ("my name is", "kundennummer", "n° client", "£") in lower-cased text in one pass
 * with a character trie: only positions whose character starts some phrase are tried, and each try
 * walks at most the length of the longest phrase, so the scan is linear and allocation-free apart
 * from the matches themselves. (A regex alternation of a few hundred phrases with the `u` flag was
 * the engine's single largest cost.)
 *
 * Semantics: leftmost match first, the longest phrase at that position that is not followed by a
 * letter or number; a phrase that starts with a letter or number must also not follow one (so "pin"
 * is not found in "spin"); matches do not overlap.
 */
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/** Sticky: is the code point at lastIndex a letter or number? */
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/uy;

function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return WORD_CHAR.test(ch);
}

function letterOrNumberAt(s: string, k: number): boolean {
  if (k >= s.length) return false;
  const c = s.charCodeAt(k);
  if (c < 0x80) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  LETTER_OR_NUMBER.lastIndex = k;
  return LETTER_OR_NUMBER.test(s);
}

export interface PhraseMatch { index: number; phrase: string }

interface TrieNode {
  /** Children by UTF-16 code unit. */
  next: Map<number, TrieNode> | null;
  /** The phrase that ends here, if any. */
  phrase: string | null;
}

export class PhraseMatcher {
  private readonly root = new Map<number, TrieNode>();
  /** Root nodes of ASCII code units, indexed directly (most cue phrases start with an ASCII letter). */
  private readonly asciiRoot: (TrieNode | undefined)[] = new Array(128).fill(undefined);
  /** Root code units that are word characters: such phrases need a word boundary on their left. */
  private readonly wordStart = new Set<number>();

  constructor(phrases: Iterable<string>) {
    for (const p of new Set(phrases)) {
      if (p.length === 0) continue;
      let level = this.root;
      let node: TrieNode | undefined;
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        node = level.get(c);
        if (!node) { node = { next: null, phrase: null }; level.set(c, node); }
        if (i + 1 < p.length) level = node.next ??= new Map();
      }
      node!.phrase = p;
      if (isWordChar(p[0])) this.wordStart.add(p.charCodeAt(0));
    }
    for (const [c, node] of this.root) if (c < 128) this.asciiRoot[c] = node;
  }

  /** Non-overlapping whole-word matches, leftmost first, longest phrase at each position. */
  matches(s: string): PhraseMatch[] {
    const out: PhraseMatch[] = [];
    const n = s.length;
    let i = 0;
    while (i < n) {
      const c = s.charCodeAt(i);
      let node = c < 128 ? this.asciiRoot[c] : this.root.get(c);
      if (node === undefined || (i > 0 && isWordChar(s[i - 1]) && this.wordStart.has(c))) { i++; continue; }
      let best = -1;
      let phrase = '';
      let k = i + 1;
      for (;;) {
        if (node.phrase !== null && !letterOrNumberAt(s, k)) { best = k; phrase = node.phrase; }
        if (k >= n || node.next === null) break;
        const child: TrieNode | undefined = node.next.get(s.charCodeAt(k));
        if (child === undefined) break;
        node = child;
        k++;
      }
      if (best < 0) { i++; continue; }
      out.push({ index: i, phrase });
      i = best;
    }
    return out;
  }
}
