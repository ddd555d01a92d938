import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { found } from './helpers.ts';

const GB = { locale: 'en-GB' };

describe('IPv6 candidates are whole runs of hex digits and colons', () => {
  it('does not take part of a longer run of hex digits and colons', () => {
    assert.deepEqual(found('id fe80::1:abcd:abcd:abcd:abcd:abcd:abcd:abcd:ab', GB), []);
  });

  it('finds a compressed address right after a colon-free hex word', () => {
    assert.deepEqual(found('cafe fe80::1ff:fe23:4567:890a ok', GB), ['IP_ADDRESS:fe80::1ff:fe23:4567:890a']);
  });

  it('does not take a clock time for an address', () => {
    assert.deepEqual(found('call me at 10:30:15 tomorrow', GB), []);
  });
});
