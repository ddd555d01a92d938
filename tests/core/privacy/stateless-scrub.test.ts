import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { scrub, ScrubSession } from '../../../core/privacy/index.ts';

const PARTS = ['Sarah Connor', '07911 123456', 'jane.doe@example.com', 'my PIN is 4821', 'hello', ' ', '\n', 'Sarah Connor again', '[PHONE_1]', 'é'];

describe('stateless scrub', () => {
  it('gives the same text and entities as a fresh session', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom(...PARTS), fc.string({ maxLength: 8 })), { maxLength: 10 }), (parts) => {
      const text = parts.join(' ');
      assert.deepEqual(scrub(text, { locale: 'en-GB' }), new ScrubSession().scrub(text, { locale: 'en-GB' }));
    }), { numRuns: 200 });
  });

  it('gives a repeated value the same placeholder', () => {
    assert.equal(scrub('call 07911 123456, yes 07911 123456', { locale: 'en-GB' }).text, 'call [PHONE_1], yes [PHONE_1]');
  });

  it('returns text without PII unchanged', () => {
    assert.deepEqual(scrub('my router is down', { locale: 'en-GB' }), { text: 'my router is down', entities: [] });
  });
});
