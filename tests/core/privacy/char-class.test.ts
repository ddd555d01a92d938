import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { charClass, IS_LETTER, IS_LETTER_OR_NUMBER, IS_WORD, letterOrNumberAt } from '../../../core/privacy/char-class.ts';

describe('charClass (table of Unicode classes by code unit)', () => {
  it('gives the same answer as the Unicode regexes for every code unit of the Basic Multilingual Plane', () => {
    const word = /[\p{L}\p{N}\p{M}]/u, letterOrNumber = /[\p{L}\p{N}]/u, letter = /\p{L}/u;
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const v = charClass(c);
      if (((v & IS_WORD) !== 0) !== word.test(ch) || ((v & IS_LETTER_OR_NUMBER) !== 0) !== letterOrNumber.test(ch) || ((v & IS_LETTER) !== 0) !== letter.test(ch)) {
        assert.fail(`code unit U+${c.toString(16)} classified ${v}`);
      }
    }
  });
});

describe('letterOrNumberAt', () => {
  it('reads a surrogate pair as one code point, so a letter outside the Basic Multilingual Plane counts', () => {
    assert.equal(letterOrNumberAt('x𝐀', 1), true);
  });

  it('does not count a lone surrogate, an emoji, a space or a position past the end', () => {
    assert.equal(letterOrNumberAt('\ud835', 0), false);
    assert.equal(letterOrNumberAt('😀', 0), false);
    assert.equal(letterOrNumberAt('a b', 1), false);
    assert.equal(letterOrNumberAt('ab', 2), false);
  });

  it('counts ASCII and accented letters and digits', () => {
    assert.deepEqual([...'aZ9é٣'].map((_, i) => letterOrNumberAt('aZ9é٣', i)), [true, true, true, true, true]);
  });
});
