import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

function run(args: string[], input: string) {
  const r = spawnSync(tsx, ['cli/scrub.ts', ...args], { cwd: root, input, encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, out: r.stdout.split('\n').filter((l, i, a) => i < a.length - 1 || l !== ''), err: r.stderr };
}

describe('scrub CLI', () => {
  it('answers every input line in order, with error lines for malformed and blank input', () => {
    const input = [
      JSON.stringify({ text: 'call me on 07911 123456' }),
      'not json',
      '',
      JSON.stringify({ text: 'Handy 0151 23456789', locale: 'de-DE' }),
      JSON.stringify({ nope: 1 }),
      JSON.stringify({ text: 'plain text, £20 for 5GB' }),
    ].join('\n') + '\n';
    const { code, out } = run(['--locale', 'en-GB'], input);
    assert.equal(code, 0);
    assert.equal(out.length, 6);
    const rows = out.map((l) => JSON.parse(l));
    assert.deepEqual(rows[0], { text: 'call me on [PHONE_1]', entities: [{ type: 'PHONE', start: 11, end: 23, score: 0.95 }] });
    assert.match(rows[1].error, /invalid JSON/);
    assert.equal(rows[2].error, 'blank line');
    assert.equal(rows[3].text, 'Handy [PHONE_1]');
    assert.match(rows[4].error, /text/);
    assert.deepEqual(rows[5], { text: 'plain text, £20 for 5GB', entities: [] });
  });
  it('uses --locale for lines without a locale', () => {
    const { out } = run(['--locale', 'es-ES'], JSON.stringify({ text: 'mi móvil es 612 345 678' }) + '\n');
    assert.equal(JSON.parse(out[0]!).text, 'mi móvil es [PHONE_1]');
  });
  it('keeps safe patterns given with --safe-pattern', () => {
    const { out } = run(['--safe-pattern', 'TCK-\\d{6}'], JSON.stringify({ text: 'ticket TCK-123456' }) + '\n');
    assert.deepEqual(JSON.parse(out[0]!).entities, []);
  });
  it('rejects unknown flags with a usage error and a non-zero exit', () => {
    const { code, err, out } = run(['--bogus'], '');
    assert.notEqual(code, 0);
    assert.match(err, /unknown argument "--bogus"/);
    assert.match(err, /usage:/);
    assert.deepEqual(out, []);
  });
});
