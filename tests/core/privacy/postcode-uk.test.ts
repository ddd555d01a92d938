import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { found } from './helpers.ts';

describe('UK postcode pre-checks (postcode.ts nextUk)', () => {
  it('finds codes whatever follows them when no letter or number does', () => {
    assert.deepEqual(found('ship to SW1A 1AA please'), ['POSTCODE:SW1A 1AA']);
    assert.deepEqual(found('ship to SW1A 1AA.'), ['POSTCODE:SW1A 1AA']);
    assert.deepEqual(found('ship to m1 1ae'), ['POSTCODE:m1 1ae']);
  });

  it('skips an inward code followed by a letter or number, and an outward code glued to a word', () => {
    assert.deepEqual(found('ship to SW1A 1AAB please'), []);
    assert.deepEqual(found('ship to SW1A 1AA\u00e9 please'), []);
    assert.deepEqual(found('ship to XSW1A 1AA please'), []);
  });
});
