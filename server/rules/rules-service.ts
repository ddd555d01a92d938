/**
 * The rules store and the studio API of the demo server.
 *
 * | route                        | what                                                                |
 * |------------------------------|---------------------------------------------------------------------|
 * | `GET /rules/rules.json`      | the published bundle, byte for byte as signed (`no-cache` + ETag)    |
 * | `GET /rules/rules.json.sig`  | its detached signature                                               |
 * | `GET /studio-api/current`    | `{ version, source, json, signature, publishedAt }`                  |
 * | `GET /studio-api/versions`   | `{ current, versions: [...] }`, newest first                          |
 * | `POST /studio-api/publish`   | `{ source, json, signature, baseVersion? }` → 201 `{ version }`      |
 * | `POST /studio-api/rollback`  | `{ version }` → 201 `{ version }`: republishes an older version      |
 *
 * Publish re-compiles the source with the real compiler, refuses errors, checks the compiled JSON is
 * what the source compiles to, and verifies the signature against the demo public key before the
 * bundle goes live. The studio API is a demo: it only checks that requests come from this same origin.
 * A real deployment puts it behind authentication.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { compileRules, signBundle, verifyBundle } from '../../core/rules/index.ts';
import { ensureDemoSigningKey } from './demo-signing-key.ts';
import { VersionStore, type StoredVersion } from './version-store.ts';
import { HttpError, errorBody, readJsonBody, sendJson } from '../http-json.ts';
import { crossOriginReason } from './same-origin.ts';
import { parsePublishRequest, parseRollbackRequest } from './publish-request.ts';
import { RULES_SERVICE_LIMITS } from './limits.ts';
import { modelLabels } from './model-labels.ts';
import { sameCompiledContent } from './same-compiled-content.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface RulesServiceOptions {
  /** Folder for keys/ (the demo signing key) and the published versions. Created if missing. */
  dataDir: string;
  log?: (line: string) => void;
  /** The rule set published as version 1 on first start. Default `rules-studio/examples/rules.yaml`. */
  exampleRulesPath?: string;
  /** The model's config.json (intent labels). Default `models/intent/config.json`. */
  modelConfigPath?: string;
}

export interface RulesService {
  /** base64url SPKI of the demo signing key, for `data-rules-key`. */
  publicKey: string;
  /** Where the demo private key lives (import it in the studio to publish). */
  privateKeyPath: string;
  /** Answers `/rules/*` and `/studio-api/*`; resolves false for any other path. */
  handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean>;
  close(): Promise<void>;
}

