import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** core/ runs in a worker, a browser page and Node alike: no Node built-ins, no DOM. */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const full = join(dir, e);
    return statSync(full).isDirectory() ? files(full) : full.endsWith('.ts') ? [full] : [];
  });
}

const NODE_IMPORT = /from\s+['"](?:node:|fs['"]|path['"]|os['"]|crypto['"]|child_process['"]|http['"]|url['"])/;
const DOM_GLOBAL = /\b(?:document|window|localStorage|sessionStorage|HTMLElement|navigator\.)\b/;
const PROCESS = /\bprocess\.(?:env|argv|exit|stdout|stderr|cwd)\b/;

test('no file in core/ imports a Node built-in', () => {
  const offenders = files('core').filter((f) => NODE_IMPORT.test(readFileSync(f, 'utf8')));
  assert.deepEqual(offenders, []);
});

test('no file in core/ touches the DOM or the Node process', () => {
  const offenders = files('core').filter((f) => {
    const code = readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    return DOM_GLOBAL.test(code) || PROCESS.test(code);
  });
  assert.deepEqual(offenders, []);
});
