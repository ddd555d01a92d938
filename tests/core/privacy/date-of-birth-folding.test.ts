import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { found } from './helpers.ts';

const GB = { locale: 'en-GB' };

describe('date-of-birth month names and case folding', () => {
  it('reads a month name written with a long s ("Auguſt") as the month, as case-insensitive matching does', () => {
    assert.deepEqual(found('I was born on 5 Auguſt 1980', GB), ['DATE_OF_BIRTH:5 Auguſt 1980']);
  });

  it('reads a month name typed in capitals', () => {
    assert.deepEqual(found('I was born on 5 AUGUST 1980', GB), ['DATE_OF_BIRTH:5 AUGUST 1980']);
  });

  it('reads a month name after a combining mark the same way as the regex does', () => {
    assert.deepEqual(found('cafe\u0301 born on 5 march 1980', GB), ['DATE_OF_BIRTH:5 march 1980']);
  });

  it('finds numeric dates in a text without any month name, and not a month name glued to a word', () => {
    assert.deepEqual(found('born on 12/03/1985, outage since 12/03/2025', GB), ['DATE_OF_BIRTH:12/03/1985']);
    assert.deepEqual(found('dob xmarch 5, 1980', GB), []);
  });
});
