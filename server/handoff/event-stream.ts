/**
 * Server-Sent Events and long polling over the store + hub. Both resume from an event id
 * (`Last-Event-ID` header, `lastEventId` / `after` query) and never skip or repeat an event.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { PROTOCOL_VERSION, type CaseStatus, type HandoffEvent } from '../../core/handoff/index.ts';
import type { EventHub } from './event-hub.ts';
import type { HandoffStore } from './store.ts';
import { sendJson } from './http-io.ts';

export interface StreamScope {
  /** Case reference, or null for the desk (every event). */
  reference: string | null;
  /** Store case id (null for the desk). */
  caseId: string | null;
}

function writeEvent(res: ServerResponse, event: HandoffEvent): void {
  const data = JSON.stringify(event);
  res.write(`id: ${event.id}\nevent: ${event.type}\ndata: ${data}\n\n`);
}

/** Opens an SSE stream; `after` is the last event id the client has. Returns when the stream ends. */
export function openSse(req: IncomingMessage, res: ServerResponse, store: HandoffStore, hub: EventHub, scope: StreamScope, after: number, heartbeatSeconds: number, track: Set<ServerResponse>): void {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Accel-Buffering': 'no',
    'Clearline-Protocol': PROTOCOL_VERSION,
  });
  res.write(`: ${PROTOCOL_VERSION}\nretry: 2000\n\n`);
  let last = after;
  let ended = false;
  const pump = () => {
    if (ended) return;
    for (;;) {
      const batch = store.eventsAfter(last, scope.caseId);
      for (const event of batch) {
        writeEvent(res, event);
        last = event.id;
      }
      if (batch.length < 500) break;
    }
  };
  const end = () => {
    if (ended) return;
    ended = true;
    clearInterval(heartbeat);
    unsubscribe();
    track.delete(res);
    res.end();
  };
  const unsubscribe = hub.subscribe(scope.reference, (event) => {
    if (scope.reference !== null && event.type === 'case-erased') return end();
    pump();
  });
  const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), heartbeatSeconds * 1000);
  heartbeat.unref();
  track.add(res);
  req.on('close', end);
  res.on('error', end);
  pump();
}

/** Long poll: answers at once when events after `after` exist, else waits up to `seconds` for one. */
export function longPoll(req: IncomingMessage, res: ServerResponse, store: HandoffStore, hub: EventHub, scope: StreamScope, after: number, seconds: number, status: () => CaseStatus | null, track: Set<ServerResponse>): void {
  let done = false;
  const answer = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    unsubscribe();
    track.delete(res);
    const events = store.eventsAfter(after, scope.caseId);
    const st = status();
    if (st === null) {
      sendJson(res, 410, { error: { code: 'case_erased', message: 'The case was erased.', field: null } });
      return;
    }
    sendJson(res, 200, { protocol: PROTOCOL_VERSION, events, lastEventId: events.length ? events[events.length - 1]!.id : after, status: st });
  };
  const unsubscribe = hub.subscribe(scope.reference, () => answer());
  const timer = setTimeout(answer, seconds * 1000);
  track.add(res);
  req.on('close', () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    unsubscribe();
    track.delete(res);
  });
  if (store.eventsAfter(after, scope.caseId, 1).length > 0 || seconds === 0) answer();
}
