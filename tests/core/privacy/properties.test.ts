import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { detect, scrub, ScrubSession } from '../../../core/privacy/index.ts';

const PII = [
  'Sarah Connor', '+44 (0) 7911 123456', '07911 123456', 'jane.doe@example.com', '4111 1111 1111 1111',
  'IMEI 490154203237518', 'DE89 3704 0044 0532 0130 00', 'born on 12/03/1985', '00:1A:2B:3C:4D:5E',
  '82.132.9.1', 'my PIN is 4821', 'SW1A 1AA', 'john dot smith at gmail dot com', 'NINO AB123456C',
];
const FILLER = ['hello', 'my router is down', '£20 for 5GB', 'thanks', 'ticket TCK-123456', '\n', ' ', 'ça marche', '😀', '\u202e', 'é'];
const message = fc.array(fc.oneof(fc.constantFrom(...PII), fc.constantFrom(...FILLER), fc.string({ maxLength: 12 }), fc.string({ unit: "grapheme", maxLength: 8 })), { maxLength: 12 })
  .map((parts) => parts.join(' '));
const locale = fc.constantFrom('en-GB', 'en-US', 'de-DE', 'fr-FR', 'es-ES');

describe('property: offsets and placeholders', () => {
  it('keeps every entity inside the text, ordered and non-overlapping', () => {
    fc.assert(fc.property(message, locale, (text, loc) => {
      const entities = detect(text, { locale: loc });
      let last = 0;
      for (const e of entities) {
        assert.ok(e.start >= last && e.end > e.start && e.end <= text.length);
        last = e.end;
      }
    }), { numRuns: 200 });
  });

  it('slices every detected span back to the value the scrubbed text replaced', () => {
    fc.assert(fc.property(message, locale, (text, loc) => {
      const session = new ScrubSession();
      const { text: out, entities } = session.scrub(text, { locale: loc });
      // Rebuild the original from the scrubbed text and the spans.
      let rebuilt = '';
      let pos = 0;
      let outPos = 0;
      for (const e of entities) {
        const gap = text.slice(pos, e.start);
        assert.equal(out.slice(outPos, outPos + gap.length), gap);
        outPos += gap.length;
        const ph = /^\[[A-Z_]+_\d+\]/.exec(out.slice(outPos))![0];
        assert.equal(session.restore(ph), text.slice(e.start, e.end));
        rebuilt += gap + text.slice(e.start, e.end);
        outPos += ph.length;
        pos = e.end;
      }
      rebuilt += text.slice(pos);
      assert.equal(rebuilt, text);
    }), { numRuns: 200 });
  });

  it('restores the original text from its own scrubbed text', () => {
    fc.assert(fc.property(message, locale, (text, loc) => {
      const session = new ScrubSession();
      const { text: out } = session.scrub(text, { locale: loc });
      if (!/\[[A-Z_]+_\d+\]/.test(text)) assert.equal(session.restore(out), text);
    }), { numRuns: 200 });
  });

  it('finds nothing when detect runs again on scrubbed text built from known PII', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom(...PII), fc.constantFrom(...FILLER)), { maxLength: 10 }), locale, (parts, loc) => {
      const { text: out } = scrub(parts.join(' '), { locale: loc, safePatterns: ['TCK-\\d{6}'] });
      assert.deepEqual(detect(out, { locale: loc, safePatterns: ['TCK-\\d{6}'] }), []);
    }), { numRuns: 200 });
  });
});

describe('ScrubSession', () => {
  it('gives the same value the same placeholder across calls and restores it in a reply', () => {
    const s = new ScrubSession();
    const a = s.scrub('call me on 07911 123456', { locale: 'en-GB' });
    const b = s.scrub('again: 07911 123456 or 07912 345678', { locale: 'en-GB' });
    assert.equal(a.text, 'call me on [PHONE_1]');
    assert.equal(b.text, 'again: [PHONE_1] or [PHONE_2]');
    assert.equal(s.restore('We will call [PHONE_2] today.'), 'We will call 07912 345678 today.');
  });
  it('forgets the value map on clear()', () => {
    const s = new ScrubSession();
    s.scrub('call me on 07911 123456', { locale: 'en-GB' });
    s.clear();
    assert.equal(s.restore('[PHONE_1]'), '[PHONE_1]');
    assert.equal(s.scrub('07912 345678', { locale: 'en-GB' }).text, '[PHONE_1]');
  });
  it('numbers placeholders within a single stateless scrub call', () => {
    assert.equal(scrub('a@b.com and c@d.com and a@b.com').text, '[EMAIL_1] and [EMAIL_2] and [EMAIL_1]');
  });
});
