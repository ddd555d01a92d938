import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { found, typesOf } from './helpers.ts';

const GB = { locale: 'en-GB' };
const US = { locale: 'en-US' };

describe('phone recognizer', () => {
  it('finds a UK mobile written with +44 (0) and spaces', () => {
    assert.deepEqual(found('call me on +44 (0) 7911 123456 please', GB), ['PHONE:+44 (0) 7911 123456']);
  });
  it('finds national, dotted, dashed and unseparated formats', () => {
    assert.deepEqual(found('07911 123456, 07911-123-456, 07911.123.456, 07911123456', GB).length, 4);
  });
  it('finds a US number in brackets with the en-US locale', () => {
    assert.deepEqual(found('my cell is (212) 736-5000', US), ['PHONE:(212) 736-5000']);
  });
  it('finds a Spanish mobile with the es-ES locale, which Presidio misses', () => {
    assert.deepEqual(found('mi móvil es 612 345 678', { locale: 'es-ES' }), ['PHONE:612 345 678']);
  });
  it('finds a French and a German number in their locales', () => {
    assert.deepEqual(found('mon numéro: 06 12 34 56 78', { locale: 'fr-FR' }), ['PHONE:06 12 34 56 78']);
    assert.deepEqual(found('Handy 0151 23456789', { locale: 'de-DE' }), ['PHONE:0151 23456789']);
  });
  it('joins a number split across "then"', () => {
    assert.deepEqual(found('call 07911 123 then 456', GB), ['PHONE:07911 123 then 456']);
  });
  it('joins a number split across a line break', () => {
    assert.deepEqual(found('my number is 07911\n123456', GB), ['PHONE:07911\n123456']);
  });
  it('reads full-width digits without shifting offsets', () => {
    assert.deepEqual(found('tel ０７９１１ １２３４５６', GB), ['PHONE:０７９１１ １２３４５６']);
  });
  it('reads Arabic-Indic digits', () => {
    assert.deepEqual(typesOf('رقمي ٠٧٩١١١٢٣٤٥٦', GB), ['PHONE']);
  });
  it('ignores prices, data sizes, times, dates and plan names', () => {
    assert.deepEqual(found('Unlimited 5G Plus is £20 for 5GB, outage 03/11/2025 at 14:30, iPhone 15 Pro, 3 SIMs', GB), []);
  });
  it('does not take an order number for a phone', () => {
    assert.deepEqual(found('order 612345678 arrived', { locale: 'es-ES' }), []);
  });
});

describe('card, IMEI, ICCID and IMSI recognizers', () => {
  it('takes a 20-digit number after "sim card" whole as an ICCID, even with a bad check digit', () => {
    assert.deepEqual(found('sim card 8944 1234 5678 9012 3456', GB), ['ICCID:8944 1234 5678 9012 3456']);
  });
  it('finds a Luhn-valid card in groups', () => {
    assert.deepEqual(found('card 4111 1111 1111 1111 exp 12/27', GB), ['CREDIT_CARD:4111 1111 1111 1111']);
  });
  it('rejects a card with an invalid checksum', () => {
    assert.deepEqual(typesOf('card 4111 1111 1111 1112', GB).includes('CREDIT_CARD'), false);
  });
  it('labels a 15-digit Luhn number after "IMEI" as IMEI, not a card', () => {
    assert.deepEqual(found('IMEI 490154203237518', GB), ['IMEI:490154203237518']);
  });
  it('finds an IMEI typed in the 2-6-6-1 grouping', () => {
    assert.deepEqual(found('imei is 49-015420-323751-8', GB), ['IMEI:49-015420-323751-8']);
  });
  it('rejects an IMEI with an invalid check digit', () => {
    assert.deepEqual(typesOf('IMEI 490154203237519', GB).includes('IMEI'), false);
  });
  it('labels an ICCID (89..., Luhn) as ICCID, not a card', () => {
    assert.deepEqual(found('SIM number 8944110012345678901', GB), ['ICCID:8944110012345678901']);
  });
  it('rejects an ICCID with a bad checksum and no cue', () => {
    assert.deepEqual(typesOf('ref 8944110012345678902', GB), []);
  });
  it('labels a number with a real MCC after "IMSI" as IMSI even though it has IMEI shape', () => {
    assert.deepEqual(found('IMSI: 234150999999999', GB), ['IMSI:234150999999999']);
  });
  it('keeps IMEI and IMSI apart in one message by the nearest cue', () => {
    assert.deepEqual(typesOf('IMEI 490154203237518 and IMSI 310150123456789', GB), ['IMEI', 'IMSI']);
  });
});

