/**
 * Just the handoff API on its own port, for fault tests (spawned and kill -9'd) and the load bench.
 *
 *   PORT=8787 DATA_DIR=.data/handoff AGENT_TOKEN=... ALLOWED_ORIGINS=http://localhost:8080 tsx server/handoff/standalone.ts
 *
 * Env: PORT (default 0 = any free port), HOST (default 127.0.0.1), DATA_DIR (required),
 * AGENT_TOKEN (required, ≥ 16 chars), ALLOWED_ORIGINS (comma-separated, default none),
 * HANDOFF_LIMITS (JSON overrides of DEFAULT_LIMITS, e.g. `{"perIp":null}`),
 * HANDOFF_SYNCHRONOUS (FULL | NORMAL, default FULL), HANDOFF_QUIET=1 (no per-request log).
 * Prints `listening on http://127.0.0.1:PORT` once ready; SIGTERM / SIGINT close cleanly.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHandoffService, type HandoffService } from './index.ts';
import type { HandoffLimits } from './options.ts';

function env(name: string): string {
  const value = process.env[name];
  if (!value) {
    console.error(`standalone: set ${name}`);
    process.exit(2);
  }
  return value;
}

const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? '0');
const limits = process.env.HANDOFF_LIMITS ? (JSON.parse(process.env.HANDOFF_LIMITS) as Partial<HandoffLimits>) : undefined;
const synchronous = process.env.HANDOFF_SYNCHRONOUS === 'NORMAL' ? 'NORMAL' : 'FULL';
const quiet = process.env.HANDOFF_QUIET === '1';

const server = createServer();
server.keepAliveTimeout = 30_000;
// The handler is attached before listening and waits for the service, so a request that arrives
// while the service is still starting (loading the PII engine) is answered, never left hanging.
let ready: Promise<HandoffService> | null = null;
server.on('request', (req, res) => {
  ready!.then((service) => service.handle(req, res, new URL(req.url ?? '/', url))).then((handled) => {
    if (!handled) res.writeHead(404, { 'Content-Type': 'application/json' }).end(JSON.stringify({ error: { code: 'not_found', message: 'Only /api/ is served here.', field: 'path' } }));
  }, (error: unknown) => {
    console.error(error);
    if (!res.headersSent) res.writeHead(500).end();
  });
});
await new Promise<void>((done) => server.listen(port, host, done));
const url = `http://${host}:${(server.address() as AddressInfo).port}`;
ready = createHandoffService({
  dataDir: env('DATA_DIR'),
  agentToken: env('AGENT_TOKEN'),
  allowedOrigins: (process.env.ALLOWED_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean),
  publicOrigin: url,
  limits,
  synchronous,
  log: quiet ? () => {} : (line) => console.log(line),
});
const service = await ready;
console.log(`listening on ${url}`);

const stop = async () => {
  await service.close();
  server.closeAllConnections();
  server.close(() => process.exit(0));
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
