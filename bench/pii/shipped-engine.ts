/**
 * The PII engine as it ships: core/privacy bundled and minified by esbuild for the browser (the same
 * build whose gzip size the bench reports), written to .tmp/bench/ and imported. Timing figures use it
 * so they measure the code a customer's browser runs, not the development transform of the TypeScript
 * sources (tsx compiles with esbuild's keepNames, which adds a defineProperty call for every closure
 * created at run time; the shipped bundle has none). redact-pii runs as published, also without it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { detect, scrub } from '../../core/privacy/index.ts';
import type { Recognizer } from '../../core/privacy/types.ts';

export interface ShippedEngine {
  scrub: typeof scrub;
  detect: typeof detect;
  DEFAULT_RECOGNIZERS: readonly Recognizer[];
}

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The public API plus the built-in recognizer list (for the bench's bound-of-gating row). */
const ENTRY = `export { scrub, detect } from './core/privacy/index.ts';\nexport { DEFAULT_RECOGNIZERS } from './core/privacy/recognizers/index.ts';\n`;

export async function loadShippedEngine(): Promise<ShippedEngine> {
  const out = await build({
    stdin: { contents: ENTRY, resolveDir: root, sourcefile: 'shipped-engine-entry.ts', loader: 'ts' },
    bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', write: false, logLevel: 'silent',
  });
  mkdirSync(`${root}.tmp/bench`, { recursive: true });
  const file = `${root}.tmp/bench/privacy-engine.mjs`;
  writeFileSync(file, out.outputFiles[0]!.contents);
  // A query string per load, so a second load in one process gets the newly written file.
  return (await import(`${pathToFileURL(file).href}?t=${Date.now()}`)) as ShippedEngine;
}
