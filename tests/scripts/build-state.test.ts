import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { BUILD_OUTPUTS, BUILD_STAMP, buildIsStale } from '../../scripts/build-state.ts';

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'clearline-build-state-'));
  for (const file of ['widget/src/a.ts', 'core/x.ts', ...BUILD_OUTPUTS]) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), 'x');
  }
  const past = new Date(Date.now() - 60_000);
  utimesSync(join(root, 'widget/src/a.ts'), past, past);
  utimesSync(join(root, 'core/x.ts'), past, past);
  for (const dir of ['widget/src', 'widget', 'core']) utimesSync(join(root, dir), past, past);
  writeFileSync(join(root, BUILD_STAMP), 'now');
  return root;
}

test('a build newer than every source is up to date', () => {
  assert.deepEqual(buildIsStale(project()), { stale: false, reason: 'up to date' });
});

test('a source changed after the build makes it stale and names the folder', () => {
  const root = project();
  const later = new Date(Date.now() + 60_000);
  utimesSync(join(root, 'core/x.ts'), later, later);
  const state = buildIsStale(root);
  assert.equal(state.stale, true);
  assert.match(state.reason, /core changed/);
});

test('a missing output makes the build stale and names the file', () => {
  const root = mkdtempSync(join(tmpdir(), 'clearline-build-state-'));
  assert.deepEqual(buildIsStale(root), { stale: true, reason: `${BUILD_OUTPUTS[0]} is missing` });
});
