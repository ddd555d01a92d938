import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * core/ runs in a worker, a browser page and Node alike: no Node built-ins here; `tsconfig.core.json`
 * (run by `npm test`'s typecheck) type-checks core/ with only the worker's globals, so DOM use fails too.
 */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const full = join(dir, e);
    return statSync(full).isDirectory() ? files(full) : full.endsWith('.ts') ? [full] : [];
  });
}

const NODE_IMPORT = /from\s+['"](?:node:|fs['"]|path['"]|os['"]|crypto['"]|child_process['"]|http['"]|url['"])/;

test('no file in core/ imports a Node built-in', () => {
  const offenders = files('core').filter((f) => NODE_IMPORT.test(readFileSync(f, 'utf8')));
  assert.deepEqual(offenders, []);
});

