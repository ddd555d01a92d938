import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getCountries, getExampleNumber, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import { startCannotBeValid } from '../../../core/privacy/recognizers/phone-prefixes.ts';
import { intlCannotBeValid, nationalCannotBeValid } from '../../../core/privacy/recognizers/phone-lengths.ts';

const starts = (code: number, n: string) => startCannotBeValid(code, n, 0, n.length);
const valid = (number: string, region: string) => parsePhoneNumberFromString(number, region as CountryCode)?.isValid() === true;

describe('PHONE start prefilter (phone-prefixes.ts)', () => {
  it('rejects a US national number whose area code or exchange no NANP plan has, and the library agrees', () => {
    assert.equal(starts(1, '2112332006'), true); // no 211 area code (an IP address read as a number)
    assert.equal(valid('2112332006', 'US'), false);
    assert.equal(starts(1, '2391692945'), true); // exchange 169: NANP exchanges start with 2-9
    assert.equal(valid('2391692945', 'US'), false);
    assert.equal(nationalCannotBeValid('2391692945', 0, 10, 'US'), true);
    assert.equal(nationalCannotBeValid('18020716192', 0, 11, 'US'), true); // trunk "1" stripped: 802 071...
    assert.equal(valid('18020716192', 'US'), false);
  });

  it('lets valid numbers through', () => {
    assert.equal(starts(1, '2025550123'), false);
    assert.equal(nationalCannotBeValid('2025550123', 0, 10, 'US'), false);
    assert.equal(intlCannotBeValid('12025550123', 0, 11), false);
    assert.equal(nationalCannotBeValid('02079460958', 0, 11, 'GB'), false);
  });

  it('never rejects an example number of any region (international, national, or with its calling code typed without "+")', () => {
    for (const region of getCountries()) {
      const ex = getExampleNumber(region, examples);
      if (ex === undefined) continue;
      assert.equal(starts(Number(ex.countryCallingCode), ex.nationalNumber), false, `${ex.nationalNumber} (${region})`);
      const digits = ex.countryCallingCode + ex.nationalNumber;
      assert.equal(intlCannotBeValid(digits, 0, digits.length), false, `+${digits}`);
      assert.equal(nationalCannotBeValid(ex.nationalNumber, 0, ex.nationalNumber.length, region), false);
    }
  });

  it('asks the library about numbers too short for a start (fewer than three digits)', () => {
    assert.equal(starts(1, '21'), false);
  });
});
