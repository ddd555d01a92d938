import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detect, scrub, ENTITY_TYPES } from '../../../core/privacy/index.ts';

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
  it('scrubs 1 MB of mixed adversarial text in well under a second per shape', () => {
    const shapes = ['1 ', 'a@', '+44 (0) ', 'my name is ', '4111 '];
    for (const unit of shapes) {
      const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
      const t0 = performance.now();
      assertOffsets(text);
      const ms = performance.now() - t0;
      assert.ok(ms < 1500, `${JSON.stringify(unit)} x 1 MB took ${ms.toFixed(0)} ms`);
    }
  });
});
