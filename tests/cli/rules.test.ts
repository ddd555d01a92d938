import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { MINIMAL_RULES } from '../core/rules/fixtures/minimal.ts';
import { parseRulesArgs, UsageError } from '../../cli/lib/rules-args.ts';
import { generateSigningKeys } from '../../core/rules/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'clearline-rules-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'cli/rules.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('rules CLI', () => {
  it('check prints file:line:col diagnostics and exits 1 on errors', () => {
    const path = file('bad.yaml', MINIMAL_RULES.replace('fraud_report]', 'fraud_reprot]'));
    const r = run('check', path);
    assert.equal(r.code, 1);
    assert.match(r.out, new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:28:41 error Unknown intent id \`fraud_reprot\``, 'm'));
  });

  it('check exits 0 when there are only warnings', () => {
    const r = run('check', file('ok.yaml', MINIMAL_RULES));
    assert.equal(r.code, 0);
    assert.match(r.err, /0 error\(s\)/);
  });

  it('check reports a missing file clearly', () => {
    const r = run('check', join(dir, 'nope.yaml'));
    assert.equal(r.code, 1);
    assert.match(r.err, /Cannot read .*nope\.yaml: no such file/);
  });

  it('compile, keygen, sign and verify work together, and verify refuses a tampered bundle or the wrong key', async () => {
    const otherKey = (await generateSigningKeys()).publicKey;
    const source = file('rules.yaml', MINIMAL_RULES);
    const json = join(dir, 'rules.json');
    assert.equal(run('compile', source, '-o', json).code, 0);
    assert.equal(JSON.parse(readFileSync(json, 'utf8')).format, 'clearline-rules');
    const keygen = run('keygen', '--out', join(dir, 'keys'));
    assert.equal(keygen.code, 0);
    assert.match(keygen.out, /^[A-Za-z0-9_-]{122}$/m);
    assert.equal(statSync(join(dir, 'keys', 'private.pem')).mode & 0o777, 0o600);
    assert.equal(run('keygen', '--out', join(dir, 'keys')).code, 1, 'refuses to overwrite a key without --force');
    assert.equal(run('sign', json, '--key', join(dir, 'keys', 'private.pem')).code, 0);
    assert.ok(existsSync(`${json}.sig`));
    const verify = run('verify', json, '--key', join(dir, 'keys', 'public.pem'));
    assert.equal(verify.code, 0, verify.err);

    const wrong = run('verify', json, '--key', otherKey);
    assert.equal(wrong.code, 1);
    assert.match(wrong.err, /refused because its signature is invalid/);

    writeFileSync(json, readFileSync(json, 'utf8').replace('"en"', '"EN"'));
    assert.equal(run('verify', json, '--key', join(dir, 'keys', 'public.pem')).code, 1);
  });

  it('compile writes nothing and exits 1 when the rules have errors', () => {
    const out = join(dir, 'never.json');
    const r = run('compile', file('nodisclosure.yaml', 'version: 1\ndefaultLocale: en\nlocales: [en]\n'), '-o', out);
    assert.equal(r.code, 1);
    assert.match(r.err, /error The AI disclosure \(`disclosure`\) is mandatory/);
    assert.equal(existsSync(out), false);
  });

  it('exits 2 with usage for an unknown command', () => {
    const r = run('frobnicate');
    assert.equal(r.code, 2);
    assert.match(r.err, /Unknown command "frobnicate"; valid commands: check, compile, keygen, sign, verify, test\.\n\nUsage: npm run -s rules -- <command>/);
  });

  it('rejects unknown flags, missing values and wrong file counts as usage errors', () => {
    for (const args of [['check', 'a.yaml', '--bogus'], ['check'], [], ['check', 'a.yaml', 'b.yaml'], ['keygen', 'x'], ['sign', 'r.json', '--key'], ['--help']]) {
      assert.throws(() => parseRulesArgs(args), UsageError, args.join(' '));
    }
    assert.deepEqual(parseRulesArgs(['compile', 'r.yaml', '-o', 'r.json']), { command: 'compile', file: 'r.yaml', flags: { '-o': 'r.json' } });
  });

  const partsPresent = existsSync('models/intent/config.json') && existsSync('core/privacy/index.ts');
  it('test runs the tests section through the real scrubber and model, printing PASS and FAIL per case', { skip: partsPresent ? false : 'needs models/intent and core/privacy/index.ts' }, () => {
    const path = file('tested.yaml', `${MINIMAL_RULES}tests:\n  - name: stolen phone goes to security\n    message: my phone was stolen yesterday\n    expect: {action: handoff, queue: security, priority: urgent}\n  - name: card number is escalated\n    message: "please charge my card 4111 1111 1111 1111"\n    expect: {rule: card-number}\n  - name: wrong expectation\n    message: my phone was stolen yesterday\n    expect: {action: answer}\n`);
    const r = run('test', path);
    assert.equal(r.code, 1, r.out + r.err);
    assert.match(r.out, /^PASS .*stolen phone goes to security/m);
    assert.match(r.out, /^PASS .*card number is escalated/m);
    assert.match(r.out, /^FAIL .*wrong expectation — action: expected answer, got handoff/m);
    assert.match(r.out, /^2 passed, 1 failed$/m);
  });

  it('test passes every case of the shipped Northwind Mobile example', { skip: partsPresent ? false : 'needs models/intent and core/privacy/index.ts' }, () => {
    const r = run('test', 'rules-studio/examples/rules.yaml');
    assert.equal(r.code, 0, r.out + r.err);
    assert.match(r.out, /^\d+ passed, 0 failed$/m);
  });
});
