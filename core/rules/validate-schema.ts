import type { OutputUnit } from '@cfworker/json-schema';
import { didYouMean, listValues } from './did-you-mean.ts';
import { rulesSchema } from './schema.ts';
import { createValidator, pointerSegments, schemaAt, type SchemaCheck } from './schema-validator.ts';
import { diagnostic, formatPath, type PathSegment, type SourceMap } from './source-map.ts';
import type { Diagnostic } from './types.ts';

let validator: ((value: unknown) => SchemaCheck) | undefined;

/** Validates against `rulesSchema`, collecting every error (for diagnostics). */
export function validateRulesSchema(value: unknown): SchemaCheck {
  validator ??= createValidator(rulesSchema, true);
  return validator(value);
}

/** Keywords that only say "something below failed"; the leaf errors carry the information. */
const WRAPPERS: ReadonlySet<string> = new Set(['properties', 'items', 'prefixItems', '$ref', 'additionalProperties', 'allOf', 'anyOf', 'propertyNames', 'unevaluatedProperties']);

const toPath = (instanceLocation: string): PathSegment[] => pointerSegments(instanceLocation).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
const valueAt = (root: unknown, path: readonly PathSegment[]): unknown => {
  let node = root;
  for (const segment of path) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[String(segment)] : undefined;
  return node;
};
const describe = (value: unknown): string => (typeof value === 'string' ? `\`${value}\`` : JSON.stringify(value)?.slice(0, 60) ?? String(value));
const article = (type: string) => (/^[aeiou]/.test(type) ? 'an' : 'a');
const depth = (location: string) => pointerSegments(location).length;

const DISCLOSURE_STUB = 'You are chatting with an automated assistant. You can ask for a person at any time.';

/** Validates a parsed rules file against the schema; each error becomes a positioned diagnostic with a fix where one is obvious. */
export function validateAgainstSchema(value: unknown, map: SourceMap): Diagnostic[] {
  const check = validateRulesSchema(value);
  if (check.valid) return [];
  const errors = check.errors;
  // A oneOf whose branches failed deeper down (e.g. inside a list) is reported through those deeper errors.
  const hidden = new Set<OutputUnit>();
  for (const error of errors) {
    if (error.keyword !== 'oneOf') continue;
    const within = (e: OutputUnit) => e.instanceLocation === error.instanceLocation || e.instanceLocation.startsWith(`${error.instanceLocation}/`);
    const branches = errors.filter((e) => e !== error && within(e) && e.keywordLocation.startsWith(`${error.keywordLocation}/`));
    const deeper = branches.filter((e) => depth(e.instanceLocation) > depth(error.instanceLocation) && !WRAPPERS.has(e.keyword));
    for (const b of branches) if (!deeper.includes(b)) hidden.add(b);
    if (deeper.length) hidden.add(error);
  }
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    if (hidden.has(error) || WRAPPERS.has(error.keyword)) continue;
    const d = toDiagnostic(error, errors, map, value);
    if (!d) continue;
    const id = `${d.line}:${d.column}:${d.message}`;
    if (!seen.has(id)) {
      seen.add(id);
      out.push(d);
    }
  }
  return out;
}