describe('IBAN, MAC and IP recognizers', () => {
  it('finds a grouped IBAN and rejects a bad mod-97', () => {
    assert.deepEqual(found('IBAN DE89 3704 0044 0532 0130 00', GB), ['IBAN:DE89 3704 0044 0532 0130 00']);
    assert.deepEqual(typesOf('IBAN DE89 3704 0044 0532 0130 01', GB).includes('IBAN'), false);
  });
  it('finds a lower-case IBAN', () => {
    assert.deepEqual(found('gb82west12345698765432', GB), ['IBAN:gb82west12345698765432']);
  });
  it('finds MAC addresses in colon and dotted forms', () => {
    assert.deepEqual(found('router 00:1A:2B:3C:4D:5E and 001a.2b3c.4d5e', GB), ['MAC_ADDRESS:00:1A:2B:3C:4D:5E', 'MAC_ADDRESS:001a.2b3c.4d5e']);
  });
  it('finds IPv4 and IPv6 but not versions or times', () => {
    assert.deepEqual(found('ip 82.132.9.1 and 2001:db8::8a2e:370:7334', GB), ['IP_ADDRESS:82.132.9.1', 'IP_ADDRESS:2001:db8::8a2e:370:7334']);
    assert.deepEqual(found('version 2.3.1 at 10:30:45', GB), []);
  });
});

describe('email and URL recognizers', () => {
  it('finds plain and Unicode emails', () => {
    assert.deepEqual(found('mail françois.dupont@orange.fr now', GB), ['EMAIL:françois.dupont@orange.fr']);
  });
  it('finds emails with "at" and "dot" spelled out', () => {
    assert.deepEqual(found('its john dot smith at gmail dot com', GB), ['EMAIL:john dot smith at gmail dot com']);
    assert.deepEqual(found('schreib an max(at)web(dot)de', GB), ['EMAIL:max(at)web(dot)de']);
  });
  it('does not read ordinary "at" as an email', () => {
    assert.deepEqual(found('I am at home at 5 pm', GB), []);
  });
  it('flags URLs only when they carry personal data', () => {
    assert.deepEqual(typesOf('see https://clearline.example/plans/unlimited', GB), []);
    assert.deepEqual(typesOf('link https://x.example/reset?token=abc123def456ghi789jkl', GB), ['URL']);
  });
});

