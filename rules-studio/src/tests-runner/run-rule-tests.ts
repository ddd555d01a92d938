/** Runs a rules file's `tests:` through the widget's worker, one fresh conversation per case. */
import type { RulesTestCase } from '../../../core/rules/types.ts';
import type { BenchWorker } from '../bench/bench-worker.ts';
import { compareExpectation, type Mismatch } from './compare-expectation.ts';

export interface TestOutcome {
  test: RulesTestCase;
  status: 'pass' | 'fail' | 'error';
  mismatches: Mismatch[];
  error: string | null;
  summary: string;
}

export async function runRuleTests(
  bench: BenchWorker,
  tests: readonly RulesTestCase[],
  defaultLocale: string,
  onOutcome: (outcome: TestOutcome, index: number) => void = () => {},
  signal?: AbortSignal,
): Promise<TestOutcome[]> {
  const outcomes: TestOutcome[] = [];
  for (const [index, test] of tests.entries()) {
    if (signal?.aborted) break;
    let outcome: TestOutcome;
    try {
      const run = await bench.run(test.message, test.locale || defaultLocale, {
        turn: test.turn, unhelpfulCount: test.unhelpfulCount, optedOut: test.optedOut, askedForHuman: test.askedForHuman, page: test.page,
      });
      const mismatches = compareExpectation(test.expect, run.intent, run.decision);
      outcome = {
        test, mismatches, error: null, status: mismatches.length ? 'fail' : 'pass',
        summary: `${run.decision?.action.type ?? 'no decision'}${run.decision?.rule ? ` by ${run.decision.rule}` : ''}${run.intent ? `, intent ${run.intent.label}` : ''}`,
      };
    } catch (error) {
      outcome = { test, mismatches: [], status: 'error', error: `${(error as Error).name}: ${(error as Error).message}`, summary: '' };
    }
    outcomes.push(outcome);
    onOutcome(outcome, index);
  }
  return outcomes;
}
