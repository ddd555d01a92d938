import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { GroupCommit } from '../../../server/handoff/group-commit.ts';

function db(): Database.Database {
  const d = new Database(':memory:');
  d.exec('CREATE TABLE t (id TEXT PRIMARY KEY)');
  return d;
}

test('writes requested in the same turn share one transaction', async () => {
  const d = db();
  const commits = new GroupCommit(d);
  const insert = (id: string) => d.transaction(() => d.prepare('INSERT INTO t VALUES (?)').run(id))();
  await Promise.all(['a', 'b', 'c'].map((id) => commits.write(() => insert(id))));
  assert.equal(commits.largestBatch, 3);
  assert.equal((d.prepare('SELECT COUNT(*) AS n FROM t').get() as { n: number }).n, 3);
});

test('a failing write rolls back alone and rejects alone', async () => {
  const d = db();
  const commits = new GroupCommit(d);
  const insert = (id: string) => d.transaction(() => { d.prepare('INSERT INTO t VALUES (?)').run(id); if (id === 'bad') throw new Error('refused'); })();
  const results = await Promise.allSettled(['x', 'bad', 'y'].map((id) => commits.write(() => insert(id))));
  assert.deepEqual(results.map((r) => r.status), ['fulfilled', 'rejected', 'fulfilled']);
  assert.deepEqual((d.prepare('SELECT id FROM t ORDER BY id').all() as { id: string }[]).map((r) => r.id), ['x', 'y']);
});

test('a write resolves only after its batch is committed', async () => {
  const d = db();
  const commits = new GroupCommit(d);
  const pending = commits.write(() => d.prepare('INSERT INTO t VALUES (?)').run('z'));
  assert.equal(d.inTransaction, false);
  assert.equal((d.prepare('SELECT COUNT(*) AS n FROM t').get() as { n: number }).n, 0, 'nothing runs before the batch');
  await pending;
  assert.equal(d.inTransaction, false);
  assert.equal((d.prepare('SELECT COUNT(*) AS n FROM t').get() as { n: number }).n, 1);
});
