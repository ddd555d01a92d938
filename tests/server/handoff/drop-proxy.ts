/** A loopback TCP proxy whose open connections can be cut at will, to simulate a network drop. */
import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface DropProxy {
  url: string;
  /** Destroys every open connection (both sides), as a network drop would. */
  drop(): number;
  close(): Promise<void>;
}

export async function startDropProxy(targetPort: number): Promise<DropProxy> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => { client.destroy(); upstream.destroy(); });
    }
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    drop() {
      const n = sockets.size;
      for (const s of [...sockets]) s.destroy();
      return n;
    },
    async close() {
      for (const s of [...sockets]) s.destroy();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
