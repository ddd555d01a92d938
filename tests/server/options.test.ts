import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveServerOptions, SERVER_DEFAULTS } from '../../server/options.ts';

test('defaults are the documented ones', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'clearline-opts-'));
  const o = resolveServerOptions({ dataDir });
  assert.equal(o.port, SERVER_DEFAULTS.port);
  assert.equal(o.host, '127.0.0.1');
  assert.equal(o.distDir, 'dist');
});

test('the agent token is created once and kept in the data folder', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'clearline-opts-'));
  const first = resolveServerOptions({ dataDir }).agentToken;
  const second = resolveServerOptions({ dataDir }).agentToken;
  assert.equal(first, second);
  assert.ok(first.length >= 16);
  assert.equal(readFileSync(join(dataDir, 'agent-token'), 'utf8').trim(), first);
});

test('a port outside 0..65535 is refused with the option named', () => {
  assert.throws(() => resolveServerOptions({ port: 70000, agentToken: 'x'.repeat(20) }), /"port"/);
  assert.throws(() => resolveServerOptions({ port: 1.5, agentToken: 'x'.repeat(20) }), /"port"/);
});
