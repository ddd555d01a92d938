/** Public types of the PII engine. Offsets are UTF-16 code units into the ORIGINAL text. */
export type EntityType =
  | 'PERSON' | 'PHONE' | 'EMAIL' | 'CREDIT_CARD' | 'IBAN' | 'IMEI' | 'ICCID' | 'IMSI'
  | 'ADDRESS' | 'POSTCODE' | 'DATE_OF_BIRTH' | 'ACCOUNT_NUMBER' | 'IP_ADDRESS' | 'MAC_ADDRESS'
  | 'SECRET' | 'GOV_ID' | 'URL';

export const ENTITY_TYPES: readonly EntityType[] = Object.freeze([
  'PERSON', 'PHONE', 'EMAIL', 'CREDIT_CARD', 'IBAN', 'IMEI', 'ICCID', 'IMSI',
  'ADDRESS', 'POSTCODE', 'DATE_OF_BIRTH', 'ACCOUNT_NUMBER', 'IP_ADDRESS', 'MAC_ADDRESS',
  'SECRET', 'GOV_ID', 'URL',
] as const);

export interface DetectedEntity {
  type: EntityType;
  start: number;
  end: number;
  score: number;
}

export interface ScrubOptions {
  /** BCP 47 locale of the conversation, e.g. "en-GB"; picks the phone region. */
  locale?: string;
  /** Regex sources the rules file declares safe (e.g. "TCK-\\d{6}"); candidates inside a match are kept. */
  safePatterns?: readonly string[];
  /** Entities scoring below this are ignored (default 0.5). */
  minScore?: number;
  /**
   * Internal hook (tests, studio experiments): replaces the built-in recognizer list.
   * Not part of the documented contract.
   */
  recognizers?: readonly Recognizer[];
}

export interface ScrubResult {
  text: string;
  entities: DetectedEntity[];
}

/** What every recognizer sees. `norm` has the same length as `text` (digits and full-width forms folded). */
export interface RecognizerInput {
  readonly text: string;
  readonly norm: string;
  /** `norm` lower-cased, same length. */
  readonly lower: string;
  /** ISO 3166 region from the locale, e.g. "GB". */
  readonly region: string;
  /** Language from the locale, e.g. "en". */
  readonly language: string;
  /** Character census of `norm` (one pass), so recognizers can skip texts that cannot match. */
  readonly stats?: TextStats;
}

export interface TextStats {
  readonly digits: number;
  readonly colons: number;
  readonly dashes: number;
  readonly dots: number;
  readonly at: number;
}

export interface Recognizer {
  readonly name: string;
  find(input: RecognizerInput): DetectedEntity[];
}
