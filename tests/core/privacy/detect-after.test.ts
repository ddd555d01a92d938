import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ScrubSession, scrub } from '../../../core/privacy/index.ts';
import { detect } from '../../../core/privacy/detect.ts';
import { detectAfter, PREVIOUS_CONTEXT_CHARS } from '../../../core/privacy/detect-after.ts';

const GB = { locale: 'en-GB' };

describe('a value split across two messages of a conversation', () => {
  it('replaces the second half of a phone number typed over two messages', () => {
    const session = new ScrubSession();
    assert.equal(session.scrub('my number is 07911', GB).text, 'my number is 07911');
    assert.equal(session.scrub('123456', GB).text, '[PHONE_1]');
  });

  it('replaces a PIN announced in one message and typed in the next', () => {
    const session = new ScrubSession();
    session.scrub('my PIN is', GB);
    assert.equal(session.scrub('4821', GB).text, '[SECRET_1]');
  });

  it('leaves a message that does not continue the previous one as it would be alone', () => {
    const session = new ScrubSession();
    session.scrub('my number is 07911 123456', GB);
    assert.equal(session.scrub('I paid 45 for 2 SIMs', GB).text, 'I paid 45 for 2 SIMs');
  });

  it('shows the same in the preview as the send, without taking a placeholder number', () => {
    const session = new ScrubSession();
    session.scrub('my number is 07911', GB);
    assert.equal(session.preview('123456', GB).text, '[PHONE_1]');
    session.scrub('my email is jane@example.com', GB);
    assert.equal(session.scrub('and 07700 900461 sorry, 07911 123456', GB).text.includes('[PHONE_1]'), true);
  });

  it('forgets the previous message when the session is cleared', () => {
    const session = new ScrubSession();
    session.scrub('my PIN is', GB);
    session.clear();
    assert.equal(session.scrub('4821', GB).text, '4821');
  });

  it('a stateless scrub of the second message alone does not see the first', () => {
    assert.equal(scrub('123456', GB).text, '123456');
  });
});

describe('detectAfter', () => {
  it('never finds less than the message alone, and its offsets slice back into the message', () => {
    const piece = fc.constantFrom('my number is ', '07911', ' 123456', 'PIN is ', '4821', 'Sarah', ' ', '\n', 'é', '😀', 'jane@example.com', 'then ');
    fc.assert(fc.property(fc.array(piece, { maxLength: 8 }), fc.array(piece, { maxLength: 8 }), (a, b) => {
      const previous = a.join(''), text = b.join('');
      const after = detectAfter(previous, text, GB);
      for (const e of after) assert.ok(e.start >= 0 && e.end <= text.length && e.start < e.end);
      const covered = new Set(after.flatMap((e) => Array.from({ length: e.end - e.start }, (_, i) => e.start + i)));
      for (const e of detect(text, GB)) {
        for (let i = e.start; i < e.end; i++) if (/\S/.test(text[i]!)) assert.ok(covered.has(i), `${JSON.stringify(previous)} / ${JSON.stringify(text)}`);
      }
    }), { numRuns: 300 });
  });

  it('looks only at the end of a long previous message', () => {
    const previous = `my number is ${'x'.repeat(PREVIOUS_CONTEXT_CHARS)} 07911`;
    assert.deepEqual(detectAfter(previous, '123456', GB).map((e) => e.type), ['PHONE']);
    assert.deepEqual(detectAfter(`07911${' '.repeat(PREVIOUS_CONTEXT_CHARS)}`, '123456', GB), []);
  });
});
