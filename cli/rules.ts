/**
 * `npm run -s rules -- <command>`: check, compile, keygen, sign, verify and test Clearline rule sets.
 * Exit codes: 0 success, 1 errors (diagnostics, refused bundle, failed tests), 2 usage.
 */
import { checkCommand, compileCommand, type Io } from './lib/rules-compile.ts';
import { parseRulesArgs, RULES_USAGE, UsageError } from './lib/rules-args.ts';
import { keygenCommand, signCommand, verifyCommand } from './lib/rules-keys.ts';
import { testCommand } from './lib/rules-test.ts';

const io: Io = { out: (line) => process.stdout.write(`${line}\n`), err: (line) => process.stderr.write(`${line}\n`) };

async function main(argv: readonly string[]): Promise<number> {
  let args;
  try {
    args = parseRulesArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\n${RULES_USAGE}`);
      return 2;
    }
    throw error;
  }
  const { command, file, flags } = args;
  const str = (name: string) => (typeof flags[name] === 'string' ? (flags[name] as string) : undefined);
  const need = (name: string, alt?: string) => {
    const value = str(name) ?? (alt ? str(alt) : undefined);
    if (!value) throw new UsageError(`${command} needs ${name} <value>.`);
    return value;
  };
  try {
    switch (command) {
      case 'check': return await checkCommand(file!, str('--model'), io);
      case 'compile': return await compileCommand(file!, need('-o', '--out'), str('--model'), io);
      case 'keygen': return await keygenCommand(str('--out') ?? '.', flags['--force'] === true, io);
      case 'sign': return await signCommand(file!, need('--key'), str('-o'), io);
      case 'verify': return await verifyCommand(file!, need('--key'), str('--sig'), io);
      case 'test': return await testCommand(file!, str('--model'), io);
      default: throw new UsageError(`Unknown command "${command}".`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\n${RULES_USAGE}`);
      return 2;
    }
    io.err(`rules ${command}: ${(error as Error).message}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
