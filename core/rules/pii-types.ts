/**
 * The PII entity ids of core/privacy. A local frozen copy until core/privacy exports ENTITY_TYPES;
 * tests check the two stay equal once it lands.
 */
export const PII_TYPES: readonly string[] = Object.freeze([
  'PERSON', 'PHONE', 'EMAIL', 'CREDIT_CARD', 'IBAN', 'IMEI', 'ICCID', 'IMSI', 'ADDRESS', 'POSTCODE',
  'DATE_OF_BIRTH', 'ACCOUNT_NUMBER', 'IP_ADDRESS', 'MAC_ADDRESS', 'SECRET', 'GOV_ID', 'URL',
]);
