import safeRegex from 'safe-regex2';
import { isValidTimeZone, parseInterval } from './business-hours.ts';
import { canonicalJson } from './canonical-json.ts';
import { didYouMean, listValues } from './did-you-mean.ts';
import { addEntryFix } from './fixes.ts';
import { findUnsafeLinks, stripUnsafeLinks } from './markdown.ts';
import { PII_TYPES } from './pii-types.ts';
import { diagnostic, formatPath, type PathSegment, type SourceMap } from './source-map.ts';
import type { RulesSource } from './source-types.ts';
import type { ActionSpec, ConditionSpec, Diagnostic, LocalizedText } from './types.ts';

export interface SemanticOptions {
  labels: readonly string[];
  now: Date;
}

const OUT_OF_SCOPE = 'out_of_scope';

/** Typical personal data a safe pattern must never match (it would bypass the privacy filter). */
const PII_PROBES: readonly string[] = Object.freeze([
  '4111 1111 1111 1111', '+44 20 7946 0958', '07700 900123', 'jane.doe@example.com', 'GB82 WEST 1234 5698 7654 32',
  '490154203237518', '8944 1000 0000 0000 0000', '10 Downing Street', 'SW1A 2AA', '1985-04-12', 'Jane Doe', '192.168.1.20',
]);

