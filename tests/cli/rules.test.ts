import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { MINIMAL_RULES } from '../core/rules/fixtures/minimal.ts';
import { parseRulesArgs, UsageError } from '../../cli/lib/rules-args.ts';
import { generateSigningKeys } from '../../core/rules/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'clearline-rules-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Spawns the real CLI (as `npm run -s rules --` does) and collects its exit code and output. */
const run = (...args: string[]) => new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'cli/rules.ts', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => { out += chunk; });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => { err += chunk; });
  const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
  child.on('close', (code) => {
    clearTimeout(timer);
    resolve({ code, out, err });
  });
});
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

// Each case uses its own files, so the spawned processes may overlap.
describe('rules CLI', { concurrency: true }, () => {
  it('check prints file:line:col diagnostics and exits 1 on errors', async () => {
    const path = file('bad.yaml', MINIMAL_RULES.replace('fraud_report]', 'fraud_reprot]'));
    const r = await run('check', path);
    assert.equal(r.code, 1);
    assert.match(r.out, new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:28:41 error Unknown intent id \`fraud_reprot\``, 'm'));
  });

  it('check exits 0 when there are only warnings', async () => {
    const r = await run('check', file('ok.yaml', MINIMAL_RULES));
    assert.equal(r.code, 0);
    assert.match(r.err, /0 error\(s\)/);
  });

  it('check reports a missing file clearly', async () => {
    const r = await run('check', join(dir, 'nope.yaml'));
    assert.equal(r.code, 1);
    assert.match(r.err, /Cannot read .*nope\.yaml: no such file/);
  });

  it('compile, keygen, sign and verify work together, and verify refuses a tampered bundle or the wrong key', async () => {
    const otherKey = (await generateSigningKeys()).publicKey;
    const source = file('rules.yaml', MINIMAL_RULES);
    const json = join(dir, 'rules.json');
    assert.equal((await run('compile', source, '-o', json)).code, 0);
    assert.equal(JSON.parse(readFileSync(json, 'utf8')).format, 'clearline-rules');
    const keygen = await run('keygen', '--out', join(dir, 'keys'));
    assert.equal(keygen.code, 0);
    assert.match(keygen.out, /^[A-Za-z0-9_-]{122}$/m);
    assert.equal(statSync(join(dir, 'keys', 'private.pem')).mode & 0o777, 0o600);
    assert.equal((await run('keygen', '--out', join(dir, 'keys'))).code, 1, 'refuses to overwrite a key without --force');
    assert.equal((await run('sign', json, '--key', join(dir, 'keys', 'private.pem'))).code, 0);
    assert.ok(existsSync(`${json}.sig`));
    const verify = await run('verify', json, '--key', join(dir, 'keys', 'public.pem'));
    assert.equal(verify.code, 0, verify.err);

    const wrong = await run('verify', json, '--key', otherKey);
    assert.equal(wrong.code, 1);
    assert.match(wrong.err, /refused because its signature is invalid/);

    writeFileSync(json, readFileSync(json, 'utf8').replace('"en"', '"EN"'));
    assert.equal((await run('verify', json, '--key', join(dir, 'keys', 'public.pem'))).code, 1);
  });

  it('compile writes nothing and exits 1 when the rules have errors', async () => {
    const out = join(dir, 'never.json');
    const r = await run('compile', file('nodisclosure.yaml', 'version: 1\ndefaultLocale: en\nlocales: [en]\n'), '-o', out);
    assert.equal(r.code, 1);
    assert.match(r.err, /error The AI disclosure \(`disclosure`\) is mandatory/);
    assert.equal(existsSync(out), false);
  });

  it('exits 2 with usage for an unknown command', async () => {
    const r = await run('frobnicate');
    assert.equal(r.code, 2);
    assert.match(r.err, /Unknown command "frobnicate"; valid commands: check, compile, keygen, sign, verify, test\.\n\nUsage: npm run -s rules -- <command>/);
  });

  it('rejects unknown flags, missing values and wrong file counts as usage errors', async () => {
    for (const args of [['check', 'a.yaml', '--bogus'], ['check'], [], ['check', 'a.yaml', 'b.yaml'], ['keygen', 'x'], ['sign', 'r.json', '--key'], ['--help']]) {
      assert.throws(() => parseRulesArgs(args), UsageError, args.join(' '));
    }
    assert.deepEqual(parseRulesArgs(['compile', 'r.yaml', '-o', 'r.json']), { command: 'compile', file: 'r.yaml', flags: { '-o': 'r.json' } });
  });

  const partsPresent = existsSync('models/intent/config.json') && existsSync('core/privacy/index.ts');
  it('test runs the tests section through the real scrubber and model, printing PASS and FAIL per case', { skip: partsPresent ? false : 'needs models/intent and core/privacy/index.ts' }, async () => {
    const path = file('tested.yaml', `${MINIMAL_RULES}tests:\n  - name: stolen phone goes to security\n    message: my phone was stolen yesterday\n    expect: {action: handoff, queue: security, priority: urgent}\n  - name: card number is escalated\n    message: "please charge my card 4111 1111 1111 1111"\n    expect: {rule: card-number}\n  - name: wrong expectation\n    message: my phone was stolen yesterday\n    expect: {action: answer}\n`);
    const r = await run('test', path);
    assert.equal(r.code, 1, r.out + r.err);
    assert.match(r.out, /^PASS .*stolen phone goes to security/m);
    assert.match(r.out, /^PASS .*card number is escalated/m);
    assert.match(r.out, /^FAIL .*wrong expectation — action: expected answer, got handoff/m);
    assert.match(r.out, /^2 passed, 1 failed$/m);
  });

  it('test passes every case of the shipped Northwind Mobile example', { skip: partsPresent ? false : 'needs models/intent and core/privacy/index.ts' }, async () => {
    const r = await run('test', 'rules-studio/examples/rules.yaml');
    assert.equal(r.code, 0, r.out + r.err);
    assert.match(r.out, /^\d+ passed, 0 failed$/m);
  });
});
