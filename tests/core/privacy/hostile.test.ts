import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detect, scrub, ENTITY_TYPES } from '../../../core/privacy/index.ts';
import { GROWTH_LIMIT, growthRatio } from './helpers.ts';

function assertOffsets(text: string, locale = 'en-GB') {
  const { text: out, entities } = scrub(text, { locale });
  for (const e of entities) assert.ok(e.start >= 0 && e.end <= text.length && e.start < e.end);
  return { out, entities };
}

describe('hostile input', () => {
  it('exports the 17 entity types, frozen', () => {
    assert.equal(ENTITY_TYPES.length, 17);
    assert.ok(Object.isFrozen(ENTITY_TYPES));
  });
  it('handles empty input', () => {
    assert.deepEqual(scrub(''), { text: '', entities: [] });
  });
  it('handles lone surrogates, control characters, RTL marks and emoji without shifting offsets', () => {
    const prefix = '\ud800\u0000\u0007\u202e\u200f😀👩‍👩‍👧 مرحبا \udc00';
    const text = `${prefix}call 07911 123456 😀 mail a@b.com`;
    const entities = detect(text, { locale: 'en-GB' });
    assert.deepEqual(entities.map((e) => text.slice(e.start, e.end)), ['07911 123456', 'a@b.com']);
  });
  it('the growth measure tells a quadratic scan from a linear one', () => {
    const linear = (text: string) => { let sum = 0; for (let i = 0; i < text.length; i++) sum += text.charCodeAt(i); return sum; };
    // Every 250th character read once per 250 characters: quadratic, and cheap enough to time at 2 MB.
    const quadratic = (text: string) => {
      const k = Math.floor(text.length / 250);
      let sum = 0;
      for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) sum += text.charCodeAt(j * 250);
      return sum;
    };
    assert.ok(growthRatio(linear, 'ab ') < GROWTH_LIMIT);
    assert.ok(growthRatio(quadratic, 'ab ') > GROWTH_LIMIT);
  });
  it('scrubs 1 MB of mixed adversarial text without shifting offsets, in time linear in its length', () => {
    for (const unit of ['1 ', 'a@', '+44 (0) ', 'my name is ', '4111 ']) {
      assertOffsets(unit.repeat(Math.ceil(1_000_000 / unit.length)));
      const ratio = growthRatio((text) => scrub(text, { locale: 'en-GB' }), unit);
      assert.ok(ratio < GROWTH_LIMIT, `${JSON.stringify(unit)}: 2 MB took ${ratio.toFixed(1)}x as long as 250 KB (linear is about 8, quadratic 64)`);
    }
  });
});