describe('person recognizer', () => {
  it('finds a name after "my name is"', () => {
    assert.deepEqual(found('Hi, my name is Sarah Connor.', GB), ['PERSON:Sarah Connor']);
  });
  it('covers "françois" entirely, lower case, after "je m\'appelle"', () => {
    assert.deepEqual(found("je m'appelle françois", { locale: 'fr-FR' }), ['PERSON:françois']);
  });
  it('does not take "roaming" or "mayo" for names', () => {
    assert.deepEqual(found('roaming in mayo is expensive', GB), []);
    assert.deepEqual(found('el roaming en mayo', { locale: 'es-ES' }), []);
  });
  it('finds sign-off names and titles', () => {
    assert.deepEqual(found('Thanks,\nJohn', GB), ['PERSON:John']);
    assert.deepEqual(found('Frau Müller hat angerufen', { locale: 'de-DE' }), ['PERSON:Müller']);
  });
  it('does not take the words of an everyday closing for a name, in any of the four languages', () => {
    for (const [text, locale] of [['thanks mate', 'en-GB'], ['Cheers Mate', 'en-GB'], ['danke schön', 'de-DE'], ['merci beaucoup', 'fr-FR'], ['merci, bonne journée', 'fr-FR'], ['gracias adiós', 'es-ES'], ['gracias amigo', 'es-ES']]) {
      assert.deepEqual(found(text!, { locale }), [], text);
    }
  });
  it('does not take a form of address, a nationality or a brand with a possessive for a name', () => {
    assert.deepEqual(found('Dear Sir or Madam, I wish to complain', GB), []);
    assert.deepEqual(found("I'm Nigerian and my English is not perfect", GB), []);
    assert.deepEqual(found("it's Vodafone's fault not mine", GB), []);
  });
  it('keeps a title out of the name after "this is" ("this is Dr. Patel")', () => {
    assert.deepEqual(found('this is Dr. Patel', GB), ['PERSON:Patel']);
  });
  it('finds a name with a possessive and leaves the possessive outside the placeholder', () => {
    assert.deepEqual(found("Sarah's phone is broken", GB), ['PERSON:Sarah']);
    assert.deepEqual(found("this is Sarah Connor's phone", GB), ['PERSON:Sarah Connor']);
  });
  it('reads "im" typed without an apostrophe as "i\'m" before a listed name, and not German "im Laden"', () => {
    assert.deepEqual(found('im sarah from leeds', GB), ['PERSON:sarah']);
    assert.deepEqual(found('ich bin im Laden.', { locale: 'de-DE' }), []);
    assert.deepEqual(found('Im Mai war alles gut', { locale: 'de-DE' }), []);
  });
  it('reads colloquial German "ich bin der Thomas" with the article, and only listed names after it', () => {
    assert.deepEqual(found('hallo ich bin der thomas und mein handy geht nicht', { locale: 'de-DE' }), ['PERSON:thomas']);
    assert.deepEqual(found('ich bin der Meinung, dass', { locale: 'de-DE' }), []);
    assert.deepEqual(found('ich bin die Kundin', { locale: 'de-DE' }), []);
  });
  it('finds a listed lower-case name after "this is" when a new clause follows, and reads "my names" as "my name\'s"', () => {
    assert.deepEqual(found('yo this is tanisha my number is broken', US), ['PERSON:tanisha']);
    assert.deepEqual(found('this is grace and', US), []);
    assert.deepEqual(found('my names jessica', GB), ['PERSON:jessica']);
    assert.deepEqual(found('my names are on the list', GB), []);
  });
  it('reads "its" typed without an apostrophe as "it\'s" before a listed name', () => {
    assert.deepEqual(found('hi its deshawn, my phone got stolen', US), ['PERSON:deshawn']);
    assert.deepEqual(found('its battery is dying', US), []);
  });
  it('still finds a lower-case name that ends a sign-off', () => {
    assert.deepEqual(found('thanks, tyrone', GB), ['PERSON:tyrone']);
    assert.deepEqual(found('gracias marcos', { locale: 'es-ES' }), ['PERSON:marcos']);
  });
});

describe('address and postcode recognizers', () => {
  it('finds an English street address with a flat number and a UK postcode', () => {
    assert.deepEqual(found('221B Baker Street Apt 4, London SW1A 1AA', GB), ['ADDRESS:221B Baker Street Apt 4', 'POSTCODE:SW1A 1AA']);
  });
  it('finds German, French and Spanish street lines', () => {
    assert.deepEqual(found('Ich wohne Große Kirchstr. 96c, 10115 Berlin', { locale: 'de-DE' }), ['ADDRESS:Große Kirchstr. 96c', 'POSTCODE:10115']);
    assert.deepEqual(found('12 rue de la Paix, 75002 Paris', { locale: 'fr-FR' }), ['ADDRESS:12 rue de la Paix', 'POSTCODE:75002']);
    assert.deepEqual(found('vivo en Calle de Alcalá 23, 2º B', { locale: 'es-ES' }), ['ADDRESS:Calle de Alcalá 23, 2º B']);
    assert.deepEqual(found('vivo en Calle de Alcalá, 23, 3º izquierda', { locale: 'es-ES' }), ['ADDRESS:Calle de Alcalá, 23, 3º izquierda']);
    assert.deepEqual(found('en Madrid, 23 personas', { locale: 'es-ES' }), []);
  });
  it('does not read storage sizes as UK postcodes', () => {
    assert.deepEqual(found('the PS5 2TB bundle', GB), []);
  });
});

