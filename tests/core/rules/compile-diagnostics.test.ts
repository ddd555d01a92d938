import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileRules, formatDiagnostic, type Diagnostic } from '../../../core/rules/index.ts';
import { LABELS } from './fixtures/labels.ts';
import { MINIMAL_RULES } from './fixtures/minimal.ts';

const NOW = new Date('2026-06-01T10:00:00Z');
const compile = (source: string) => compileRules(source, { labels: LABELS, now: NOW });
const only = (diagnostics: Diagnostic[], code: string) => diagnostics.filter((d) => d.code === code);
const withRule = (rule: string) => `${MINIMAL_RULES}${rule}`;

describe('compileRules diagnostics', () => {
  it('compiles the minimal rule set into a bundle without errors', () => {
    const result = compile(MINIMAL_RULES);
    assert.ok(result.bundle);
    assert.deepEqual(result.diagnostics.filter((d) => d.severity === 'error'), []);
    assert.equal(result.bundle.format, 'clearline-rules');
    assert.match(result.bundle.hash, /^[0-9a-f]{64}$/);
    assert.equal(result.bundle.createdAt, NOW.toISOString());
  });

  it('reports a missing disclosure as an error with a fix that adds one', () => {
    const source = MINIMAL_RULES.replace(/disclosure:\n(  .*\n){2}/, '');
    const result = compile(source);
    assert.equal(result.bundle, undefined);
    const [d] = only(result.diagnostics, 'missing-disclosure');
    assert.ok(d);
    assert.equal(d.severity, 'error');
    assert.match(d.fix!.text, /disclosure:\n {2}en: /);
  });

  it('points an unknown intent id at its exact position and suggests the closest label', () => {
    const source = MINIMAL_RULES.replace('fraud_report]', 'fraud_reprot]');
    const [d] = only(compile(source).diagnostics, 'unknown-intent');
    assert.ok(d);
    const line = source.split('\n')[d.line - 1]!;
    assert.equal(line.slice(d.column - 1, d.endColumn - 1), 'fraud_reprot');
    assert.equal(d.fix?.text, 'fraud_report');
    assert.deepEqual(d.fix?.range, { line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn });
  });

  it('reports an unknown PII type with the closest valid type as the fix', () => {
    const [d] = only(compile(MINIMAL_RULES.replace('[CREDIT_CARD]', '[CREDIT_CRD]')).diagnostics, 'unknown-pii-type');
    assert.ok(d);
    assert.equal(d.fix?.text, 'CREDIT_CARD');
    assert.match(d.message, /Valid values: PERSON, PHONE/);
  });

  it('reports a duplicate rule id on the second rule and offers a rename', () => {
    const source = withRule('  - id: lost-phone\n    then: {handoff: {}}\n    explain: {en: x, de: y}\n');
    const [d] = only(compile(source).diagnostics, 'duplicate-id');
    assert.ok(d);
    assert.equal(d.line, source.split('\n').findLastIndex((l) => l.includes('id: lost-phone')) + 1);
    assert.ok(d.fix?.text.startsWith('lost-phone-'));
  });

  it('warns that a rule can never fire when an earlier rule matches everything it matches', () => {
    const source = withRule('  - id: stolen-again\n    when: {intent: lost_stolen_device, turnAtLeast: 2}\n    then: {handoff: {queue: security}}\n    explain: {en: x, de: y}\n');
    const [d] = only(compile(source).diagnostics, 'unreachable-rule');
    assert.ok(d);
    assert.equal(d.severity, 'warning');
    assert.match(d.message, /`stolen-again` can never fire: rule `lost-phone` \(line \d+\)/);
  });

  it('does not call a hand-off rule unreachable behind an answer rule, because hand-offs still apply to customers who asked for a person', () => {
    const source = withRule('  - id: usage\n    when: {intent: check_usage}\n    then: {answer: check_usage}\n    explain: {en: x, de: y}\n  - id: usage-human\n    when: {intent: check_usage, askedForHuman: true}\n    then: {handoff: {}}\n    explain: {en: x, de: y}\n');
    assert.deepEqual(only(compile(source).diagnostics, 'unreachable-rule'), []);
  });

  it('warns about an intent that has no answer and no rule, with a fix that adds an answer stub', () => {
    const d = only(compile(MINIMAL_RULES).diagnostics, 'unhandled-intent').find((x) => x.message.includes('`billing_dispute`'));
    assert.ok(d);
    assert.match(d.fix!.text, /^ {2}billing_dispute: \{en: /);
    assert.ok(!only(compile(MINIMAL_RULES).diagnostics, 'unhandled-intent').some((x) => x.message.includes('`roaming`')));
  });

  it('warns about a missing translation and offers to add it with the default-locale text', () => {
    const source = MINIMAL_RULES.replace('    de: Unser Team ist offline.\n', '');
    const [d] = only(compile(source).diagnostics, 'missing-translation');
    assert.ok(d);
    assert.equal(d.severity, 'warning');
    assert.match(d.message, /Notice `after-hours` has no `de` translation/);
    assert.equal(d.fix?.title, 'Add the missing `de` translation');
    assert.match(d.fix!.text, /^\n {4}de: "TODO translate: Our team is offline/);
    const fixed = applyFix(source, d);
    assert.deepEqual(only(compile(fixed).diagnostics, 'missing-translation'), []);
  });

  it('reports retention over the 30-day cap with a fix that sets it to 30', () => {
    const [d] = only(compile(`${MINIMAL_RULES}privacy:\n  retentionDays: 90\n`).diagnostics, 'retention-over-cap');
    assert.ok(d);
    assert.equal(d.fix?.text, '30');
  });

  it('reports an unsafe link in a notice and offers to keep only its label', () => {
    const [d] = only(compile(MINIMAL_RULES.replace('(tel:+441234567890)', '(javascript:alert)')).diagnostics, 'unsafe-link');
    assert.ok(d);
    assert.match(d.message, /javascript:alert/);
    assert.equal(d.fix?.text, '"Our team is offline. Call us."');
  });

  it('reports an unsafe answer link href through the schema with a clear message', () => {
    const [d] = only(compile(MINIMAL_RULES.replace('https://example.com/usage', 'http://example.com/usage')).diagnostics, 'unsafe-link');
    assert.ok(d);
    assert.match(d.message, /https:\/\/, tel: or mailto:/);
  });

  it('refuses a pattern that can backtrack catastrophically', () => {
    const [d] = only(compile(withRule('  - id: slow\n    when: {pattern: "(a+)+$"}\n    then: {handoff: {}}\n    explain: {en: x, de: y}\n')).diagnostics, 'unsafe-regex');
    assert.ok(d);
    assert.match(d.message, /backtrack catastrophically/);
  });

  it('refuses a catastrophic safe pattern in the privacy settings', () => {
    const result = compile(`${MINIMAL_RULES}privacy:\n  safePatterns: ['(\\d+)*x']\n`);
    assert.equal(only(result.diagnostics, 'unsafe-regex').length, 1);
  });

  it('refuses a pattern that is not a valid regular expression', () => {
    const [d] = only(compile(withRule('  - id: broken\n    when: {pattern: "([a-z"}\n    then: {handoff: {}}\n    explain: {en: x, de: y}\n')).diagnostics, 'invalid-regex');
    assert.ok(d);
  });

  it('suggests the intended key for a misspelt key', () => {
    const [d] = only(compile(MINIMAL_RULES.replace('confidenceThreshold: 0.7', 'confidenceTreshold: 0.7')).diagnostics, 'schema-unknown-key');
    assert.ok(d);
    assert.equal(d.fix?.text, 'confidenceThreshold');
    assert.equal(d.line, 5);
    assert.equal(d.column, 3);
  });

  it('reports an unknown notice id used by a rule', () => {
    const [d] = only(compile(withRule('  - id: closed\n    when: {businessHours: false}\n    then: {notice: after-hour}\n    explain: {en: x, de: y}\n')).diagnostics, 'unknown-notice');
    assert.equal(d?.fix?.text, 'after-hours');
  });

  it('reports a rule with two actions', () => {
    const [d] = only(compile(withRule('  - id: two\n    then: {handoff: {}, answer: roaming}\n    explain: {en: x, de: y}\n')).diagnostics, 'schema-one-action');
    assert.ok(d);
    assert.match(d.message, /exactly one action/);
  });

  it('reports a businessHours condition when the file defines no opening times', () => {
    const source = withRule('  - id: closed\n    when: {businessHours: false}\n    then: {handoff: {}}\n    explain: {en: x, de: y}\n').replace(/businessHours:\n(  .*\n)+?disclosure:/, 'disclosure:');
    assert.equal(only(compile(source).diagnostics, 'no-business-hours').length, 1);
  });

  it('reports an unknown time zone with a suggestion', () => {
    const [d] = only(compile(MINIMAL_RULES.replace('Europe/Berlin', 'Europe/Berln')).diagnostics, 'unknown-timezone');
    assert.equal(d?.fix?.text, 'Europe/Berlin');
  });

  it('reports a YAML syntax error with its line', () => {
    const result = compile('version: 1\nlocales: [en\n');
    assert.equal(result.bundle, undefined);
    assert.ok(result.diagnostics.some((d) => d.code === 'yaml-syntax' && d.line >= 2));
  });

  it('formats a diagnostic as file:line:col severity message', () => {
    const d: Diagnostic = { severity: 'error', code: 'x', message: 'Broken.', line: 3, column: 7, endLine: 3, endColumn: 9 };
    assert.equal(formatDiagnostic(d, 'rules.yaml'), 'rules.yaml:3:7 error Broken.');
  });

  it('returns the tests section with defaults and line numbers', () => {
    const result = compile(`${MINIMAL_RULES}tests:\n  - message: my phone was stolen\n    expect: {intent: lost_stolen_device, action: handoff}\n`);
    assert.equal(result.tests?.length, 1);
    assert.equal(result.tests?.[0]?.locale, 'en');
    assert.equal(result.tests?.[0]?.turn, 1);
    assert.equal(result.tests?.[0]?.line, MINIMAL_RULES.split('\n').length + 1);
  });
});

function applyFix(source: string, d: Diagnostic): string {
  const lines = source.split('\n');
  const offset = (line: number, column: number) => lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  const r = d.fix!.range;
  return source.slice(0, offset(r.line, r.column)) + d.fix!.text + source.slice(offset(r.endLine, r.endColumn));
}

describe('compileRules schema diagnostics', () => {
  it('reports every schema problem in one pass, each at its own position', () => {
    const source = MINIMAL_RULES
      .replace('{intent: [lost_stolen_device, fraud_report]}', '{intent: 5}')
      .replace('priority: urgent', 'priority: urgnt')
      .replace('{piiDetected: [CREDIT_CARD]}', '{piiDetected: [CREDIT_CARD], intent: [Bad]}');
    const codes = compile(source).diagnostics.map((d) => `${d.line}:${d.code}`);
    assert.deepEqual(codes, ['28:schema-shape', '29:schema-enum', '34:schema-pattern']);
  });
});

describe('compileRules safe-pattern checks', () => {
  const withSafe = (pattern: string) => compile(`${MINIMAL_RULES}privacy:\n  safePatterns: [${JSON.stringify(pattern)}]\n`).diagnostics.map((d) => d.code);
  it('accepts a specific reference format such as a ticket number', () => {
    assert.deepEqual(withSafe('TCK-\\d{6}').filter((c) => c.startsWith('safe-') || c.includes('regex')), []);
  });
  it('refuses a safe pattern that is invalid in Unicode mode, as the privacy filter compiles it', () => {
    assert.ok(withSafe('TCK\\-\\d{6}').includes('invalid-regex'));
  });
  it('refuses a safe pattern that would let personal data through unscrubbed', () => {
    assert.ok(withSafe('\\d[\\d ]{12,20}').includes('safe-pattern-leaks-pii'));
    assert.ok(withSafe('.+').includes('safe-pattern-leaks-pii'));
  });
  it('refuses a safe pattern that matches empty text', () => {
    assert.ok(withSafe('x*').includes('safe-pattern-empty'));
  });
});
