/**
 * npm run -s scrub -- [--locale en-GB] [--safe-pattern REGEX]...
 *
 * Reads JSONL from stdin, one {"text": "...", "locale"?: "..."} per line, and writes one
 * {"text": "<scrubbed>", "entities": [{"type","start","end","score"}]} per line, in order.
 * - A malformed line (bad JSON, no string "text", bad locale) gets {"error": "..."} on its line; the run goes on.
 * - A blank line is echoed as {"error": "blank line"} so output line N always answers input line N.
 * - Each line is scrubbed statelessly (placeholders numbered within the line).
 * - Exit code 0 when every line was read (even with error lines), 2 on a usage error.
 */
import { createInterface } from 'node:readline';
import { scrub } from '../core/privacy/index.ts';

const USAGE = `usage: npm run -s scrub -- [--locale <bcp47>] [--safe-pattern <regex>]...
  reads JSONL {"text": "...", "locale"?: "..."} from stdin, writes {"text","entities"} per line
  --locale        default locale for lines without one (e.g. en-GB, de-DE, fr-FR, es-ES, en-US); default en-GB
  --safe-pattern  regex source of a non-PII identifier to keep (e.g. "TCK-\\d{6}"); repeatable
  --help          show this help
  a malformed line gets {"error": "..."} on its line and the run goes on; a blank line gets
  {"error": "blank line"}, so output line N always answers input line N`;

interface Args { locale: string; safePatterns: string[] }

function parseArgs(argv: readonly string[]): Args | string {
  const args: Args = { locale: 'en-GB', safePatterns: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--locale') {
      const v = value();
      if (!v || !/^[a-z]{2,3}(?:[-_][A-Za-z]{2})?$/.test(v)) return `--locale needs a value such as en-GB, got ${JSON.stringify(v ?? null)}`;
      args.locale = v;
    } else if (flag === '--safe-pattern') {
      const v = value();
      if (!v) return '--safe-pattern needs a regex source';
      try { new RegExp(v, 'u'); } catch (e) { return `--safe-pattern ${JSON.stringify(v)} is not a valid regex: ${(e as Error).message}`; }
      args.safePatterns.push(v);
    } else if (flag === '--help' || flag === '-h') {
      return '';
    } else {
      return `unknown argument ${JSON.stringify(a)}; valid flags: --locale, --safe-pattern, --help`;
    }
  }
  return args;
}

function scrubLine(line: string, args: Args): string {
  if (line.trim() === '') return JSON.stringify({ error: 'blank line' });
  let record: unknown;
  try { record = JSON.parse(line); } catch (e) { return JSON.stringify({ error: `invalid JSON: ${(e as Error).message}` }); }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return JSON.stringify({ error: 'expected a JSON object {"text": "...", "locale"?: "..."}' });
  const { text, locale } = record as { text?: unknown; locale?: unknown };
  if (typeof text !== 'string') return JSON.stringify({ error: 'missing string field "text"' });
  if (locale !== undefined && typeof locale !== 'string') return JSON.stringify({ error: 'field "locale" must be a string such as "en-GB"' });
  try {
    const r = scrub(text, { locale: (locale as string | undefined) ?? args.locale, safePatterns: args.safePatterns });
    return JSON.stringify({ text: r.text, entities: r.entities.map(({ type, start, end, score }) => ({ type, start, end, score })) });
  } catch (e) {
    return JSON.stringify({ error: (e as Error).message });
  }
}

async function main(): Promise<void> {
  const parsed = parseArgs(process.argv.slice(2));
  if (typeof parsed === 'string') {
    if (parsed === '') { process.stdout.write(USAGE + '\n'); return; }
    process.stderr.write(`scrub: ${parsed}\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (!process.stdout.write(scrubLine(line, parsed) + '\n')) await new Promise((r) => process.stdout.once('drain', r));
  }
}

await main();
