import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { PhraseIndex, PhraseMatcher } from '../../../core/privacy/phrase-matcher.ts';

const PHRASES = ['pin', 'pin code', 'code', 'my name is', 'name is', 'n° client', 'account #', '£', 'née le', 'né le'];
const matcher = new PhraseMatcher(PHRASES);
const found = (s: string) => matcher.matches(s).map((m) => `${m.index}:${m.phrase}`);

/** The regex alternation the trie replaced, kept here as the reference for its semantics. */
function reference(phrases: readonly string[], s: string): string[] {
  const esc = [...phrases].sort((a, b) => b.length - a.length).map((c) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  const re = new RegExp(`(?:${esc.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const word = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}\p{M}]/u.test(ch);
  const out: string[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    if (m.index > 0 && word(m[0][0]) && word(s[m.index - 1])) { re.lastIndex = m.index + 1; continue; }
    out.push(`${m.index}:${m[0]}`);
  }
  return out;
}

describe('PhraseMatcher (character trie)', () => {
  it('finds the longest phrase at a position and continues after it', () => {
    assert.deepEqual(found('my pin code is 1234'), ['3:pin code']);
  });

  it('does not find a phrase inside a longer word on either side', () => {
    assert.deepEqual(found('spin the pins, codes and a pin.'), ['27:pin']);
  });

  it('finds a phrase that starts with a symbol right after a word character', () => {
    assert.deepEqual(found('costs20£ now'), ['7:£']);
  });

  it('falls back to a shorter phrase when the longer one is followed by a letter', () => {
    assert.deepEqual(found('pin codes'), ['0:pin']);
  });

  it('treats a non-ASCII letter after a phrase as part of the word', () => {
    assert.deepEqual(found('codeé code'), ['6:code']);
  });

  it('returns nothing for empty text', () => {
    assert.deepEqual(found(''), []);
  });

  it('agrees with the regex alternation it replaced on random text', () => {
    const piece = fc.oneof(fc.constantFrom(...PHRASES, ' ', 's', 'é', '😀', '1', '.', 'my', 'is '), fc.string({ maxLength: 4 }));
    fc.assert(fc.property(fc.array(piece, { maxLength: 20 }), (parts) => {
      const s = parts.join('');
      assert.deepEqual(found(s), reference(PHRASES, s));
    }), { numRuns: 500 });
  });
});

describe('PhraseIndex (one scan for several lists)', () => {
  it('gives each list the same matches as a matcher of its own', () => {
    const lists = [['pin', 'pin code', 'code'], ['code', 'my name is', '£'], ['name is', 'n° client', 'née le']];
    const index = new PhraseIndex();
    const shared = lists.map((l) => index.define(l));
    const own = lists.map((l) => new PhraseMatcher(l));
    const piece = fc.oneof(fc.constantFrom(...lists.flat(), ' ', 'é', '1', 'my '), fc.string({ maxLength: 3 }));
    fc.assert(fc.property(fc.array(piece, { maxLength: 16 }), (parts) => {
      const s = parts.join('');
      shared.forEach((list, i) => assert.deepEqual(list.matches(s), own[i]!.matches(s)));
    }), { numRuns: 300 });
  });

  it('finds every phrase of a list large enough to grow its child table many times', () => {
    const words = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}x${(i * 7919).toString(36)}`);
    const list = new PhraseMatcher(words);
    const text = words.join(' ');
    assert.deepEqual(list.matches(text).map((m) => m.phrase), words);
  });

  it('finds phrases that start with a character outside ASCII and outside the Basic Multilingual Plane', () => {
    const list = new PhraseMatcher(['ñandú', '😀 code', 'ü']);
    assert.deepEqual(list.matches('a ñandú, a 😀 code and ü').map((m) => `${m.index}:${m.phrase}`), ['2:ñandú', '11:😀 code', '23:ü']);
  });

  it('keeps matches apart when two lists share a phrase', () => {
    const index = new PhraseIndex();
    const a = index.define(['pin code']);
    const b = index.define(['pin', 'code']);
    assert.deepEqual(a.matches('pin code').map((m) => m.phrase), ['pin code']);
    assert.deepEqual(b.matches('pin code').map((m) => m.phrase), ['pin', 'code']);
  });

  it('hands a valued list the number of each match\'s phrase, in match order', () => {
    const index = new PhraseIndex();
    const plain = index.define(['pin', 'code', 'name']);
    const values = new Map([['pin', 1], ['pin code', 2], ['my name is', 4], ['£', 8]]);
    const valued = index.defineValued(values);
    const piece = fc.oneof(fc.constantFrom('pin', 'pin code', 'code', 'my name is', '£', 'name', ' ', 'é', '1'), fc.string({ maxLength: 3 }));
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
      const s = parts.join('');
      const own = new PhraseMatcher(values.keys()).matches(s);
      assert.deepEqual(valued.matches(s), own);
      plain.matches(s);
      const nums = valued.values(s);
      assert.deepEqual(own.map((m, k) => nums[k]), own.map((m) => values.get(m.phrase)));
    }), { numRuns: 300 });
  });

  it('gives a phrase of two valued lists each list\'s own number', () => {
    const index = new PhraseIndex();
    const a = index.defineValued(new Map([['pin', 1], ['code', 2]]));
    const b = index.defineValued(new Map([['pin', 3], ['pin code', 4]]));
    const s = 'my pin: pin code';
    assert.deepEqual(a.matches(s).map((m, k) => `${m.phrase}=${a.values(s)[k]}`), ['pin=1', 'pin=1', 'code=2']);
    assert.deepEqual(b.matches(s).map((m, k) => `${m.phrase}=${b.values(s)[k]}`), ['pin=3', 'pin code=4']);
  });
});
