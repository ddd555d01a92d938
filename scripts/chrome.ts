/**
 * The one place that finds the browser for every browser test, end-to-end test and benchmark.
 * Order: `CHROME_PATH`, then Debian's `/usr/bin/chromium`, else a one-line error saying how to get one.
 */
import { existsSync } from 'node:fs';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export function chromePath(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CHROME_PATH?.trim();
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH=${fromEnv} does not exist: point it at a Chromium binary, or unset it to use ${DEFAULT_CHROMIUM}.`);
    return fromEnv;
  }
  if (existsSync(DEFAULT_CHROMIUM)) return DEFAULT_CHROMIUM;
  throw new Error(`No Chromium found: run \`apt-get install chromium\` (Debian) or set CHROME_PATH to a Chromium binary.`);
}

/**
 * Flags for a headless Chromium on a closed network: no sandbox (root in CI), no background traffic,
 * and every host but localhost unresolvable, so a test that reaches outside fails loudly.
 */
export const CHROMIUM_ARGS: readonly string[] = Object.freeze([
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--metrics-recording-only',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
]);
