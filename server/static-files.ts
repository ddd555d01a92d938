/**
 * Serves files from one folder: safe path resolution (no traversal, no dotfiles), content types,
 * ETags, precompressed `.br`/`.gz` siblings written by `npm run build`, and cache headers
 * (content-hashed assets are immutable for a year; everything else is revalidated).
 */
import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const CONTENT_TYPES: Readonly<Record<string, string>> = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.onnx': 'application/octet-stream',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.sig': 'text/plain; charset=utf-8',
  '.yaml': 'text/yaml; charset=utf-8',
});

/** A file name or folder segment carrying a content hash, as Vite emits them (`panel-BcX9a2Qe.js`). */
const HASHED_SEGMENT = /[-.][A-Za-z0-9_-]{8,}\.(?:js|mjs|css|wasm|onnx|json|ttf|woff2?|svg|png)$|(?:^|\/)[a-z-]+-[a-f0-9]{8,}\//;

export function isContentHashed(relativePath: string): boolean {
  return HASHED_SEGMENT.test(relativePath);
}

export interface StaticOptions {
  /** Path served for a folder request (default `index.html`). */
  index?: string;
  /** Extra headers for every response from this folder (e.g. a Content-Security-Policy for HTML). */
  headers?: (relativePath: string) => Record<string, string>;
}

/**
 * Resolves `relativePath` inside `root`, refusing anything that escapes it or names a dotfile.
 * Returns null when the path is not servable.
 */
export function resolveInside(root: string, relativePath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(relativePath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.split(/[\\/]/).some((s) => s.startsWith('.'))) return null;
  const base = resolve(root);
  const full = resolve(base, '.' + sep + decoded);
  if (full !== base && !full.startsWith(base + sep)) return null;
  return full;
}

/** Answers the request from `root` and returns true, or returns false when there is no such file. */
export async function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  root: string,
  relativePath: string,
  options: StaticOptions = {},
): Promise<boolean> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  let file = resolveInside(root, relativePath);
  if (!file) return false;
  let info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    file = join(file, options.index ?? 'index.html');
    relativePath = join(relativePath, options.index ?? 'index.html');
    info = await stat(file).catch(() => null);
  }
  if (!info?.isFile()) return false;

  const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const etag = `"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}"`;
  const headers: Record<string, string> = {
    'Content-Type': type,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': isContentHashed(relativePath) ? 'public, max-age=31536000, immutable' : 'no-cache',
    ETag: etag,
    Vary: 'Accept-Encoding',
    ...(options.headers?.(relativePath) ?? {}),
  };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers).end();
    return true;
  }

  const accepts = String(req.headers['accept-encoding'] ?? '');
  let body = file;
  let size = info.size;
  for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz']] as const) {
    if (!new RegExp(`\\b${encoding}\\b`).test(accepts) || !existsSync(file + suffix)) continue;
    const compressed = await stat(file + suffix).catch(() => null);
    if (!compressed || compressed.mtimeMs < info.mtimeMs) continue;
    body = file + suffix;
    size = compressed.size;
    headers['Content-Encoding'] = encoding;
    break;
  }
  headers['Content-Length'] = String(size);
  res.writeHead(200, headers);
  if (req.method === 'HEAD') {
    res.end();
    return true;
  }
  await new Promise<void>((done) => {
    const stream = createReadStream(body);
    stream.on('error', () => {
      res.destroy();
      done();
    });
    stream.on('end', done);
    stream.pipe(res);
  });
  return true;
}