/** Checks that need more than the schema: references, reachability, translations, safety. */
export function semanticChecks(source: RulesSource, map: SourceMap, options: SemanticOptions): Diagnostic[] {
  const out: Diagnostic[] = [];
  const labels = options.labels;
  const labelSet = new Set(labels);
  const locales = source.locales;
  const notices = source.notices ?? {};
  const answers = source.answers ?? {};
  const rules = source.rules ?? [];

  const unknownValue = (path: PathSegment[], value: string, valid: readonly string[], what: string, code: string) => {
    const range = map.rangeOf(path);
    const guess = didYouMean(value, valid);
    out.push(diagnostic('error', code, `Unknown ${what} \`${value}\` at \`${formatPath(path)}\`${guess ? ` — did you mean \`${guess}\`?` : ''} Valid values: ${listValues(valid)}.`, range,
      guess ? { title: `Change to \`${guess}\``, range, text: guess } : undefined));
  };
  const checkIntent = (path: PathSegment[], value: string) => {
    if (labels.length && !labelSet.has(value)) unknownValue(path, value, labels, 'intent id', 'unknown-intent');
  };

  // Locales.
  if (!locales.includes(source.defaultLocale)) {
    out.push(diagnostic('error', 'default-locale', `The default locale \`${source.defaultLocale}\` is not in \`locales\` (${locales.join(', ')}).`, map.rangeOf(['defaultLocale'])));
  }
  const checkTranslations = (path: PathSegment[], texts: LocalizedText | Record<string, unknown>, what: string, stub: (fromLocale: string) => string, severity: 'error' | 'warning' = 'warning') => {
    for (const key of Object.keys(texts)) {
      if (!locales.includes(key)) out.push(diagnostic('warning', 'unlisted-locale', `${what} has a \`${key}\` translation, but \`${key}\` is not in \`locales\` (${locales.join(', ')}).`, map.rangeOfKey([...path, key])));
    }
    const from = Object.hasOwn(texts, source.defaultLocale) ? source.defaultLocale : Object.keys(texts)[0];
    for (const locale of locales) {
      if (Object.hasOwn(texts, locale) || from === undefined) continue;
      const fix = addEntryFix(map, path, locale, stub(from), `Add the missing \`${locale}\` translation`);
      out.push(diagnostic(locale === source.defaultLocale ? 'error' : severity, 'missing-translation',
        `${what} has no \`${locale}\` translation; customers using ${locale} will see ${from} instead.`, map.rangeOfKey(path), fix));
    }
  };
  const textStub = (texts: LocalizedText) => (from: string) => JSON.stringify(`TODO translate: ${texts[from] ?? ''}`);
  const checkLinks = (path: PathSegment[], text: string, what: string) => {
    const unsafe = findUnsafeLinks(text);
    if (!unsafe.length) return;
    const range = map.rangeOf(path);
    out.push(diagnostic('error', 'unsafe-link', `${what} links to ${unsafe.map((u) => `\`${u.href}\``).join(', ')}: links may only use https://, tel: or mailto:.`, range,
      { title: 'Remove the unsafe link', range, text: JSON.stringify(stripUnsafeLinks(text)) }));
  };
  const checkLocalized = (path: PathSegment[], texts: LocalizedText, what: string, severity: 'error' | 'warning' = 'warning') => {
    checkTranslations(path, texts, what, textStub(texts), severity);
    for (const locale of Object.keys(texts)) checkLinks([...path, locale], texts[locale]!, `${what} (${locale})`);
  };

  checkLocalized(['disclosure'], source.disclosure, 'The disclosure');
  for (const id of Object.keys(notices)) checkLocalized(['notices', id], notices[id]!, `Notice \`${id}\``);
  for (const key of Object.keys(source.explanations ?? {})) {
    checkLocalized(['explanations', key], (source.explanations as Record<string, LocalizedText>)[key]!, `Explanation \`${key}\``);
  }
  for (const intent of Object.keys(answers)) {
    checkIntent(['answers', intent], intent);
    const perLocale = answers[intent]!;
    checkTranslations(['answers', intent], perLocale, `The answer for \`${intent}\``,
      (from) => JSON.stringify({ ...perLocale[from], text: `TODO translate: ${perLocale[from]?.text ?? ''}` }));
    for (const locale of Object.keys(perLocale)) checkLinks(['answers', intent, locale, 'text'], perLocale[locale]!.text, `The answer for \`${intent}\` (${locale})`);
  }

  // Queues.
  const queues = source.queues;
  const checkQueue = (path: PathSegment[], queue: string) => {
    if (queues?.length && !queues.includes(queue)) unknownValue(path, queue, queues, 'queue', 'unknown-queue');
  };
  if (source.settings?.defaultQueue) checkQueue(['settings', 'defaultQueue'], source.settings.defaultQueue);

  // Business hours.
  const hours = source.businessHours;
  if (hours) {
    if (!isValidTimeZone(hours.timezone)) {
      const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
      const guess = didYouMean(hours.timezone, zones);
      const range = map.rangeOf(['businessHours', 'timezone']);
      out.push(diagnostic('error', 'unknown-timezone', `Unknown time zone \`${hours.timezone}\`${guess ? ` — did you mean \`${guess}\`?` : ''} Use an IANA name such as Europe/London.`, range,
        guess ? { title: `Change to \`${guess}\``, range, text: guess } : undefined));
    }
    for (const day of Object.keys(hours.hours) as (keyof typeof hours.hours)[]) {
      hours.hours[day]!.forEach((interval, i) => {
        const range = parseInterval(interval);
        if (range && range[0] >= range[1]) out.push(diagnostic('error', 'bad-interval', `Opening interval \`${interval}\` ends before it starts.`, map.rangeOf(['businessHours', 'hours', day, i])));
      });
    }
  }

  // Regular expressions.
  const checkRegex = (path: PathSegment[], source_: string, what: string, flags: string): RegExp | undefined => {
    let regex: RegExp;
    try {
      regex = new RegExp(source_, flags);
    } catch (error) {
      out.push(diagnostic('error', 'invalid-regex', `${what} /${source_}/ is not a valid regular expression${flags.includes('u') ? ' (Unicode mode, as the privacy filter compiles it)' : ''}: ${(error as Error).message}`, map.rangeOf(path)));
      return undefined;
    }
    if (!safeRegex(source_)) {
      out.push(diagnostic('error', 'unsafe-regex', `${what} /${source_}/ could backtrack catastrophically (a repetition inside a repetition) and hang the customer's browser; rewrite it without nested quantifiers, e.g. (a+)+ → a+.`, map.rangeOf(path)));
      return undefined;
    }
    return regex;
  };
  (source.privacy?.safePatterns ?? []).forEach((p, i) => {
    const path: PathSegment[] = ['privacy', 'safePatterns', i];
    const regex = checkRegex(path, p, 'Safe pattern', 'u');
    if (!regex) return;
    if (regex.test('')) {
      out.push(diagnostic('error', 'safe-pattern-empty', `Safe pattern /${p}/ matches empty text; a safe pattern must match something specific such as a ticket number (TCK-\\d{6}).`, map.rangeOf(path)));
      return;
    }
    const leaked = PII_PROBES.find((probe) => regex.test(probe));
    if (leaked !== undefined) {
      out.push(diagnostic('error', 'safe-pattern-leaks-pii', `Safe pattern /${p}/ also matches personal data such as "${leaked}", which would then be sent unscrubbed; make it match only your own reference format.`, map.rangeOf(path)));
    }
  });
  if (source.expiresAt !== undefined) {
    const at = Date.parse(source.expiresAt);
    if (Number.isNaN(at)) out.push(diagnostic('error', 'bad-date', `\`expiresAt\` is not a date-time: use ISO 8601, e.g. 2027-01-01T00:00:00Z.`, map.rangeOf(['expiresAt'])));
    else if (at <= options.now.getTime()) out.push(diagnostic('warning', 'expired', `This rule set expired on ${source.expiresAt}; the widget will refuse it and run on safe defaults.`, map.rangeOf(['expiresAt'])));
  }

  // Rules.
  const mentioned = new Set<string>();
  const seenIds = new Map<string, number>();
  const walkCondition = (spec: ConditionSpec, path: PathSegment[]) => {
    if (spec.intent !== undefined) {
      const ids = Array.isArray(spec.intent) ? spec.intent : [spec.intent];
      ids.forEach((id, i) => {
        mentioned.add(id);
        checkIntent(Array.isArray(spec.intent) ? [...path, 'intent', i] : [...path, 'intent'], id);
      });
    }
    if (Array.isArray(spec.piiDetected)) {
      spec.piiDetected.forEach((type, i) => {
        if (!PII_TYPES.includes(type)) unknownValue([...path, 'piiDetected', i], type, PII_TYPES, 'kind of personal data', 'unknown-pii-type');
      });
    }
    if (spec.pattern !== undefined) checkRegex([...path, 'pattern'], spec.pattern, 'Pattern', 'i');
    if (spec.businessHours !== undefined && !hours) {
      out.push(diagnostic('error', 'no-business-hours', 'This rule uses `businessHours`, but the file defines no `businessHours:` (time zone and opening times).', map.rangeOfKey([...path, 'businessHours'])));
    }
    if (spec.turnAtLeast !== undefined && spec.turnAtMost !== undefined && spec.turnAtLeast > spec.turnAtMost) {
      out.push(diagnostic('warning', 'never-matches', `\`turnAtLeast: ${spec.turnAtLeast}\` and \`turnAtMost: ${spec.turnAtMost}\` can never both hold.`, map.rangeOf(path)));
    }
    if (spec.confidenceAtLeast !== undefined && spec.confidenceBelow !== undefined && spec.confidenceAtLeast >= spec.confidenceBelow) {
      out.push(diagnostic('warning', 'never-matches', `\`confidenceAtLeast: ${spec.confidenceAtLeast}\` and \`confidenceBelow: ${spec.confidenceBelow}\` can never both hold.`, map.rangeOf(path)));
    }
    spec.all?.forEach((child, i) => walkCondition(child, [...path, 'all', i]));
    spec.any?.forEach((child, i) => walkCondition(child, [...path, 'any', i]));
    if (spec.not) walkCondition(spec.not, [...path, 'not']);
  };
  const checkAction = (then: ActionSpec, path: PathSegment[]) => {
    if (typeof then.answer === 'string') {
      mentioned.add(then.answer);
      checkIntent([...path, 'answer'], then.answer);
      if (labelSet.has(then.answer) || !labels.length) {
        if (!Object.hasOwn(answers, then.answer)) out.push(diagnostic('error', 'missing-answer', `This rule answers with \`${then.answer}\`, but \`answers\` has no text for it.`, map.rangeOf([...path, 'answer']),
          addEntryFix(map, ['answers'], then.answer, `{${source.defaultLocale}: {text: "TODO"}}`, `Add an answer for \`${then.answer}\``)));
      }
    }
    if (then.clarify && then.clarify !== true) {
      (then.clarify.options ?? []).forEach((id, i) => {
        mentioned.add(id);
        checkIntent([...path, 'clarify', 'options', i], id);
        if (labelSet.has(id) && !Object.hasOwn(answers, id)) out.push(diagnostic('warning', 'missing-answer', `Clarify option \`${id}\` has no answer, so choosing it cannot be answered automatically.`, map.rangeOf([...path, 'clarify', 'options', i])));
      });
    }
    if (then.handoff?.queue) checkQueue([...path, 'handoff', 'queue'], then.handoff.queue);
    if (then.notice !== undefined && !Object.hasOwn(notices, then.notice)) unknownValue([...path, 'notice'], then.notice, Object.keys(notices), 'notice', 'unknown-notice');
  };
  rules.forEach((rule, i) => {
    const path: PathSegment[] = ['rules', i];
    const first = seenIds.get(rule.id);
    if (first !== undefined) {
      const range = map.rangeOf([...path, 'id']);
      out.push(diagnostic('error', 'duplicate-id', `Rule id \`${rule.id}\` is already used by the rule on line ${map.rangeOf(['rules', first, 'id']).line}; rule ids must be unique.`, range,
        { title: `Rename to \`${rule.id}-${i + 1}\``, range, text: `${rule.id}-${i + 1}` }));
    } else seenIds.set(rule.id, i);
    if (rule.when) walkCondition(rule.when, [...path, 'when']);
    checkAction(rule.then, [...path, 'then']);
    checkLocalized([...path, 'explain'], rule.explain, `The explanation of rule \`${rule.id}\``);
  });
  out.push(...unreachableRules(source, map));

  // Intents nobody handles.
  for (const label of labels) {
    if (label === OUT_OF_SCOPE || Object.hasOwn(answers, label) || mentioned.has(label)) continue;
    const fix = addEntryFix(map, ['answers'], label, `{${source.defaultLocale}: {title: "${label.replace(/_/g, ' ')}", text: "TODO"}}`, `Add an answer for \`${label}\``);
    out.push(diagnostic('warning', 'unhandled-intent', `Intent \`${label}\` has no answer and no rule: customers asking about it will be asked to clarify or handed to a person.`, map.rangeOfKey(source.answers ? ['answers'] : []), fix));
  }

  // Tests.
  const ruleIds = rules.map((r) => r.id);
  (source.tests ?? []).forEach((test, i) => {
    const path: PathSegment[] = ['tests', i, 'expect'];
    if (test.expect.intent) checkIntent([...path, 'intent'], test.expect.intent);
    if (typeof test.expect.rule === 'string' && !ruleIds.includes(test.expect.rule)) unknownValue([...path, 'rule'], test.expect.rule, ruleIds, 'rule', 'unknown-rule');
    if (test.expect.notice && !Object.hasOwn(notices, test.expect.notice)) unknownValue([...path, 'notice'], test.expect.notice, Object.keys(notices), 'notice', 'unknown-notice');
    if (test.expect.queue) checkQueue([...path, 'queue'], test.expect.queue);
  });
  if (!labels.length) {
    out.push(diagnostic('info', 'no-labels', 'No model labels were given, so intent ids were not checked.', { line: 1, column: 1, endLine: 1, endColumn: 1 }));
  }
  return out;
}

