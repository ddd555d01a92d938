import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getCountries, getExampleNumber, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import { intlCannotBeValid, nationalCannotBeValid } from '../../../core/privacy/recognizers/phone-lengths.ts';
import { regexBounds } from '../../../core/privacy/recognizers/phone-regex-bounds.ts';

const intl = (digits: string) => intlCannotBeValid(digits, 0, digits.length);
const national = (digits: string, region: string) => nationalCannotBeValid(digits, 0, digits.length, region);
const valid = (number: string, region: string) => parsePhoneNumberFromString(number, region as CountryCode)?.isValid() === true;

describe('PHONE length prefilter (phone-lengths.ts)', () => {
  it('rejects "+44 1234" without the library: no UK national number has four digits', () => {
    assert.equal(intl('441234'), true);
    assert.equal(valid('+441234', 'GB'), false);
  });

  it('rejects numbers without a calling code the metadata knows, and "+0"', () => {
    assert.equal(intl('0441234567890'), true);
    assert.equal(intl('999123456789'), true);
  });

  it('lets through a NANP number of ten national digits and rejects one of nine or twelve; eleven only when a trunk "1" cannot start it', () => {
    assert.equal(intl('12025550123'), false);
    assert.equal(intl('1202555012'), true);
    assert.equal(intl('1202555012345'), true);
    assert.equal(intl('120255501234'), true);
    assert.equal(intl('112025550123'), false); // "+1 1 202 555 0123": the library strips the "1"
    assert.equal(valid('+112025550123', 'GB'), true);
  });

  it("lets every country's example number through, international and national, and the library agrees they are valid", () => {
    for (const region of getCountries()) {
      const ex = getExampleNumber(region, examples);
      if (ex === undefined) continue;
      const digits = ex.countryCallingCode + ex.nationalNumber;
      assert.equal(intl(digits), false, `+${digits} (${region})`);
      assert.equal(national(ex.nationalNumber, region), false, `${ex.nationalNumber} in ${region}`);
      assert.equal(valid('+' + digits, region), true);
    }
  });

  it('leaves national numbers whose national prefix a transform rule rewrites to the library (AR, MX, GG)', () => {
    // Argentina: "0 11 15 2345-6789" becomes 9 11 2345 6789 (the rule adds a digit).
    assert.equal(national('0111523456789', 'AR'), false);
    assert.equal(valid('0111523456789', 'AR'), true);
    // Mexico: the calling code typed without "+" is read off by the library.
    assert.equal(national('525512345678', 'MX'), false);
    assert.equal(valid('525512345678', 'MX'), true);
    // Guernsey: a six-digit local number gains "1481" (ten digits).
    assert.equal(national('235678', 'GG'), false);
  });

  it('rejects a US national number of eleven digits unless it starts with the trunk "1"', () => {
    assert.equal(national('22025550123', 'US'), true);
    assert.equal(national('12025550123', 'US'), false);
    assert.equal(valid('12025550123', 'US'), true);
  });

  it('rejects every national number in a region the metadata does not know (the library drops the region)', () => {
    assert.equal(national('02079460958', 'ZZ'), true);
    assert.equal(valid('02079460958', 'ZZ'), false);
  });

  it('never filters a national number an IDD prefix could start (read as international by the library)', () => {
    assert.equal(national('0044207946095', 'GB'), false);
    assert.equal(national('01144207946095', 'US'), false);
  });

  it('filters a national number starting with a digit of the IDD prefix but not with the whole prefix ("00" in GB, DE)', () => {
    assert.equal(national('0889607287', 'GB'), true);
    assert.equal(valid('0889607287', 'GB'), false);
    assert.equal(national('09014400', 'DE'), true);
    assert.equal(valid('09014400', 'DE'), false);
    assert.equal(national('07928428129', 'GB'), false);
    assert.equal(national('0049307946095', 'DE'), false);
  });
});

describe('regex bounds of metadata patterns (phone-regex-bounds.ts)', () => {
  it('bounds lengths and first digits of the subset the metadata uses', () => {
    assert.deepEqual(regexBounds('0'), { min: 1, max: 1, first: 1 });
    assert.deepEqual(regexBounds('([457]\\d{6})$|1'), { min: 1, max: 7, first: (1 << 4) | (1 << 5) | (1 << 7) | (1 << 1) });
    assert.deepEqual(regexBounds('0(8(?:[1-46-8]|5\\d\\d))?'), { min: 1, max: 5, first: 1 });
    assert.deepEqual(regexBounds('(?:0|90)(?:(1[245])(\\d{10,11}))?'), { min: 1, max: 15, first: 1 | (1 << 9) });
  });

  it('gives up (undefined) on syntax outside the subset, so callers assume anything', () => {
    for (const s of ['0*', '\\d+', '0{2,}', '[^0]', '(?=0)', 'a']) assert.equal(regexBounds(s), undefined, s);
  });
});
