import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detect, scrub, ScrubError, ScrubSession, type Recognizer } from '../../../core/privacy/index.ts';

const throwing: Recognizer = { name: 'boom', find() { throw new Error('kaboom'); } };
const ok: Recognizer = { name: 'ok', find: (input) => (input.text.includes('secret') ? [{ type: 'SECRET', start: 0, end: 6, score: 0.9 }] : []) };
const bogus: Recognizer = { name: 'bogus', find: () => [{ type: 'NOPE' as 'SECRET', start: 0, end: 99, score: 1 }] };

describe('fail closed', () => {
  it('throws ScrubError and returns nothing when any recognizer throws', () => {
    let result: unknown;
    assert.throws(() => { result = scrub('secret 07911 123456', { recognizers: [ok, throwing] }); }, (e: unknown) => e instanceof ScrubError && e.name === 'ScrubError' && /boom/.test(e.message));
    assert.equal(result, undefined);
  });
  it('throws ScrubError from detect and from a session without changing its map', () => {
    const s = new ScrubSession();
    assert.throws(() => detect('x', { recognizers: [throwing] }), ScrubError);
    assert.throws(() => s.scrub('secret', { recognizers: [ok, throwing] }), ScrubError);
    assert.equal(s.restore('[SECRET_1]'), '[SECRET_1]');
  });
  it('rejects a recognizer that returns an invalid entity', () => {
    assert.throws(() => scrub('abc', { recognizers: [bogus] }), ScrubError);
  });
  it('rejects an invalid safe pattern and an invalid locale instead of guessing', () => {
    assert.throws(() => scrub('abc', { safePatterns: ['('] }), ScrubError);
    assert.throws(() => scrub('abc', { locale: 'not a locale!' }), ScrubError);
  });
  it('rejects non-string input', () => {
    assert.throws(() => scrub(null as unknown as string), ScrubError);
  });
});