type Normalized = Map<string, { set?: ReadonlySet<string>; num?: number; json?: string }>;

/** A rule's top-level conditions in a form that makes pairwise comparison cheap. */
function normalize(spec: ConditionSpec): Normalized {
  const out: Normalized = new Map();
  for (const key of Object.keys(spec) as (keyof ConditionSpec)[]) {
    const value = spec[key];
    if (key === 'intent' || key === 'locale' || key === 'phrase') out.set(key, { set: new Set<string>(Array.isArray(value) ? (value as string[]) : [value as string]) });
    else if (typeof value === 'number') out.set(key, { num: value });
    else out.set(key, { json: canonicalJson(value) });
  }
  return out;
}

/** Whether condition `later` implies `earlier` key by key (only top-level keys are compared). */
function implies(later: Normalized, earlier: Normalized): boolean {
  for (const [key, e] of earlier) {
    const l = later.get(key);
    if (!l) return false;
    if (e.set) {
      for (const x of l.set!) if (!e.set.has(x)) return false;
    } else if (e.num !== undefined) {
      const higherIsStricter = key === 'confidenceAtLeast' || key === 'turnAtLeast' || key === 'unhelpfulAtLeast';
      if (higherIsStricter ? l.num! < e.num : l.num! > e.num) return false;
    } else if (l.json !== e.json) return false;
  }
  return true;
}

