// The agent desk: `vite build --config agent-desk/vite.config.ts` → dist/agent/, served at /agent/.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/agent/',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../dist/agent', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // The desk's CSP has no 'unsafe-inline': keep every script and style in files.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
