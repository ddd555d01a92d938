/** Test harness: the real handoff service on an ephemeral port with a fresh data folder. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandoffService, type HandoffLimits, type HandoffService } from '../../../server/handoff/index.ts';
import type { OpenCaseRequest } from '../../../core/handoff/index.ts';

export const AGENT_TOKEN = 'test-agent-token-0123456789abcdef';
export const WIDGET_ORIGIN = 'https://shop.example';

export interface Harness {
  url: string;
  api: string;
  dataDir: string;
  logs: string[];
  service: HandoffService;
  close(): Promise<void>;
}

export async function startHarness(options: { limits?: Partial<HandoffLimits>; dataDir?: string; port?: number } = {}): Promise<Harness> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'handoff-test-'));
  const logs: string[] = [];
  const server: Server = createServer();
  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const service = await createHandoffService({
    dataDir, agentToken: AGENT_TOKEN, allowedOrigins: [WIDGET_ORIGIN], publicOrigin: url,
    limits: { perIp: null, openPerIp: null, messagesPerCase: null, ...options.limits }, log: (line) => logs.push(line),
  });
  server.on('request', (req, res) => {
    void service.handle(req, res, new URL(req.url ?? '/', url)).then((handled) => { if (!handled) res.writeHead(404).end(); });
  });
  return {
    url, api: `${url}/api/handoff/v1`, dataDir, logs, service,
    async close() {
      await service.close();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

let counter = 0;
export function uid(prefix = 'm'): string {
  counter += 1;
  return `${prefix}-${process.pid}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

export function openBody(overrides: Partial<OpenCaseRequest> = {}): OpenCaseRequest {
  return {
    id: uid('case'),
    messages: [{ id: uid(), text: 'My roaming data stopped working, my number is [PHONE_1].' }],
    decision: { rule: 'roaming-escalate', explanation: 'You asked about roaming twice and the answer did not help.', intent: 'roaming_issue', confidence: 0.82 },
    queue: 'roaming',
    priority: 'high',
    locale: 'en-GB',
    page: { path: '/help/roaming' },
    ...overrides,
  };
}

export async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
}

export async function openCase(h: Harness, body: OpenCaseRequest = openBody()): Promise<{ reference: string; caseSecret: string; body: OpenCaseRequest }> {
  const res = await post(`${h.api}/cases`, body);
  if (res.status !== 201) throw new Error(`open failed: ${res.status} ${await res.text()}`);
  const json = (await res.json()) as { reference: string; caseSecret: string };
  return { reference: json.reference, caseSecret: json.caseSecret, body };
}

export const agent = { authorization: `Bearer ${AGENT_TOKEN}` };
export const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });
