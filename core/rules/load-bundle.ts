import safeRegex from 'safe-regex2';
import { bundleHash } from './bundle-hash.ts';
import { linkBundle } from './link-bundle.ts';
import { RULES_LIMITS } from './limits.ts';
import { SAFE_DEFAULT_BUNDLE } from './safe-default.ts';
import { rulesBundleSchema } from './schema.ts';
import { createValidator, type SchemaCheck } from './schema-validator.ts';
import { verifyBundle } from './signing.ts';
import type { ConditionSpec, RulesBundle } from './types.ts';

export interface LoadBundleInput {
  /** The text of rules.json. */
  json: string;
  /** The text of rules.json.sig (detached JWS). */
  signature?: string | null;
  /** The widget's `data-rules-key` (base64url SPKI), or PEM/JWK. When given, the bundle must be signed with it. */
  publicKey?: string | null;
  now?: Date;
}

export interface LoadBundleResult {
  bundle: RulesBundle;
  verified: boolean;
  /** One clear sentence for the console when the bundle was refused or is unverified. */
  warning?: string;
}

let validator: ((value: unknown) => SchemaCheck) | undefined;
const validateBundle = () => (validator ??= createValidator(rulesBundleSchema, false));

const MAX_JSON_CHARS = RULES_LIMITS.maxSourceChars * 2;

function patternsOf(spec: ConditionSpec | undefined, out: string[]): string[] {
  if (!spec) return out;
  if (spec.pattern) out.push(spec.pattern);
  spec.all?.forEach((c) => patternsOf(c, out));
  spec.any?.forEach((c) => patternsOf(c, out));
  patternsOf(spec.not, out);
  return out;
}

/** Checks an unsigned-or-verified bundle's content; returns the reason it is refused, if any. */
export function checkBundle(value: unknown, now: Date): string | null {
  const check = validateBundle()(value);
  if (!check.valid) {
    const leaf = check.errors[check.errors.length - 1];
    return `it does not match the bundle schema (${leaf?.instanceLocation ?? '#'}: ${leaf?.error ?? 'invalid'})`;
  }
  const bundle = value as RulesBundle;
  if (bundleHash(bundle as unknown as Record<string, unknown>) !== bundle.hash) return 'its content hash does not match (the bundle was modified after compiling)';
  if (bundle.expiresAt !== undefined) {
    const at = Date.parse(bundle.expiresAt);
    if (Number.isNaN(at)) return 'its expiry date is not a date';
    if (at <= now.getTime()) return `it expired on ${bundle.expiresAt}`;
  }
  for (const rule of bundle.rules) {
    for (const pattern of patternsOf(rule.when, [])) if (!safeRegex(pattern)) return `rule ${rule.id} has a pattern that could hang the browser`;
    if (rule.then.answer !== undefined && rule.then.answer !== true && !Object.hasOwn(bundle.answers, rule.then.answer)) return `rule ${rule.id} answers with ${rule.then.answer}, which has no answer`;
    if (rule.then.notice !== undefined && !Object.hasOwn(bundle.notices, rule.then.notice)) return `rule ${rule.id} shows notice ${rule.then.notice}, which does not exist`;
  }
  for (const pattern of bundle.privacy.safePatterns) {
    try {
      new RegExp(pattern, 'u');
    } catch {
      return `safe pattern /${pattern}/ is not a valid regular expression for the privacy filter`;
    }
    if (!safeRegex(pattern)) return 'a safe pattern could hang the browser';
  }
  if (!bundle.locales.includes(bundle.defaultLocale)) return 'its default locale is not among its locales';
  try {
    linkBundle(bundle);
  } catch (error) {
    return `a condition cannot run (${(error as Error).message})`;
  }
  return null;
}

const refuse = (why: string): LoadBundleResult => ({
  bundle: SAFE_DEFAULT_BUNDLE,
  verified: false,
  warning: `Clearline: the rules bundle was refused because ${why}; running on built-in safe defaults (disclosure on, a person always reachable, nothing answered automatically).`,
});

/**
 * Loads rules.json for the widget. With a public key, the bundle must carry a valid signature from
 * that key, an intact hash, an unexpired date and a valid schema — otherwise SAFE_DEFAULT_BUNDLE is
 * returned with ONE warning. Never throws for bad input.
 */
export async function loadRulesBundle(input: LoadBundleInput): Promise<LoadBundleResult> {
  try {
    const { json, signature, publicKey } = input ?? ({} as LoadBundleInput);
    const now = input?.now instanceof Date && !Number.isNaN(input.now.getTime()) ? input.now : new Date();
    if (typeof json !== 'string' || !json.trim()) return refuse('rules.json is empty or missing');
    if (json.length > MAX_JSON_CHARS) return refuse(`rules.json is larger than ${MAX_JSON_CHARS} characters`);
    const wantSignature = typeof publicKey === 'string' ? publicKey.trim() !== '' : publicKey != null;
    if (wantSignature) {
      if (typeof signature !== 'string' || !signature.trim()) return refuse('it has no signature (rules.json.sig) although a public key (data-rules-key) is configured');
      const result = await verifyBundle(json, signature, publicKey as string);
      if (!result.ok) return refuse(`its signature is invalid: ${result.reason ?? 'unknown reason'}`);
    }
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch (error) {
      return refuse(`rules.json is not valid JSON (${(error as Error).message})`);
    }
    const problem = checkBundle(value, now);
    if (problem) return refuse(problem);
    const bundle = value as RulesBundle;
    if (!wantSignature) {
      return { bundle, verified: false, warning: 'Clearline: the rules bundle is not verified because no public key (data-rules-key) is configured; anyone who can change rules.json can change what the assistant says.' };
    }
    return { bundle, verified: true };
  } catch (error) {
    return refuse(`it could not be loaded (${(error as Error).message})`);
  }
}
