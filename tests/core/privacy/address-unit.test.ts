import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DE_SECONDARY, EN_SECONDARY, ES_SECONDARY, FR_SECONDARY } from '../../../core/privacy/data/street-words.ts';
import { DE_FIRST, EN_FIRST, ES_FIRST, FR_FIRST, mayHaveUnit, type UnitStarts } from '../../../core/privacy/recognizers/address-unit.ts';
import { found } from './helpers.ts';

const sticky = (re: RegExp): RegExp => new RegExp(re.source.replace(/(^|\|)\^/g, '$1'), `${re.flags}y`);
const PATTERNS: [RegExp, UnitStarts, boolean][] = [
  [sticky(EN_SECONDARY), EN_FIRST, false], [sticky(FR_SECONDARY), FR_FIRST, false],
  [sticky(DE_SECONDARY), DE_FIRST, false], [sticky(ES_SECONDARY), ES_FIRST, true],
];

describe('secondary-unit pre-check (address-unit.ts)', () => {
  it('never rejects a place where a secondary pattern matches (seeded random texts, every offset)', () => {
    const pieces = [' ', '\t', ',', 'apt', 'Apt.', 'APARTMENT', 'suite', '\u017fte', 'STE.', 'unit', 'flat', 'fl.', '#', '1', '12', '4a', 'er', '\u00e8me', '\u00e9tage',
      '\u00c9TAGE', 'appartement', 'B\u00c2T.', 'zimmer', 'Whg.', 'og', 'stock', '\u00ba', 'a', 'h', 'izda.', 'dcha', 'bajo', '\u00c1tico', 'entlo.', 'x', 'AP', 'Su', 'sT', 'wO', 'Zi', 'aT', 'En', 'bA', '\u00e1', '\u00e2', 'b', 's', 'u', 'w', 'z', 'f', '\u212a', '\ud83d', '.'];
    let seed = 7;
    const next = (n: number) => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 8) % n; };
    let matched = 0;
    for (let t = 0; t < 20_000; t++) {
      let s = '';
      for (let i = 1 + next(6); i > 0; i--) s += pieces[next(pieces.length)];
      for (let end = 0; end <= s.length; end++) {
        for (const [re, first, blankOptional] of PATTERNS) {
          re.lastIndex = end;
          if (!re.test(s)) continue;
          matched++;
          assert.equal(mayHaveUnit(s, end, first, blankOptional), true, `${JSON.stringify(s)} at ${end}: ${re.source}`);
        }
      }
    }
    assert.ok(matched > 1000);
  });

  it('still takes the units into the address', () => {
    assert.deepEqual(found('send it to 221B Baker Street Apt 4 please'), ['ADDRESS:221B Baker Street Apt 4']);
    assert.deepEqual(found('Große Kirchstr. 96c Zimmer 3', { locale: 'de-DE' }), ['ADDRESS:Große Kirchstr. 96c Zimmer 3']);
  });
});
