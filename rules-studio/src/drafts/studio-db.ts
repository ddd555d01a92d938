/** The studio's IndexedDB database: drafts (every change) and the imported signing key. */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

export interface Draft {
  /** The YAML text exactly as typed. */
  source: string;
  /** File name shown in the title bar (from Open/Save, or `rules.yaml`). */
  fileName: string;
  /** The published version this draft started from, if known. */
  baseVersion: number | null;
  /** When the draft was last written (ms since epoch). */
  savedAt: number;
}

export interface StoredSigningKey {
  /** Non-extractable ECDSA P-256 private key: it can sign, it can never be read back. */
  privateKey: CryptoKey;
  /** Where it came from, e.g. the PEM file name. */
  label: string;
  importedAt: number;
}

interface StudioSchema extends DBSchema {
  drafts: { key: string; value: Draft };
  keys: { key: string; value: StoredSigningKey };
}

export const STUDIO_DB_NAME = 'clearline-studio';
export type StudioDb = IDBPDatabase<StudioSchema>;

export function openStudioDb(name: string = STUDIO_DB_NAME): Promise<StudioDb> {
  return openDB<StudioSchema>(name, 1, {
    upgrade(db) {
      db.createObjectStore('drafts');
      db.createObjectStore('keys');
    },
  });
}
