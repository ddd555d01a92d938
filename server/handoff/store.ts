/**
 * Durable store of cases, messages and events in SQLite (better-sqlite3, WAL). Every write is one
 * transaction committed before the HTTP answer is sent, so an acknowledged message survives kill -9.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { GroupCommit } from './group-commit.ts';
import { createCaseReference, PRIORITY_RANK } from '../../core/handoff/index.ts';
import type {
  Author, CaseDetail, CaseStatus, CaseSummary, DeskEventType, HandoffEvent, OpenCaseRequest, Priority, QueueSummary, StoredMessage,
} from '../../core/handoff/index.ts';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS cases (
  id TEXT PRIMARY KEY,
  reference TEXT NOT NULL UNIQUE,
  status TEXT NOT NULL,
  queue TEXT NOT NULL,
  priority TEXT NOT NULL,
  priority_rank INTEGER NOT NULL,
  rule TEXT, explanation TEXT NOT NULL, intent TEXT, confidence REAL,
  locale TEXT NOT NULL, page TEXT NOT NULL,
  received TEXT NOT NULL, received_hash TEXT NOT NULL,
  agent TEXT,
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS cases_by_queue ON cases (status, queue, priority_rank, created_at);
CREATE TABLE IF NOT EXISTS messages (
  case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  author TEXT NOT NULL,
  agent TEXT,
  text TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (case_id, id),
  UNIQUE (case_id, seq)
);
CREATE TABLE IF NOT EXISTS events (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  case_id TEXT,
  reference TEXT NOT NULL,
  customer INTEGER NOT NULL,
  type TEXT NOT NULL,
  data TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_by_case ON events (case_id, id);
`;

const CUSTOMER_EVENTS: ReadonlySet<DeskEventType> = new Set(['agent-joined', 'agent-reply', 'agent-left', 'case-closed']);

interface CaseRow {
  id: string; reference: string; status: CaseStatus; queue: string; priority: Priority; rule: string | null; explanation: string;
  intent: string | null; confidence: number | null; locale: string; page: string; received: string; received_hash: string;
  agent: string | null; created_at: string; updated_at: string;
}
interface EventRow { id: number; reference: string; type: DeskEventType; data: string; created_at: string }
interface MessageRow { id: string; seq: number; author: Author; agent: string | null; text: string; created_at: string }

export type AppendResult =
  | { kind: 'stored'; seq: number; event: HandoffEvent }
  | { kind: 'duplicate'; seq: number }
  | { kind: 'conflict'; seq: number }
  | { kind: 'closed' };

export function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export class HandoffStore {
  private readonly db: Database.Database;
  private readonly now: () => Date;
  private readonly commits: GroupCommit;

  constructor(dataDir: string, options: { synchronous?: 'FULL' | 'NORMAL'; now?: () => Date } = {}) {
    mkdirSync(dataDir, { recursive: true });
    this.db = new Database(join(dataDir, 'handoff.sqlite'));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${options.synchronous ?? 'FULL'}`);
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SCHEMA);
    this.now = options.now ?? (() => new Date());
    this.commits = new GroupCommit(this.db);
  }

  private readonly statements = new Map<string, Database.Statement>();

  /** Prepared statements are cached: preparing costs more than running most of these queries. */
  private sql(source: string): Database.Statement {
    let statement = this.statements.get(source);
    if (!statement) {
      statement = this.db.prepare(source);
      this.statements.set(source, statement);
    }
    return statement;
  }

  /**
   * Runs a write (one of the methods below) in the next group commit; resolves after the commit
   * is on disk. Every write the HTTP API acknowledges goes through here.
   */
  write<T>(run: (store: this) => T): Promise<T> {
    return this.commits.write(() => run(this));
  }

  close(): void {
    this.commits.flush();
    if (this.db.open) this.db.close();
  }

  private stamp(): string {
    return this.now().toISOString();
  }

  private addEvent(caseId: string | null, reference: string, type: DeskEventType, data: Record<string, unknown>): HandoffEvent {
    const createdAt = this.stamp();
    const info = this.sql('INSERT INTO events (case_id, reference, customer, type, data, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(caseId, reference, CUSTOMER_EVENTS.has(type) ? 1 : 0, type, JSON.stringify(data), createdAt);
    return { id: Number(info.lastInsertRowid), type, reference, data, createdAt };
  }

  /** Opens a case, or returns the existing one when the same request (same id, same body) is retried. */
  openCase(request: OpenCaseRequest, receivedJson: string): { kind: 'created' | 'existing'; row: CaseRow; events: HandoffEvent[] } | { kind: 'conflict' } {
    const hash = hashOf(JSON.stringify(request));
    return this.db.transaction(() => {
      const existing = this.sql('SELECT * FROM cases WHERE id = ?').get(request.id) as CaseRow | undefined;
      if (existing) return existing.received_hash === hash ? { kind: 'existing' as const, row: existing, events: [] } : { kind: 'conflict' as const };
      let reference = createCaseReference();
      while (this.sql('SELECT 1 FROM cases WHERE reference = ?').get(reference)) reference = createCaseReference();
      const at = this.stamp();
      this.sql(`INSERT INTO cases (id, reference, status, queue, priority, priority_rank, rule, explanation, intent, confidence, locale, page, received, received_hash, agent, created_at, updated_at)
        VALUES (?, ?, 'waiting', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)`).run(
        request.id, reference, request.queue, request.priority, PRIORITY_RANK[request.priority] ?? 2, request.decision.rule, request.decision.explanation,
        request.decision.intent, request.decision.confidence, request.locale, JSON.stringify(request.page), receivedJson, hash, at, at);
      const insert = this.sql("INSERT INTO messages (case_id, id, seq, author, agent, text, created_at) VALUES (?, ?, ?, 'customer', NULL, ?, ?)");
      request.messages.forEach((m, i) => insert.run(request.id, m.id, i + 1, m.text, at));
      const event = this.addEvent(request.id, reference, 'case-opened', { queue: request.queue, priority: request.priority });
      const row = this.sql('SELECT * FROM cases WHERE id = ?').get(request.id) as CaseRow;
      return { kind: 'created' as const, row, events: [event] };
    })();
  }

  caseByReference(reference: string): CaseRow | undefined {
    return this.sql('SELECT * FROM cases WHERE reference = ?').get(reference) as CaseRow | undefined;
  }

  messageIds(caseId: string): string[] {
    return (this.sql('SELECT id FROM messages WHERE case_id = ? ORDER BY seq').all(caseId) as { id: string }[]).map((r) => r.id);
  }

  /** Appends one message; a retry with the same id and text is a duplicate, with another text a conflict. */
  appendMessage(row: CaseRow, author: Author, id: string, text: string, agent: string | null): AppendResult {
    return this.db.transaction((): AppendResult => {
      const existing = this.sql('SELECT seq, text, author FROM messages WHERE case_id = ? AND id = ?').get(row.id, id) as { seq: number; text: string; author: Author } | undefined;
      if (existing) return existing.text === text && existing.author === author ? { kind: 'duplicate', seq: existing.seq } : { kind: 'conflict', seq: existing.seq };
      const current = this.sql('SELECT status FROM cases WHERE id = ?').get(row.id) as { status: CaseStatus } | undefined;
      if (!current || current.status === 'closed') return { kind: 'closed' };
      const { next } = this.sql('SELECT COALESCE(MAX(seq), 0) + 1 AS next FROM messages WHERE case_id = ?').get(row.id) as { next: number };
      const at = this.stamp();
      this.sql('INSERT INTO messages (case_id, id, seq, author, agent, text, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(row.id, id, next, author, agent, text, at);
      this.sql('UPDATE cases SET updated_at = ? WHERE id = ?').run(at, row.id);
      const type = author === 'agent' ? 'agent-reply' : 'customer-message';
      const event = this.addEvent(row.id, row.reference, type, { id, seq: next, text, ...(agent ? { agent } : {}) });
      return { kind: 'stored', seq: next, event };
    })();
  }

  /** join / leave / close: changes the status and records the event; null when nothing changed. */
  setStatus(row: CaseRow, change: 'join' | 'leave' | 'close', agent: string | null): HandoffEvent | null {
    return this.db.transaction((): HandoffEvent | null => {
      const current = this.sql('SELECT status, agent FROM cases WHERE id = ?').get(row.id) as { status: CaseStatus; agent: string | null } | undefined;
      if (!current || current.status === 'closed') return null;
      const at = this.stamp();
      if (change === 'join') {
        if (current.status === 'active' && current.agent === agent) return null;
        this.sql("UPDATE cases SET status = 'active', agent = ?, updated_at = ? WHERE id = ?").run(agent, at, row.id);
        return this.addEvent(row.id, row.reference, 'agent-joined', { agent });
      }
      if (change === 'leave') {
        if (current.status !== 'active') return null;
        this.sql("UPDATE cases SET status = 'waiting', agent = NULL, updated_at = ? WHERE id = ?").run(at, row.id);
        return this.addEvent(row.id, row.reference, 'agent-left', { agent: current.agent });
      }
      this.sql("UPDATE cases SET status = 'closed', updated_at = ? WHERE id = ?").run(at, row.id);
      return this.addEvent(row.id, row.reference, 'case-closed', {});
    })();
  }

  /** Deletes the case, its messages and its events; leaves one `case-erased` tombstone (reference only) for desks. */
  erase(row: CaseRow): { messages: number; events: number; tombstone: HandoffEvent } {
    return this.db.transaction(() => {
      const messages = this.sql('DELETE FROM messages WHERE case_id = ?').run(row.id).changes;
      const events = this.sql('DELETE FROM events WHERE case_id = ?').run(row.id).changes;
      this.sql('DELETE FROM cases WHERE id = ?').run(row.id);
      const tombstone = this.addEvent(null, row.reference, 'case-erased', {});
      return { messages, events, tombstone };
    })();
  }

  /**
   * Retention: erases every case with no activity since `before` (closed or abandoned), with its
   * messages and events, and drops erasure tombstones older than that. Returns what it deleted.
   */
  sweep(before: Date): { cases: number; messages: number; events: number } {
    const cutoff = before.toISOString();
    return this.db.transaction(() => {
      const ids = (this.sql('SELECT id FROM cases WHERE updated_at < ?').all(cutoff) as { id: string }[]).map((r) => r.id);
      let messages = 0;
      let events = 0;
      for (const id of ids) {
        messages += this.sql('DELETE FROM messages WHERE case_id = ?').run(id).changes;
        events += this.sql('DELETE FROM events WHERE case_id = ?').run(id).changes;
        this.sql('DELETE FROM cases WHERE id = ?').run(id);
      }
      events += this.sql('DELETE FROM events WHERE case_id IS NULL AND created_at < ?').run(cutoff).changes;
      return { cases: ids.length, messages, events };
    })();
  }

  /** Events after `afterId`: for one case and customer-visible only, or (case null) every event for the desk. */
  eventsAfter(afterId: number, caseId: string | null, limit = 500): HandoffEvent[] {
    const rows = (caseId === null
      ? this.sql('SELECT id, reference, type, data, created_at FROM events WHERE id > ? ORDER BY id LIMIT ?').all(afterId, limit)
      : this.sql('SELECT id, reference, type, data, created_at FROM events WHERE case_id = ? AND customer = 1 AND id > ? ORDER BY id LIMIT ?').all(caseId, afterId, limit)) as EventRow[];
    return rows.map((r) => ({ id: r.id, type: r.type, reference: r.reference, data: JSON.parse(r.data) as Record<string, unknown>, createdAt: r.created_at }));
  }

  lastEventId(): number {
    return (this.sql('SELECT COALESCE(MAX(id), 0) AS id FROM events').get() as { id: number }).id;
  }

  summary(row: CaseRow): CaseSummary {
    const count = this.sql('SELECT COUNT(*) AS n FROM messages WHERE case_id = ?').get(row.id) as { n: number };
    const last = this.sql('SELECT text FROM messages WHERE case_id = ? ORDER BY seq DESC LIMIT 1').get(row.id) as { text: string } | undefined;
    return {
      reference: row.reference, status: row.status, queue: row.queue, priority: row.priority, rule: row.rule, intent: row.intent,
      confidence: row.confidence, locale: row.locale, agent: row.agent, messageCount: count.n, lastMessage: last?.text ?? null,
      createdAt: row.created_at, updatedAt: row.updated_at,
    };
  }

  detail(row: CaseRow): CaseDetail {
    const messages = (this.sql('SELECT id, seq, author, agent, text, created_at FROM messages WHERE case_id = ? ORDER BY seq').all(row.id) as MessageRow[])
      .map((m): StoredMessage => ({ id: m.id, seq: m.seq, author: m.author, agent: m.agent, text: m.text, createdAt: m.created_at }));
    return { ...this.summary(row), explanation: row.explanation, page: JSON.parse(row.page) as Record<string, string>, messages, received: row.received };
  }

  /** Cases by status (default: not closed), optionally one queue, most urgent first, then oldest first. */
  listCases(filter: { queue?: string; status?: CaseStatus | 'open' | 'all' }, limit = 500): CaseSummary[] {
    const status = filter.status ?? 'open';
    const where: string[] = [];
    const args: unknown[] = [];
    if (status === 'open') where.push("status != 'closed'");
    else if (status !== 'all') { where.push('status = ?'); args.push(status); }
    if (filter.queue) { where.push('queue = ?'); args.push(filter.queue); }
    const sql = `SELECT * FROM cases ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY priority_rank, created_at LIMIT ?`;
    return (this.sql(sql).all(...args, limit) as CaseRow[]).map((r) => this.summary(r));
  }

  queues(): QueueSummary[] {
    const rows = this.sql("SELECT queue, status, priority, COUNT(*) AS n FROM cases WHERE status != 'closed' GROUP BY queue, status, priority ORDER BY queue")
      .all() as { queue: string; status: CaseStatus; priority: Priority; n: number }[];
    const byQueue = new Map<string, QueueSummary>();
    for (const r of rows) {
      const q = byQueue.get(r.queue) ?? { queue: r.queue, waiting: 0, active: 0, byPriority: { urgent: 0, high: 0, normal: 0, low: 0 } };
      if (r.status === 'waiting') q.waiting += r.n; else q.active += r.n;
      q.byPriority[r.priority] += r.n;
      byQueue.set(r.queue, q);
    }
    return [...byQueue.values()];
  }
}

export type { CaseRow };
