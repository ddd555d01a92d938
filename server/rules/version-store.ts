/**
 * Published rule-set versions on disk: `<dir>/versions/<n>.json` (source, compiled JSON text, detached
 * signature) and `<dir>/current.json` pointing at the live one. Every write goes through a temp file and
 * a rename, so a crash never leaves a half-written bundle live. Versions are never deleted: a rollback
 * publishes an old version again as a new one.
 */
import { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

export interface StoredVersion {
  version: number;
  /** rules.yaml as the author wrote it. */
  source: string;
  /** rules.json exactly as signed (the bytes the widget fetches). */
  json: string;
  /** Detached base64url signature of `json`. */
  signature: string;
  /** Content hash from the bundle. */
  hash: string;
  publishedAt: string;
  /** Set when this version re-publishes an older one. */
  rolledBackFrom: number | null;
}

export type VersionSummary = Omit<StoredVersion, 'source' | 'json' | 'signature'>;

function writeAtomic(file: string, text: string): void {
  const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  writeFileSync(temp, text, { mode: 0o644 });
  renameSync(temp, file);
}

export class VersionStore {
  readonly #versionsDir: string;
  readonly #currentFile: string;
  #current: StoredVersion | null = null;

  constructor(dir: string) {
    this.#versionsDir = join(dir, 'versions');
    this.#currentFile = join(dir, 'current.json');
    mkdirSync(this.#versionsDir, { recursive: true });
    if (existsSync(this.#currentFile)) {
      const pointer = JSON.parse(readFileSync(this.#currentFile, 'utf8')) as { version: number };
      this.#current = this.get(pointer.version);
    }
  }

  current(): StoredVersion | null {
    return this.#current;
  }

  get(version: number): StoredVersion | null {
    if (!Number.isSafeInteger(version) || version < 1) return null;
    const file = join(this.#versionsDir, `${version}.json`);
    if (!existsSync(file)) return null;
    return JSON.parse(readFileSync(file, 'utf8')) as StoredVersion;
  }

  /** Newest first. */
  list(limit = Infinity): VersionSummary[] {
    const numbers = readdirSync(this.#versionsDir)
      .map((name) => /^(\d+)\.json$/.exec(name)?.[1])
      .filter((n): n is string => n !== undefined)
      .map(Number)
      .sort((a, b) => b - a)
      .slice(0, limit);
    return numbers.flatMap((n) => {
      const v = this.get(n);
      return v ? [{ version: v.version, hash: v.hash, publishedAt: v.publishedAt, rolledBackFrom: v.rolledBackFrom }] : [];
    });
  }

  latestVersionNumber(): number {
    return this.list(1)[0]?.version ?? 0;
  }

  /** Stores a new version and makes it live. */
  publish(entry: Omit<StoredVersion, 'version' | 'publishedAt'>): StoredVersion {
    const stored: StoredVersion = { ...entry, version: this.latestVersionNumber() + 1, publishedAt: new Date().toISOString() };
    writeAtomic(join(this.#versionsDir, `${stored.version}.json`), JSON.stringify(stored));
    writeAtomic(this.#currentFile, JSON.stringify({ version: stored.version }));
    this.#current = stored;
    return stored;
  }
}
