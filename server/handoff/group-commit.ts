/**
 * Group commit: writes requested in the same event-loop turn run in ONE SQLite transaction, so
 * one fsync (synchronous=FULL) covers all of them. Each write keeps its own savepoint (the store's
 * methods are better-sqlite3 transactions, which nest as savepoints): one failing write rolls back
 * alone and rejects alone. Every promise settles only after the shared commit, so an answer is
 * never sent for data that is not on disk.
 */
import type Database from 'better-sqlite3';

interface Pending { run: () => unknown; resolve: (value: unknown) => void; reject: (error: unknown) => void }

export class GroupCommit {
  private queue: Pending[] = [];
  private scheduled = false;
  /** Largest batch so far (for diagnostics). */
  largestBatch = 0;

  constructor(private readonly db: Database.Database) {}

  write<T>(run: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ run, resolve: resolve as (v: unknown) => void, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /** Runs every queued write now (also called before the database closes). */
  flush(): void {
    this.scheduled = false;
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0) return;
    this.largestBatch = Math.max(this.largestBatch, batch.length);
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    try {
      this.db.transaction(() => {
        for (const op of batch) {
          try {
            outcomes.push({ ok: true, value: op.run() });
          } catch (error) {
            outcomes.push({ ok: false, error });
          }
        }
      })();
    } catch (error) {
      for (const op of batch) op.reject(error);
      return;
    }
    batch.forEach((op, i) => {
      const o = outcomes[i]!;
      if (o.ok) op.resolve(o.value); else op.reject(o.error);
    });
  }
}
