import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HandoffStore } from '../../../server/handoff/store.ts';
import { openBody } from './harness.ts';

test('the retention sweep erases cases idle since before the cutoff and keeps recent ones', () => {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-retention-'));
  let clock = new Date('2026-01-01T00:00:00Z');
  const store = new HandoffStore(dir, { now: () => clock });
  try {
    const old = openBody();
    store.openCase(old, JSON.stringify(old));
    clock = new Date('2026-03-01T00:00:00Z');
    const recent = openBody();
    store.openCase(recent, JSON.stringify(recent));
    const gone = store.sweep(new Date('2026-02-01T00:00:00Z'));
    assert.deepEqual(gone, { cases: 1, messages: 1, events: 1 });
    assert.deepEqual(store.listCases({ status: 'all' }).length, 1);
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
