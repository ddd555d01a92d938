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
 *
 * Layout. While lists are defined, children live in one open-addressing table keyed by (node, code
 * unit). Before the first scan after a define() the trie is compiled into one small record per node
 * that the walk reads without hashing, since in place (between other recognizers) the scan's cost is
 * mostly cache misses: `rec[3n]` is the only child's code unit (most nodes are links of a chain inside
 * a phrase), LEAF, or for a node with several children -2 minus the offset of its dense row, indexed
 * by a small alphabet (the code units that occur in some phrase; any other code unit ends the walk
 * exactly as a missing child did); `rec[3n + 1]` is the only child's id times 2, plus 1 when a phrase
 * ends at the node; `rec[3n + 2]` has a bit per list that contains that phrase (so at most 31 lists).
 * Nodes are numbered so that the first two levels, which every walk reads, share cache lines, and so
 * do the links of each chain below them.
 * The root's children for ASCII are indexed directly.
 */
import { charClass, IS_LETTER_OR_NUMBER, IS_WORD, letterOrNumberAt } from './char-class.ts';

export interface PhraseMatch { index: number; phrase: string }

/** Shared by every list without a match in the current text (read-only). */
const NO_MATCHES: PhraseMatch[] = Object.freeze([]) as unknown as PhraseMatch[];

/** One phrase list of a PhraseIndex. */
export interface PhraseList {
  /** Non-overlapping whole-word matches of this list in `s`, leftmost first, longest phrase at each position. */
  matches(s: string): PhraseMatch[];
}

const EMPTY = -1;
/** `rec[2n]` of a node without children; a node with several children has -2 - (offset of its row). */
const LEAF = -1;

/** IS_WORD and IS_LETTER_OR_NUMBER for the ASCII code units, read without a call (same answers as charClass). */
const ASCII_WORD = new Uint8Array(128);
const ASCII_LETTER_OR_NUMBER = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_WORD[c] = (charClass(c) & IS_WORD) !== 0 ? 1 : 0;
  ASCII_LETTER_OR_NUMBER[c] = (charClass(c) & IS_LETTER_OR_NUMBER) !== 0 ? 1 : 0;
}
/** Lists per index: each node keeps its lists as the bits of one 32-bit mask. */
const MAX_LISTS = 31;

