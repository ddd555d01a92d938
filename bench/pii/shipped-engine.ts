/**
 * The PII engine as it ships: core/privacy built by Vite the way the widget's worker is built
 * (vite.config.ts: Rolldown, target es2022, minified), written to .tmp/bench/ and imported. Timing
 * figures use it so they measure the code a customer's browser runs, not the development transform
 * of the TypeScript sources (tsx compiles with esbuild's keepNames, which adds a defineProperty call
 * for every closure created at run time). redact-pii runs as published.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Rolldown } from 'vite';
import type { detect, scrub } from '../../core/privacy/index.ts';
import type { Recognizer } from '../../core/privacy/types.ts';

export interface ShippedEngine {
  scrub: typeof scrub;
  detect: typeof detect;
  DEFAULT_RECOGNIZERS: readonly Recognizer[];
  /** The built module's source, for its size. */
  code: string;
}

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The public API plus the built-in recognizer list (for the bench's bound-of-gating row). */
const ENTRY = `export { scrub, detect } from '../../core/privacy/index.ts';\nexport { DEFAULT_RECOGNIZERS } from '../../core/privacy/recognizers/index.ts';\n`;

export async function loadShippedEngine(): Promise<ShippedEngine> {
  const dir = `${root}.tmp/bench`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/privacy-entry.ts`, ENTRY);
  const result = (await build({
    configFile: false,
    root,
    logLevel: 'silent',
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry: `${dir}/privacy-entry.ts`, formats: ['es'], fileName: () => 'privacy-engine.mjs' },
    },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const output = (Array.isArray(result) ? result[0]! : result).output[0];
  const file = `${dir}/privacy-engine.mjs`;
  writeFileSync(file, output.code);
  // A query string per load, so a second load in one process gets the newly written file.
  const engine = (await import(`${pathToFileURL(file).href}?t=${Date.now()}`)) as Omit<ShippedEngine, 'code'>;
  return { ...engine, code: output.code };
}
