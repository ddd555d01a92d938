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
 * unit). Before the first scan after a define() the trie is compiled into a double array, since in
 * place (between other recognizers) the scan's cost is mostly cache misses: each node gets a slot, a
 * node's children for code unit c lie at slot `base + alpha[c]` (alpha: a small index per code unit
 * that occurs in some phrase, 0 for any other, which ends the walk exactly as a missing child did),
 * and `da[2 * slot]` holds the parent's slot (so a step checks that the slot it lands on is really a
 * child), `da[2 * slot + 1]` the base times 4, plus 2 when every code unit on the node's path is a word
 * character, plus 1 when a phrase ends at the node. A step thus reads
 * one pair, and a chain of single children gets consecutive slots: the walk down a phrase reads
 * consecutive memory (27 KB for the built-in lists, against 100 KB for per-node records and dense rows).
 * What a match needs, read only at phrase ends, is kept apart: the lists of the phrase ending at a slot,
 * next to the phrase's index in a dense array of the phrases (and of each valued list's numbers, see
 * defineValued: context.ts gets each cue's types with its match).
 */
import { charClass, IS_LETTER_OR_NUMBER, IS_WORD, letterOrNumberAt } from './char-class.ts';
import { onRelease } from './per-text-caches.ts';

export interface PhraseMatch { index: number; phrase: string }

/** Shared by every list without a match in the current text (read-only). */
const NO_MATCHES: PhraseMatch[] = Object.freeze([]) as unknown as PhraseMatch[];

/** One phrase list of a PhraseIndex. */
export interface PhraseList {
  /** Non-overlapping whole-word matches of this list in `s`, leftmost first, longest phrase at each position. */
  matches(s: string): PhraseMatch[];
}

/**
 * A phrase list whose phrases carry a number each (context.ts: the cue types of a cue), so a caller
 * gets each match's number from the scan instead of a Map lookup by phrase per match.
 */
export interface ValuedPhraseList extends PhraseList {
  /**
   * The numbers of matches(s)' phrases: entry k belongs to matches(s)[k] (only the first
   * matches(s).length entries are meaningful; the array is reused by the next scan).
   */
  values(s: string): Int32Array;
}

