/**
 * The PII engine's placeholders ("[PHONE_1]", "[PERSON_2]") as whole tokens of the intent tokenizer:
 * the model sees "a phone number was here" rather than five pieces of punctuation and letters.
 * PERSON placeholders are among the masked (protected) tokens: a name says who, not what.
 */
import { ENTITY_TYPES } from '../privacy/index.ts';

/** Placeholders numbered 1..PLACEHOLDER_MAX_INDEX get their own token; higher numbers fall into pieces. */
export const PLACEHOLDER_MAX_INDEX = 9;

export const PLACEHOLDER_TOKENS: readonly string[] = Object.freeze(
  ENTITY_TYPES.flatMap((type) => Array.from({ length: PLACEHOLDER_MAX_INDEX }, (_, i) => `[${type}_${i + 1}]`)),
);

export const PERSON_PLACEHOLDER_TOKENS: readonly string[] = Object.freeze(PLACEHOLDER_TOKENS.filter((t) => t.startsWith('[PERSON_')));
