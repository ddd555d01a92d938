/** Keeps the imported signing key (non-extractable) in IndexedDB between sessions. */
import { openStudioDb, type StoredSigningKey, type StudioDb } from '../drafts/studio-db.ts';
import { importSigningKey } from './import-signing-key.ts';

const KEY_ID = 'publish';

export class KeyStore {
  #db: Promise<StudioDb>;

  constructor(dbName?: string) {
    this.#db = openStudioDb(dbName);
  }

  /** Imports `pem` as a non-extractable key and stores it; the PEM text itself is not kept. */
  async importPem(pem: string, label: string): Promise<StoredSigningKey> {
    const privateKey = await importSigningKey(pem);
    const stored: StoredSigningKey = { privateKey, label: label.slice(0, 200) || 'private.pem', importedAt: Date.now() };
    await (await this.#db).put('keys', stored, KEY_ID);
    return stored;
  }

  async get(): Promise<StoredSigningKey | null> {
    return (await (await this.#db).get('keys', KEY_ID)) ?? null;
  }

  async forget(): Promise<void> {
    await (await this.#db).delete('keys', KEY_ID);
  }

  async close(): Promise<void> {
    (await this.#db).close();
  }
}