const EMPTY = -1;

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
  /**
   * Per ASCII code unit: (1 + the slot of the root's child for it, or 0 when there is none) * 2, plus 1
   * when the code unit is a word character (IS_WORD): the two things the scan asks of every character.
   */
  private asciiStart = new Int32Array(128);
  /** The phrases, by phrase index (listsAt). */
  private phrases: string[] = [];
  /** Double array, two entries per slot (see the file comment). */
  private da = new Int32Array(2);
  /**
   * Two entries per slot: the lists that contain the phrase ending there (bit per list), and the
   * phrase's index in `phrases` and in `numbers`. Side by side: a match reads both from one cache line.
   */
  private listsAt = new Int32Array(0);
  /** Alphabet index per code unit (0: occurs in no phrase). */
  private alpha = new Uint16Array(0);
  private scanned: string | null = null;
  private results: PhraseMatch[][] = [];
  /**
   * Scan scratch, three entries per list: the first offset where its next match may start, and the end
   * and node of its best match at the current position.
   */
  private scratch = new Int32Array(0);
  /** Per list: the numbers of its phrases (defineValued), or null. */
  private valueMaps: (ReadonlyMap<string, number> | null)[] = [];
  /** Per list, compiled: its numbers by phrase index (an empty array for a plain list). */
  private numbers: Int32Array[] = [];
  /** The valued lists (bit per list). */
  private valued = 0;
  /** Per list: the numbers of the current text's matches, in order (grown as needed; empty for a plain list). */
  private valueOut: Int32Array[] = [];

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
    const id = this.addList(phrases, null);
    return { matches: (s: string) => this.scan(s)[id]! };
  }

  /** Adds a phrase list whose phrases carry the numbers of `values` (its keys are the phrases). */
  defineValued(values: ReadonlyMap<string, number>): ValuedPhraseList {
    for (const [p, v] of values) {
      if ((v | 0) !== v) throw new RangeError(`PhraseIndex: the number of "${p}" is not an int32.`);
    }
    const id = this.addList(values.keys(), values);
    this.valued |= 1 << id;
    return {
      matches: (s: string) => this.scan(s)[id]!,
      values: (s: string) => { this.scan(s); return this.valueOut[id]!; },
    };
  }

  private addList(phrases: Iterable<string>, values: ReadonlyMap<string, number> | null): number {
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
    this.valueMaps.push(values);
    this.valueOut.push(new Int32Array(values !== null ? 8 : 0));
    return id;
  }

  /**
   * Flattens the hash-table trie into a double array (see the file comment). Slots are assigned first
   * fit: the root's children, then the children of each of them (the two levels every walk reads lie
   * together in a few cache lines), then each deeper subtree depth first, so the links of a chain
   * mostly get consecutive slots and a walk down a phrase reads consecutive memory.
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
    for (const list of kids) list.sort((a, b) => a[0] - b[0]);
    // Per slot while building: the parent's slot (-1: free; the root's slot 0 is taken) and the base.
    const check: number[] = [0];
    const base: number[] = [0];
    const slotOf = new Int32Array(nodes);
    // Per node: 1 when every code unit on its path from the root is a word character (IS_WORD).
    const wordPath = new Uint8Array(nodes);
    wordPath[0] = 1;
    let lowestFree = 1;
    const place = (old: number): void => {
      const list = kids[old]!;
      if (list.length === 0) return;
      let minA = size;
      for (const [c] of list) minA = Math.min(minA, alpha[c]!);
      let b = Math.max(0, lowestFree - minA);
      for (;; b++) {
        let fits = true;
        for (const [c] of list) {
          const slot = b + alpha[c]!;
          if (slot < check.length && check[slot] !== -1) { fits = false; break; }
        }
        if (fits) break;
      }
      const s = slotOf[old]!;
      base[s] = b;
      for (const [c, child] of list) {
        const slot = b + alpha[c]!;
        while (check.length <= slot) { check.push(-1); base.push(0); }
        check[slot] = s;
        slotOf[child] = slot;
        wordPath[child] = wordPath[old]! & ((charClass(c) & IS_WORD) !== 0 ? 1 : 0);
      }
      while (lowestFree < check.length && check[lowestFree] !== -1) lowestFree++;
    };
    place(0);
    for (const [, child] of kids[0]!) place(child);
    const stack: number[] = [];
    for (const [, child] of kids[0]!) {
      for (let j = kids[child]!.length - 1; j >= 0; j--) stack.push(kids[child]![j]![1]);
      while (stack.length > 0) {
        const old = stack.pop()!;
        place(old);
        const list = kids[old]!;
        for (let j = list.length - 1; j >= 0; j--) stack.push(list[j]![1]);
      }
    }
    // Padding: base + alphabet index stays inside the array for every slot's base.
    const slots = check.length + size;
    const da = new Int32Array(2 * slots);
    const listsAt = new Int32Array(2 * slots);
    const phrases: string[] = [];
    for (let slot = 0; slot < slots; slot++) da[2 * slot] = slot < check.length ? check[slot]! : -1;
    da[0] = -1;
    for (let old = 0; old < nodes; old++) {
      const slot = slotOf[old]!;
      const phrase = this.phraseOf[old]!;
      da[2 * slot + 1] = base[slot]! * 4 + wordPath[old]! * 2 + (phrase !== null ? 1 : 0);

      let mask = 0;
      for (const list of this.listsOf[old]!) mask |= 1 << list;
      listsAt[2 * slot] = mask;
      if (phrase !== null) {
        listsAt[2 * slot + 1] = phrases.length;
        phrases.push(phrase);
      }
    }
    const asciiStart = new Int32Array(128);
    for (let c = 0; c < 128; c++) asciiStart[c] = ASCII_WORD[c]!;
    for (const [c, child] of kids[0]!) if (c < 128) asciiStart[c]! |= (slotOf[child]! + 1) << 1;
    this.da = da;
    this.listsAt = listsAt;
    this.alpha = alpha;
    this.asciiStart = asciiStart;
    this.phrases = phrases;
    this.numbers = this.valueMaps.map((values) => (values === null ? new Int32Array(0) : Int32Array.from(phrases, (p) => values.get(p) ?? 0)));
    this.compiled = true;
  }

  /** Doubles the array of a valued list's numbers. */
  private growValues(id: number): Int32Array {
    const buf = this.valueOut[id]!;
    const grown = new Int32Array(2 * buf.length);
    grown.set(buf);
    this.valueOut[id] = grown;
    return grown;
  }

  /** Forgets the last text: no reference to it, and no match lists with offsets into it. */
  release(): void {
    this.scanned = null;
    for (let id = 0; id < this.lists; id++) this.results[id] = NO_MATCHES;
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
    const { scratch, phrases, asciiStart, da, alpha, listsAt, valued, valueOut, numbers } = this;
    // scratch[3 * id]: `free`, the first offset where the list's next match may start.
    for (let id = 0; id < lists; id++) scratch[3 * id] = 0;
    /** The lists with a match at the current position (bit per list). */
    let touched = 0;
    const n = s.length;
    const rootBase = da[1]! >> 2;
    // Invariant at the top of the loop: position i is not a word character that follows one (only
    // word starts, and phrases that start with a symbol, are tried); the rest of a word is skipped by
    // the tight loop at the bottom.
    let i = 0;
    while (i < n) {
      const c = s.charCodeAt(i);
      i++;
      let node: number;
      let word: number;
      if (c < 128) {
        const e = asciiStart[c]!;
        // A non-word character that starts no phrase (a blank, most punctuation): nothing to do.
        if (e === 0) continue;
        word = e & 1;
        node = (e >> 1) - 1;
      } else {
        word = (charClass(c) & IS_WORD) !== 0 ? 1 : 0;
        node = rootBase + alpha[c]!;
        if (da[2 * node] !== 0) node = -1;
      }
      if (node >= 0) {
        const at = i - 1;
        let v = da[2 * node + 1]!;
        let k = i;
        for (;;) {
          // The code unit after the walk so far, read once for the phrase's end test and the next step.
          const d = k < n ? s.charCodeAt(k) : -1;
          if ((v & 1) !== 0 && !(d >= 0 && (d < 128 ? ASCII_LETTER_OR_NUMBER[d] === 1 : letterOrNumberAt(s, k)))) {
            // A longer phrase found later at this position replaces a shorter one, list by list.
            for (let m = listsAt[2 * node]!; m !== 0; m &= m - 1) {
              const id = 31 - Math.clz32(m & -m);
              if (scratch[3 * id]! > at) continue;
              touched |= 1 << id;
              scratch[3 * id + 1] = k;
              scratch[3 * id + 2] = node;
            }
          }
          if (d < 0) break;
          const t = (v >> 2) + alpha[d]!;
          if (da[2 * t] !== node) break;
          node = t;
          v = da[2 * t + 1]!;
          k++;
        }
        // The scan moves on one character at a time; each list skips its own matches through `free`.
        for (; touched !== 0; touched &= touched - 1) {
          const id = 31 - Math.clz32(touched & -touched);
          if (out[id] === NO_MATCHES) out[id] = [];
          const list = out[id]!;
          const p = listsAt[2 * scratch[3 * id + 2]! + 1]!;
          if (((valued >> id) & 1) !== 0) {
            const len = list.length;
            const buf = len < valueOut[id]!.length ? valueOut[id]! : this.growValues(id);
            buf[len] = numbers[id]![p]!;
          }
          list.push({ index: at, phrase: phrases[p]! });
          scratch[3 * id] = scratch[3 * id + 1]!;
        }
        // The walk read s[at, k) and found them all word characters: positions at + 1 .. k - 1 follow a
        // word character and start nothing, so the scan goes on at k, after a word character.
        if ((v & 2) !== 0) i = k;
        else if (word === 0) continue;
      } else if (word === 0) continue;
      // s[i - 1] is a word character: skip the word characters after it, and the ASCII non-word
      // character that ends them when it starts no phrase (there is nothing to try at it), so each
      // character of a text of short words is read once.
      while (i < n) {
        const d = s.charCodeAt(i);
        if (d < 128) {
          const e = asciiStart[d]!;
          if ((e & 1) !== 0) { i++; continue; }
          if (e === 0) i++;
          break;
        }
        if ((charClass(d) & IS_WORD) === 0) break;
        i++;
      }
    }
    this.scanned = s;
    return out;
  }
}

/** The index every built-in cue list joins, so one walk per text serves them all. */
export const SHARED_PHRASES = new PhraseIndex();
onRelease(() => SHARED_PHRASES.release());

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
