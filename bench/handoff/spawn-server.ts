/** Starts a server script as a child process and waits for its `listening on URL` line. */
import { spawn, type ChildProcess } from 'node:child_process';

export interface Child { url: string; child: ChildProcess; stop(): Promise<void> }

export async function spawnServer(entry: string, env: Record<string, string>): Promise<Child> {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((done, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`${entry} did not start in 30 s`)), 30_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) { clearTimeout(timer); done(m[1]!); }
    });
    child.once('exit', (code) => { clearTimeout(timer); fail(new Error(`${entry} exited with ${code}`)); });
  });
  child.stdout!.resume();
  return {
    url, child,
    stop: () => new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    }),
  };
}
