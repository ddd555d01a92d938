import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileRules, decide, type RulesBundle } from '../../../core/rules/index.ts';
import { context, intent } from './fixtures/context.ts';
import { LABELS } from './fixtures/labels.ts';
import { MINIMAL_RULES } from './fixtures/minimal.ts';

/** The minimal rules plus one extra rule placed FIRST, so it is what a matching message hits. */
function bundleWith(rule: string): RulesBundle {
  const source = MINIMAL_RULES.replace('rules:\n', `rules:\n${rule}`);
  const result = compileRules(source, { labels: LABELS });
  assert.ok(result.bundle, result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message).join('\n'));
  return result.bundle;
}
const rule = (when: string, then = '{handoff: {queue: special}}') => `  - id: probe\n    when: ${when}\n    then: ${then}\n    explain: {en: "Probe matched.", de: "Probe passt."}\n`;
const fires = (when: string, ctx: Parameters<typeof context>[0]) => decide(bundleWith(rule(when)), context(ctx)).rule === 'probe';

const base = compileRules(MINIMAL_RULES, { labels: LABELS }).bundle!;

describe('decide: conditions', () => {
  it('matches intent is one id', () => {
    assert.equal(fires('{intent: roaming}', { intent: intent('roaming', 0.9) }), true);
    assert.equal(fires('{intent: roaming}', { intent: intent('check_usage', 0.9) }), false);
  });
  it('matches intent in a list of ids', () => {
    assert.equal(fires('{intent: [roaming, add_line]}', { intent: intent('add_line', 0.9) }), true);
  });
  it('matches confidence below a threshold', () => {
    assert.equal(fires('{confidenceBelow: 0.5}', { intent: intent('roaming', 0.4) }), true);
    assert.equal(fires('{confidenceBelow: 0.5}', { intent: intent('roaming', 0.5) }), false);
  });
  it('matches confidence at least a threshold', () => {
    assert.equal(fires('{confidenceAtLeast: 0.5}', { intent: intent('roaming', 0.5) }), true);
    assert.equal(fires('{confidenceAtLeast: 0.5}', { intent: intent('roaming', 0.49) }), false);
  });
  it('matches out of scope', () => {
    assert.equal(fires('{outOfScope: true}', { intent: intent('out_of_scope', 0.9) }), true);
    assert.equal(fires('{outOfScope: true}', { intent: intent('roaming', 0.9) }), false);
  });
  it('matches a locale the model does not support', () => {
    assert.equal(fires('{localeSupported: false}', { intent: intent('roaming', 0.9, { localeSupported: false }) }), true);
  });
  it('matches when the model is unavailable', () => {
    assert.equal(fires('{modelAvailable: false}', { intent: null }), true);
    assert.equal(fires('{modelAvailable: false}', {}), false);
  });
  it('matches detected PII types, any of a list or any at all', () => {
    assert.equal(fires('{piiDetected: [IBAN, EMAIL]}', { piiTypes: ['EMAIL'] }), true);
    assert.equal(fires('{piiDetected: [IBAN]}', { piiTypes: ['EMAIL'] }), false);
    assert.equal(fires('{piiDetected: true}', { piiTypes: ['PHONE'] }), true);
    assert.equal(fires('{piiDetected: true}', { piiTypes: [] }), false);
  });
  it('matches a phrase in the scrubbed text regardless of case', () => {
    assert.equal(fires('{phrase: [ombudsman, "legal action"]}', { text: 'I will take LEGAL ACTION' }), true);
    assert.equal(fires('{phrase: ombudsman}', { text: 'I am unhappy' }), false);
  });
  it('matches a pattern in the scrubbed text', () => {
    assert.equal(fires('{pattern: "TCK-\\\\d{6}"}', { text: 'about tck-123456 please' }), true);
    assert.equal(fires('{pattern: "TCK-\\\\d{6}"}', { text: 'about TCK-12' }), false);
  });
  it('matches the turn count bounds', () => {
    assert.equal(fires('{turnAtLeast: 3}', { turn: 3 }), true);
    assert.equal(fires('{turnAtLeast: 3}', { turn: 2 }), false);
    assert.equal(fires('{turnAtMost: 1}', { turn: 1 }), true);
    assert.equal(fires('{turnAtMost: 1}', { turn: 2 }), false);
  });
  it('matches the number of answers marked unhelpful', () => {
    assert.equal(fires('{unhelpfulAtLeast: 1}', { unhelpfulCount: 1 }), true);
    assert.equal(fires('{unhelpfulAtLeast: 1}', { unhelpfulCount: 0 }), false);
  });
  it('matches customers who opted out, asked for a person, or disagreed', () => {
    assert.equal(fires('{optedOut: true}', { optedOut: true }), true);
    assert.equal(fires('{askedForHuman: true}', { askedForHuman: true }), true);
    assert.equal(fires('{disagreed: true}', { disagreed: true }), true);
    assert.equal(fires('{disagreed: true}', {}), false);
  });
  it('matches business hours in the configured time zone', () => {
    // Monday 2026-06-01: 07:30 UTC is 09:30 in Berlin (open); 18:30 UTC is 20:30 (closed).
    assert.equal(fires('{businessHours: true}', { now: new Date('2026-06-01T07:30:00Z') }), true);
    assert.equal(fires('{businessHours: false}', { now: new Date('2026-06-01T18:30:00Z') }), true);
    assert.equal(fires('{businessHours: true}', { now: new Date('2026-06-06T10:00:00Z') }), false); // Saturday
  });
  it('matches the locale, including regional variants', () => {
    assert.equal(fires('{locale: de}', { locale: 'de-AT' }), true);
    assert.equal(fires('{locale: [fr, es]}', { locale: 'de' }), false);
  });
  it('matches page context passed by the host site', () => {
    assert.equal(fires('{page: {plan: business}}', { page: { plan: 'business' } }), true);
    assert.equal(fires('{page: {plan: [business, enterprise]}}', { page: { plan: 'enterprise' } }), true);
    assert.equal(fires('{page: {plan: business}}', { page: {} }), false);
  });
  it('does not read inherited properties as page context', () => {
    assert.equal(fires('{page: {toString: x}}', { page: {} }), false);
  });
  it('combines conditions with all, any and not', () => {
    const when = '{all: [{intent: roaming}, {any: [{locale: de}, {page: {plan: business}}]}], not: {turnAtLeast: 5}}';
    assert.equal(fires(when, { intent: intent('roaming', 0.9), locale: 'de', turn: 1 }), true);
    assert.equal(fires(when, { intent: intent('roaming', 0.9), locale: 'en', turn: 1 }), false);
    assert.equal(fires(when, { intent: intent('roaming', 0.9), locale: 'de', turn: 5 }), false);
  });
  it('requires every condition written together in one map', () => {
    assert.equal(fires('{intent: roaming, turnAtLeast: 2}', { intent: intent('roaming', 0.9), turn: 1 }), false);
  });
});

