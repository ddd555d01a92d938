import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { compileRules, decide, renderSafeMarkdown } from '../../../core/rules/index.ts';
import { context, intent } from './fixtures/context.ts';
import { LABELS } from './fixtures/labels.ts';

const source = readFileSync('rules-studio/examples/rules.yaml', 'utf8');
const result = compileRules(source, { labels: LABELS, now: new Date('2026-06-01T00:00:00Z') });
const bundle = result.bundle!;
const TUESDAY_NOON = new Date('2026-06-02T11:00:00Z');
const TUESDAY_NIGHT = new Date('2026-06-02T22:30:00Z');

describe('the Northwind Mobile example rule set', () => {
  it('compiles with no errors and no warnings', () => {
    assert.deepEqual(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`), []);
    assert.ok(bundle);
  });
  it('is written in English, German, French and Spanish with every text translated', () => {
    assert.deepEqual(bundle.locales, ['en', 'de', 'fr', 'es']);
    for (const texts of [bundle.disclosure, ...Object.values(bundle.notices)]) assert.deepEqual(Object.keys(texts).sort(), ['de', 'en', 'es', 'fr']);
  });
  it('has the transparency notices the widget shows', () => {
    assert.deepEqual(Object.keys(bundle.notices).sort(), ['after-hours', 'handoff-data', 'opt-out', 'retention', 'scrubbing']);
  });
  it('renders every notice link as a safe token', () => {
    const tokens = renderSafeMarkdown(bundle.notices['after-hours']!.en!);
    assert.ok(tokens.some((t) => t.type === 'link' && t.href === 'tel:+448000004242'));
  });
  it('sends a stolen phone to the security team at urgent priority in any language', () => {
    const d = decide(bundle, context({ intent: intent('lost_stolen_device', 0.9), locale: 'fr', now: TUESDAY_NOON }));
    assert.deepEqual(d.action, { type: 'handoff', queue: 'security', priority: 'urgent' });
    assert.match(d.explanation, /équipe sécurité/);
  });
  it('routes business customers who need a person to the business queue', () => {
    const d = decide(bundle, context({ askedForHuman: true, page: { plan: 'business' }, now: TUESDAY_NOON }));
    assert.equal(d.rule, 'business-customers');
  });
  it('queues requests for a person outside business hours for a callback', () => {
    assert.deepEqual(decide(bundle, context({ askedForHuman: true, now: TUESDAY_NIGHT })).action, { type: 'handoff', queue: 'callback', priority: 'normal' });
  });
  it('escalates a billing dispute to billing after an unhelpful answer', () => {
    assert.equal(decide(bundle, context({ intent: intent('billing_dispute', 0.9), now: TUESDAY_NOON })).action.type, 'answer');
    assert.equal(decide(bundle, context({ intent: intent('billing_dispute', 0.9), unhelpfulCount: 1, now: TUESDAY_NOON })).rule, 'billing-dispute-escalation');
  });
  it('asks to clarify when the model is unsure', () => {
    const top = [{ label: 'roaming', score: 0.4 }, { label: 'plan_info', score: 0.3 }];
    const d = decide(bundle, context({ intent: { ...intent('roaming', 0.4), top }, locale: 'es', now: TUESDAY_NOON }));
    assert.deepEqual(d.action, { type: 'clarify', options: [{ intent: 'roaming', label: 'Roaming' }, { intent: 'plan_info', label: 'Mi tarifa' }] });
  });
  it('shows the after-hours notice to a greeting at night', () => {
    const d = decide(bundle, context({ intent: intent('greeting', 0.95), locale: 'de', now: TUESDAY_NIGHT }));
    assert.equal(d.action.type, 'notice');
  });
  it('keeps ticket numbers as a safe pattern and the transcript for 7 days', () => {
    assert.deepEqual(bundle.privacy, { retentionDays: 7, handoffTranscript: 'full', safePatterns: ['TCK-\\d{6}'] });
  });
  it('has a tests section', () => {
    assert.ok((result.tests?.length ?? 0) >= 10);
  });
});
