/** The built-in recognizers, in a stable order. */
import type { Recognizer } from '../types.ts';
import { accountNumberRecognizer } from './account-number.ts';
import { addressRecognizer } from './address.ts';
import { creditCardRecognizer } from './credit-card.ts';
import { dateOfBirthRecognizer } from './date-of-birth.ts';
import { emailRecognizer } from './email.ts';
import { govIdRecognizer } from './gov-id.ts';
import { ibanRecognizer } from './iban.ts';
import { iccidRecognizer } from './iccid.ts';
import { imeiRecognizer } from './imei.ts';
import { imsiRecognizer } from './imsi.ts';
import { ipAddressRecognizer } from './ip-address.ts';
import { macAddressRecognizer } from './mac-address.ts';
import { personRecognizer } from './person.ts';
import { phoneRecognizer } from './phone.ts';
import { postcodeRecognizer } from './postcode.ts';
import { secretRecognizer } from './secret.ts';
import { urlRecognizer } from './url.ts';

export const DEFAULT_RECOGNIZERS: readonly Recognizer[] = Object.freeze([
  urlRecognizer, emailRecognizer, ibanRecognizer, macAddressRecognizer, ipAddressRecognizer,
  creditCardRecognizer, imeiRecognizer, iccidRecognizer, imsiRecognizer, govIdRecognizer,
  accountNumberRecognizer, secretRecognizer, phoneRecognizer, dateOfBirthRecognizer,
  postcodeRecognizer, addressRecognizer, personRecognizer,
]);
