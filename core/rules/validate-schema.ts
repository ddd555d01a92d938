import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { didYouMean, listValues } from './did-you-mean.ts';
import { rulesSchema } from './schema.ts';
import { diagnostic, formatPath, type PathSegment, type SourceMap } from './source-map.ts';
import type { Diagnostic } from './types.ts';

let validator: ValidateFunction | undefined;

/** The ajv validator of `rulesSchema`, compiled once. */
export function schemaValidator(): ValidateFunction {
  validator ??= new Ajv2020({ allErrors: true, verbose: true, strict: true, validateFormats: false }).compile(rulesSchema);
  return validator;
}

const parsePointer = (pointer: string): PathSegment[] =>
  pointer === '' ? [] : pointer.slice(1).split('/').map((raw) => {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    return /^\d+$/.test(segment) ? Number(segment) : segment;
  });

const describe = (value: unknown): string =>
  typeof value === 'string' ? `\`${value}\`` : JSON.stringify(value)?.slice(0, 60) ?? String(value);

const DISCLOSURE_STUB = 'You are chatting with an automated assistant. You can ask for a person at any time.';

/** Validates a parsed rules file against the schema; each error becomes a positioned diagnostic. */
export function validateAgainstSchema(value: unknown, map: SourceMap): Diagnostic[] {
  const validate = schemaValidator();
  if (validate(value)) return [];
  const errors = (validate.errors ?? []) as ErrorObject[];
  // Errors from inside a failed oneOf branch are noise when a deeper, more precise error exists.
  const byPath = new Map<string, ErrorObject[]>();
  for (const error of errors) {
    const list = byPath.get(error.instancePath) ?? [];
    list.push(error);
    byPath.set(error.instancePath, list);
  }
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const path = parsePointer(error.instancePath);
    const siblings = byPath.get(error.instancePath)!;
    const hasDeeper = [...byPath.keys()].some((p) => p.startsWith(`${error.instancePath}/`));
    if (error.keyword === 'oneOf' && hasDeeper) continue;
    if (error.schemaPath.includes('/oneOf/') && siblings.some((e) => e.keyword === 'oneOf' && error.schemaPath.startsWith(e.schemaPath.replace(/\/oneOf$/, '')))) continue;
    if (error.keyword === 'if' || error.keyword === 'anyOf') continue;
    const d = toDiagnostic(error, path, map, value);
    const id = `${d.line}:${d.column}:${d.message}`;
    if (!seen.has(id)) {
      seen.add(id);
      out.push(d);
    }
  }
  return out;
}

function toDiagnostic(error: ErrorObject, path: PathSegment[], map: SourceMap, root: unknown): Diagnostic {
  const where = formatPath(path);
  const last = path[path.length - 1];
  const params = error.params as Record<string, unknown>;
  const valueRange = map.rangeOf(path);
  const parentSchema = (error.parentSchema ?? {}) as { description?: string; properties?: Record<string, unknown>; enum?: unknown[] };
  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      if (path.length === 0 && missing === 'disclosure') {
        const locale = typeof (root as Record<string, unknown>)?.defaultLocale === 'string' ? String((root as Record<string, unknown>).defaultLocale) : 'en';
        return diagnostic('error', 'missing-disclosure', 'The AI disclosure (`disclosure`) is mandatory: customers must be told they are talking to an automated assistant before their first message. Add `disclosure:` with one text per locale.',
          map.rangeOfKey([]), { title: 'Add a disclosure', range: map.endOfFile(), text: `\ndisclosure:\n  ${locale}: "${DISCLOSURE_STUB}"\n` });
      }
      return diagnostic('error', 'schema-required', `${where === '(top level)' ? 'The file' : `\`${where}\``} is missing the required key \`${missing}\`.`, map.rangeOfKey(path));
    }
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const valid = Object.keys(parentSchema.properties ?? {});
      const guess = didYouMean(key, valid);
      const range = map.rangeOfKey([...path, key]);
      return diagnostic('error', 'schema-unknown-key', `Unknown key \`${key}\` in ${where}${guess ? ` — did you mean \`${guess}\`?` : ''} Valid keys: ${listValues(valid)}.`, range,
        guess ? { title: `Change to \`${guess}\``, range, text: guess } : undefined);
    }
    case 'enum': {
      const valid = (params.allowedValues as unknown[]).map(String);
      const value = String(error.data);
      const guess = didYouMean(value, valid);
      return diagnostic('error', 'schema-enum', `${describe(error.data)} is not a valid value for \`${where}\`${guess ? ` — did you mean \`${guess}\`?` : ''} Valid values: ${listValues(valid)}.`, valueRange,
        guess ? { title: `Change to \`${guess}\``, range: valueRange, text: guess } : undefined);
    }
    case 'const':
      return diagnostic('error', 'schema-const', `\`${where}\` must be ${describe(params.allowedValue)}.`, valueRange,
        { title: `Set to ${describe(params.allowedValue)}`, range: valueRange, text: String(params.allowedValue) });
    case 'pattern': {
      if (last === 'href') {
        return diagnostic('error', 'unsafe-link', `Unsafe link ${describe(error.data)} at \`${where}\`: links may only start with https://, tel: or mailto:.`, valueRange);
      }
      const hint = parentSchema.description ? ` ${parentSchema.description}` : '';
      return diagnostic('error', 'schema-pattern', `${describe(error.data)} at \`${where}\` is not in the expected form.${hint}`, valueRange);
    }
    case 'propertyNames': {
      const name = String(params.propertyName);
      return diagnostic('error', 'schema-key-name', `The key \`${name}\` in \`${where}\` is not in the expected form.${parentSchema.description ? ` ${parentSchema.description}` : ''}`, map.rangeOfKey([...path, name]));
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const limit = Number(params.limit);
      const code = last === 'retentionDays' && error.keyword === 'maximum' ? 'retention-over-cap' : 'schema-range';
      const message = code === 'retention-over-cap'
        ? `Retention of ${String(error.data)} days is over the cap of ${limit} days: keep the least data for the shortest time.`
        : `\`${where}\` must be ${error.keyword.includes('inimum') ? 'at least' : 'at most'} ${limit}, got ${String(error.data)}.`;
      return diagnostic('error', code, message, valueRange, { title: `Set to ${limit}`, range: valueRange, text: String(limit) });
    }
    case 'type': {
      const hint = parentSchema.description ? ` (${parentSchema.description})` : '';
      return diagnostic('error', 'schema-type', `\`${where}\` must be ${/^[aeiou]/.test(String(params.type)) ? 'an' : 'a'} ${String(params.type)}, got ${Array.isArray(error.data) ? 'a list' : error.data === null ? 'nothing' : typeof error.data}.${hint}`, valueRange);
    }
    case 'oneOf':
      return diagnostic('error', 'schema-shape', `\`${where}\` has the wrong form${parentSchema.description ? `: ${parentSchema.description}` : '.'}`, valueRange);
    case 'maxProperties':
      if (last === 'then') {
        return diagnostic('error', 'schema-one-action', `A rule's \`then\` holds exactly one action (answer, clarify, handoff or notice); found: ${Object.keys(error.data as object).join(', ')}.`, valueRange);
      }
      return diagnostic('error', 'schema-size', `\`${where}\` ${error.message ?? 'is too large'}.`, valueRange);
    case 'minProperties':
    case 'minItems':
    case 'minLength':
      return diagnostic('error', 'schema-empty', `\`${where}\` must not be empty.`, valueRange);
    default:
      return diagnostic('error', `schema-${error.keyword}`, `\`${where}\` ${error.message ?? 'is invalid'}.`, valueRange);
  }
}