describe('date of birth, government id, account and secret recognizers', () => {
  it('tells a date of birth from an outage date', () => {
    assert.deepEqual(found('born on 12/03/1985, outage since 12/03/2025', GB), ['DATE_OF_BIRTH:12/03/1985']);
    assert.deepEqual(found('geboren am 4. März 1979', { locale: 'de-DE' }), ['DATE_OF_BIRTH:4. März 1979']);
  });
  it('validates SSN ranges, NINO prefixes and DNI letters', () => {
    assert.deepEqual(found('SSN 536-22-1234', US), ['GOV_ID:536-22-1234']);
    assert.deepEqual(found('SSN 666-22-1234', US), []);
    assert.deepEqual(found('NINO AB123456C', GB), ['GOV_ID:AB123456C']);
    assert.deepEqual(found('NINO BG123456C', GB), []);
    assert.deepEqual(found('DNI 12345678Z', { locale: 'es-ES' }), ['GOV_ID:12345678Z']);
    assert.deepEqual(found('DNI 12345678A', { locale: 'es-ES' }), []);
  });
  it('finds account numbers after a cue in four languages', () => {
    assert.deepEqual(found('my account number is 88120045', GB), ['ACCOUNT_NUMBER:88120045']);
    assert.deepEqual(found('Kundennummer: 55-100234', { locale: 'de-DE' }), ['ACCOUNT_NUMBER:55-100234']);
  });
  it('reads cue values after a possessive "\'s" and customer references', () => {
    assert.deepEqual(found("my pin's 0000", GB), ['SECRET:0000']);
    assert.deepEqual(found('customer ref CUST-778812', GB), ['ACCOUNT_NUMBER:CUST-778812']);
  });
  it('reads "the 1st of May 1990" as a date of birth after a birth cue, and not an outage date', () => {
    assert.deepEqual(found('my DOB is 1st of May 1990', GB), ['DATE_OF_BIRTH:1st of May 1990']);
    assert.deepEqual(found('the 1st of May 2024 outage', GB), []);
  });
  it('finds a bank account number announced by the bare word "account" after a sort code', () => {
    assert.deepEqual(found('sort code 20-00-00 account 12345678', GB), ['ACCOUNT_NUMBER:20-00-00', 'ACCOUNT_NUMBER:12345678']);
    assert.deepEqual(found('my account is locked since 12345', GB), []);
  });
  it('finds the security code of a card after "cvv" or "cvc", and only three or four digits', () => {
    assert.deepEqual(found('card 4111 1111 1111 1111 exp 12/27 cvv 123', GB), ['CREDIT_CARD:4111 1111 1111 1111', 'SECRET:123']);
    assert.deepEqual(found('CVC: 4821', GB), ['SECRET:4821']);
    assert.deepEqual(found('cvv 12', GB), []);
  });
  it('finds PINs, PUKs, passwords and porting codes, not promo or postal codes', () => {
    assert.deepEqual(found('my PIN is 4821 and PUK 12345678', GB), ['SECRET:4821', 'SECRET:12345678']);
    assert.deepEqual(found('password: Hunter2!', GB), ['SECRET:Hunter2!']);
    assert.deepEqual(found('my PAC code is ABC123456', GB), ['SECRET:ABC123456']);
    assert.deepEqual(found('promo code SAVE20 and I forgot my password', GB), []);
  });
  it('keeps ticket numbers declared safe by the rules file', () => {
    assert.deepEqual(found('ticket TCK-123456', { ...GB, safePatterns: ['TCK-\\d{6}'] }), []);
  });
});

describe('placeholders', () => {
  it('never detects placeholders as PII', () => {
    assert.deepEqual(found('[PHONE_1] [EMAIL_2] my PIN is [SECRET_1] and my name is [PERSON_1], IBAN [IBAN_3]', GB), []);
  });
});
