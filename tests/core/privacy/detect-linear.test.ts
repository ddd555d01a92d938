/**
 * Behaviour of the parts of detect() rewritten to stay linear on hostile input: overlap resolution
 * (resolve) and the placeholder-hole and safe-pattern checks. Timing is not tested here (see the
 * adversarial table of bench/pii/bench-pii.ts); these pin down WHAT survives, including with enough
 * candidates, in reverse order, to take resolve's large-input path.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { detect } from '../../../core/privacy/detect.ts';
import { resolve } from '../../../core/privacy/resolve.ts';
import type { DetectedEntity, EntityType, Recognizer } from '../../../core/privacy/types.ts';

type Cand = [EntityType, number, number, number];

const ents = (cands: readonly Cand[]): DetectedEntity[] => cands.map(([type, start, end, score]) => ({ type, start, end, score }));
const show = (text: string, es: readonly DetectedEntity[]) => es.map((e) => `${e.type}:${text.slice(e.start, e.end)}`);

/** Crafted overlapping sets and their survivors. */
const CASES: { name: string; text: string; cands: Cand[]; want: string[] }[] = [
  {
    name: 'a stronger entity wins; the weaker keeps the part sticking out, without the separator',
    text: 'Sarah Connor AB123456C',
    cands: [['PERSON', 0, 15, 0.6], ['GOV_ID', 13, 22, 0.9]],
    want: ['PERSON:Sarah Connor', 'GOV_ID:AB123456C'],
  },
  {
    name: 'a weaker entity around a stronger one keeps both sides',
    text: 'ref 12345678 ok',
    cands: [['SECRET', 0, 15, 0.6], ['ACCOUNT_NUMBER', 4, 12, 0.9]],
    want: ['SECRET:ref', 'ACCOUNT_NUMBER:12345678', 'SECRET:ok'],
  },
  {
    name: 'sides shorter than two characters or without a letter or digit are dropped',
    text: 'x 12345678 -- ',
    cands: [['SECRET', 0, 14, 0.6], ['ACCOUNT_NUMBER', 2, 10, 0.9]],
    want: ['ACCOUNT_NUMBER:12345678'],
  },
  {
    name: 'equal scores: the earlier of two equally long spans wins, the later keeps its tail',
    text: 'abcdef',
    cands: [['SECRET', 2, 6, 0.8], ['PERSON', 0, 4, 0.8]],
    want: ['PERSON:abcd', 'SECRET:ef'],
  },
  {
    name: 'equal scores: the longer span wins',
    text: 'abcdef',
    cands: [['PERSON', 0, 3, 0.8], ['SECRET', 1, 6, 0.8]],
    want: ['SECRET:bcdef'],
  },
  {
    name: 'a weaker span over several stronger ones keeps its two ends, not the gaps between them',
    text: 'aa bb cc dd',
    cands: [['ADDRESS', 0, 11, 0.5], ['PHONE', 3, 5, 0.9], ['EMAIL', 6, 8, 0.9]],
    want: ['ADDRESS:aa', 'PHONE:bb', 'EMAIL:cc', 'ADDRESS:dd'],
  },
  {
    name: 'touching spans both survive; a duplicate does not',
    text: 'abcdef',
    cands: [['PHONE', 3, 6, 0.9], ['EMAIL', 0, 3, 0.9], ['URL', 0, 3, 0.7]],
    want: ['EMAIL:abc', 'PHONE:def'],
  },
];

describe('resolve()', () => {
  for (const c of CASES) {
    it(c.name, () => {
      assert.deepEqual(show(c.text, resolve(ents(c.cands), c.text)), c.want);
      assert.deepEqual(show(c.text, resolve(ents(c.cands).reverse(), c.text)), c.want, 'in reverse order');
    });
  }

  it('gives the same survivors with many candidates arriving in reverse start order', () => {
    // Each crafted case repeated 30 times, far apart: well over the few-candidates path, and the
    // strongest candidates come last in text order.
    let text = '';
    const cands: DetectedEntity[] = [];
    const want: string[] = [];
    for (let r = 0; r < 30; r++) {
      for (const c of CASES) {
        const offset = text.length;
        text += `${c.text} | `;
        for (const [type, start, end, score] of c.cands) cands.push({ type, start: start + offset, end: end + offset, score: Math.min(1, score + r / 1000) });
        want.push(...c.want);
      }
    }
    cands.sort((x, y) => y.start - x.start);
    assert.ok(cands.length > 300);
    assert.deepEqual(show(text, resolve(cands, text)), want);
  });

  it('keeps non-overlapping survivors sorted by start, the same for each far-apart copy of a set, however many copies', () => {
    const cand = fc.record({ start: fc.nat(40), len: fc.integer({ min: 1, max: 15 }), score: fc.constantFrom(0.5, 0.6, 0.9, 1), type: fc.constantFrom<EntityType>('PHONE', 'EMAIL', 'PERSON') });
    fc.assert(fc.property(fc.array(cand, { minLength: 2, maxLength: 12 }), fc.integer({ min: 1, max: 20 }), (raw, copies) => {
      const block = 'ab1, cd2 (ef3) gh-4; ij5. kl6 mn7 op8 qr9 st0 uv1 wx2 yz3 ';
      const one = raw.map((r) => ({ type: r.type, start: r.start, end: Math.min(block.length - 3, r.start + r.len), score: r.score })).filter((e) => e.start < e.end);
      if (one.length < 2) return;
      const single = resolve(one.map((e) => ({ ...e })), block);
      for (let i = 1; i < single.length; i++) assert.ok(single[i - 1]!.end <= single[i]!.start);
      // The copies' candidates come last copy first (the ones of a copy in their order: candidates
      // with the same score, length and start keep the order they came in).
      const text = block.repeat(copies);
      const many: DetectedEntity[] = [];
      for (let k = copies - 1; k >= 0; k--) {
        for (const e of one) many.push({ ...e, start: e.start + k * block.length, end: e.end + k * block.length });
      }
      const all = resolve(many, text);
      const expected = Array.from({ length: copies }, (_, k) => single.map((e) => ({ ...e, start: e.start + k * block.length, end: e.end + k * block.length }))).flat();
      assert.deepEqual(all, expected);
    }), { numRuns: 300 });
  });
});

