import { ENTITY_TYPES } from '../privacy/index.ts';

/** The PII entity ids the rules may name in `piiDetected`: exactly core/privacy's ENTITY_TYPES. */
export const PII_TYPES: readonly string[] = ENTITY_TYPES;
