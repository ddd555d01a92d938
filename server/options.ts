/**
 * Every option of the demo server, with its default, in one place. `server/start.ts` maps the
 * environment (`PORT`, `HOST`, `DATA_DIR`, `AGENT_TOKEN`, `ALLOWED_ORIGINS`) onto these.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ServerOptions {
  /** TCP port; 0 picks a free one. Default 8080. */
  port?: number;
  /** Interface to listen on. Default `127.0.0.1` (loopback only). */
  host?: string;
  /** Folder for the SQLite store, signing keys and published rules. Default `data/`, created if missing. */
  dataDir?: string;
  /** Build output of `npm run build`. Default `dist/`. */
  distDir?: string;
  /** The demo operator site's files. Default `demo/`. */
  demoDir?: string;
  /** Token the agent desk signs in with. Default: persisted in `<dataDir>/agent-token`, random on first start. */
  agentToken?: string;
  /** Origins allowed to call the handoff API (CORS). Default: this server's own origin. */
  allowedOrigins?: readonly string[];
  /** Where log lines go. Default: stderr. */
  log?: (line: string) => void;
}

export type ResolvedServerOptions = Required<Omit<ServerOptions, 'allowedOrigins'>> & {
  allowedOrigins: readonly string[] | undefined;
};

export const SERVER_DEFAULTS = Object.freeze({
  port: 8080,
  host: '127.0.0.1',
  dataDir: 'data',
  distDir: 'dist',
  demoDir: 'demo',
});

export function resolveServerOptions(options: ServerOptions): ResolvedServerOptions {
  const port = options.port ?? SERVER_DEFAULTS.port;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new RangeError(`Server option "port" must be an integer from 0 to 65535, got ${String(options.port)}.`);
  }
  const dataDir = options.dataDir ?? SERVER_DEFAULTS.dataDir;
  return {
    port,
    host: options.host ?? SERVER_DEFAULTS.host,
    dataDir,
    distDir: options.distDir ?? SERVER_DEFAULTS.distDir,
    demoDir: options.demoDir ?? SERVER_DEFAULTS.demoDir,
    agentToken: options.agentToken ?? persistedAgentToken(dataDir),
    allowedOrigins: options.allowedOrigins,
    log: options.log ?? ((line: string) => process.stderr.write(`${line}\n`)),
  };
}

/** The desk's token survives restarts so a signed-in agent stays signed in. */
function persistedAgentToken(dataDir: string): string {
  const file = join(dataDir, 'agent-token');
  if (existsSync(file)) {
    const token = readFileSync(file, 'utf8').trim();
    if (token.length >= 16) return token;
  }
  mkdirSync(dataDir, { recursive: true });
  const token = randomBytes(18).toString('base64url');
  writeFileSync(file, `${token}\n`, { mode: 0o600 });
  return token;
}
