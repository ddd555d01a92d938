/** Runs a rules file's `tests:` through the widget's worker, one fresh conversation per case. */
import { decide } from '../../../core/rules/index.ts';
import type { Decision, RulesBundle, RulesTestCase } from '../../../core/rules/types.ts';
import type { BenchWorker } from '../bench/bench-worker.ts';
import { compareExpectation, type Mismatch } from './compare-expectation.ts';

export interface TestOutcome {
  test: RulesTestCase;
  status: 'pass' | 'fail' | 'error';
  mismatches: Mismatch[];
  error: string | null;
  summary: string;
}

/**
 * The worker decides with the current time. A case that fixes `now:` (e.g. business hours) is decided
 * again by the same engine (`decide` from core/rules) with the worker's scrubbed text and intent, at
 * that time.
 */
function decisionAt(bundle: RulesBundle, test: RulesTestCase, run: Awaited<ReturnType<BenchWorker['run']>>): Decision | null {
  if (!test.now || !run.decision) return run.decision;
  return decide(bundle, {
    text: run.scrubbed, piiTypes: [...new Set(run.entities.map((e) => e.type))], intent: run.intent,
    turn: test.turn, unhelpfulCount: test.unhelpfulCount, optedOut: test.optedOut, askedForHuman: test.askedForHuman,
    locale: test.locale || bundle.defaultLocale, page: test.page, now: new Date(test.now),
  });
}

export async function runRuleTests(
  bench: BenchWorker,
  bundle: RulesBundle,
  tests: readonly RulesTestCase[],
  onOutcome: (outcome: TestOutcome, index: number) => void = () => {},
  signal?: AbortSignal,
): Promise<TestOutcome[]> {
  const outcomes: TestOutcome[] = [];
  for (const [index, test] of tests.entries()) {
    if (signal?.aborted) break;
    let outcome: TestOutcome;
    try {
      const run = await bench.run(test.message, test.locale || bundle.defaultLocale, {
        turn: test.turn, unhelpfulCount: test.unhelpfulCount, optedOut: test.optedOut, askedForHuman: test.askedForHuman, page: test.page,
      });
      const decision = decisionAt(bundle, test, run);
      const mismatches = compareExpectation(test.expect, run.intent, decision);
      outcome = {
        test, mismatches, error: null, status: mismatches.length ? 'fail' : 'pass',
        summary: `${decision?.action.type ?? 'no decision'}${decision?.rule ? ` by ${decision.rule}` : ''}${run.intent ? `, intent ${run.intent.label} ${(run.intent.score * 100).toFixed(0)}%` : ''}${test.now ? ` at ${test.now}` : ''}`,
      };
    } catch (error) {
      outcome = { test, mismatches: [], status: 'error', error: `${(error as Error).name}: ${(error as Error).message}`, summary: '' };
    }
    outcomes.push(outcome);
    onOutcome(outcome, index);
  }
  return outcomes;
}
