/**
 * A static word table that answers `map.get(s.slice(start, end).toLowerCase()) ?? 0` for a word of the
 * text without slicing or case-mapping it, when the word is ASCII (most words of most messages).
 *
 * Why it is exact: on ASCII code units toLowerCase() maps A-Z to a-z (code unit | 0x20) and keeps every
 * other unit, one unit for one unit; so the lower case of an ASCII slice is known unit by unit, and it
 * equals a key iff the lengths and all units are equal, which the lookup compares against the keys'
 * units (any key: a key with capitals or non-ASCII units can equal no lower-cased ASCII word, and is
 * simply never matched here, as with the Map). A word with a unit from U+0080 on takes the Map path
 * (its lower case can differ in length: "İ" -> "i̇"). The table is built once at module load from
 * static word lists: it holds no text.
 */

const SEED = 0x811c9dc5;
const step = (h: number, c: number) => Math.imul(h ^ c, 0x01000193);

export class WordTable {
  private readonly map: ReadonlyMap<string, number>;
  private readonly mask: number;
  /** Per slot: 1 + the key's index, or 0 for an empty slot. */
  private readonly slots: Int32Array;
  private readonly keyStart: Int32Array;
  private readonly keyLength: Int32Array;
  private readonly values: Int32Array;
  /** The code units of all keys, one after another. */
  private readonly units: Uint16Array;

  constructor(map: ReadonlyMap<string, number>) {
    this.map = map;
    const keys = [...map.keys()];
    let size = 16;
    while (size < keys.length * 2) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size);
    this.keyStart = new Int32Array(keys.length);
    this.keyLength = new Int32Array(keys.length);
    this.values = new Int32Array(keys.length);
    let total = 0;
    for (const k of keys) total += k.length;
    this.units = new Uint16Array(total);
    let at = 0;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      this.keyStart[i] = at;
      this.keyLength[i] = k.length;
      this.values[i] = map.get(k)!;
      let h = SEED;
      for (let j = 0; j < k.length; j++) {
        const c = k.charCodeAt(j);
        this.units[at++] = c;
        h = step(h, c);
      }
      let slot = h & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = i + 1;
    }
  }

  /** `map.get(s.slice(start, end).toLowerCase()) ?? 0`. */
  get(s: string, start: number, end: number): number {
    const v = this.getAscii(s, start, end);
    return v >= 0 ? v : this.map.get(s.slice(start, end).toLowerCase()) ?? 0;
  }

  /** get() for an ASCII word; -1 (and no look-up) when the word has a unit from U+0080 on. */
  getAscii(s: string, start: number, end: number): number {
    let h = SEED;
    for (let i = start; i < end; i++) {
      let c = s.charCodeAt(i);
      if (c >= 0x80) return -1;
      if (c >= 65 && c <= 90) c |= 32;
      h = step(h, c);
    }
    const n = end - start;
    const { slots, keyStart, keyLength, units, mask } = this;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const k = slots[slot]! - 1;
      if (k < 0) return 0;
      if (keyLength[k] !== n) continue;
      const base = keyStart[k]! - start;
      let i = start;
      for (; i < end; i++) {
        let c = s.charCodeAt(i);
        if (c >= 65 && c <= 90) c |= 32;
        if (units[base + i] !== c) break;
      }
      if (i === end) return this.values[k]!;
    }
  }
}