describe('decide: actions', () => {
  it('answers with the named intent in the customer locale with fallback to the default', () => {
    const b = bundleWith(rule('{phrase: travel}', '{answer: roaming}'));
    const d = decide(b, context({ text: 'travel', locale: 'de-CH' }));
    assert.deepEqual(d.action, { type: 'answer', intent: 'roaming', answer: { text: 'Roaming ist in der EU inklusive.', links: [], quickReplies: [] } });
    assert.equal(decide(b, context({ text: 'travel', locale: 'pt' })).action.type === 'answer' && (decide(b, context({ text: 'travel', locale: 'pt' })).action as { answer: { text: string } }).answer.text, 'Roaming is included in the EU.');
  });
  it('answers the detected intent with answer: true', () => {
    const d = decide(bundleWith(rule('{confidenceAtLeast: 0.5}', '{answer: true}')), context({ intent: intent('check_usage', 0.6) }));
    assert.equal(d.action.type, 'answer');
    assert.equal(d.rule, 'probe');
  });
  it('skips an answer rule when no answer is written for the detected intent and says why in the trace', () => {
    const d = decide(bundleWith(rule('{confidenceAtLeast: 0.5}', '{answer: true}')), context({ intent: intent('plan_info', 0.9) }));
    assert.notEqual(d.rule, 'probe');
    assert.equal(d.trace[0]?.skipped, 'no answer is written for plan_info');
  });
  it('asks to clarify with the top intents that have answers, labelled by their titles', () => {
    const top = [{ label: 'check_usage', score: 0.4 }, { label: 'plan_info', score: 0.3 }, { label: 'roaming', score: 0.25 }, { label: 'out_of_scope', score: 0.05 }];
    const d = decide(bundleWith(rule('{confidenceBelow: 0.5}', '{clarify: true}')), context({ intent: { ...intent('check_usage', 0.4), top }, locale: 'de' }));
    assert.deepEqual(d.action, { type: 'clarify', options: [{ intent: 'check_usage', label: 'Verbrauch' }, { intent: 'roaming', label: 'Roaming' }] });
  });
  it('asks to clarify with the options a rule lists', () => {
    const d = decide(bundleWith(rule('{phrase: abroad}', '{clarify: {options: [roaming, check_usage]}}')), context({ text: 'abroad' }));
    assert.deepEqual(d.action, { type: 'clarify', options: [{ intent: 'roaming', label: 'Roaming' }, { intent: 'check_usage', label: 'Usage' }] });
  });
  it('hands off with the rule queue and priority', () => {
    const d = decide(base, context({ intent: intent('fraud_report', 0.8) }));
    assert.deepEqual(d.action, { type: 'handoff', queue: 'security', priority: 'urgent' });
    assert.equal(d.explanation, 'Your message mentions a lost phone, so a person takes over.');
  });
  it('hands off to the default queue at normal priority when the rule names neither', () => {
    const d = decide(bundleWith(rule('{phrase: agent}', '{handoff: {}}')), context({ text: 'agent' }));
    assert.deepEqual(d.action, { type: 'handoff', queue: 'general', priority: 'normal' });
  });
  it('shows a notice in the customer locale', () => {
    const d = decide(bundleWith(rule('{businessHours: false}', '{notice: after-hours}')), context({ now: new Date('2026-06-01T21:00:00Z'), locale: 'de' }));
    assert.deepEqual(d.action, { type: 'notice', notice: 'after-hours', text: 'Unser Team ist offline.' });
    assert.equal(d.explanation, 'Probe passt.');
  });
});

