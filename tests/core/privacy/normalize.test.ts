/**
 * detect() skips normalize() when hasMappedUnit() says it would change nothing, and it asks only when
 * its census (taken on the lower-cased text) saw a no-break space or a code unit from U+0100 up. Both
 * shortcuts must be exact for every code unit.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasMappedUnit, lowerSameLength, normalize } from '../../../core/privacy/normalize.ts';

describe('hasMappedUnit', () => {
  it('is true exactly for the code units normalize() changes', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      assert.equal(hasMappedUnit(ch), normalize(ch) !== ch, `U+${c.toString(16)}`);
      assert.equal(hasMappedUnit(`ab${ch}cd`), normalize(ch) !== ch, `U+${c.toString(16)} inside`);
    }
  });

  it('a unit normalize() maps lower-cases to one it maps, U+00A0 or from U+0100 up (what the census looks for)', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (normalize(ch) === ch) continue;
      for (const lower of [lowerSameLength(ch), lowerSameLength(`A${ch}Σ`)[1]!]) {
        const l = lower.charCodeAt(0);
        assert.ok(l === 0xa0 || l >= 0x100, `U+${c.toString(16)}`);
        assert.ok(hasMappedUnit(lower), `U+${c.toString(16)}`);
      }
    }
  });

  it('answers normalize(s) !== s on mixed text', () => {
    const pool = ['a', 'Z', '1', ' ', '\u00a0', '€', '’', '\u2013', '٣', '１', 'Ａ', '＠', '\u3000', '\ud835', '\udfce', '😀', 'İ', 'é'];
    let x = 7;
    for (let n = 0; n < 2000; n++) {
      let s = '';
      const len = n % 17;
      for (let i = 0; i < len; i++) { x = (Math.imul(x, 1103515245) + 12345) >>> 0; s += pool[(x >>> 8) % pool.length]; }
      assert.equal(hasMappedUnit(s), normalize(s) !== s, JSON.stringify(s));
    }
  });
});
