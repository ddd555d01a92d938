import { fillPlaceholders } from './explanations.ts';
import { linkBundle } from './link-bundle.ts';
import { entryFor, textFor } from './locale.ts';
import { normalizeContext } from './normalize-context.ts';
import type { Action, ActionSpec, ConditionTrace, Decision, DecisionContext, ExplanationKey, RulesBundle, TraceEntry } from './types.ts';

/** The label the intent model uses for messages outside what support handles. */
export const OUT_OF_SCOPE = 'out_of_scope';
/** The label the intent model uses when the customer asks for a person in words. */
export const SPEAK_TO_HUMAN = 'speak_to_human';

const percent = (score: number) => String(Math.round(score * 100));

function topicOf(bundle: RulesBundle, intent: string, locale: string): string {
  return entryFor(bundle, bundle.answers[intent], locale)?.title ?? intent.replace(/_/g, ' ');
}

function answerAction(bundle: RulesBundle, intent: string, locale: string): Action | null {
  if (!Object.hasOwn(bundle.answers, intent)) return null;
  const answer = entryFor(bundle, bundle.answers[intent], locale);
  if (!answer) return null;
  return { type: 'answer', intent, answer: { text: answer.text, links: answer.links ?? [], quickReplies: answer.quickReplies ?? [] } };
}

function clarifyOptions(bundle: RulesBundle, context: DecisionContext, explicit?: readonly string[]): { intent: string; label: string }[] {
  const pick = explicit ?? (context.intent?.top ?? [])
    .filter((t) => t.label !== OUT_OF_SCOPE && t.score >= bundle.settings.clarifyThreshold && Object.hasOwn(bundle.answers, t.label))
    .map((t) => t.label);
  return pick.slice(0, bundle.settings.maxClarifyOptions).map((intent) => ({ intent, label: topicOf(bundle, intent, context.locale) }));
}

/** Turns a rule's action into a concrete action, or gives the reason it cannot apply right now. */
function resolve(bundle: RulesBundle, then: ActionSpec, context: DecisionContext): Action | string {
  if (then.handoff) {
    return { type: 'handoff', queue: then.handoff.queue ?? bundle.settings.defaultQueue, priority: then.handoff.priority ?? 'normal' };
  }
  if (context.optedOut) return 'the customer opted out of AI, so only hand-off rules apply';
  if (context.askedForHuman) return 'the customer asked for a person, so only hand-off rules apply';
  if (then.answer !== undefined) {
    const intent = then.answer === true ? context.intent?.label : then.answer;
    if (!intent || intent === OUT_OF_SCOPE) return 'no intent to answer';
    return answerAction(bundle, intent, context.locale) ?? `no answer is written for ${intent}`;
  }
  if (then.clarify !== undefined) {
    const options = clarifyOptions(bundle, context, then.clarify === true ? undefined : then.clarify.options);
    return options.length ? { type: 'clarify', options } : 'no topics to offer';
  }
  if (then.notice !== undefined) {
    if (!Object.hasOwn(bundle.notices, then.notice)) return `no notice ${then.notice}`;
    return { type: 'notice', notice: then.notice, text: textFor(bundle, bundle.notices[then.notice], context.locale) };
  }
  return 'no action';
}

function explain(bundle: RulesBundle, key: ExplanationKey, context: DecisionContext, action: Action): string {
  return fillPlaceholders(textFor(bundle, bundle.explanations[key], context.locale), placeholders(bundle, context, action));
}

function placeholders(bundle: RulesBundle, context: DecisionContext, action: Action): Record<string, string> {
  const values: Record<string, string> = {};
  if (context.intent) {
    values.topic = topicOf(bundle, action.type === 'answer' ? action.intent : context.intent.label, context.locale);
    values.confidence = percent(context.intent.score);
  }
  if (action.type === 'handoff') values.queue = action.queue;
  return values;
}

/**
 * What happens when no rule matched — safe and documented:
 * 1. opted out of AI, or asked for a person → hand off (a person is always reachable);
 * 2. too many answers marked unhelpful → hand off;
 * 3. no intent (model unavailable), or the message asks for a person (speak_to_human) → hand off;
 * 4. language the model does not cover, or out of scope → clarify with the best topics, else hand off;
 * 5. the intent has an answer and confidence ≥ `confidenceThreshold` → answer;
 * 6. topics with answers at ≥ `clarifyThreshold` → clarify; else hand off.
 */