describe('decide: safe behaviour and traces', () => {
  it('always hands an opted-out customer to a person, skipping non-hand-off rules', () => {
    const d = decide(bundleWith(rule('{intent: roaming}', '{answer: roaming}')), context({ intent: intent('roaming', 0.99), optedOut: true }));
    assert.equal(d.action.type, 'handoff');
    assert.match(d.trace[0]!.skipped!, /opted out/);
  });
  it('always hands a customer who asked for a person to one, but lets hand-off rules pick the queue', () => {
    const d = decide(bundleWith(rule('{page: {plan: business}}')), context({ askedForHuman: true, page: { plan: 'business' } }));
    assert.deepEqual(d.action, { type: 'handoff', queue: 'special', priority: 'normal' });
    const plain = decide(base, context({ askedForHuman: true, intent: intent('check_usage', 0.99) }));
    assert.deepEqual(plain.action, { type: 'handoff', queue: 'general', priority: 'normal' });
    assert.equal(plain.explanation, 'You asked for a person, so we are connecting you to one.');
  });
  it('answers by default when the intent has an answer and the model is confident', () => {
    const d = decide(base, context({ intent: intent('check_usage', 0.85) }));
    assert.equal(d.action.type, 'answer');
    assert.equal(d.rule, null);
    assert.match(d.explanation, /“Usage” \(85% sure\)/);
  });
  it('clarifies by default when the model is unsure but has candidates with answers', () => {
    const d = decide(base, context({ intent: { ...intent('check_usage', 0.5), top: [{ label: 'check_usage', score: 0.5 }, { label: 'roaming', score: 0.3 }] } }));
    assert.equal(d.action.type, 'clarify');
  });
  it('hands off by default when nothing can be answered or offered', () => {
    assert.equal(decide(base, context({ intent: intent('plan_info', 0.95) })).action.type, 'handoff');
  });
  it('hands off by default when the model is unavailable', () => {
    const d = decide(base, context({ intent: null }));
    assert.equal(d.action.type, 'handoff');
    assert.match(d.explanation, /not available/);
  });
  it('does not answer automatically for out-of-scope messages or unsupported locales', () => {
    assert.notEqual(decide(base, context({ intent: intent('out_of_scope', 0.95) })).action.type, 'answer');
    assert.notEqual(decide(base, context({ intent: intent('check_usage', 0.95, { localeSupported: false }), locale: 'pl' })).action.type, 'answer');
  });
  it('hands off by default when the message asks for a person in words', () => {
    const d = decide(base, context({ intent: intent('speak_to_human', 0.6) }));
    assert.deepEqual(d.action, { type: 'handoff', queue: 'general', priority: 'normal' });
    assert.equal(d.explanation, 'You asked for a person, so we are connecting you to one.');
  });
  it('hands off after the configured number of unhelpful answers', () => {
    assert.equal(decide(base, context({ intent: intent('check_usage', 0.95), unhelpfulCount: 2 })).action.type, 'handoff');
  });
  it('traces every rule considered and every condition with the value it saw', () => {
    const d = decide(base, context({ intent: intent('check_usage', 0.85), piiTypes: ['EMAIL'] }));
    assert.deepEqual(d.trace.map((t) => [t.rule, t.matched]), [['lost-phone', false], ['card-number', false], ['(default)', true]]);
    assert.deepEqual(d.trace[0]!.conditions, [{ path: 'intent', condition: 'intent in [lost_stolen_device, fraud_report]', saw: 'check_usage', matched: false }]);
    assert.deepEqual(d.trace[1]!.conditions[0]!.saw, ['EMAIL']);
    assert.equal(typeof d.trace[0]!.line, 'number');
  });
  it('traces nested conditions with their paths', () => {
    const d = decide(bundleWith(rule('{any: [{locale: fr}, {not: {turnAtLeast: 2}}]}')), context());
    assert.deepEqual(d.trace[0]!.conditions.map((c) => [c.path, c.matched]), [['any[0].locale', false], ['any[1].not', true], ['any[1].not.turnAtLeast', false]]);
  });
  it('produces a decision that survives structured cloning unchanged', () => {
    const d = decide(base, context({ intent: intent('check_usage', 0.85) }));
    assert.deepEqual(structuredClone(d), d);
    assert.deepEqual(JSON.parse(JSON.stringify(d)), d);
  });
  it('is deterministic: the same context gives the same decision', () => {
    const ctx = context({ intent: intent('roaming', 0.6), text: 'abroad' });
    assert.deepEqual(decide(base, ctx), decide(base, ctx));
  });
  it('works on a bundle that went through JSON and structured clone', () => {
    const copy = JSON.parse(JSON.stringify(base)) as RulesBundle;
    assert.deepEqual(decide(structuredClone(copy), context({ intent: intent('fraud_report', 0.9) })).action, { type: 'handoff', queue: 'security', priority: 'urgent' });
  });
});

describe('decide: malformed context', () => {
  it('never throws on a malformed context and hands off when the intent cannot be trusted', () => {
    const bad = [
      {},
      null,
      { text: 42, piiTypes: 'EMAIL', intent: { label: 'check_usage', score: 7 }, turn: 'x', page: [1], now: 'yesterday' },
      { ...context(), intent: { label: 'check_usage', score: Number.NaN, top: null } },
    ];
    for (const ctx of bad) {
      const d = decide(base, ctx as never);
      assert.equal(d.action.type, 'handoff');
    }
  });
  it('ignores non-string page values', () => {
    assert.equal(fires('{page: {plan: business}}', { page: { plan: ['business'] } as never }), false);
  });
});
