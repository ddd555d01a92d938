/**
 * The bench's named peer: a bare `node:http` server that reads a JSON body and answers 201 with a
 * small JSON object — no validation, no PII check, no SQLite. It is the floor: what one Node
 * process on this machine does for the same requests with none of the handoff server's work.
 * Prints `listening on http://127.0.0.1:PORT` like the standalone handoff server.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

let seq = 0;
const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { id?: string }) : {};
    seq += 1;
    res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ protocol: 'echo', id: body.id ?? null, seq, duplicate: false }));
  });
});
server.keepAliveTimeout = 30_000;
server.listen(0, '127.0.0.1', () => console.log(`listening on http://127.0.0.1:${(server.address() as AddressInfo).port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
