/**
 * npm run audit:intent -- [--model dir/] [--raw] [--json]
 * Runs the fairness audit (core/intent AUDIT_GROUPS + runAudit) against a model folder and prints the
 * share of counterfactual groups answered the same and the accuracy per variant kind. Exits 1 when
 * consistency falls under models/audit/threshold.json's min_consistency, 2 on a usage error.
 * Each message goes through the PII engine first (scrub, then classify: the pipeline the model was
 * trained for, where names become [PERSON_1]); --raw classifies the text as typed instead.
 */
import { readFileSync } from 'node:fs';
import { loadNodeClassifier } from '../../cli/lib/node-intent.ts';
import { AUDIT_GROUPS, runAudit, type AuditReport } from '../../core/intent/index.ts';
import { scrub } from '../../core/privacy/index.ts';

const USAGE = 'usage: npm run audit:intent -- [--model dir/] [--json]';

export function readThreshold(file = 'models/audit/threshold.json'): number {
  const t = (JSON.parse(readFileSync(file, 'utf8')) as { min_consistency?: unknown }).min_consistency;
  if (typeof t !== 'number' || t < 0 || t > 1) throw new Error(`${file}: min_consistency must be a number between 0 and 1`);
  return t;
}

export function formatAudit(r: AuditReport, threshold: number): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const lines = [
    `| variant kind | groups | consistent | accuracy |`,
    `|---|---:|---:|---:|`,
    ...Object.entries(r.byKind).map(([kind, k]) => `| ${kind} | ${k.groups} | ${pct(k.consistency)} | ${pct(k.accuracy)} |`),
    `| **all** | ${r.groups} | **${pct(r.consistency)}** | ${pct(r.accuracy)} |`,
    '',
    `consistency ${r.consistency.toFixed(3)} (threshold ${threshold}) → ${r.consistency >= threshold ? 'PASS' : 'FAIL'}`,
  ];
  for (const g of r.inconsistent) lines.push(`  inconsistent ${g.id} (expected ${g.expected}): ${g.predictions.map((p) => `"${p.text}" → ${p.label}`).join('; ')}`);
  return lines.join('\n');
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  let model = 'models/intent';
  let json = false;
  let raw = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--model' && argv[i + 1] && !argv[i + 1]!.startsWith('--')) model = argv[++i]!;
    else if (argv[i] === '--json') json = true;
    else if (argv[i] === '--raw') raw = true;
    else {
      console.error(`unknown or incomplete option "${argv[i]}"; valid options: --model dir/, --raw, --json. ${USAGE}`);
      return 2;
    }
  }
  const threshold = readThreshold();
  const classifier = await loadNodeClassifier(model);
  try {
    const report = await runAudit((text, locale) => classifier.classify(raw ? text : scrub(text, { locale }).text, locale), AUDIT_GROUPS);
    console.log(json ? JSON.stringify({ threshold, input: raw ? 'raw' : 'scrubbed', ...report }, null, 2) : `input: ${raw ? 'raw text' : 'scrubbed by core/privacy'}\n${formatAudit(report, threshold)}`);
    return report.consistency >= threshold ? 0 : 1;
  } finally {
    await classifier.dispose();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main();
