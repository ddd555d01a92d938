/**
 * The handoff API (`clearline-handoff/1`) as a request handler for Node's `http` server, mounted
 * under `/api`. Customer routes authenticate with the case secret, agent routes with the agent token.
 * Every write is committed to SQLite before it is acknowledged.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  API_PREFIX, PROTOCOL_VERSION, isCaseReference, validateEmpty, validateJoin, validateMessage, validateOpenCase,
  type CaseStatus, type HandoffEvent, type OpenCaseRequest, type Validated,
} from '../../core/handoff/index.ts';
import { resolveLimits, DEFAULT_RETENTION_DAYS, RETENTION_SWEEP_MS, type HandoffServiceOptions } from './options.ts';
import { HandoffStore, type CaseRow } from './store.ts';
import { CorsPolicy } from './cors.ts';
import { RateLimiter } from './rate-limiter.ts';
import { EventHub } from './event-hub.ts';
import { CaseSecrets, sameSecret } from './case-secret.ts';
import { HttpError, readJsonBody, sendError, sendJson } from './http-io.ts';
import { openSse, longPoll } from './event-stream.ts';
import { findPii, loadDefaultDetector, type PiiDetector } from './pii-check.ts';

export interface HandoffService {
  /** Answers requests under `/api/`; returns false for any other path. */
  handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean>;
  close(): Promise<void>;
}

const MOUNT = '/api';
const CUSTOMER_VISIBLE = new Set(['agent-joined', 'agent-reply', 'agent-left', 'case-closed']);

function bearer(req: IncomingMessage): string | null {
  const header = req.headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match ? match[1]! : null;
}

function unwrap<T>(result: Validated<T>): T {
  if (!result.ok) throw new HttpError(400, result.error.code, result.error.message, result.error.field);
  return result.value;
}

function eventIdFrom(req: IncomingMessage, url: URL, names: readonly string[]): number {
  const raw = (req.headers['last-event-id'] as string | undefined) ?? names.map((n) => url.searchParams.get(n)).find((v) => v !== null) ?? '0';
  if (!/^\d{1,15}$/.test(raw)) throw new HttpError(400, 'invalid_value', `The last event id must be a non-negative integer, got ${JSON.stringify(raw.slice(0, 40))}.`, 'Last-Event-ID');
  return Number(raw);
}

