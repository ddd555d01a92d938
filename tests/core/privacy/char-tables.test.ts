/**
 * The engine replaced per-character Unicode regexes with table lookups and hand-written scans for
 * speed. Each must give the answers of the regex it replaced: these tests hold them to it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classAt, LETTER, LL, LU, MARK, NUMBER, wordEndAt } from '../../../core/privacy/recognizers/person-chars.ts';
import { letterOrNumberBefore } from '../../../core/privacy/recognizers/letter-or-number-before.ts';

const CLASSES: readonly [number, RegExp][] = [[LU, /^\p{Lu}$/u], [LL, /^\p{Ll}$/u], [LETTER, /^\p{L}$/u], [MARK, /^\p{M}$/u], [NUMBER, /^\p{N}$/u]];

function expectedClass(ch: string): number {
  let v = 0;
  for (const [bit, re] of CLASSES) if (re.test(ch)) v |= bit;
  return v;
}

/** A seeded stream of code points mixing ASCII, Latin-1, other scripts, marks, astral letters, emoji and lone surrogates. */
function randomText(seed: number, length: number): string {
  const pool = ['a', 'Z', 'é', 'É', 'ß', 'İ', 'ı', '’', "'", '-', '_', ' ', '.', '1', '٣', '\u0301', '\u05d0', 'Ж', '𝐀', '𝑎', '😀', '\ud835', '\udc00', 'ǅ', 'ſ', '\n'];
  let x = seed;
  let s = '';
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    s += pool[(x >>> 8) % pool.length];
  }
  return s;
}

describe('person-chars classAt', () => {
  it('gives every code unit of the Basic Multilingual Plane the classes of the \\p{Lu}, \\p{Ll}, \\p{L}, \\p{M} and \\p{N} regexes', () => {
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      const got = classAt(ch, 0, 1) & (LU | LL | LETTER | MARK | NUMBER);
      if (got !== expectedClass(ch)) assert.fail(`U+${c.toString(16)}: ${got} instead of ${expectedClass(ch)}`);
    }
  });

  it('reads a surrogate pair as one code point and a lone surrogate as no class', () => {
    assert.equal(classAt('𝐀', 0, 2) & (LU | LETTER), LU | LETTER);
    assert.equal(classAt('\ud835x', 0, 2) & (LU | LL | LETTER | MARK | NUMBER), 0);
    assert.equal(classAt('𝐀', 0, 1) & LETTER, 0, 'a pair cut by the limit is a lone surrogate');
  });

  it('keeps answering correctly after more distinct supplementary code points than its cache holds', () => {
    for (let cp = 0x20000; cp < 0x20000 + 5000; cp++) classAt(String.fromCodePoint(cp), 0, 2);
    assert.equal(classAt('𝑎', 0, 2) & (LL | LETTER), LL | LETTER);
    assert.equal(classAt('😀', 0, 2) & LETTER, 0);
  });
});

describe('person-chars wordEndAt', () => {
  const WORD_AT = /^[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*(?![\p{L}\p{M}\p{N}_'’-])/u;

  it('ends a word where the regex it replaced ends it, on 20,000 random texts at every offset', () => {
    for (let seed = 1; seed <= 20_000; seed++) {
      const s = randomText(seed, 12);
      for (let k = 0; k < s.length; k++) {
        const m = WORD_AT.exec(s.slice(k, k + 40));
        const expected = m ? k + m[0].length : -1;
        if (wordEndAt(s, k) !== expected) assert.fail(`${JSON.stringify(s)} at ${k}: ${wordEndAt(s, k)} instead of ${expected}`);
      }
    }
  });
});

describe('letterOrNumberBefore', () => {
  const NOT_AFTER_LETTER_OR_NUMBER = /(?<![\p{L}\p{N}])/uy;

  it('answers as the lookbehind (?<![\\p{L}\\p{N}]) of a u-flag regex would, on 20,000 random texts at every offset', () => {
    for (let seed = 1; seed <= 20_000; seed++) {
      const s = randomText(seed, 10);
      for (let k = 0; k <= s.length; k++) {
        NOT_AFTER_LETTER_OR_NUMBER.lastIndex = k;
        const free = NOT_AFTER_LETTER_OR_NUMBER.test(s);
        if (letterOrNumberBefore(s, k) === free) assert.fail(`${JSON.stringify(s)} at ${k}: lookbehind says ${free ? 'free' : 'blocked'}`);
      }
    }
  });
});
