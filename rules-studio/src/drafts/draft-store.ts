/**
 * Keeps the draft in IndexedDB on every change, so a reload, a closed tab or a crash loses nothing.
 * Writes are coalesced: at most one write in flight, and the newest text always wins.
 *
 * IndexedDB writes are asynchronous, and a reload right after a keystroke can cut the last one off.
 * So every change is also mirrored synchronously into this tab's `sessionStorage` (which survives a
 * reload); `load()` returns whichever copy is newer.
 */
import { openStudioDb, type Draft, type StudioDb } from './studio-db.ts';

const CURRENT = 'current';

function isDraft(value: unknown): value is Draft {
  const d = value as Draft | null;
  return !!d && typeof d.source === 'string' && typeof d.savedAt === 'number' && typeof d.fileName === 'string';
}

export class DraftStore {
  #db: Promise<StudioDb>;
  #pending: Draft | null = null;
  #writing: Promise<void> | null = null;
  #closed = false;

  readonly #mirrorKey: string;

  constructor(dbName?: string) {
    this.#db = openStudioDb(dbName);
    this.#mirrorKey = `clearline-studio-draft:${dbName ?? 'default'}`;
  }

  /** The saved draft, or null when there is none. */
  async load(): Promise<Draft | null> {
    const stored = await (await this.#db).get('drafts', CURRENT);
    const saved = isDraft(stored) ? stored : null;
    const mirrored = this.#readMirror();
    if (mirrored && (!saved || mirrored.savedAt > saved.savedAt)) return mirrored;
    return saved;
  }

  /** Queues `draft` to be written; resolves once it (or a newer one) is on disk. */
  save(draft: Omit<Draft, 'savedAt'>): Promise<void> {
    if (this.#closed) return Promise.reject(new Error('DraftStore is closed'));
    if (typeof draft.source !== 'string') return Promise.reject(new TypeError('draft.source must be a string'));
    this.#pending = { ...draft, savedAt: Date.now() };
    this.#writeMirror(this.#pending);
    this.#writing ??= this.#flush();
    return this.#writing;
  }

  /** Waits for every queued write. */
  async flush(): Promise<void> {
    while (this.#writing) await this.#writing;
  }

  async clear(): Promise<void> {
    await this.flush();
    this.#removeMirror();
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

  #readMirror(): Draft | null {
    try {
      const text = globalThis.sessionStorage?.getItem(this.#mirrorKey);
      const value: unknown = text ? JSON.parse(text) : null;
      return isDraft(value) ? value : null;
    } catch {
      return null;
    }
  }

  /** Best effort: a draft too big for sessionStorage still reaches IndexedDB. */
  #writeMirror(draft: Draft): void {
    try {
      globalThis.sessionStorage?.setItem(this.#mirrorKey, JSON.stringify(draft));
    } catch {
      this.#removeMirror();
    }
  }

  #removeMirror(): void {
    try {
      globalThis.sessionStorage?.removeItem(this.#mirrorKey);
    } catch {
      // Storage unavailable (e.g. blocked by the browser): IndexedDB alone keeps the draft.
    }
  }
}
