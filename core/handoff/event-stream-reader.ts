/**
 * Reads one Server-Sent Events response over `fetch` (streams), so the caller can send
 * `Authorization` and `Last-Event-ID` headers. Works in browsers and in Node 20. One connection:
 * resolves when the server ends the stream, rejects on network errors or a non-2xx answer.
 * Reconnecting is the caller's job (see widget/src/handoff/sse-resume.ts and the desk).
 */
import { SseParser, type ParsedSseEvent } from './sse-parser.ts';

export interface ReadEventStreamOptions {
  url: string;
  headers?: Record<string, string>;
  lastEventId?: string | null;
  signal?: AbortSignal;
  fetch?: typeof fetch;
  onOpen?: () => void;
  onEvent: (event: ParsedSseEvent) => void;
}

/** Thrown for a non-2xx answer; `status` lets the caller decide whether to retry. */
export class EventStreamHttpError extends Error {
  override name = 'EventStreamHttpError';
  constructor(readonly status: number, readonly body: string) {
    super(`event stream answered HTTP ${status}`);
  }
}

export async function readEventStream(options: ReadEventStreamOptions): Promise<void> {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const headers: Record<string, string> = { accept: 'text/event-stream', ...options.headers };
  if (options.lastEventId) headers['last-event-id'] = options.lastEventId;
  const response = await doFetch(options.url, { headers, signal: options.signal, cache: 'no-store' });
  if (!response.ok || !response.body) {
    throw new EventStreamHttpError(response.status, await response.text().catch(() => ''));
  }
  options.onOpen?.();
  const parser = new SseParser();
  const decoder = new TextDecoder();
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      for (const event of parser.push(decoder.decode(value, { stream: true }))) options.onEvent(event);
    }
  } finally {
    reader.releaseLock();
  }
}
