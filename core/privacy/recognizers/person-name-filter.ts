/**
 * A filter over the listed first names and surnames (a-z only) that answers, without slicing or
 * lower-casing, "could this capitalised ASCII word be listed?". It is a bitmap of hashes: no false
 * negatives, so a word it rejects is certainly not in FIRST_NAMES or SURNAMES_SET; a word it accepts
 * (listed, or a rare hash collision) is checked against the sets themselves.
 */
import { FIRST_NAMES, SURNAMES_SET } from '../data/names.ts';

const BITS = 18;
const bitmap = new Uint8Array(1 << (BITS - 3));

/** Hash step over lower-case code units; start from `NAME_HASH_SEED`. */
export const NAME_HASH_SEED = 0x811c9dc5;
export function nameHashStep(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}
const slot = (h: number) => Math.imul(h, 0x9e3779b1) >>> (32 - BITS);

for (const set of [FIRST_NAMES, SURNAMES_SET]) {
  for (const name of set) {
    if (!/^[a-z]+$/.test(name)) continue;
    let h = NAME_HASH_SEED;
    for (let i = 0; i < name.length; i++) h = nameHashStep(h, name.charCodeAt(i));
    const b = slot(h);
    bitmap[b >>> 3] |= 1 << (b & 7);
  }
}

/** False only if no a-z name of the lists hashes to `h`. */
export function mayBeListedName(h: number): boolean {
  const b = slot(h);
  return (bitmap[b >>> 3]! & (1 << (b & 7))) !== 0;
}
