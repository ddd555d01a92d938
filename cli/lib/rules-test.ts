/**
 * `rules test`: runs the `tests:` section of rules.yaml through the real PII scrubber
 * (core/privacy ScrubSession), the real intent model (cli/lib/node-intent.ts) and decide().
 */
import { decide, formatDiagnostic, type Decision, type RulesBundle, type RulesTestCase } from '../../core/rules/index.ts';
import type { IntentInfo } from '../../core/rules/index.ts';
import { compileFile, type Io } from './rules-compile.ts';

interface Scrubber { scrub(text: string, options?: { locale?: string; safePatterns?: readonly string[] }): { text: string; entities: { type: string }[] } }
interface Classifier { classify(text: string, locale?: string): Promise<IntentInfo>; dispose(): Promise<void> }

// Imported by path at run time so `check`/`compile` work even where these parts are absent.
const PRIVACY_MODULE = '../../core/privacy/index.ts';
const INTENT_MODULE = './node-intent.ts';

async function loadParts(modelDir: string | undefined): Promise<{ newSession: () => Scrubber; classifier: Classifier }> {
  let privacy: { ScrubSession: new () => Scrubber };
  try {
    privacy = (await import(PRIVACY_MODULE)) as typeof privacy;
  } catch (error) {
    throw new Error(`rules test needs the PII engine (core/privacy/index.ts): ${(error as Error).message}`);
  }
  let intent: { loadNodeClassifier: (dir?: string) => Promise<Classifier> };
  try {
    intent = (await import(INTENT_MODULE)) as typeof intent;
  } catch (error) {
    throw new Error(`rules test needs the intent runtime (cli/lib/node-intent.ts): ${(error as Error).message}`);
  }
  const classifier = await intent.loadNodeClassifier(modelDir);
  return { newSession: () => new privacy.ScrubSession(), classifier };
}

/** Compares a decision with a test's expectations; returns the mismatches. */
export function mismatches(test: RulesTestCase, intentLabel: string | null, decision: Decision): string[] {
  const out: string[] = [];
  const e = test.expect;
  const a = decision.action;
  if (e.intent !== undefined && e.intent !== intentLabel) out.push(`intent: expected ${e.intent}, got ${intentLabel ?? 'none'}`);
  if (e.action !== undefined && e.action !== a.type) out.push(`action: expected ${e.action}, got ${a.type}`);
  if (e.rule !== undefined && e.rule !== decision.rule) out.push(`rule: expected ${e.rule ?? '(default)'}, got ${decision.rule ?? '(default)'}`);
  if (e.queue !== undefined && !(a.type === 'handoff' && a.queue === e.queue)) out.push(`queue: expected ${e.queue}, got ${a.type === 'handoff' ? a.queue : `no hand-off (${a.type})`}`);
  if (e.priority !== undefined && !(a.type === 'handoff' && a.priority === e.priority)) out.push(`priority: expected ${e.priority}, got ${a.type === 'handoff' ? a.priority : `no hand-off (${a.type})`}`);
  if (e.notice !== undefined && !(a.type === 'notice' && a.notice === e.notice)) out.push(`notice: expected ${e.notice}, got ${a.type === 'notice' ? a.notice : a.type}`);
  return out;
}

async function runCase(bundle: RulesBundle, test: RulesTestCase, parts: { newSession: () => Scrubber; classifier: Classifier }) {
  const session = parts.newSession();
  const scrubbed = session.scrub(test.message, { locale: test.locale, safePatterns: bundle.privacy.safePatterns });
  const intent = test.optedOut ? null : await parts.classifier.classify(scrubbed.text, test.locale);
  const decision = decide(bundle, {
    text: scrubbed.text,
    piiTypes: [...new Set(scrubbed.entities.map((entity) => entity.type))],
    intent,
    turn: test.turn,
    unhelpfulCount: test.unhelpfulCount,
    optedOut: test.optedOut,
    askedForHuman: test.askedForHuman,
    locale: test.locale,
    page: test.page,
    now: test.now ? new Date(test.now) : new Date(),
  });
  return { scrubbed: scrubbed.text, intent, decision };
}

export async function testCommand(file: string, modelDir: string | undefined, io: Io): Promise<number> {
  const result = await compileFile(file, modelDir);
  for (const d of result.diagnostics.filter((x) => x.severity === 'error')) io.err(formatDiagnostic(d, file));
  if (!result.bundle) {
    io.err(`${file}: does not compile; fix the errors above first.`);
    return 1;
  }
  const tests = result.tests ?? [];
  if (!tests.length) {
    io.err(`${file}: has no tests: section.`);
    return 1;
  }
  const parts = await loadParts(modelDir);
  let failed = 0;
  try {
    for (const test of tests) {
      const { scrubbed, intent, decision } = await runCase(result.bundle, test, parts);
      const problems = mismatches(test, intent?.label ?? null, decision);
      const outcome = `${decision.action.type}${decision.action.type === 'handoff' ? ` ${decision.action.queue}/${decision.action.priority}` : ''} by ${decision.rule ?? '(default)'}`;
      if (problems.length) {
        failed++;
        io.out(`FAIL ${file}:${test.line} ${test.name} — ${problems.join('; ')}`);
        io.out(`     scrubbed: ${JSON.stringify(scrubbed)}; intent ${intent ? `${intent.label} ${intent.score.toFixed(2)}` : 'none'}; got ${outcome}`);
      } else {
        io.out(`PASS ${file}:${test.line} ${test.name} — ${outcome}${intent ? ` (intent ${intent.label} ${intent.score.toFixed(2)})` : ''}`);
      }
    }
  } finally {
    await parts.classifier.dispose();
  }
  io.out(`${tests.length - failed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}
