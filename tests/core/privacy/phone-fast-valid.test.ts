import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getCountries, getCountryCallingCode, getExampleNumber, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import { surelyValid } from '../../../core/privacy/recognizers/phone-fast-valid.ts';

const valid = (number: string, region: string) => parsePhoneNumberFromString(number, region as CountryCode)?.isValid() === true;

describe('PHONE validity asked the cheaper way (phone-fast-valid.ts)', () => {
  it('answers valid GB, US, DE, FR and ES numbers, national and international', () => {
    for (const [number, region] of [
      ['07928428129', 'GB'], ['+447928428129', 'GB'], ['+442037230679', 'DE'], ['2127756929', 'US'], ['+13103648781', 'US'],
      ['015798436152', 'DE'], ['+491783797561', 'FR'], ['0612345678', 'FR'], ['612345678', 'ES'],
    ] as const) {
      assert.equal(surelyValid(number, region), true, `${number} ${region}`);
      assert.equal(valid(number, region), true);
    }
  });

  it('never answers an invalid number (false means: ask the usual way)', () => {
    for (const [number, region] of [['0889607287', 'GB'], ['+441234', 'GB'], ['2391692945', 'US'], ['09014400', 'DE'], ['+0441234567890', 'GB']] as const) {
      assert.equal(surelyValid(number, region), false, `${number} ${region}`);
      assert.equal(valid(number, region), false);
    }
  });

  it('leaves to the usual call what the main plan alone cannot decide: a Canadian area code with region US, a number starting with its calling code or IDD, a region that is not the main country of its code', () => {
    assert.equal(surelyValid('8798495024', 'US'), false);
    assert.equal(valid('8798495024', 'US'), true); // Canada, picked after the US plan
    assert.equal(surelyValid('12127756929', 'US'), false);
    assert.equal(surelyValid('0044207946095', 'GB'), false);
    assert.equal(surelyValid('07624369230', 'IM'), false);
  });

  it('never says valid where the usual call says invalid, on every country\'s example numbers and mutations of them', () => {
    let seed = 1;
    const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
    let answered = 0;
    for (const region of getCountries()) {
      const ex = getExampleNumber(region, examples);
      if (ex === undefined) continue;
      const cc = String(getCountryCallingCode(region));
      for (let k = 0; k < 40; k++) {
        const d: string[] = String(ex.nationalNumber).split('');
        for (let m = rnd(3); m > 0; m--) d[rnd(d.length)] = String(rnd(10));
        const n: string = d.join('');
        const asks: [string, string][] = [['+' + cc + n, region], ['+' + cc + n, 'GB'], ['0' + n, region], [n, region]];
        for (const [number, r] of asks) {
          if (!surelyValid(number, r)) continue;
          answered++;
          assert.equal(valid(number, r), true, `${number} ${r}`);
        }
      }
    }
    assert.ok(answered > 1000, `${answered}`);
  });
});
