/**
 * Every option of the handoff service, with its default. The one configuration module for server/handoff.
 */
import type { DetectedPii } from './pii-check.ts';

export interface RateLimit {
  /** Tokens added per second. */
  perSecond: number;
  /** Bucket size: the burst a client may spend at once. */
  burst: number;
}

export interface HandoffLimits {
  /** Largest request body in bytes; larger gets 413. Default 64 KiB. */
  maxBodyBytes: number;
  /** Every API request, per client IP. Default 50/s, burst 200. */
  perIp: RateLimit | null;
  /** Opening cases, per client IP. Default 1/s, burst 20. */
  openPerIp: RateLimit | null;
  /** Customer messages, per case. Default 5/s, burst 30. */
  messagesPerCase: RateLimit | null;
  /** Open SSE / long-poll connections per case. Default 4. */
  streamsPerCase: number;
  /** Longest long-poll wait in seconds (the `timeout` query parameter is capped here). Default 25. */
  pollSeconds: number;
  /** Seconds between SSE keep-alive comments. Default 15. */
  heartbeatSeconds: number;
}

export const DEFAULT_LIMITS: Readonly<HandoffLimits> = Object.freeze({
  maxBodyBytes: 64 * 1024,
  perIp: Object.freeze({ perSecond: 50, burst: 200 }),
  openPerIp: Object.freeze({ perSecond: 1, burst: 20 }),
  messagesPerCase: Object.freeze({ perSecond: 5, burst: 30 }),
  streamsPerCase: 4,
  pollSeconds: 25,
  heartbeatSeconds: 15,
});

export interface HandoffServiceOptions {
  /** Folder for `handoff.sqlite` (+ WAL files) and `handoff-secret.key`; created if missing. Required. */
  dataDir: string;
  /** Origins allowed by CORS for the customer API, e.g. `https://shop.example`. `[]` = same-origin only. Required. */
  allowedOrigins: readonly string[];
  /** Bearer token for the agent desk API. Required, at least 16 characters. */
  agentToken: string;
  /** This server's own origin (same-origin requests always pass CORS). Default: none. */
  publicOrigin?: string;
  /** Overrides of `DEFAULT_LIMITS`; `null` switches a rate limit off. */
  limits?: Partial<HandoffLimits>;
  /** Log sink, one line per call (never message text). Default: `console.log`. */
  log?: (line: string) => void;
  /** Second-line PII detector. Default: `detect` from core/privacy. */
  detectPii?: (text: string, options: { locale?: string }) => readonly DetectedPii[];
  /** Days a case is kept after its last activity (closed or abandoned), then erased. Default 30. */
  retentionDays?: number;
  /** SQLite `synchronous` pragma. Default `FULL` (fsync on every commit: no acknowledged write is lost). */
  synchronous?: 'FULL' | 'NORMAL';
}

export const DEFAULT_RETENTION_DAYS = 30;

/** How often the retention sweep runs, ms (also once at start). */
export const RETENTION_SWEEP_MS = 60 * 60 * 1000;

export function resolveLimits(overrides: Partial<HandoffLimits> | undefined): HandoffLimits {
  return { ...DEFAULT_LIMITS, ...(overrides ?? {}) };
}