function fallback(bundle: RulesBundle, context: DecisionContext): { action: Action; key: ExplanationKey; conditions: ConditionTrace[] } {
  const s = bundle.settings;
  const handoff: Action = { type: 'handoff', queue: s.defaultQueue, priority: 'normal' };
  const conditions: ConditionTrace[] = [];
  const check = (condition: string, saw: ConditionTrace['saw'], matched: boolean) => {
    conditions.push({ path: 'default', condition, saw, matched });
    return matched;
  };
  if (check('customer opted out of AI', context.optedOut, context.optedOut)) return { action: handoff, key: 'optedOut', conditions };
  if (check('customer asked for a person', context.askedForHuman, context.askedForHuman)) return { action: handoff, key: 'askedForHuman', conditions };
  if (check(`answers marked unhelpful at least ${s.handoffAfterUnhelpful}`, context.unhelpfulCount, context.unhelpfulCount >= s.handoffAfterUnhelpful)) return { action: handoff, key: 'unhelpful', conditions };
  const intent = context.intent;
  if (check('intent model unavailable', intent === null, intent === null) || !intent) return { action: handoff, key: 'modelUnavailable', conditions };
  const unsure = (key: ExplanationKey) => {
    const options = clarifyOptions(bundle, context);
    check('topics to offer', options.map((o) => o.intent), options.length > 0);
    return { action: options.length ? ({ type: 'clarify', options } as Action) : handoff, key, conditions };
  };
  if (check('customer asked for a person in words', intent.label, intent.label === SPEAK_TO_HUMAN && intent.score >= s.clarifyThreshold)) return { action: handoff, key: 'askedForHuman', conditions };
  if (check('locale not covered by the model', context.locale, !intent.localeSupported)) return unsure('localeUnsupported');
  if (check('out of scope', intent.label, intent.outOfScope || intent.label === OUT_OF_SCOPE)) return unsure('outOfScope');
  const answer = answerAction(bundle, intent.label, context.locale);
  check(`answer written for ${intent.label}`, answer !== null, answer !== null);
  if (answer && check(`confidence at least ${s.confidenceThreshold}`, intent.score, intent.score >= s.confidenceThreshold)) return { action: answer, key: 'answer', conditions };
  const options = clarifyOptions(bundle, context);
  if (check(`topics with confidence at least ${s.clarifyThreshold}`, options.map((o) => o.intent), options.length > 0)) {
    return { action: { type: 'clarify', options }, key: 'clarify', conditions };
  }
  return { action: handoff, key: 'handoff', conditions };
}

/**
 * Decides what to do with one scrubbed customer message: the first rule (top to bottom) whose
 * conditions match and whose action can apply wins; otherwise the safe default. Deterministic;
 * the trace lists every rule considered and every condition with the value it saw. A malformed
 * context is read in its safest form (see normalizeContext) instead of throwing.
 */
export function decide(bundle: RulesBundle, input: DecisionContext): Decision {
  const context = normalizeContext(input);
  const rules = linkBundle(bundle);
  const trace: TraceEntry[] = [];
  for (const rule of rules) {
    const conditions: ConditionTrace[] = [];
    const matched = rule.when(context, conditions);
    const entry: TraceEntry = { rule: rule.spec.id, line: rule.spec.line ?? null, matched, conditions };
    trace.push(entry);
    if (!matched) continue;
    const action = resolve(bundle, rule.spec.then, context);
    if (typeof action === 'string') {
      entry.skipped = action;
      continue;
    }
    const explanation = fillPlaceholders(textFor(bundle, rule.spec.explain, context.locale), placeholders(bundle, context, action));
    return { action, rule: rule.spec.id, explanation, trace };
  }
  const { action, key, conditions } = fallback(bundle, context);
  trace.push({ rule: '(default)', line: null, matched: true, conditions });
  return { action, rule: null, explanation: explain(bundle, key, context, action), trace };
}
