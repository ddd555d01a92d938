/**
 * `npm start`: builds if the build is missing or stale, then serves the demo site, the widget, the
 * studio, the agent desk and the handoff API on one port.
 *
 * Environment: `PORT` (default 8080), `HOST` (default 127.0.0.1), `DATA_DIR` (default `data/`),
 * `AGENT_TOKEN` (default: random, kept in the data folder), `ALLOWED_ORIGINS` (comma-separated origins
 * allowed to call the handoff API; default: this server's own origin), `CLEARLINE_SKIP_BUILD=1`.
 */
import { spawnSync } from 'node:child_process';
import { buildIsStale } from '../scripts/build-state.ts';
import { startServer } from './app.ts';

function parsePort(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be an integer from 0 to 65535, got "${value}".`);
    process.exit(2);
  }
  return port;
}

const port = parsePort(process.env.PORT);
const state = buildIsStale();
if (state.stale && process.env.CLEARLINE_SKIP_BUILD !== '1') {
  console.log(`Building first (${state.reason})…`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('The build failed; not starting the server.');
    process.exit(result.status ?? 1);
  }
}

const server = await startServer({
  port,
  host: process.env.HOST || undefined,
  dataDir: process.env.DATA_DIR || undefined,
  agentToken: process.env.AGENT_TOKEN || undefined,
  allowedOrigins: process.env.ALLOWED_ORIGINS?.split(',').map((s) => s.trim()).filter(Boolean),
}).catch((error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code;
  console.error(code === 'EADDRINUSE' ? `Port ${port ?? 8080} is in use: set PORT to another port.` : error);
  process.exit(1);
});

const local = server.url.replace('127.0.0.1', 'localhost');
console.log(`
Clearline is running.
  Demo operator site  ${local}/
  Rules studio        ${local}/studio/
  Agent desk          ${local}/agent/#token=${server.agentToken}
  Handoff API         ${local}/api/
  Widget bundle       ${local}/widget/clearline.js

The rules studio publishes with the demo signing key: import ${server.rulesPrivateKeyPath}
Press Ctrl+C to stop.`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
