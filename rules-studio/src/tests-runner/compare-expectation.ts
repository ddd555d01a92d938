/**
 * Compares a test case's `expect:` with what the worker decided. Pure, so it is unit-tested; each
 * mismatch names the field with expected and actual values (the test explorer's diff).
 */
import type { Decision, IntentInfo, RulesTestCase } from '../../../core/rules/types.ts';

export interface Mismatch { field: string; expected: string; actual: string }

const str = (v: unknown): string => (v === null || v === undefined ? '(none)' : String(v));

export function actualFields(intent: IntentInfo | null, decision: Decision | null): Record<string, string> {
  const a = decision?.action;
  return {
    intent: str(intent?.label),
    action: str(a?.type),
    rule: str(decision?.rule),
    queue: str(a?.type === 'handoff' ? a.queue : null),
    priority: str(a?.type === 'handoff' ? a.priority : null),
    notice: str(a?.type === 'notice' ? a.notice : null),
  };
}

export function compareExpectation(expect: RulesTestCase['expect'], intent: IntentInfo | null, decision: Decision | null): Mismatch[] {
  const actual = actualFields(intent, decision);
  const mismatches: Mismatch[] = [];
  for (const field of ['intent', 'action', 'rule', 'queue', 'priority', 'notice'] as const) {
    if (!(field in expect)) continue;
    const expected = str(expect[field]);
    if (expected !== actual[field]) mismatches.push({ field, expected, actual: actual[field]! });
  }
  return mismatches;
}
