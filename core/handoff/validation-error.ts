/** A request that breaks the protocol: `code` is machine-readable, `field` names the JSON path that failed. */
export interface ValidationError {
  code: 'invalid_json' | 'not_an_object' | 'unknown_field' | 'missing_field' | 'wrong_type' | 'too_long' | 'too_many' | 'empty' | 'invalid_value';
  message: string;
  field: string | null;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; error: ValidationError };
