/**
 * Whether `dist/` is older than the sources it is built from, so `npm start` and `npm test` build
 * only when needed. The build writes `dist/.build-stamp` when it finishes.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const BUILD_STAMP = join('dist', '.build-stamp');

/** Sources whose change means a rebuild. */
export const BUILD_INPUTS: readonly string[] = Object.freeze([
  'core', 'widget', 'rules-studio', 'agent-desk', 'models/intent',
  'vite.config.ts', 'package-lock.json', 'scripts/build.ts',
]);

/** Outputs that must exist for the server to run. */
export const BUILD_OUTPUTS: readonly string[] = Object.freeze([
  'dist/widget/clearline.js', 'dist/studio/index.html', 'dist/agent/index.html',
]);

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

export function buildIsStale(root = '.'): { stale: boolean; reason: string } {
  const missing = BUILD_OUTPUTS.find((p) => !existsSync(join(root, p)));
  if (missing) return { stale: true, reason: `${missing} is missing` };
  const stamp = join(root, BUILD_STAMP);
  if (!existsSync(stamp)) return { stale: true, reason: `${BUILD_STAMP} is missing` };
  const built = statSync(stamp).mtimeMs;
  const changed = BUILD_INPUTS.find((p) => newestMtime(join(root, p)) > built);
  return changed ? { stale: true, reason: `${changed} changed since the last build` } : { stale: false, reason: 'up to date' };
}