/** A recognizer that finds exactly the given spans, so only detect()'s own filtering decides. */
function fixed(spans: readonly [number, number][]): Recognizer[] {
  return [{ name: 'fixed', find: () => spans.map(([start, end]) => ({ type: 'SECRET' as const, start, end, score: 0.9 })) }];
}
const kept = (text: string, spans: [number, number][], safePatterns?: string[]) =>
  detect(text, { recognizers: fixed(spans), safePatterns }).map((e) => [e.start, e.end]);

describe('placeholder holes and safe patterns', () => {
  it('ends on a safe pattern that matches the empty string in a text with emoji', { timeout: 10_000 }, () => {
    // Stepping one code unit after an empty match landed inside the surrogate pair, and the u flag put
    // the search back at the pair's start: the call never returned.
    const text = 'ab 😀 cd 😀';
    assert.deepEqual(kept(text, [[0, 2], [9, 11]], ['x*', '']), [[0, 2], [9, 11]]);
    assert.deepEqual(kept(text, [[0, 2], [6, 8]], ['cd|x*']), [[0, 2]]);
  });

  it('drops candidates overlapping a placeholder, keeps those touching one', () => {
    const text = '[EMAIL_1] a@b.co [PHONE_2]x';
    // Placeholders at [0, 9) and [17, 26).
    assert.deepEqual(kept(text, [[0, 9]]), []);
    assert.deepEqual(kept(text, [[8, 12]]), []);
    assert.deepEqual(kept(text, [[25, 27]]), []);
    assert.deepEqual(kept(text, [[10, 27]]), []);
    assert.deepEqual(kept(text, [[9, 16]]), [[9, 16]]);
    assert.deepEqual(kept(text, [[16, 17]]), [[16, 17]]);
    assert.deepEqual(kept(text, [[26, 27]]), [[26, 27]]);
  });

  it('finds the values between many placeholders and nothing inside them', () => {
    const text = '[EMAIL_1] a@b.co '.repeat(2000);
    const found = detect(text, { locale: 'en-GB' });
    assert.equal(found.length, 2000);
    for (const e of found) assert.equal(`${e.type}:${text.slice(e.start, e.end)}`, 'EMAIL:a@b.co');
  });

  it('drops a candidate inside one safe match, not one covered only by several together', () => {
    const text = 'order 12345 ref';
    const safe = ['12345', '345 r', 'ord'];
    assert.deepEqual(kept(text, [[6, 11]], safe), []);
    assert.deepEqual(kept(text, [[8, 13]], safe), []);
    assert.deepEqual(kept(text, [[0, 2]], safe), []);
    assert.deepEqual(kept(text, [[6, 13]], safe), [[6, 13]]);
    assert.deepEqual(kept(text, [[2, 7]], safe), [[2, 7]]);
    assert.deepEqual(kept(text, [[12, 15]], safe), [[12, 15]]);
  });

  it('looks at every safe match starting before a candidate, not just the nearest (patterns overlap and interleave)', () => {
    // "x" plus twenty characters is one long safe match; "y" matches inside it, later.
    const text = 'x0123456789y123456789 tail';
    const safe = ['y', 'x.{20}'];
    assert.deepEqual(kept(text, [[12, 16]], safe), []);
    assert.deepEqual(kept(text, [[11, 12]], safe), []);
    assert.deepEqual(kept(text, [[19, 23]], safe), [[19, 23]]);
  });

  it('applies both checks to many candidates', () => {
    const unit = 'ab [PHONE_1] cd ';
    const text = unit.repeat(500);
    const spans: [number, number][] = [];
    for (let k = 0; k < 500; k++) {
      const o = k * unit.length;
      spans.push([o, o + 2], [o + 2, o + 4], [o + 13, o + 15]);
    }
    // "ab" is safe, " [" overlaps a placeholder, "cd" stays.
    assert.deepEqual(kept(text, spans, ['ab']), Array.from({ length: 500 }, (_, k) => [k * unit.length + 13, k * unit.length + 15]));
  });
});
