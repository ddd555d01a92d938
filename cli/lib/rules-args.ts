/** Argument parsing for `npm run rules -- <command>`: known flags per command, clear errors otherwise. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const RULES_USAGE = `Usage: npm run -s rules -- <command> [options]

Commands:
  check <rules.yaml> [--model dir]                 print diagnostics (file:line:col severity message); exit 1 on errors
  compile <rules.yaml> -o <rules.json> [--model dir]  compile to a bundle; exit 1 on errors
  keygen [--out dir] [--force]                     write private.pem and public.pem (P-256); print the data-rules-key value
  sign <rules.json> --key <private.pem>            write the detached signature to <rules.json>.sig
  verify <rules.json> --key <public.pem|key> [--sig file]   check signature, hash, expiry and schema; exit 1 if refused
  test <rules.yaml> [--model dir]                  run the tests: section through the real scrubber, model and engine

Intent labels come from <model dir>/config.json id2label (default models/intent).`;

interface FlagSpec { [flag: string]: 'value' | 'boolean' }

const FLAGS: Readonly<Record<string, FlagSpec>> = Object.freeze({
  check: { '--model': 'value' },
  compile: { '-o': 'value', '--out': 'value', '--model': 'value' },
  keygen: { '--out': 'value', '--force': 'boolean' },
  sign: { '--key': 'value', '-o': 'value' },
  verify: { '--key': 'value', '--sig': 'value' },
  test: { '--model': 'value' },
});

const POSITIONALS: Readonly<Record<string, number>> = Object.freeze({ check: 1, compile: 1, keygen: 0, sign: 1, verify: 1, test: 1 });

export interface ParsedArgs { command: string; file?: string; flags: Record<string, string | true> }

export function parseRulesArgs(argv: readonly string[]): ParsedArgs {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') throw new UsageError('No command given.');
  const spec = FLAGS[command];
  if (!spec) throw new UsageError(`Unknown command "${command}"; valid commands: ${Object.keys(FLAGS).join(', ')}.`);
  const flags: Record<string, string | true> = {};
  const positionals: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg.startsWith('-') && arg !== '-') {
      const kind = spec[arg];
      if (!kind) throw new UsageError(`Unknown option "${arg}" for ${command}; valid options: ${Object.keys(spec).join(', ') || 'none'}.`);
      if (kind === 'boolean') flags[arg] = true;
      else {
        const value = rest[++i];
        if (value === undefined || value === '') throw new UsageError(`Option ${arg} needs a value.`);
        flags[arg] = value;
      }
    } else positionals.push(arg);
  }
  const want = POSITIONALS[command]!;
  if (positionals.length !== want) {
    throw new UsageError(want ? `${command} needs exactly one file argument, got ${positionals.length}.` : `${command} takes no file argument.`);
  }
  return { command, file: positionals[0], flags };
}
