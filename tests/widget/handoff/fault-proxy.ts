/**
 * An HTTP proxy in front of the real handoff server that injects faults: answer 503, hold the
 * answer (slow server), refuse SSE streams (a proxy that blocks text/event-stream), or cut connections.
 */
import { createServer, request, type Server, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export type FaultMode = 'pass' | 'error-503' | 'slow' | 'down';

export interface FaultProxy {
  url: string;
  mode: FaultMode;
  /** Extra delay before forwarding the answer in `slow` mode, ms. */
  slowMs: number;
  /** Answer 502 to every `/events` request (SSE blocked). */
  blockSse: boolean;
  /** Requests seen per path suffix, e.g. `messages`. */
  seen: { method: string; path: string }[];
  cutConnections(): void;
  close(): Promise<void>;
}

export async function startFaultProxy(targetPort: number): Promise<FaultProxy> {
  const sockets = new Set<Socket>();
  const proxy: FaultProxy = {
    url: '', mode: 'pass', slowMs: 1500, blockSse: false, seen: [],
    cutConnections() { for (const s of [...sockets]) s.destroy(); },
    async close() { for (const s of [...sockets]) s.destroy(); await new Promise<void>((d) => server.close(() => d())); },
  };
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    proxy.seen.push({ method: req.method ?? '', path: req.url ?? '' });
    if (proxy.mode === 'down') { req.socket.destroy(); return; }
    if (proxy.mode === 'error-503') {
      req.resume();
      res.writeHead(503, { 'content-type': 'application/json' }).end('{"error":{"code":"unavailable","message":"injected","field":null}}');
      return;
    }
    if (proxy.blockSse && /\/events(\?|$)/.test(req.url ?? '')) {
      req.resume();
      res.writeHead(502).end();
      return;
    }
    const upstream = request({ host: '127.0.0.1', port: targetPort, method: req.method, path: req.url, headers: req.headers }, (up) => {
      const forward = () => { res.writeHead(up.statusCode ?? 502, up.headers); up.pipe(res); };
      if (proxy.mode === 'slow') setTimeout(forward, proxy.slowMs); else forward();
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  server.on('connection', (s) => { sockets.add(s); s.on('close', () => sockets.delete(s)); });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return proxy;
}
