import { compileCondition, type ConditionEvaluator } from './conditions.ts';
import type { RuleSpec, RulesBundle } from './types.ts';

export interface LinkedRule {
  spec: RuleSpec;
  when: ConditionEvaluator;
}

const linked = new WeakMap<RulesBundle, LinkedRule[]>();

/**
 * Precompiles a bundle's conditions into closures, once per bundle object (cached weakly, so the
 * bundle itself stays plain JSON). Throws ConditionError for a condition the engine cannot run.
 */
export function linkBundle(bundle: RulesBundle): LinkedRule[] {
  let rules = linked.get(bundle);
  if (!rules) {
    rules = bundle.rules.map((spec) => ({ spec, when: compileCondition(spec.when, bundle.businessHours) }));
    linked.set(bundle, rules);
  }
  return rules;
}
