/**
 * `npm test`: every suite, in order — typecheck, Node unit tests, browser tests (web-test-runner in
 * headless Chromium), then end-to-end tests (playwright-core against the built bundle served by the
 * same server as `npm start`; the bundle is rebuilt first when stale). Ends with one line
 * `N passed, N failed` summing all suites, and exits non-zero on any failure.
 *
 * `--only typecheck|unit|browser|e2e` runs one suite; extra arguments after `--` filter test files by
 * substring.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildIsStale } from './build-state.ts';
import { chromePath } from './chrome.ts';

const SUITES = Object.freeze(['typecheck', 'unit', 'browser', 'e2e'] as const);
type Suite = (typeof SUITES)[number];
interface Counts { passed: number; failed: number }

function parseArgs(argv: string[]): { only: Suite[]; filters: string[] } {
  const only: Suite[] = [];
  const filters: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--only') {
      const value = argv[++i] as Suite;
      if (!SUITES.includes(value)) fail(`--only takes one of ${SUITES.join(', ')}; got "${String(value)}".`);
      only.push(value);
    } else if (arg === '--') {
      filters.push(...argv.slice(i + 1));
      break;
    } else if (arg.startsWith('-')) {
      fail(`Unknown option ${arg}. Usage: npm test [-- --only ${SUITES.join('|')}] [-- <file filter>...]`);
    } else filters.push(arg);
  }
  return { only: only.length ? only : [...SUITES], filters };
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function findTests(dir: string, test: (file: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...findTests(full, test));
    else if (test(full)) out.push(full);
  }
  return out;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): number {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function tapCounts(file: string): Counts | null {
  if (!existsSync(file)) return null;
  const tap = readFileSync(file, 'utf8');
  const pass = /^# pass (\d+)$/m.exec(tap);
  const failed = /^# fail (\d+)$/m.exec(tap);
  const cancelled = /^# cancelled (\d+)$/m.exec(tap);
  if (!pass || !failed) return null;
  return { passed: Number(pass[1]), failed: Number(failed[1]) + Number(cancelled?.[1] ?? 0) };
}

function nodeTests(name: string, files: string[], extra: string[]): Counts {
  if (files.length === 0) {
    console.log(`(no ${name} test files)`);
    return { passed: 0, failed: 0 };
  }
  const tap = join('.tmp', `${name}.tap`);
  rmSync(tap, { force: true });
  const status = run(process.execPath, [
    '--import', 'tsx', '--test', '--test-timeout=180000', ...extra,
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${tap}`,
    ...files,
  ]);
  const counts = tapCounts(tap);
  if (!counts) return { passed: 0, failed: 1 };
  if (status !== 0 && counts.failed === 0) counts.failed = 1;
  return counts;
}

function ensureBuilt(): boolean {
  const state = buildIsStale();
  if (!state.stale) return true;
  console.log(`Building the bundle first (${state.reason})…`);
  return run(process.execPath, ['--import', 'tsx', 'scripts/build.ts']) === 0;
}

const { only, filters } = parseArgs(process.argv.slice(2));
const matches = (f: string) => filters.length === 0 || filters.some((x) => f.includes(x));
mkdirSync('.tmp', { recursive: true });
const totals: Record<string, Counts> = {};

for (const suite of only) {
  console.log(`\n=== ${suite} ===`);
  if (suite === 'typecheck') {
    // The whole repo, then core/ alone as a worker would see it: no DOM, no Node types.
    const results = ['tsconfig.json', 'tsconfig.core.json'].map((config) =>
      run(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', config]));
    const failedChecks = results.filter((status) => status !== 0).length;
    totals.typecheck = { passed: results.length - failedChecks, failed: failedChecks };
  } else if (suite === 'unit') {
    const files = findTests('tests', (f) => f.endsWith('.test.ts') && !f.endsWith('.browser.test.ts') && !f.startsWith(join('tests', 'e2e'))).filter(matches);
    totals.unit = nodeTests('unit', files, []);
  } else if (suite === 'browser') {
    try {
      chromePath();
    } catch (error) {
      console.error((error as Error).message);
      totals.browser = { passed: 0, failed: 1 };
      continue;
    }
    const files = findTests('tests', (f) => f.endsWith('.browser.test.ts')).filter(matches);
    if (files.length === 0) {
      totals.browser = { passed: 0, failed: 0 };
      continue;
    }
    const countsFile = join('.tmp', 'browser.json');
    rmSync(countsFile, { force: true });
    const status = run(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs'], {
      WTR_FILES: files.join(','),
      WTR_COUNTS_FILE: countsFile,
    });
    const counts: Counts = existsSync(countsFile) ? JSON.parse(readFileSync(countsFile, 'utf8')) : { passed: 0, failed: 1 };
    if (status !== 0 && counts.failed === 0) counts.failed = 1;
    totals.browser = { passed: counts.passed, failed: counts.failed };
  } else if (suite === 'e2e') {
    const files = findTests(join('tests', 'e2e'), (f) => f.endsWith('.e2e.test.ts')).filter(matches);
    if (files.length && !ensureBuilt()) {
      totals.e2e = { passed: 0, failed: 1 };
      continue;
    }
    totals.e2e = nodeTests('e2e', files, ['--test-concurrency=1']);
  }
}

console.log('\n=== summary ===');
for (const [suite, c] of Object.entries(totals)) console.log(`${suite.padEnd(10)} ${c.passed} passed, ${c.failed} failed`);
const passed = Object.values(totals).reduce((a, c) => a + c.passed, 0);
const failed = Object.values(totals).reduce((a, c) => a + c.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
