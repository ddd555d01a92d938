import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detect } from '../../../core/privacy/index.ts';

const phones = (text: string, locale = 'en-GB') => detect(text, { locale }).filter((e) => e.type === 'PHONE').map((e) => text.slice(e.start, e.end));

describe('PHONE and calling codes', () => {
  it('finds a satellite phone number under a non-geographic calling code (+881)', () => {
    assert.deepEqual(phones('my satellite phone is +881340578533'), ['+881340578533']);
  });

  it('finds an international number under a three-digit country calling code (+353, Ireland)', () => {
    assert.deepEqual(phones('my Irish mobile is +353 85 123 4567'), ['+353 85 123 4567']);
  });

  it('does not take digits after "+0" for a phone number: no calling code starts with 0', () => {
    assert.deepEqual(phones('the code was +0 7911 123456 on the form'), []);
  });
});
