/**
 * Finds cue phrases ("my name is", "kundennummer", "n° client", "£") in lower-cased text with one
 * character trie shared by several phrase lists: one walk over the text serves every list (context
 * cues, name cues, secret cues, street words), and the result of the last text is kept, so each list's
 * `matches()` costs a lookup once the text has been scanned. Only positions whose character starts
 * some phrase are tried and each try walks at most the longest phrase, so the scan is linear. (Regex
 * alternations of a few hundred phrases with the `u` flag, one per list, were the engine's largest cost.)
 * The trie is flat: node ids, children in one open-addressing table keyed by (node, code unit).
 *
 * Semantics, per list: leftmost match first, the longest phrase of the list at that position that is
 * not followed by a letter or number; a phrase that starts with a letter or number must also not
 * follow one (so "pin" is not found in "spin"); a list's matches do not overlap.
 */
import { charClass, IS_WORD, letterOrNumberAt } from './char-class.ts';

export interface PhraseMatch { index: number; phrase: string }

/** Shared by every list without a match in the current text (read-only). */
const NO_MATCHES: PhraseMatch[] = Object.freeze([]) as unknown as PhraseMatch[];

/** One phrase list of a PhraseIndex. */
export interface PhraseList {
  /** Non-overlapping whole-word matches of this list in `s`, leftmost first, longest phrase at each position. */
  matches(s: string): PhraseMatch[];
}

const EMPTY = -1;

export class PhraseIndex {
  /** Per node (0 is the root): the phrase that ends there (or null), the lists that contain it, whether it has children. */
  private phraseOf: (string | null)[] = [null];
  private listsOf: number[][] = [[]];
  private hasChildren: number[] = [0];
  /** The root's children for ASCII code units, indexed directly (-1: none). */
  private asciiRoot = new Int32Array(128).fill(-1);
  /** Children: open addressing, interleaved [key, child] pairs, key = node * 65536 + code unit. */
  private table = new Int32Array(128).fill(EMPTY);
  private used = 0;
  private lists = 0;
  private scanned: string | null = null;
  private results: PhraseMatch[][] = [];
  /** Scan scratch, per list: the first offset where its next match may start, the best match at this position. */
  private free = new Int32Array(0);
  private bestEnd = new Int32Array(0);
  private bestPhrase: string[] = [];
  private readonly touched: number[] = [];

  private static hash(key: number, mask: number): number {
    return (Math.imul(key, 0x9e3779b1) >>> 16) & mask;
  }

  private child(node: number, c: number): number {
    const key = node * 65536 + c;
    const t = this.table;
    const mask = (t.length >> 1) - 1;
    let h = PhraseIndex.hash(key, mask);
    for (;;) {
      const k = t[h << 1]!;
      if (k === key) return t[(h << 1) + 1]!;
      if (k === EMPTY) return -1;
      h = (h + 1) & mask;
    }
  }

  private put(t: Int32Array, key: number, value: number): void {
    const mask = (t.length >> 1) - 1;
    let h = PhraseIndex.hash(key, mask);
    while (t[h << 1] !== EMPTY) h = (h + 1) & mask;
    t[h << 1] = key;
    t[(h << 1) + 1] = value;
  }

  private addChild(node: number, c: number): number {
    if (node * 65536 + c > 0x7fffffff) throw new RangeError('PhraseIndex: too many trie nodes.');
    if ((this.used + 1) * 4 > this.table.length) {
      const old = this.table;
      this.table = new Int32Array(old.length * 2).fill(EMPTY);
      for (let i = 0; i < old.length; i += 2) if (old[i] !== EMPTY) this.put(this.table, old[i]!, old[i + 1]!);
    }
    const id = this.phraseOf.length;
    this.phraseOf.push(null);
    this.listsOf.push([]);
    this.hasChildren.push(0);
    this.hasChildren[node] = 1;
    this.put(this.table, node * 65536 + c, id);
    if (node === 0 && c < 128) this.asciiRoot[c] = id;
    this.used++;
    return id;
  }

  /** Adds a phrase list; its matches come from the shared scan. */
  define(phrases: Iterable<string>): PhraseList {
    const id = this.lists++;
    for (const p of new Set(phrases)) {
      if (p.length === 0) continue;
      let node = 0;
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        const next = this.child(node, c);
        node = next >= 0 ? next : this.addChild(node, c);
      }
      this.phraseOf[node] = p;
      this.listsOf[node]!.push(id);
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
    const { free, bestEnd, bestPhrase, touched, phraseOf, listsOf, hasChildren } = this;
    free.fill(0);
    const n = s.length;
    let prevWord = false;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      const word = (charClass(c) & IS_WORD) !== 0;
      const afterWord = prevWord;
      prevWord = word;
      // Only word starts (or phrases that start with a symbol) are tried.
      if (word && afterWord) continue;
      let node = c < 128 ? this.asciiRoot[c]! : this.child(0, c);
      if (node < 0) continue;
      let k = i + 1;
      for (;;) {
        const phrase = phraseOf[node]!;
        if (phrase !== null && !letterOrNumberAt(s, k)) {
          const ids = listsOf[node]!;
          for (let j = 0; j < ids.length; j++) {
            const id = ids[j]!;
            if (free[id]! > i) continue;
            if (bestEnd[id]! < 0) touched.push(id);
            bestEnd[id] = k;
            bestPhrase[id] = phrase;
          }
        }
        if (k >= n || hasChildren[node] === 0) break;
        const next = this.child(node, s.charCodeAt(k));
        if (next < 0) break;
        node = next;
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
