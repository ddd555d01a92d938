/**
 * npm run -s classify -- [--model dir/]
 * Reads JSONL {"text", "locale"?} on stdin and writes one line per input line, in order:
 *   {"label", "score", "top": [{"label", "score"}, ...]}
 * A line that cannot be classified gets {"error": "..."} and the run goes on. Exit 0 when every line
 * was classified, 1 when some lines had errors or the model cannot load, 2 on a usage error.
 */
import { createInterface } from 'node:readline';
import { loadNodeClassifier, type NodeClassifier } from './lib/node-intent.ts';

const USAGE = 'usage: npm run -s classify -- [--model dir/]   (JSONL {"text": "...", "locale": "en-GB"} on stdin)';
const FIELDS: readonly string[] = Object.freeze(['text', 'locale', 'label', 'id']);

export function parseArgs(argv: readonly string[]): { model: string } {
  let model = 'models/intent';
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (flag === '--model') {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`--model needs a folder. ${USAGE}`);
      model = v;
    } else if (flag === '--help' || flag === '-h') {
      throw new Error(USAGE);
    } else {
      throw new Error(`unknown option "${flag}"; valid options: --model. ${USAGE}`);
    }
  }
  return { model };
}

/** The output line for one input line. */
export async function classifyLine(c: NodeClassifier, line: string, n: number): Promise<Record<string, unknown>> {
  if (line.trim() === '') return { error: `line ${n}: empty line; expected {"text": "..."}` };
  let row: unknown;
  try {
    row = JSON.parse(line);
  } catch (err) {
    return { error: `line ${n}: not valid JSON (${(err as Error).message})` };
  }
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return { error: `line ${n}: expected an object like {"text": "..."}` };
  const obj = row as Record<string, unknown>;
  const unknown = Object.keys(obj).filter((k) => !FIELDS.includes(k));
  if (unknown.length) return { error: `line ${n}: unknown field ${unknown.map((k) => `"${k}"`).join(', ')}; allowed fields: ${FIELDS.join(', ')}` };
  if (typeof obj.text !== 'string') return { error: `line ${n}: "text" must be a string` };
  if (obj.locale !== undefined && typeof obj.locale !== 'string') return { error: `line ${n}: "locale" must be a string like "en-GB"` };
  try {
    const r = await c.classify(obj.text, obj.locale as string | undefined);
    return { label: r.label, score: r.score, top: r.top };
  } catch (err) {
    return { error: `line ${n}: ${(err as Error).message}` };
  }
}

async function main(): Promise<number> {
  let args: { model: string };
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    return 2;
  }
  let classifier: NodeClassifier;
  try {
    classifier = await loadNodeClassifier(args.model);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    return 1;
  }
  let failures = 0;
  let n = 0;
  try {
    for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
      const out = await classifyLine(classifier, line, ++n);
      if ('error' in out) failures++;
      if (!process.stdout.write(JSON.stringify(out) + '\n')) await new Promise((r) => process.stdout.once('drain', r));
    }
  } finally {
    await classifier.dispose();
  }
  return failures ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main();
