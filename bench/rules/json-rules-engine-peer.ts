/**
 * The same synthetic rules expressed for json-rules-engine 7 (a widely used JSON rules engine),
 * with custom operators for phrase, pattern and PII checks. It evaluates every rule per run (async).
 */
import { Engine, type RuleProperties, type TopLevelCondition, type ConditionProperties } from 'json-rules-engine';
import type { ConditionSpec, DecisionContext, RuleSpec } from '../../core/rules/index.ts';

type Cond = ConditionProperties | TopLevelCondition;

function translate(spec: ConditionSpec): Cond[] {
  const out: Cond[] = [];
  for (const [key, value] of Object.entries(spec)) {
    switch (key) {
      case 'intent': out.push({ fact: 'intent', operator: 'in', value: ([] as string[]).concat(value as string) }); break;
      case 'confidenceBelow': out.push({ fact: 'confidence', operator: 'lessThan', value }); break;
      case 'turnAtLeast': out.push({ fact: 'turn', operator: 'greaterThanInclusive', value }); break;
      case 'unhelpfulAtLeast': out.push({ fact: 'unhelpfulCount', operator: 'greaterThanInclusive', value }); break;
      case 'phrase': out.push({ fact: 'text', operator: 'includesAnyPhrase', value }); break;
      case 'pattern': out.push({ fact: 'text', operator: 'matchesPattern', value }); break;
      case 'piiDetected': out.push({ fact: 'piiTypes', operator: 'intersects', value }); break;
      case 'locale': out.push({ fact: 'locale', operator: 'in', value: ([] as string[]).concat(value as string) }); break;
      case 'page': for (const [k, v] of Object.entries(value as Record<string, string>)) out.push({ fact: `page_${k}`, operator: 'in', value: ([] as string[]).concat(v) }); break;
      case 'any': out.push({ any: (value as ConditionSpec[]).map((s) => ({ all: translate(s) })) }); break;
      case 'not': out.push({ not: { all: translate(value as ConditionSpec) } }); break;
      default: throw new Error(`json-rules-engine peer: unsupported condition ${key}`);
    }
  }
  return out;
}

export function buildEngine(rules: readonly RuleSpec[]): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addOperator<string, string[]>('includesAnyPhrase', (text, phrases) => phrases.some((p) => text.toLowerCase().includes(p.toLowerCase())));
  engine.addOperator<string, string>('matchesPattern', (text, pattern) => new RegExp(pattern, 'i').test(text));
  engine.addOperator<string[], string[]>('intersects', (types, wanted) => wanted.some((t) => types.includes(t)));
  rules.forEach((rule, i) => {
    const props: RuleProperties = { name: rule.id, priority: rules.length - i, conditions: { all: translate(rule.when ?? {}) }, event: { type: 'handoff', params: rule.then.handoff } };
    engine.addRule(props);
  });
  return engine;
}

export function factsFor(c: DecisionContext): Record<string, unknown> {
  const facts: Record<string, unknown> = {
    intent: c.intent?.label ?? null, confidence: c.intent?.score ?? null, turn: c.turn, unhelpfulCount: c.unhelpfulCount,
    text: c.text, piiTypes: c.piiTypes, locale: c.locale,
  };
  for (const [k, v] of Object.entries(c.page)) facts[`page_${k}`] = v;
  if (!('page_plan' in facts)) facts.page_plan = null;
  return facts;
}
