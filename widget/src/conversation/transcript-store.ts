/**
 * The conversation's only persistence: sessionStorage (gone when the tab closes), expiring after the
 * rules' retention period. No cookies, no localStorage, no IndexedDB.
 */
import type { ChatMessage } from './chat-message.ts';

export interface StoredConversation {
  v: 1;
  createdAt: number;
  expiresAt: number;
  messages: ChatMessage[];
  turn: number;
  unhelpfulCount: number;
  optedOut: boolean;
  withPerson: boolean;
  reference: string | null;
}

const DAY_MS = 86_400_000;

export class TranscriptStore {
  constructor(private readonly storage: Storage | null, private readonly key: string) {}

  static sessionStorage(key: string): TranscriptStore {
    let storage: Storage | null = null;
    try {
      storage = globalThis.sessionStorage ?? null;
    } catch {
      storage = null;
    }
    return new TranscriptStore(storage, key);
  }

  /** The stored conversation, or null when there is none, it expired, or it is unreadable (then it is removed). */
  load(now = Date.now()): StoredConversation | null {
    if (!this.storage) return null;
    try {
      const raw = this.storage.getItem(this.key);
      if (!raw) return null;
      const parsed = JSON.parse(raw) as StoredConversation;
      if (parsed?.v !== 1 || !Array.isArray(parsed.messages) || typeof parsed.expiresAt !== 'number' || parsed.expiresAt <= now) {
        this.clear();
        return null;
      }
      return parsed;
    } catch {
      this.clear();
      return null;
    }
  }

  /** Saves, keeping the original expiry; retention 0 days keeps nothing. */
  save(conversation: Omit<StoredConversation, 'v' | 'expiresAt'>, retentionDays: number): void {
    if (!this.storage) return;
    if (!(retentionDays > 0)) {
      this.clear();
      return;
    }
    try {
      const record: StoredConversation = { v: 1, ...conversation, expiresAt: conversation.createdAt + retentionDays * DAY_MS };
      this.storage.setItem(this.key, JSON.stringify(record));
    } catch {
      /* full or blocked: the conversation continues in memory */
    }
  }

  clear(): void {
    try {
      this.storage?.removeItem(this.key);
    } catch {
      /* nothing stored */
    }
  }
}
