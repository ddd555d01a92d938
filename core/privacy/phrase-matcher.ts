/**
 * Finds cue phrases ("my name is", "kundennummer", "n° client", "£") in lower-cased text with one
 * character trie shared by several phrase lists: one walk over the text serves every list (context
 * cues, name cues, secret cues, street words), and the result of the last text is kept, so each list's
 * `matches()` costs a lookup once the text has been scanned. Only positions whose character starts
 * some phrase are tried and each try walks at most the longest phrase, so the scan is linear. (Regex
 * alternations of a few hundred phrases with the `u` flag, one per list, were the engine's largest cost.)
 *
 * Semantics, per list: leftmost match first, the longest phrase of the list at that position that is
 * not followed by a letter or number; a phrase that starts with a letter or number must also not
 * follow one (so "pin" is not found in "spin"); a list's matches do not overlap.
 */
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/** Sticky: is the code point at lastIndex a letter or number? */
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/uy;
/** 1 for ASCII letters and digits. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) ? 1 : 0;

function letterOrNumberAt(s: string, k: number): boolean {
  if (k >= s.length) return false;
  const c = s.charCodeAt(k);
  if (c < 0x80) return ASCII_WORD[c] === 1;
  LETTER_OR_NUMBER.lastIndex = k;
  return LETTER_OR_NUMBER.test(s);
}

export interface PhraseMatch { index: number; phrase: string }

/** Shared by every list without a match in the current text (read-only). */
const NO_MATCHES: PhraseMatch[] = Object.freeze([]) as unknown as PhraseMatch[];

interface TrieNode {
  /** Children by UTF-16 code unit. */
  next: Map<number, TrieNode> | null;
  /** The phrase that ends here, if any, and the lists that contain it. */
  phrase: string | null;
  lists: number[];
}

/** One phrase list of a PhraseIndex. */
export interface PhraseList {
  /** Non-overlapping whole-word matches of this list in `s`, leftmost first, longest phrase at each position. */
  matches(s: string): PhraseMatch[];
}

export class PhraseIndex {
  private readonly root = new Map<number, TrieNode>();
  /** Root nodes of ASCII code units, indexed directly (most phrases start with an ASCII letter). */
  private readonly asciiRoot: (TrieNode | undefined)[] = new Array(128).fill(undefined);
  private lists = 0;
  private scanned: string | null = null;
  private results: PhraseMatch[][] = [];
  /** Scan scratch, per list: the first offset where its next match may start, the best match at this position. */
  private free = new Int32Array(0);
  private bestEnd = new Int32Array(0);
  private bestPhrase: string[] = [];
  private readonly touched: number[] = [];

  /** Adds a phrase list; its matches come from the shared scan. */
  define(phrases: Iterable<string>): PhraseList {
    const id = this.lists++;
    for (const p of new Set(phrases)) {
      if (p.length === 0) continue;
      let level = this.root;
      let node: TrieNode | undefined;
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        node = level.get(c);
        if (!node) {
          node = { next: null, phrase: null, lists: [] };
          level.set(c, node);
          if (level === this.root && c < 128) this.asciiRoot[c] = node;
        }
        if (i + 1 < p.length) level = node.next ??= new Map();
      }
      node!.phrase = p;
      node!.lists.push(id);
    }
    this.scanned = null;
    this.free = new Int32Array(this.lists);
    this.bestEnd = new Int32Array(this.lists).fill(-1);
    this.bestPhrase = new Array<string>(this.lists).fill('');
    return { matches: (s: string) => this.scan(s)[id]! };
  }

  private scan(s: string): PhraseMatch[][] {
    if (this.scanned === s) {
      this.scanned = s; // the latest object, so later comparisons are by reference (see context.ts)
      return this.results;
    }
    this.scanned = null;
    const lists = this.lists;
    const out: PhraseMatch[][] = new Array<PhraseMatch[]>(lists).fill(NO_MATCHES);
    const { free, bestEnd, bestPhrase, touched } = this;
    free.fill(0);
    const n = s.length;
    let prevWord = false;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      const word = c < 0x80 ? ASCII_WORD[c] === 1 : WORD_CHAR.test(s[i]!);
      const afterWord = prevWord;
      prevWord = word;
      // Only word starts (or phrases that start with a symbol) are tried.
      if (word && afterWord) continue;
      let node = c < 0x80 ? this.asciiRoot[c] : this.root.get(c);
      if (node === undefined) continue;
      let k = i + 1;
      for (;;) {
        if (node.phrase !== null && !letterOrNumberAt(s, k)) {
          const ids = node.lists;
          for (let j = 0; j < ids.length; j++) {
            const id = ids[j]!;
            if (free[id]! > i) continue;
            if (bestEnd[id]! < 0) touched.push(id);
            bestEnd[id] = k;
            bestPhrase[id] = node.phrase;
          }
        }
        if (k >= n || node.next === null) break;
        const child: TrieNode | undefined = node.next.get(s.charCodeAt(k));
        if (child === undefined) break;
        node = child;
        k++;
      }
      if (touched.length === 0) continue;
      // The scan moves on one character at a time; each list skips its own matches through `free`.
      for (let j = 0; j < touched.length; j++) {
        const id = touched[j]!;
        if (out[id] === NO_MATCHES) out[id] = [];
        out[id]!.push({ index: i, phrase: bestPhrase[id]! });
        free[id] = bestEnd[id]!;
        bestEnd[id] = -1;
      }
      touched.length = 0;
    }
    this.results = out;
    this.scanned = s;
    return out;
  }
}

/** The index every built-in cue list joins, so one walk per text serves them all. */
export const SHARED_PHRASES = new PhraseIndex();

/** A single phrase list with its own trie (tests, ad-hoc lists). */
export class PhraseMatcher implements PhraseList {
  private readonly list: PhraseList;
  constructor(phrases: Iterable<string>) {
    this.list = new PhraseIndex().define(phrases);
  }

  matches(s: string): PhraseMatch[] {
    return this.list.matches(s);
  }
}
