/** Spawns server/handoff/standalone.ts as a child process (so it can be kill -9'd) and waits until it listens. */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ENTRY = fileURLToPath(new URL('../../../server/handoff/standalone.ts', import.meta.url));
export const NO_RATE_LIMITS = JSON.stringify({ perIp: null, openPerIp: null, messagesPerCase: null });

export interface Standalone {
  url: string;
  port: number;
  child: ChildProcess;
  /** Resolves when the process has exited. */
  exited: Promise<void>;
}

export async function spawnStandalone(env: { dataDir: string; agentToken: string; port?: number; limits?: string; extra?: Record<string, string> }): Promise<Standalone> {
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY], {
    env: {
      ...process.env, PORT: String(env.port ?? 0), DATA_DIR: env.dataDir, AGENT_TOKEN: env.agentToken,
      HANDOFF_LIMITS: env.limits ?? NO_RATE_LIMITS, HANDOFF_QUIET: '1', ...env.extra,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => { stderr += d.toString(); });
  const url = await new Promise<string>((done, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`standalone did not start in 20 s: ${stderr}`)), 20_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) { clearTimeout(timer); done(match[1]!); }
    });
    child.once('exit', (code) => { clearTimeout(timer); fail(new Error(`standalone exited with ${code}: ${stderr}`)); });
  });
  child.stdout!.resume();
  return { url, port: Number(new URL(url).port), child, exited };
}

export async function killHard(s: Standalone): Promise<void> {
  s.child.kill('SIGKILL');
  await s.exited;
}

export async function stopGently(s: Standalone): Promise<void> {
  if (s.child.exitCode !== null || s.child.signalCode !== null) return;
  s.child.kill('SIGTERM');
  await s.exited;
}