export async function createHandoffService(options: HandoffServiceOptions): Promise<HandoffService> {
  if (!options.dataDir) throw new Error('createHandoffService: dataDir is required');
  if (typeof options.agentToken !== 'string' || options.agentToken.length < 16) throw new Error('createHandoffService: agentToken must be a string of at least 16 characters');
  const limits = resolveLimits(options.limits);
  const log = options.log ?? ((line: string) => console.log(line));
  const detector: PiiDetector = options.detectPii ?? (await loadDefaultDetector());
  const store = new HandoffStore(options.dataDir, { synchronous: options.synchronous });
  const secrets = CaseSecrets.load(options.dataDir);
  const customerCors = new CorsPolicy(options.allowedOrigins, options.publicOrigin);
  const agentCors = new CorsPolicy([], options.publicOrigin);
  const perIp = new RateLimiter(limits.perIp);
  const openPerIp = new RateLimiter(limits.openPerIp);
  const perCase = new RateLimiter(limits.messagesPerCase);
  const hub = new EventHub();
  const streams = new Set<ServerResponse>();
  let closed = false;
  const retentionDays = options.retentionDays ?? DEFAULT_RETENTION_DAYS;
  if (!(retentionDays > 0)) throw new Error(`createHandoffService: retentionDays must be a positive number, got ${String(options.retentionDays)}`);
  const sweep = () => {
    const gone = store.sweep(new Date(Date.now() - retentionDays * 86_400_000));
    if (gone.cases > 0) log(`handoff: retention erased ${gone.cases} cases older than ${retentionDays} days (${gone.messages} messages, ${gone.events} events)`);
  };
  sweep();
  const sweeper = setInterval(sweep, RETENTION_SWEEP_MS);
  sweeper.unref();

  const publish = (events: readonly HandoffEvent[]) => {
    for (const e of events) hub.publish(e, CUSTOMER_VISIBLE.has(e.type));
  };

  function limit(limiter: RateLimiter, key: string, what: string): void {
    const wait = limiter.take(key);
    if (wait > 0) throw new HttpError(429, 'rate_limited', `Too many ${what}; retry in ${wait} s.`, null, { 'Retry-After': String(wait) });
  }

  function refusePii(fields: { field: string; text: string }[], locale: string | undefined, where: string): void {
    const hit = findPii(fields, locale, detector);
    if (hit) {
      log(`handoff: refused ${where}: personal data (${hit.types.join(', ')}) in ${hit.field}; nothing stored`);
      throw new HttpError(422, 'personal_data_detected', `${hit.field} looks like it holds unscrubbed personal data (${hit.types.join(', ')}); it was not stored.`, hit.field);
    }
  }

  function customerCase(req: IncomingMessage, url: URL, ref: string, allowQuerySecret: boolean): CaseRow {
    // Native EventSource cannot send headers: the two stream endpoints also accept ?secret=.
    const secret = bearer(req) ?? (allowQuerySecret && req.method === 'GET' ? url.searchParams.get('secret') : null);
    if (!secret) throw new HttpError(401, 'unauthenticated', 'Send the case secret as "Authorization: Bearer <caseSecret>".', 'authorization');
    const row = isCaseReference(ref) ? store.caseByReference(ref) : undefined;
    // Same answer for "no such case" and "wrong secret": the reference alone reveals nothing.
    if (!row || !secrets.verify(row.id, secret)) throw new HttpError(404, 'case_not_found', `No case ${ref} for this secret.`, 'reference');
    return row;
  }

  function agentAuth(req: IncomingMessage): void {
    const token = bearer(req);
    if (!token) throw new HttpError(401, 'unauthenticated', 'Send the agent token as "Authorization: Bearer <token>".', 'authorization');
    if (!sameSecret(token, options.agentToken)) throw new HttpError(403, 'forbidden', 'The agent token is not valid.', 'authorization');
  }

  function agentCase(ref: string): CaseRow {
    const row = isCaseReference(ref) ? store.caseByReference(ref) : undefined;
    if (!row) throw new HttpError(404, 'case_not_found', `No case ${ref}.`, 'reference');
    return row;
  }

  function methodNotAllowed(allowed: string): never {
    throw new HttpError(405, 'method_not_allowed', `Use ${allowed} on this path.`, 'method', { Allow: allowed });
  }

  async function customerRoute(req: IncomingMessage, res: ServerResponse, url: URL, parts: string[]): Promise<void> {
    const method = req.method ?? 'GET';
    if (parts.length === 1) {
      if (method !== 'POST') methodNotAllowed('POST');
      limit(openPerIp, req.socket.remoteAddress ?? '?', 'new cases from this client');
      const body = await readJsonBody(req, limits.maxBodyBytes);
      const request: OpenCaseRequest = unwrap(validateOpenCase(body));
      refusePii([
        ...request.messages.map((m, i) => ({ field: `messages[${i}].text`, text: m.text })),
        { field: 'decision.explanation', text: request.decision.explanation },
        ...Object.entries(request.page).map(([k, v]) => ({ field: `page.${k}`, text: v })),
      ], request.locale, 'open case');
      const result = await store.write((s) => s.openCase(request, JSON.stringify(body)));
      if (result.kind === 'conflict') throw new HttpError(409, 'id_conflict', `A case with id ${request.id} exists with a different body.`, 'id');
      publish(result.events);
      if (result.kind === 'created') log(`handoff: opened ${result.row.reference} queue=${result.row.queue} priority=${result.row.priority}`);
      sendJson(res, result.kind === 'created' ? 201 : 200, {
        protocol: PROTOCOL_VERSION, reference: result.row.reference, caseSecret: secrets.secretFor(result.row.id),
        status: result.row.status, messageIds: store.messageIds(result.row.id), created: result.kind === 'created',
      });
      return;
    }
    const ref = parts[1]!;
    const sub = parts.slice(2).join('/');
    const row = customerCase(req, url, ref, sub === 'events' || sub === 'poll');
    if (sub === '') {
      if (method === 'GET') {
        sendJson(res, 200, { protocol: PROTOCOL_VERSION, reference: row.reference, status: row.status, messageIds: store.messageIds(row.id) });
        return;
      }
      if (method === 'DELETE') {
        const erased = await store.write((s) => s.erase(row));
        hub.publish(erased.tombstone, true);
        log(`handoff: erased ${row.reference} (${erased.messages} messages, ${erased.events} events)`);
        sendJson(res, 200, { protocol: PROTOCOL_VERSION, reference: row.reference, deleted: { case: true, messages: erased.messages, events: erased.events } });
        return;
      }
      methodNotAllowed('GET, DELETE');
    }
    if (sub === 'messages') {
      if (method !== 'POST') methodNotAllowed('POST');
      limit(perCase, row.id, 'messages on this case');
      const message = unwrap(validateMessage(await readJsonBody(req, limits.maxBodyBytes)));
      refusePii([{ field: 'text', text: message.text }], row.locale, `message on ${row.reference}`);
      const result = await store.write((s) => s.appendMessage(row, 'customer', message.id, message.text, null));
      if (result.kind === 'conflict') throw new HttpError(409, 'id_conflict', `Message ${message.id} was already received with a different text.`, 'id');
      if (result.kind === 'closed') throw new HttpError(409, 'case_closed', `Case ${row.reference} is closed.`, 'reference');
      if (result.kind === 'stored') publish([result.event]);
      sendJson(res, result.kind === 'stored' ? 201 : 200, { protocol: PROTOCOL_VERSION, id: message.id, seq: result.seq, duplicate: result.kind === 'duplicate' });
      return;
    }
    if (sub === 'events' || sub === 'poll') {
      if (method !== 'GET') methodNotAllowed('GET');
      if (hub.count(row.reference) >= limits.streamsPerCase) throw new HttpError(429, 'too_many_streams', `At most ${limits.streamsPerCase} open streams per case.`, null, { 'Retry-After': '5' });
      const scope = { reference: row.reference, caseId: row.id };
      if (sub === 'events') {
        openSse(req, res, store, hub, scope, eventIdFrom(req, url, ['lastEventId']), limits.heartbeatSeconds, streams);
      } else {
        const rawTimeout = url.searchParams.get('timeout') ?? String(limits.pollSeconds);
        if (!/^\d{1,4}$/.test(rawTimeout)) throw new HttpError(400, 'invalid_value', `timeout must be whole seconds, got ${JSON.stringify(rawTimeout.slice(0, 40))}.`, 'timeout');
        const seconds = Math.min(Number(rawTimeout), limits.pollSeconds);
        longPoll(req, res, store, hub, scope, eventIdFrom(req, url, ['after']), seconds, () => store.caseByReference(row.reference)?.status ?? null, streams);
      }
      return;
    }
    throw new HttpError(404, 'not_found', `No route ${method} ${url.pathname}.`, 'path');
  }

  async function agentRoute(req: IncomingMessage, res: ServerResponse, url: URL, parts: string[]): Promise<void> {
    const method = req.method ?? 'GET';
    agentAuth(req);
    const [, resource, ref, action] = parts;
    if (resource === 'queues' && parts.length === 2) {
      if (method !== 'GET') methodNotAllowed('GET');
      sendJson(res, 200, { protocol: PROTOCOL_VERSION, queues: store.queues() });
      return;
    }
    if (resource === 'events' && parts.length === 2) {
      if (method !== 'GET') methodNotAllowed('GET');
      const hasResume = req.headers['last-event-id'] !== undefined || url.searchParams.has('lastEventId');
      openSse(req, res, store, hub, { reference: null, caseId: null }, hasResume ? eventIdFrom(req, url, ['lastEventId']) : store.lastEventId(), limits.heartbeatSeconds, streams);
      return;
    }
    if (resource === 'cases' && parts.length === 2) {
      if (method !== 'GET') methodNotAllowed('GET');
      const status = url.searchParams.get('status') ?? 'open';
      const statuses = ['open', 'all', 'waiting', 'active', 'closed'];
      if (!statuses.includes(status)) throw new HttpError(400, 'invalid_value', `status must be one of ${statuses.join(', ')}.`, 'status');
      const queue = url.searchParams.get('queue') ?? undefined;
      sendJson(res, 200, { protocol: PROTOCOL_VERSION, lastEventId: store.lastEventId(), cases: store.listCases({ queue, status: status as CaseStatus | 'open' | 'all' }) });
      return;
    }
    if (resource === 'cases' && ref && parts.length === 3) {
      if (method !== 'GET') methodNotAllowed('GET');
      sendJson(res, 200, { protocol: PROTOCOL_VERSION, case: store.detail(agentCase(ref)) });
      return;
    }
    if (resource === 'cases' && ref && action && parts.length === 4) {
      if (method !== 'POST') methodNotAllowed('POST');
      const row = agentCase(ref);
      const body = await readJsonBody(req, limits.maxBodyBytes);
      if (action === 'replies') {
        const message = unwrap(validateMessage(body));
        const agent = store.caseByReference(row.reference)?.agent ?? 'Agent';
        const result = await store.write((s) => s.appendMessage(row, 'agent', message.id, message.text, agent));
        if (result.kind === 'conflict') throw new HttpError(409, 'id_conflict', `Reply ${message.id} was already received with a different text.`, 'id');
        if (result.kind === 'closed') throw new HttpError(409, 'case_closed', `Case ${row.reference} is closed.`, 'reference');
        if (result.kind === 'stored') publish([result.event]);
        sendJson(res, result.kind === 'stored' ? 201 : 200, { protocol: PROTOCOL_VERSION, id: message.id, seq: result.seq, duplicate: result.kind === 'duplicate' });
        return;
      }
      if (action === 'join' || action === 'leave' || action === 'close') {
        const agent = action === 'join' ? unwrap(validateJoin(body)).agent : (unwrap(validateEmpty(body)), null);
        if (row.status === 'closed') throw new HttpError(409, 'case_closed', `Case ${row.reference} is closed.`, 'reference');
        const event = await store.write((s) => s.setStatus(row, action, agent));
        if (event) publish([event]);
        const after = store.caseByReference(row.reference)!;
        sendJson(res, 200, { protocol: PROTOCOL_VERSION, case: store.summary(after) });
        return;
      }
    }
    throw new HttpError(404, 'not_found', `No route ${method} ${url.pathname}.`, 'path');
  }

  async function route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const rest = url.pathname.slice(MOUNT.length);
    const isAgent = rest.startsWith(`${API_PREFIX}/agent/`);
    const cors = isAgent ? agentCors : customerCors;
    if (req.method === 'OPTIONS') return cors.preflight(req, res);
    cors.apply(req, res);
    limit(perIp, req.socket.remoteAddress ?? '?', 'requests from this client');
    if (!rest.startsWith(`${API_PREFIX}/`)) throw new HttpError(404, 'not_found', `No API at ${url.pathname}; the handoff API lives under ${MOUNT}${API_PREFIX}/.`, 'path');
    const parts = rest.slice(API_PREFIX.length + 1).split('/').filter((p) => p !== '');
    if (parts[0] === 'cases') return customerRoute(req, res, url, parts);
    if (parts[0] === 'agent') return agentRoute(req, res, url, parts);
    throw new HttpError(404, 'not_found', `No route ${req.method} ${url.pathname}.`, 'path');
  }

  return {
    async handle(req, res, url) {
      if (url.pathname !== MOUNT && !url.pathname.startsWith(`${MOUNT}/`)) return false;
      if (closed) {
        sendError(res, new HttpError(503, 'shutting_down', 'The handoff service is shutting down.', null, { 'Retry-After': '2' }));
        return true;
      }
      try {
        await route(req, res, url);
      } catch (error) {
        if (res.headersSent) {
          res.end();
        } else if (error instanceof HttpError) {
          log(`handoff: ${error.status} ${req.method} ${url.pathname} ${error.code}${error.field ? ` field=${error.field}` : ''}`);
          sendError(res, error);
        } else {
          log(`handoff: 500 ${req.method} ${url.pathname}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
          sendError(res, new HttpError(500, 'internal', 'Internal server error.'));
        }
      }
      return true;
    },
    async close() {
      if (closed) return;
      closed = true;
      clearInterval(sweeper);
      for (const res of [...streams]) res.end();
      streams.clear();
      store.close();
    },
  };
}
