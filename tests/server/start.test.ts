import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';

/** `npm start` as a process: `tsx server/start.ts`, told not to build (the build has its own tests). */
function start(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/start.ts'], {
    env: { ...process.env, CLEARLINE_SKIP_BUILD: '1', DATA_DIR: mkdtempSync(join(tmpdir(), 'clearline-start-')), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

test('npm start serves on the port PORT names and prints the demo, studio and agent desk URLs', async () => {
  const { child, output } = start({ PORT: '0' });
  try {
    const deadline = Date.now() + 60_000;
    while (!/Clearline is running/.test(output()) && Date.now() < deadline && child.exitCode === null) {
      await new Promise((r) => setTimeout(r, 100));
    }
    const text = output();
    assert.match(text, /Demo operator site +http:\/\/localhost:\d+\//);
    assert.match(text, /Rules studio +http:\/\/localhost:\d+\/studio\//);
    assert.match(text, /Agent desk +http:\/\/localhost:\d+\/agent\/#token=\S{16,}/);
    const base = /Demo operator site +(http:\/\/localhost:\d+)\//.exec(text)![1]!.replace('localhost', '127.0.0.1');
    const home = await fetch(`${base}/`);
    assert.equal(home.status, 200);
    assert.match(await home.text(), /<script src="\/widget\/clearline\.js" defer/);
    const rules = await fetch(`${base}/rules/rules.json`);
    assert.equal(rules.status, 200);
  } finally {
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    assert.equal(code, 0, 'SIGTERM stops the server cleanly');
  }
});

test('an invalid PORT is refused with a one-line error and exit code 2', async () => {
  const { child, output } = start({ PORT: 'eighty' });
  const [code] = await once(child, 'exit');
  assert.equal(code, 2);
  assert.match(output(), /PORT must be an integer from 0 to 65535, got "eighty"/);
});
