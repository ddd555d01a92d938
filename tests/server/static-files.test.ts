import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, writeFileSync, mkdirSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { isContentHashed, resolveInside, serveStatic } from '../../server/static-files.ts';

const root = mkdtempSync(join(tmpdir(), 'clearline-static-'));
let server: Server;
let base: string;

before(async () => {
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<h1>home</h1>');
  writeFileSync(join(root, 'assets', 'panel-AbCd1234.js'), 'export const x = 1;'.repeat(200));
  writeFileSync(join(root, 'assets', 'panel-AbCd1234.js.gz'), gzipSync('export const x = 1;'.repeat(200)));
  writeFileSync(join(root, 'clearline.js'), 'console.log(1)');
  writeFileSync(join(root, 'model.wasm'), Buffer.from([0, 97, 115, 109]));
  writeFileSync(join(root, '.secret'), 'no');
  writeFileSync(join(tmpdir(), 'outside.txt'), 'outside');
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname.slice(1);
    void serveStatic(req, res, root, path).then((served) => {
      if (!served) res.writeHead(404).end();
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => new Promise<void>((done) => server.close(() => done())));

test('a folder request serves its index.html as HTML', async () => {
  const res = await fetch(`${base}/`);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
  assert.equal(await res.text(), '<h1>home</h1>');
});

test('content-hashed assets are cached for a year and the launcher is revalidated', async () => {
  const hashed = await fetch(`${base}/assets/panel-AbCd1234.js`);
  assert.equal(hashed.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  const launcher = await fetch(`${base}/clearline.js`);
  assert.equal(launcher.headers.get('cache-control'), 'no-cache');
});

test('wasm is served as application/wasm so browsers can compile it while streaming', async () => {
  const res = await fetch(`${base}/model.wasm`);
  assert.equal(res.headers.get('content-type'), 'application/wasm');
});

test('a precompressed sibling is sent to a client that accepts gzip', async () => {
  const res = await fetch(`${base}/assets/panel-AbCd1234.js`, { headers: { 'accept-encoding': 'gzip' } });
  assert.equal(res.headers.get('content-encoding'), 'gzip');
  assert.equal(await res.text(), 'export const x = 1;'.repeat(200));
});

test('a precompressed sibling older than its source is ignored', async () => {
  const old = new Date(Date.now() - 60_000);
  utimesSync(join(root, 'assets', 'panel-AbCd1234.js.gz'), old, old);
  const res = await fetch(`${base}/assets/panel-AbCd1234.js`, { headers: { 'accept-encoding': 'gzip' } });
  assert.equal(res.headers.get('content-encoding'), null);
});

test('a matching ETag gets 304 Not Modified', async () => {
  const first = await fetch(`${base}/clearline.js`);
  const etag = first.headers.get('etag') ?? '';
  const second = await fetch(`${base}/clearline.js`, { headers: { 'if-none-match': etag } });
  assert.equal(second.status, 304);
});

test('dotfiles, traversal and encoded traversal are not served', async () => {
  for (const path of ['/.secret', '/../outside.txt', '/%2e%2e/outside.txt', '/assets/%2e%2e/%2e%2e/outside.txt', '/%00', '/%E0%A4%A']) {
    const res = await fetch(`${base}${path}`);
    assert.equal(res.status, 404, path);
  }
});

test('resolveInside refuses paths that leave the root', () => {
  assert.equal(resolveInside(root, '../x'), null);
  assert.equal(resolveInside(root, 'a/../../x'), null);
  assert.equal(resolveInside(root, 'assets/panel-AbCd1234.js'), join(root, 'assets', 'panel-AbCd1234.js'));
});

test('only names that carry a content hash count as immutable', () => {
  assert.equal(isContentHashed('assets/worker-D4f9_x2Q.js'), true);
  assert.equal(isContentHashed('models/intent-3f9a1c2b/onnx/model.onnx'), true);
  assert.equal(isContentHashed('clearline.js'), false);
  assert.equal(isContentHashed('index.html'), false);
});

test('methods other than GET and HEAD are not answered by the static handler', async () => {
  const res = await fetch(`${base}/clearline.js`, { method: 'POST' });
  assert.equal(res.status, 404);
});
