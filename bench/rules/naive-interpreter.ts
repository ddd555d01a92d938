/**
 * The named baseline: a straightforward interpreter of the SAME rules that walks each condition
 * object on every message (switch on the key, regexes and sets built per evaluation), producing
 * the same trace shape, first match wins. This is what decide() would be without precompiling.
 */
import type { ConditionSpec, ConditionTrace, DecisionContext, RuleSpec } from '../../core/rules/index.ts';

function evaluate(spec: ConditionSpec, c: DecisionContext, path: string, trace: ConditionTrace[]): boolean {
  let all = true;
  for (const [key, value] of Object.entries(spec)) {
    const p = path ? `${path}.${key}` : key;
    let matched: boolean;
    let saw: ConditionTrace['saw'] = null;
    switch (key) {
      case 'all': matched = (value as ConditionSpec[]).map((s, i) => evaluate(s, c, `${p}[${i}]`, trace)).every(Boolean); break;
      case 'any': matched = (value as ConditionSpec[]).map((s, i) => evaluate(s, c, `${p}[${i}]`, trace)).some(Boolean); break;
      case 'not': matched = !evaluate(value as ConditionSpec, c, p, trace); break;
      case 'intent': saw = c.intent?.label ?? null; matched = !!c.intent && ([] as string[]).concat(value as string).includes(c.intent.label); break;
      case 'confidenceBelow': saw = c.intent?.score ?? null; matched = !!c.intent && c.intent.score < (value as number); break;
      case 'confidenceAtLeast': saw = c.intent?.score ?? null; matched = !!c.intent && c.intent.score >= (value as number); break;
      case 'turnAtLeast': saw = c.turn; matched = c.turn >= (value as number); break;
      case 'unhelpfulAtLeast': saw = c.unhelpfulCount; matched = c.unhelpfulCount >= (value as number); break;
      case 'phrase': matched = ([] as string[]).concat(value as string).some((w) => c.text.toLowerCase().includes(w.toLowerCase())); break;
      case 'pattern': { const m = new RegExp(value as string, 'i').exec(c.text); saw = m?.[0] ?? null; matched = !!m; break; }
      case 'piiDetected': saw = [...c.piiTypes]; matched = value === true ? c.piiTypes.length > 0 : (value as string[]).some((t) => c.piiTypes.includes(t)); break;
      case 'locale': saw = c.locale; matched = ([] as string[]).concat(value as string).some((l) => c.locale === l || c.locale.startsWith(`${l}-`)); break;
      case 'page': matched = Object.entries(value as Record<string, string | string[]>).every(([k, v]) => Object.hasOwn(c.page, k) && ([] as string[]).concat(v).includes(c.page[k]!)); break;
      default: throw new Error(`naive interpreter: unsupported condition ${key}`);
    }
    trace.push({ path: p, condition: key, saw, matched });
    all = all && matched;
  }
  return all;
}

export function naiveDecide(rules: readonly RuleSpec[], c: DecisionContext): { rule: string | null; trace: unknown[] } {
  const trace: { rule: string; matched: boolean; conditions: ConditionTrace[] }[] = [];
  for (const rule of rules) {
    const conditions: ConditionTrace[] = [];
    const matched = rule.when ? evaluate(rule.when, c, '', conditions) : true;
    trace.push({ rule: rule.id, matched, conditions });
    if (matched) return { rule: rule.id, trace };
  }
  return { rule: null, trace };
}
