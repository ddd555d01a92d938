/** Whether a draft may be published, and why not. Pure, so it is unit-tested. */

export interface GateInput {
  hasBundle: boolean;
  errorCount: number;
  testCount: number;
  /** Summary of the last test run against THIS draft's bundle, or null if not run since it changed. */
  tests: { passed: number; failed: number } | null;
  hasKey: boolean;
}

export function publishBlockers(input: GateInput): string[] {
  const reasons: string[] = [];
  if (input.errorCount > 0) reasons.push(`Fix ${input.errorCount} error${input.errorCount === 1 ? '' : 's'} first.`);
  else if (!input.hasBundle) reasons.push('The draft has not compiled yet.');
  if (input.testCount > 0 && !input.tests) reasons.push(`Run the ${input.testCount} tests on this draft.`);
  else if (input.tests && input.tests.failed > 0) reasons.push(`${input.tests.failed} test${input.tests.failed === 1 ? '' : 's'} failing.`);
  if (!input.hasKey) reasons.push('Import a signing key.');
  return reasons;
}