function toDiagnostic(error: OutputUnit, all: readonly OutputUnit[], map: SourceMap, root: unknown): Diagnostic | undefined {
  const path = toPath(error.instanceLocation);
  const where = formatPath(path);
  const last = path[path.length - 1];
  const data = valueAt(root, path);
  // The schema holding the failed keyword (e.g. `{ enum: [...], description }` for an enum error).
  const parent = schemaAt(rulesSchema, error.keywordLocation.replace(/\/[^/]*$/, '')) as ({ description?: string } & Record<string, unknown>) | undefined;
  const range = map.rangeOf(path);
  switch (error.keyword) {
    case 'required': {
      const missing = /"([^"]+)"/.exec(error.error)?.[1] ?? '?';
      if (path.length === 0 && missing === 'disclosure') {
        const locale = typeof (root as Record<string, unknown>)?.defaultLocale === 'string' ? String((root as Record<string, unknown>).defaultLocale) : 'en';
        return diagnostic('error', 'missing-disclosure', 'The AI disclosure (`disclosure`) is mandatory: customers must be told they are talking to an automated assistant before their first message. Add `disclosure:` with one text per locale.',
          map.rangeOfKey([]), { title: 'Add a disclosure', range: map.endOfFile(), text: `\ndisclosure:\n  ${locale}: "${DISCLOSURE_STUB}"\n` });
      }
      return diagnostic('error', 'schema-required', `${path.length ? `\`${where}\`` : 'The file'} is missing the required key \`${missing}\`.`, map.rangeOfKey(path));
    }
    case 'false': {
      // additionalProperties: false — an unknown key.
      const key = String(last);
      const parentPath = path.slice(0, -1);
      const owner = all.find((e) => e.keyword === 'additionalProperties' && toPath(e.instanceLocation).join('/') === parentPath.join('/') && e.error.includes(`"${key}"`));
      const ownerSchema = owner ? schemaAt(rulesSchema, owner.keywordLocation.replace(/\/additionalProperties$/, '')) : undefined;
      const valid = Object.keys((ownerSchema?.properties as Record<string, unknown> | undefined) ?? {});
      const guess = didYouMean(key, valid);
      const keyRange = map.rangeOfKey(path);
      return diagnostic('error', 'schema-unknown-key', `Unknown key \`${key}\` in ${formatPath(parentPath)}${guess ? ` — did you mean \`${guess}\`?` : '.'} Valid keys: ${listValues(valid)}.`, keyRange,
        guess ? { title: `Change to \`${guess}\``, range: keyRange, text: guess } : undefined);
    }
    case 'enum': {
      const valid = ((parent?.enum as unknown[] | undefined) ?? []).map(String);
      const guess = didYouMean(String(data), valid);
      return diagnostic('error', 'schema-enum', `${describe(data)} is not a valid value for \`${where}\`${guess ? ` — did you mean \`${guess}\`?` : '.'} Valid values: ${listValues(valid)}.`, range,
        guess ? { title: `Change to \`${guess}\``, range, text: guess } : undefined);
    }
    case 'const':
      return diagnostic('error', 'schema-const', `\`${where}\` must be ${describe(parent?.const)}.`, range, { title: `Set to ${describe(parent?.const)}`, range, text: String(parent?.const) });
    case 'pattern': {
      if (error.keywordLocation.includes('/propertyNames/')) {
        const owner = schemaAt(rulesSchema, error.keywordLocation.replace(/\/propertyNames\/.*$/, '')) as { description?: string } | undefined;
        return diagnostic('error', 'schema-key-name', `The key \`${String(last)}\` in \`${formatPath(path.slice(0, -1))}\` is not in the expected form.${owner?.description ? ` ${owner.description}` : ''}`, map.rangeOfKey(path));
      }
      if (last === 'href') return diagnostic('error', 'unsafe-link', `Unsafe link ${describe(data)} at \`${where}\`: links may only start with https://, tel: or mailto:.`, range);
      return diagnostic('error', 'schema-pattern', `${describe(data)} at \`${where}\` is not in the expected form.${parent?.description ? ` ${parent.description}` : ''}`, range);
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const bound = Number(parent?.[error.keyword]);
      const retention = last === 'retentionDays' && error.keyword === 'maximum';
      const message = retention
        ? `Retention of ${String(data)} days is over the cap of ${bound} days: keep the least data for the shortest time.`
        : `\`${where}\` must be ${error.keyword.includes('inimum') ? 'at least' : 'at most'} ${bound}, got ${String(data)}.`;
      return diagnostic('error', retention ? 'retention-over-cap' : 'schema-range', message, range, { title: `Set to ${bound}`, range, text: String(bound) });
    }
    case 'type': {
      const expected = String(parent?.type ?? /Expected "([^"]+)"/.exec(error.error)?.[1] ?? 'value');
      const hint = parent?.description ? ` (${parent.description})` : '';
      const got = Array.isArray(data) ? 'a list' : data === null || data === undefined ? 'nothing' : typeof data;
      return diagnostic('error', 'schema-type', `\`${where}\` must be ${article(expected)} ${expected}, got ${got}.${hint}`, range);
    }
    case 'oneOf': {
      const owner = parent?.description ? parent : schemaAt(rulesSchema, error.keywordLocation.replace(/\/oneOf$/, ''));
      return diagnostic('error', 'schema-shape', `\`${where}\` has the wrong form${owner?.description ? `: ${String(owner.description)}` : '.'}`, range);
    }
    case 'maxProperties':
      if (last === 'then') return diagnostic('error', 'schema-one-action', `A rule's \`then\` holds exactly one action (answer, clarify, handoff or notice); found: ${Object.keys(data as object).join(', ')}.`, range);
      return diagnostic('error', 'schema-size', `\`${where}\` has too many entries.`, range);
    case 'maxItems':
    case 'maxLength':
      return diagnostic('error', 'schema-size', `\`${where}\` is too long (at most ${String(parent?.[error.keyword] ?? '')}).`, range);
    case 'minProperties':
    case 'minItems':
    case 'minLength':
      return diagnostic('error', 'schema-empty', `\`${where}\` must not be empty.`, range);
    case 'uniqueItems':
      return diagnostic('error', 'schema-unique', `\`${where}\` lists the same value twice.`, range);
    case 'format':
      return diagnostic('error', 'schema-format', `\`${where}\` must be a date-time such as 2027-01-01T00:00:00Z.`, range);
    default:
      return diagnostic('error', `schema-${error.keyword}`, `\`${where}\`: ${error.error}`, range);
  }
}