export async function createRulesService(options: RulesServiceOptions): Promise<RulesService> {
  const log = options.log ?? (() => {});
  const key = await ensureDemoSigningKey(join(options.dataDir, 'keys'));
  const store = new VersionStore(join(options.dataDir, 'store'));
  const labels = modelLabels(options.modelConfigPath ?? join(repoRoot, 'models/intent/config.json'));

  if (!store.current()) {
    const examplePath = options.exampleRulesPath ?? join(repoRoot, 'rules-studio/examples/rules.yaml');
    if (!existsSync(examplePath)) throw new Error(`The example rule set ${examplePath} is missing: the rules service publishes it as version 1.`);
    const source = readFileSync(examplePath, 'utf8');
    const { bundle, diagnostics } = compileRules(source, { labels, fileName: examplePath });
    const errors = diagnostics.filter((d) => d.severity === 'error');
    if (!bundle || errors.length) {
      throw new Error(`The example rule set does not compile:\n${errors.map((d) => `${examplePath}:${d.line}:${d.column} ${d.message}`).join('\n')}`);
    }
    const json = JSON.stringify(bundle);
    const signature = await signBundle(json, key.privateKey);
    store.publish({ source, json, signature, hash: bundle.hash, rolledBackFrom: null });
    log(`rules: published the example rule set as version 1 (${bundle.rules.length} rules)`);
  }

  const etagOf = (v: StoredVersion, what: string) => `"${what}-${v.version}-${createHash('sha256').update(v.json).update(v.signature).digest('base64url').slice(0, 16)}"`;

  function serveArtifact(req: IncomingMessage, res: ServerResponse, what: 'json' | 'sig'): void {
    const current = store.current()!;
    const etag = etagOf(current, what);
    const headers = {
      'Content-Type': what === 'json' ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8',
      'Cache-Control': 'no-cache',
      ETag: etag,
    };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers).end();
      return;
    }
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : what === 'json' ? current.json : current.signature);
  }

  /** Publish and rollback run one at a time, so two drafts based on the same version cannot both go live. */
  let writes: Promise<unknown> = Promise.resolve();
  function exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = writes.then(task, task);
    writes = run.catch(() => undefined);
    return run;
  }

  async function publish(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const request = parsePublishRequest(await readJsonBodyOrEmptyError(req, RULES_SERVICE_LIMITS.maxBodyBytes));
    await exclusive(() => publishChecked(request, res));
  }

  async function publishChecked(request: ReturnType<typeof parsePublishRequest>, res: ServerResponse): Promise<void> {
    const live = store.current()!;
    if (request.baseVersion !== null && request.baseVersion !== live.version) {
      throw new HttpError(409, 'version_conflict', `This draft is based on version ${request.baseVersion}, but version ${live.version} is live now: review the differences and publish again.`, 'baseVersion');
    }
    const { bundle, diagnostics } = compileRules(request.source, { labels, fileName: 'rules.yaml' });
    const errors = diagnostics.filter((d) => d.severity === 'error');
    if (!bundle || errors.length) {
      sendJson(res, 422, { error: { code: 'compile_errors', field: 'source', message: `The rules have ${errors.length} error(s); fix them before publishing.`, diagnostics: errors.slice(0, 50) } });
      return;
    }
    let submitted: unknown;
    try {
      submitted = JSON.parse(request.json);
    } catch (error) {
      throw new HttpError(400, 'invalid_field', `"json" is not valid JSON: ${(error as Error).message}`, 'json');
    }
    if (!sameCompiledContent(submitted, bundle)) {
      throw new HttpError(422, 'json_mismatch', '"json" is not what "source" compiles to: compile the draft again and re-sign.', 'json');
    }
    const verified = await verifyBundle(request.json, request.signature, key.publicKeySpki);
    if (!verified.ok) {
      throw new HttpError(422, 'bad_signature', `The signature does not verify with the demo server's public key (${verified.reason}). Import ${key.privateKeyPath} in the studio, or sign with \`npm run rules -- sign\`.`, 'signature');
    }
    const stored = store.publish({ source: request.source, json: request.json, signature: request.signature, hash: (submitted as { hash: string }).hash, rolledBackFrom: null });
    log(`rules: published version ${stored.version}`);
    sendJson(res, 201, { version: stored.version, publishedAt: stored.publishedAt, hash: stored.hash });
  }

  async function rollback(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { version } = parseRollbackRequest(await readJsonBodyOrEmptyError(req, 64 * 1024));
    await exclusive(() => rollbackTo(version, res));
  }

  async function rollbackTo(version: number, res: ServerResponse): Promise<void> {
    const target = store.get(version);
    if (!target) throw new HttpError(404, 'unknown_version', `There is no version ${version}; see GET /studio-api/versions.`, 'version');
    const verified = await verifyBundle(target.json, target.signature, key.publicKeySpki);
    if (!verified.ok) throw new HttpError(422, 'bad_signature', `Version ${version} no longer verifies (${verified.reason}).`, 'version');
    const stored = store.publish({ source: target.source, json: target.json, signature: target.signature, hash: target.hash, rolledBackFrom: version });
    log(`rules: rolled back to version ${version} (now version ${stored.version})`);
    sendJson(res, 201, { version: stored.version, publishedAt: stored.publishedAt, hash: stored.hash, rolledBackFrom: version });
  }

  async function route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    const path = url.pathname;
    const method = req.method ?? 'GET';
    const readOnly = method === 'GET' || method === 'HEAD';
    if (path === '/rules/rules.json' || path === '/rules/rules.json.sig') {
      if (!readOnly) throw new HttpError(405, 'method_not_allowed', `${method} is not allowed on ${path}; use GET.`, 'method', { Allow: 'GET, HEAD' });
      serveArtifact(req, res, path.endsWith('.sig') ? 'sig' : 'json');
      return true;
    }
    if (!path.startsWith('/studio-api/')) return false;
    const refused = crossOriginReason(req);
    if (refused && !(readOnly && req.headers.origin === undefined && req.headers['sec-fetch-site'] === undefined)) {
      throw new HttpError(403, 'cross_origin', `The studio API only answers pages of this server: ${refused}.`, 'origin');
    }
    const endpoint = path.slice('/studio-api/'.length);
    const allow = (methods: string) => {
      if (!methods.split(', ').includes(method)) throw new HttpError(405, 'method_not_allowed', `${method} is not allowed on ${path}; use ${methods}.`, 'method', { Allow: methods });
    };
    switch (endpoint) {
      case 'current': {
        allow('GET, HEAD');
        const c = store.current()!;
        sendJson(res, 200, { version: c.version, source: c.source, json: c.json, signature: c.signature, hash: c.hash, publishedAt: c.publishedAt, publicKey: key.publicKeySpki });
        return true;
      }
      case 'versions':
        allow('GET, HEAD');
        sendJson(res, 200, { current: store.current()!.version, versions: store.list(RULES_SERVICE_LIMITS.maxListedVersions) });
        return true;
      case 'publish':
        allow('POST');
        await publish(req, res);
        return true;
      case 'rollback':
        allow('POST');
        await rollback(req, res);
        return true;
      default:
        throw new HttpError(404, 'not_found', `Unknown studio API endpoint "${endpoint.slice(0, 64)}"; expected current, versions, publish or rollback.`, 'path');
    }
  }

  return {
    publicKey: key.publicKeySpki,
    privateKeyPath: key.privateKeyPath,
    async handle(req, res, url) {
      try {
        return await route(req, res, url);
      } catch (error) {
        if (error instanceof HttpError) {
          sendJson(res, error.status, errorBody(error), error.headers);
          return true;
        }
        throw error;
      }
    },
    async close() {},
  };
}

/** The studio API's requests always carry a body: an empty one is refused by name. */
async function readJsonBodyOrEmptyError(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  const body = await readJsonBody(req, maxBytes);
  if (body === undefined) throw new HttpError(400, 'empty_body', 'The body is empty: send a JSON object.', 'body');
  return body;
}
