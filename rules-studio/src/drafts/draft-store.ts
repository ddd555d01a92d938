/**
 * Keeps the draft in IndexedDB on every change, so a reload, a closed tab or a crash loses nothing.
 * Writes are coalesced: at most one write in flight, and the newest text always wins.
 */
import { openStudioDb, type Draft, type StudioDb } from './studio-db.ts';

const CURRENT = 'current';

export class DraftStore {
  #db: Promise<StudioDb>;
  #pending: Draft | null = null;
  #writing: Promise<void> | null = null;
  #closed = false;

  constructor(dbName?: string) {
    this.#db = openStudioDb(dbName);
  }

  /** The saved draft, or null when there is none. */
  async load(): Promise<Draft | null> {
    const draft = await (await this.#db).get('drafts', CURRENT);
    return draft && typeof draft.source === 'string' ? draft : null;
  }

  /** Queues `draft` to be written; resolves once it (or a newer one) is on disk. */
  save(draft: Omit<Draft, 'savedAt'>): Promise<void> {
    if (this.#closed) return Promise.reject(new Error('DraftStore is closed'));
    if (typeof draft.source !== 'string') return Promise.reject(new TypeError('draft.source must be a string'));
    this.#pending = { ...draft, savedAt: Date.now() };
    this.#writing ??= this.#flush();
    return this.#writing;
  }

  /** Waits for every queued write. */
  async flush(): Promise<void> {
    while (this.#writing) await this.#writing;
  }

  async clear(): Promise<void> {
    await this.flush();
    await (await this.#db).delete('drafts', CURRENT);
  }

  async close(): Promise<void> {
    await this.flush();
    this.#closed = true;
    (await this.#db).close();
  }

  async #flush(): Promise<void> {
    try {
      const db = await this.#db;
      while (this.#pending) {
        const draft = this.#pending;
        this.#pending = null;
        await db.put('drafts', draft, CURRENT);
      }
    } finally {
      this.#writing = null;
    }
  }
}
