/**
 * The one server behind `npm start` and the end-to-end tests: on a single port it serves the demo
 * operator site (which embeds the widget with one script tag), the widget bundle (also under a CDN-like
 * sub-path), the rules studio, the agent desk, the signed rules bundle and the handoff API.
 *
 * | path            | what                                                                   |
 * |-----------------|------------------------------------------------------------------------|
 * | `/`             | the demo site (`demo/`), with the rules public key filled in            |
 * | `/widget/`      | `dist/widget/` — the embeddable script and its lazy assets              |
 * | `/cdn/v1/`      | the same files again, to prove the bundle works from any path           |
 * | `/studio/`      | `dist/studio/` — the rules studio                                        |
 * | `/agent/`       | `dist/agent/` — the agent desk                                           |
 * | `/rules/`, `/studio-api/` | the rules service (`server/rules/`)                            |
 * | `/api/`         | the handoff API (`server/handoff/`)                                      |
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { mkdirSync } from 'node:fs';
import { resolve, join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serveStatic } from './static-files.ts';
import { HttpError, errorBody, sendJson } from './http-json.ts';
import { renderDemoPage } from './demo-page.ts';
import { DEMO_CSP, STUDIO_CSP, AGENT_CSP, baseSecurityHeaders } from './security-headers.ts';
import { resolveServerOptions, type ServerOptions } from './options.ts';
import { createHandoffService } from './handoff/index.ts';
import { createRulesService } from './rules/index.ts';

export type { ServerOptions } from './options.ts';

export interface RunningServer {
  /** Base URL, e.g. `http://127.0.0.1:8080`. */
  url: string;
  /** The token the agent desk signs in with. */
  agentToken: string;
  /** Where the demo's rules signing key lives (import it in the studio to publish). */
  rulesPrivateKeyPath: string;
  /** The public key the demo page passes in `data-rules-key`. */
  rulesPublicKey: string;
  close(): Promise<void>;
}

/**
 * The widget's files are public static assets that any operator page may load, as from a CDN: module
 * chunks, the worker and the wasm are fetched in CORS mode when the page is on another origin.
 */
const PUBLIC_ASSET_HEADERS = Object.freeze({
  'Access-Control-Allow-Origin': '*',
  'Cross-Origin-Resource-Policy': 'cross-origin',
});

const MOUNTS: ReadonlyArray<{ prefix: string; dist: string; csp: string; publicAssets: boolean }> = Object.freeze([
  { prefix: '/widget/', dist: 'widget', csp: DEMO_CSP, publicAssets: true },
  { prefix: '/cdn/v1/', dist: 'widget', csp: DEMO_CSP, publicAssets: true },
  { prefix: '/studio/', dist: 'studio', csp: STUDIO_CSP, publicAssets: false },
  { prefix: '/agent/', dist: 'agent', csp: AGENT_CSP, publicAssets: false },
]);

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const o = resolveServerOptions(options);
  mkdirSync(o.dataDir, { recursive: true });
  const rules = await createRulesService({ dataDir: join(o.dataDir, 'rules'), log: o.log });
  const server: Server = createServer();
  // The handler is attached before listening: a request that arrives while the services start waits.
  let markReady: () => void = () => {};
  const ready = new Promise<void>((done) => (markReady = done));
  server.on('request', (req, res) => {
    ready
      .then(() => route(req, res))
      .catch((error: unknown) => {
        o.log(`500 ${req.method} ${req.url}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
        if (res.headersSent) res.destroy();
        else sendJson(res, 500, errorBody(new HttpError(500, 'internal', 'Internal server error.')));
      });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(o.port, o.host, () => done());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${o.host === '0.0.0.0' ? '127.0.0.1' : o.host}:${port}`;
  const allowedOrigins = o.allowedOrigins ?? [url, `http://localhost:${port}`, `http://127.0.0.1:${port}`];
  const handoff = await createHandoffService({
    dataDir: join(o.dataDir, 'handoff'),
    allowedOrigins,
    agentToken: o.agentToken,
    publicOrigin: url,
    log: o.log,
  }).catch(async (error: unknown) => {
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
    await rules.close();
    throw error;
  });
  const distDir = resolve(o.distDir);
  const demoDir = resolve(o.demoDir);

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const requestUrl = new URL(req.url ?? '/', url);
    const path = requestUrl.pathname;
    for (const [name, value] of Object.entries(baseSecurityHeaders())) res.setHeader(name, value);
    if (path.startsWith('/api/') || path === '/api') {
      if (await handoff.handle(req, res, requestUrl)) return;
    }
    if (path.startsWith('/rules/') || path.startsWith('/studio-api/')) {
      if (await rules.handle(req, res, requestUrl)) return;
    }
    if (path === '/studio' || path === '/agent') {
      res.writeHead(308, { Location: `${path}/` }).end();
      return;
    }
    for (const mount of MOUNTS) {
      if (!path.startsWith(mount.prefix)) continue;
      const rel = path.slice(mount.prefix.length) || 'index.html';
      const headers = (file: string): Record<string, string> => ({
        ...(mount.publicAssets ? PUBLIC_ASSET_HEADERS : {}),
        ...(file.endsWith('.html') ? { 'Content-Security-Policy': mount.csp } : {}),
      });
      if (await serveStatic(req, res, join(distDir, mount.dist), rel, { headers })) return;
      return notFound(res, path);
    }
    if (path === '/' || path === '/index.html') {
      const html = await renderDemoPage(demoDir, { rulesPublicKey: rules.publicKey });
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-cache',
        'Content-Security-Policy': DEMO_CSP,
      });
      res.end(req.method === 'HEAD' ? undefined : html);
      return;
    }
    if (await serveStatic(req, res, demoDir, path.slice(1), { headers: () => ({ 'Content-Security-Policy': DEMO_CSP }) })) return;
    notFound(res, path);
  }

  markReady();

  let closed = false;
  return {
    url,
    agentToken: o.agentToken,
    rulesPrivateKeyPath: rules.privateKeyPath,
    rulesPublicKey: rules.publicKey,
    async close() {
      if (closed) return;
      closed = true;
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await handoff.close();
      await rules.close();
    },
  };
}

function notFound(res: ServerResponse, path: string): void {
  sendJson(res, 404, errorBody(new HttpError(404, 'not_found', `Nothing is served at ${path.slice(0, 200)}.`, 'path')));
}
