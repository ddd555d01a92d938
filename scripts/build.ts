/**
 * `npm run build`: the widget (root `vite.config.ts` → `dist/widget/`), the rules studio
 * (`rules-studio/vite.config.ts` → `dist/studio/`) and the agent desk (`agent-desk/vite.config.ts` →
 * `dist/agent/`). Then every text/wasm/model asset gets precompressed `.gz` and `.br` siblings that the
 * server sends to browsers that accept them, and the raw, gzip and brotli sizes of each output are printed
 * (and written to `dist/sizes.json`).
 */
import { build, type InlineConfig } from 'vite';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { BUILD_STAMP } from './build-state.ts';

const CONFIGS = Object.freeze([
  { name: 'widget', file: 'vite.config.ts' },
  { name: 'studio', file: 'rules-studio/vite.config.ts' },
  { name: 'agent desk', file: 'agent-desk/vite.config.ts' },
]);

const COMPRESSIBLE = /\.(?:js|mjs|css|html|json|wasm|onnx|svg|ttf|txt)$/;

async function runViteBuilds(): Promise<void> {
  for (const { name, file } of CONFIGS) {
    if (!existsSync(file)) throw new Error(`Missing ${file}: cannot build the ${name}.`);
    const started = performance.now();
    const mod = (await import(pathToFileURL(resolve(file)).href)) as { builds?: InlineConfig[] };
    const passes: InlineConfig[] = Array.isArray(mod.builds) ? mod.builds : [{ configFile: file }];
    for (const pass of passes) await build({ logLevel: 'warn', ...pass });
    console.log(`built ${name} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...walk(full));
    else out.push(full);
  }
  return out;
}

interface FileSize { file: string; raw: number; gzip: number; brotli: number }

function precompress(dir: string): FileSize[] {
  const sizes: FileSize[] = [];
  for (const file of walk(dir)) {
    if (file.endsWith('.gz') || file.endsWith('.br') || file.endsWith('.map')) continue;
    const raw = readFileSync(file);
    if (!COMPRESSIBLE.test(file)) {
      sizes.push({ file, raw: raw.length, gzip: raw.length, brotli: raw.length });
      continue;
    }
    const gz = gzipSync(raw, { level: 9 });
    const br = brotliCompressSync(raw, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: raw.length > 2_000_000 ? 9 : 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
      },
    });
    if (raw.length > 1024) {
      writeFileSync(`${file}.gz`, gz);
      writeFileSync(`${file}.br`, br);
    }
    sizes.push({ file, raw: raw.length, gzip: gz.length, brotli: br.length });
  }
  return sizes;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function group(sizes: FileSize[], test: (f: string) => boolean) {
  const picked = sizes.filter((s) => test(s.file));
  return {
    files: picked.length,
    raw: picked.reduce((a, s) => a + s.raw, 0),
    gzip: picked.reduce((a, s) => a + s.gzip, 0),
    brotli: picked.reduce((a, s) => a + s.brotli, 0),
  };
}

async function main(): Promise<void> {
  const started = performance.now();
  rmSync('dist', { recursive: true, force: true });
  await runViteBuilds();
  const sizes = precompress('dist').map((s) => ({ ...s, file: relative('dist', s.file) }));
  const isJs = (f: string) => /\.m?js$/.test(f);
  const groups = {
    'widget launcher (dist/widget/clearline.js)': group(sizes, (f) => f === 'widget/clearline.js'),
    'widget lazy JS (panel, worker)': group(sizes, (f) => f.startsWith('widget/') && f !== 'widget/clearline.js' && isJs(f)),
    'widget onnxruntime wasm': group(sizes, (f) => f.startsWith('widget/') && f.endsWith('.wasm')),
    'widget intent model': group(sizes, (f) => f.startsWith('widget/') && /\.(onnx|json)$/.test(f) && /model|intent/.test(f)),
    'widget total': group(sizes, (f) => f.startsWith('widget/')),
    'studio JS': group(sizes, (f) => f.startsWith('studio/') && isJs(f)),
    'studio total': group(sizes, (f) => f.startsWith('studio/')),
    'agent desk total': group(sizes, (f) => f.startsWith('agent/')),
  };
  console.log('\n| output | files | raw | gzip | brotli |\n|---|---:|---:|---:|---:|');
  for (const [name, g] of Object.entries(groups)) {
    console.log(`| ${name} | ${g.files} | ${kb(g.raw)} | ${kb(g.gzip)} | ${kb(g.brotli)} |`);
  }
  console.log('\nLargest files:');
  for (const s of [...sizes].sort((a, b) => b.raw - a.raw).slice(0, 8)) {
    console.log(`  ${s.file.padEnd(64)} ${kb(s.raw).padStart(10)} raw ${kb(s.gzip).padStart(10)} gzip`);
  }
  mkdirSync('dist', { recursive: true });
  writeFileSync('dist/sizes.json', JSON.stringify({ groups, files: sizes }, null, 2));
  writeFileSync(BUILD_STAMP, new Date().toISOString());
  console.log(`\nbuild finished in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