/** Rules that can never fire because an earlier rule matches whenever they do, and always applies. */
function unreachableRules(source: RulesSource, map: SourceMap): Diagnostic[] {
  const out: Diagnostic[] = [];
  const rules = source.rules ?? [];
  // An earlier rule "always applies" when it matches if its action can never be skipped.
  const alwaysApplies = (then: ActionSpec, laterThen: ActionSpec) => {
    if (then.handoff) return true;
    if (laterThen.handoff) return false; // hand-off rules still apply to customers who asked for a person
    return then.notice !== undefined || typeof then.answer === 'string' || (then.clarify !== undefined && then.clarify !== true);
  };
  const normalized = rules.map((rule) => normalize(rule.when ?? {}));
  rules.forEach((later, j) => {
    for (let i = 0; i < j; i++) {
      const earlier = rules[i]!;
      if (!alwaysApplies(earlier.then, later.then)) continue;
      if (implies(normalized[j]!, normalized[i]!)) {
        const line = map.rangeOf(['rules', i]).line;
        out.push(diagnostic('warning', 'unreachable-rule', `Rule \`${later.id}\` can never fire: rule \`${earlier.id}\` (line ${line}) comes first and matches every message this rule matches. Move this rule above it or narrow \`${earlier.id}\`.`,
          map.rangeOf(['rules', j, 'id'])));
        break;
      }
    }
  });
  return out;
}
