import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DE_SUFFIX } from '../../../core/privacy/data/street-words.ts';
import { lowerSameLength } from '../../../core/privacy/normalize.ts';
import { endingAt, germanSuffix, wordCharAt } from '../../../core/privacy/recognizers/address-ending.ts';
import { endsLikeGermanStreet } from '../../../core/privacy/recognizers/address-reach.ts';

const ENDINGS = DE_SUFFIX.source.replace(/^\(\?:|\)\$$/g, '').split('|').map((e) => e.replace(/\\\./g, '.'));
const LOOKBEHIND = new RegExp(`(?<=${DE_SUFFIX.source.replace(/\$$/, '')})`, 'uy');
const WORD_CHAR = /[\p{L}\p{M}\p{N}'’./-]/u;

describe('German endings by table (address-ending.ts)', () => {
  it('answers as DE_SUFFIX and the lookbehind do on seeded random words (case, Kelvin sign, long s, sharp s)', () => {
    const heads = ['', '\0', 'stra\0', 'Haupt', 'Kirch', 'x', 'Ü', '\u212a', 'ſ', 'Ж', '😀', 'k', 'K', ' ', '.'];
    let seed = 3;
    const next = (n: number) => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 8) % n; };
    const mutate = (e: string) => {
      let r = '';
      for (const ch of e) {
        const k = next(10);
        r += k === 0 ? ch.toUpperCase() : k === 1 && ch === 's' ? 'ſ' : k === 1 && ch === 'k' ? '\u212a' : k === 2 && ch === 'ß' ? 'ẞ' : ch;
      }
      return next(6) === 0 ? r.slice(next(3)) : r;
    };
    let hits = 0;
    for (let t = 0; t < 30_000; t++) {
      const norm = heads[next(heads.length)]! + mutate(ENDINGS[next(ENDINGS.length)]!) + (next(4) === 0 ? heads[next(heads.length)]! : '');
      const lower = lowerSameLength(norm);
      for (let e = 0; e <= norm.length; e++) {
        // The gate asks only before a blank; a `u` regex would step back from the middle of a pair.
        const midPair = /[\ud800-\udbff]/.test(lower[e - 1] ?? '') && /[\udc00-\udfff]/.test(lower[e] ?? '');
        LOOKBEHIND.lastIndex = e;
        if (!midPair) assert.equal(endingAt(lower, e), LOOKBEHIND.test(lower), `${JSON.stringify(lower)} at ${e}`);
        for (let b = Math.max(0, e - 12); b <= e; b++) {
          const expected = DE_SUFFIX.test(norm.slice(b, e));
          if (expected) hits++;
          assert.equal(germanSuffix(norm, lower, b, e), expected, `${JSON.stringify(norm)} [${b}, ${e})`);
        }
      }
    }
    assert.ok(hits > 10_000);
  });

  it('lower-cases every BMP code unit but the long s to an ending code unit exactly when DE_SUFFIX (iu) matches it to one', () => {
    const units = [...new Set(ENDINGS.join(''))];
    const one = units.map((u) => new RegExp(`^${u === '.' ? '\\.' : u}$`, 'iu'));
    for (let c = 0; c < 0x10000; c++) {
      if (c === 0x17f || (c >= 0xd800 && c <= 0xdfff)) continue;
      const ch = String.fromCharCode(c);
      const l = lowerSameLength(ch);
      for (let k = 0; k < units.length; k++) assert.equal(one[k]!.test(ch), l === units[k], `U+${c.toString(16)} vs ${units[k]}`);
    }
  });

  it('lets through only the Kelvin sign among code units from U+0080 as a last letter, and reads word characters as the regex', () => {
    for (let c = 0x80; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      assert.equal(endsLikeGermanStreet(ch, 1), c === 0x212a, `U+${c.toString(16)}`);
      assert.equal(wordCharAt(ch, 0), WORD_CHAR.test(ch), `U+${c.toString(16)}`);
    }
  });
});
