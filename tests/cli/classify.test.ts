import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

function classify(input: string, args: string[] = []) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'cli/classify.ts', ...args], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, lines: r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>), stderr: r.stderr };
}

test('classify writes one {label, score, top} line per input line, in order', () => {
  const r = classify('{"text":"my phone was stolen last night"}\n{"text":"hello there"}\n{"text":"can i pay my bill by card","locale":"en-GB"}\n');
  assert.equal(r.code, 0);
  assert.deepEqual(r.lines.map((l) => l.label), ['lost_stolen_device', 'greeting', 'make_payment']);
  for (const l of r.lines) {
    assert.deepEqual(Object.keys(l), ['label', 'score', 'top']);
    assert.ok((l.top as unknown[]).length >= 1);
  }
});

test('a malformed line gets an error object and the lines after it are still classified', () => {
  const r = classify('{"text":"hi"}\n{not json\n[1,2]\n{"text":42}\n{"text":"hi","colour":"red"}\n\n{"text":"bye"}\n');
  assert.equal(r.code, 1);
  assert.equal(r.lines.length, 7);
  assert.equal(r.lines[0]!.label, 'greeting');
  for (const i of [1, 2, 3, 4, 5]) assert.match(String(r.lines[i]!.error), new RegExp(`^line ${i + 1}: `));
  assert.match(String(r.lines[4]!.error), /allowed fields: text, locale/);
  assert.equal(r.lines[6]!.label, 'goodbye');
});

test('empty stdin produces no output and exits 0', () => {
  const r = classify('');
  assert.equal(r.code, 0);
  assert.equal(r.lines.length, 0);
});

test('a one-megabyte message is classified (only its beginning is read)', () => {
  const r = classify(JSON.stringify({ text: 'my broadband is down '.repeat(50000) }) + '\n');
  assert.equal(r.code, 0);
  assert.equal(r.lines.length, 1);
  assert.equal(typeof r.lines[0]!.label, 'string');
});

test('an unknown option exits 2 and names the valid options', () => {
  const r = classify('', ['--modle', 'x']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /unknown option "--modle"; valid options: --model/);
});

test('--model without a folder exits 2', () => {
  const r = classify('', ['--model']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--model needs a folder/);
});

test('a model folder that does not exist exits 1 with a message naming config.json', () => {
  const r = classify('{"text":"hi"}\n', ['--model', 'tests/no-such-model-dir']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /no-such-model-dir\/config\.json/);
  assert.equal(r.lines.length, 0);
});