export class PhraseIndex {
  /** Per node (0 is the root): the phrase that ends there (or null), the lists that contain it. */
  private phraseOf: (string | null)[] = [null];
  private listsOf: number[][] = [[]];
  /** Build structure. Children: open addressing, interleaved [key, child] pairs, key = node * 65536 + code unit. */
  private table = new Int32Array(128).fill(EMPTY);
  private used = 0;
  private lists = 0;
  /** Compiled structure (see the file comment); rebuilt before the first scan after define(). */
  private compiled = false;
  /** The root's children for ASCII code units, indexed directly (-1: none). */
  private asciiRoot = new Int32Array(128).fill(-1);
  /** Per compiled node: the phrase that ends there (or null). */
  private phraseAt: (string | null)[] = [];
  /** Per compiled node, three entries (see the file comment). */
  private rec = new Int32Array(3);
  /** Dense child rows of branching nodes, `alphabet size` entries each (-1: no child); entry 0 is "not in the alphabet". */
  private rows = new Int32Array(0);
  /** Alphabet index per code unit (0: occurs in no phrase). */
  private alpha = new Uint16Array(0);
  private scanned: string | null = null;
  private results: PhraseMatch[][] = [];
  /**
   * Scan scratch, three entries per list: the first offset where its next match may start, and the end
   * and node of its best match at the current position.
   */
  private scratch = new Int32Array(0);

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
    this.put(this.table, node * 65536 + c, id);
    this.used++;
    return id;
  }

  /** Adds a phrase list; its matches come from the shared scan. */
  define(phrases: Iterable<string>): PhraseList {
    if (this.lists === MAX_LISTS) throw new RangeError(`PhraseIndex: at most ${MAX_LISTS} lists.`);
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
    this.compiled = false;
    this.scratch = new Int32Array(3 * this.lists);
    this.results = new Array<PhraseMatch[]>(this.lists).fill(NO_MATCHES);
    return { matches: (s: string) => this.scan(s)[id]! };
  }

  /**
   * Flattens the hash-table trie into the records the scan reads (same edges, no hashing). Nodes are
   * renumbered breadth first, so the records and rows of the first levels, which every walk reads,
   * lie together in a few cache lines.
   */
  private compile(): void {
    const nodes = this.phraseOf.length;
    const t = this.table;
    const kids: [number, number][][] = Array.from({ length: nodes }, () => []);
    const alpha = new Uint16Array(0x10000);
    let size = 1;
    for (let i = 0; i < t.length; i += 2) {
      const key = t[i]!;
      if (key === EMPTY) continue;
      const c = key % 65536;
      kids[Math.floor(key / 65536)]!.push([c, t[i + 1]!]);
      if (alpha[c] === 0) alpha[c] = size++;
    }
    // order[newId] = old id: the first two levels breadth first, then each deeper subtree depth first
    // (a walk that goes on past two characters follows a chain, whose records then share cache lines).
    for (const list of kids) list.sort((a, b) => a[0] - b[0]);
    const order = [0];
    const newId = new Int32Array(nodes);
    const append = (old: number): void => { newId[old] = order.length; order.push(old); };
    for (const [, child] of kids[0]!) append(child);
    const level1End = order.length;
    for (let q = 1; q < level1End; q++) for (const [, child] of kids[order[q]!]!) append(child);
    const level2End = order.length;
    const stack: number[] = [];
    for (let q = level1End; q < level2End; q++) {
      for (let j = kids[order[q]!]!.length - 1; j >= 0; j--) stack.push(kids[order[q]!]![j]![1]);
      while (stack.length > 0) {
        const old = stack.pop()!;
        append(old);
        const list = kids[old]!;
        for (let j = list.length - 1; j >= 0; j--) stack.push(list[j]![1]);
      }
    }
    const rec = new Int32Array(3 * nodes);
    const phraseAt: (string | null)[] = new Array<string | null>(nodes);
    let rowsLen = 0;
    for (let id = 0; id < nodes; id++) {
      const old = order[id]!;
      phraseAt[id] = this.phraseOf[old]!;
      let mask = 0;
      for (const list of this.listsOf[old]!) mask |= 1 << list;
      rec[3 * id + 2] = mask;
      const list = kids[old]!;
      const phraseBit = this.phraseOf[old] !== null ? 1 : 0;
      if (list.length === 0) { rec[3 * id] = LEAF; rec[3 * id + 1] = phraseBit; }
      else if (list.length === 1) { rec[3 * id] = list[0]![0]; rec[3 * id + 1] = newId[list[0]![1]]! * 2 + phraseBit; }
      else { rec[3 * id] = -2 - rowsLen; rec[3 * id + 1] = phraseBit; rowsLen += size; }
    }
    const rows = new Int32Array(rowsLen).fill(-1);
    const asciiRoot = new Int32Array(128).fill(-1);
    for (let id = 0; id < nodes; id++) {
      const list = kids[order[id]!]!;
      if (list.length > 1) for (const [c, child] of list) rows[-2 - rec[3 * id]! + alpha[c]!] = newId[child]!;
    }
    for (const [c, child] of kids[0]!) if (c < 128) asciiRoot[c] = newId[child]!;
    this.rec = rec;
    this.rows = rows;
    this.alpha = alpha;
    this.asciiRoot = asciiRoot;
    this.phraseAt = phraseAt;
    this.compiled = true;
  }

  /** The child of `node` for code unit `c` in the compiled trie, -1 when there is none. */
  private next(node: number, c: number): number {
    const e = this.rec[3 * node]!;
    if (e === c) return this.rec[3 * node + 1]! >> 1;
    if (e >= LEAF) return -1;
    const a = this.alpha[c]!;
    return a === 0 ? -1 : this.rows[-2 - e + a]!;
  }

  private scan(s: string): PhraseMatch[][] {
    if (this.scanned === s) {
      this.scanned = s; // the latest object, so later comparisons are by reference (see context.ts)
      return this.results;
    }
    this.scanned = null;
    if (!this.compiled) this.compile();
    const lists = this.lists;
    // The outer array is internal (matches() hands out one list's array), so it is reused.
    const out = this.results;
    for (let id = 0; id < lists; id++) out[id] = NO_MATCHES;
    const { scratch, phraseAt, asciiRoot, rec } = this;
    // scratch[3 * id]: `free`, the first offset where the list's next match may start.
    for (let id = 0; id < lists; id++) scratch[3 * id] = 0;
    /** The lists with a match at the current position (bit per list). */
    let touched = 0;
    const n = s.length;
    let prevWord = false;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      const word = c < 128 ? ASCII_WORD[c] === 1 : (charClass(c) & IS_WORD) !== 0;
      const afterWord = prevWord;
      prevWord = word;
      // Only word starts (or phrases that start with a symbol) are tried.
      if (word && afterWord) continue;
      let node = c < 128 ? asciiRoot[c]! : this.next(0, c);
      if (node < 0) continue;
      let k = i + 1;
      for (;;) {
        if ((rec[3 * node + 1]! & 1) !== 0 && !(k < n && (s.charCodeAt(k) < 128 ? ASCII_LETTER_OR_NUMBER[s.charCodeAt(k)] === 1 : letterOrNumberAt(s, k)))) {
          // A longer phrase found later at this position replaces a shorter one, list by list.
          for (let m = rec[3 * node + 2]!; m !== 0; m &= m - 1) {
            const id = 31 - Math.clz32(m & -m);
            if (scratch[3 * id]! > i) continue;
            touched |= 1 << id;
            scratch[3 * id + 1] = k;
            scratch[3 * id + 2] = node;
          }
        }
        if (k >= n) break;
        const next = this.next(node, s.charCodeAt(k));
        if (next < 0) break;
        node = next;
        k++;
      }
      if (touched === 0) continue;
      // The scan moves on one character at a time; each list skips its own matches through `free`.
      for (; touched !== 0; touched &= touched - 1) {
        const id = 31 - Math.clz32(touched & -touched);
        if (out[id] === NO_MATCHES) out[id] = [];
        out[id]!.push({ index: i, phrase: phraseAt[scratch[3 * id + 2]!]! });
        scratch[3 * id] = scratch[3 * id + 1]!;
      }
    }
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
