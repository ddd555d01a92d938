/**
 * The capital scan of the PERSON recognizer (person-capitals.ts) passes over some ranges of code
 * units, and its word tables (person-table.ts) read words in place: both must answer exactly as the
 * plain forms they replace.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nextCapitalAt, PASSED_OVER } from '../../../core/privacy/recognizers/person-capitals.ts';
import { classAt, LU } from '../../../core/privacy/recognizers/person-chars.ts';
import { WordTable } from '../../../core/privacy/recognizers/person-table.ts';

/** The former scan: every code unit from U+0100 on stopped it. */
function referenceNextCapitalAt(s: string, from: number): number {
  const stop = /[A-Z](?=[a-z'\u0080-\uffff])|[\u00c0-\u00de\u0100-\uffff]/g;
  stop.lastIndex = from;
  while (stop.test(s)) {
    const i = stop.lastIndex - 1;
    if (s.charCodeAt(i) <= 90 || (classAt(s, i, s.length) & LU) !== 0) return i;
  }
  return -1;
}

function random(seed: number): (n: number) => number {
  let x = seed;
  return (n) => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return (x >>> 8) % n;
  };
}

describe('PERSON capital scan', () => {
  it('passes over no code unit that can start a \\p{Lu} code point', () => {
    for (const [a, b] of PASSED_OVER) {
      for (let u = a; u <= b; u++) {
        // A low surrogate starts no code point; every other unit there is a BMP code point of its own.
        if (u >= 0xdc00 && u <= 0xdfff) continue;
        assert.equal(/^\p{Lu}$/u.test(String.fromCharCode(u)), false, `U+${u.toString(16)}`);
      }
    }
  });

  it('stops where the former scan returned a capital, on random text', () => {
    const rnd = random(7);
    const units = ['a', 'A', 'Z', 'z', ' ', "'", '’', '€', '–', '\u2070', '\u20d0', 'É', 'é', '×', 'Ā', 'ā', '\ud835\udc00', '\ud83d\ude00', '\udc00', '\ud800', '\ue000', '\uf900', 'Ω', 'K', '1'];
    for (let t = 0; t < 3000; t++) {
      let s = '';
      const n = rnd(30);
      for (let k = 0; k < n; k++) s += units[rnd(units.length)];
      for (let from = 0; from <= s.length; from++) assert.equal(nextCapitalAt(s, from), referenceNextCapitalAt(s, from), JSON.stringify([s, from]));
    }
  });
});

describe('PERSON word table', () => {
  it('answers map.get(slice.toLowerCase()) for ASCII and non-ASCII words', () => {
    const map = new Map<string, number>([['sarah', 1], ['o\'brien', 2], ['françois', 3], ['i̇stanbul', 4], ['', 5], ['Caps', 6], ['k', 7], ['the', 8]]);
    const table = new WordTable(map);
    const text = "Sarah SARAH sarah O'Brien FRANÇOIS François İstanbul  Caps caps K \u212a THE the them th";
    for (let a = 0; a <= text.length; a++) {
      for (let b = a; b <= text.length && b <= a + 12; b++) {
        assert.equal(table.get(text, a, b), map.get(text.slice(a, b).toLowerCase()) ?? 0, JSON.stringify(text.slice(a, b)));
      }
    }
  });
});
