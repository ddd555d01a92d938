import { Validator, type OutputUnit, type Schema } from '@cfworker/json-schema';

/**
 * JSON Schema validation without code generation: @cfworker/json-schema interprets the schema, so
 * it runs under a Content-Security-Policy without 'unsafe-eval' (the widget's and the studio's
 * workers), unlike validators that compile schemas with `new Function`.
 */
export interface SchemaCheck {
  valid: boolean;
  errors: OutputUnit[];
}

export function createValidator(schema: Readonly<Record<string, unknown>>, allErrors: boolean): (value: unknown) => SchemaCheck {
  // The validator annotates the schema object it is given, so it gets its own copy.
  const validator = new Validator(structuredClone(schema) as unknown as Schema, '2020-12', !allErrors);
  return (value) => validator.validate(value);
}

/** Splits a JSON pointer fragment (`#/a/b%20c/0`) into decoded segments. */
export function pointerSegments(location: string): string[] {
  const body = location.replace(/^#/, '');
  if (!body) return [];
  return body.slice(1).split('/').map((raw) => decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The schema node a keywordLocation points at, following local `$ref`s on the way. */
export function schemaAt(root: Readonly<Record<string, unknown>>, location: string): Record<string, unknown> | undefined {
  let node: unknown = root;
  for (const segment of pointerSegments(location)) {
    if (segment === '$ref' && node && typeof node === 'object' && typeof (node as { $ref?: unknown }).$ref === 'string') {
      node = schemaAt(root, (node as { $ref: string }).$ref);
      continue;
    }
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node && typeof node === 'object' ? (node as Record<string, unknown>) : undefined;
}
