/** One planted value of every PII entity type, in messages a customer might type (used by the privacy e2e test). */
export const PLANTED_MESSAGES: readonly string[] = Object.freeze([
  'Hi, my name is Margaret Thornbury and my mobile 07911 123456 has no signal, email margaret.thornbury@example.co.uk',
  'I paid with card 4539 1488 0343 6467 and IBAN GB33BUKB20201555555555',
  'IMEI 356938035643809, ICCID 8944500102198304826, IMSI 234150123456789',
  'I live at 42 Wallaby Way, postcode SW1A 1AA, born on 14/07/1983, account number 77120934',
  'my ip is 203.0.113.77 and mac 3C:22:FB:91:0A:7E, my password is Tr0ub4dor&3',
  'passport number 533380006, see https://my.example.org/reset?token=ab12cd34ef',
]);

/** Every planted value by entity type; none of them may appear in anything the page sends or receives. */
export const PLANTED_VALUES: Readonly<Record<string, string>> = Object.freeze({
  PERSON: 'Margaret Thornbury',
  PHONE: '07911 123456',
  EMAIL: 'margaret.thornbury@example.co.uk',
  CREDIT_CARD: '4539 1488 0343 6467',
  IBAN: 'GB33BUKB20201555555555',
  IMEI: '356938035643809',
  ICCID: '8944500102198304826',
  IMSI: '234150123456789',
  ADDRESS: '42 Wallaby Way',
  POSTCODE: 'SW1A 1AA',
  DATE_OF_BIRTH: '14/07/1983',
  ACCOUNT_NUMBER: '77120934',
  IP_ADDRESS: '203.0.113.77',
  MAC_ADDRESS: '3C:22:FB:91:0A:7E',
  SECRET: 'Tr0ub4dor&3',
  GOV_ID: '533380006',
  URL: 'https://my.example.org/reset?token=ab12cd34ef',
});

/** The forms a value could take on the wire: as typed, without spaces, URL-encoded, JSON-escaped. */
export function wireForms(value: string): string[] {
  const compact = value.replace(/\s+/g, '');
  return [...new Set([value, compact, encodeURIComponent(value), encodeURIComponent(compact), JSON.stringify(value).slice(1, -1), value.toLowerCase()])];
}
