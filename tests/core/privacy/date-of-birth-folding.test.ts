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
});
