/**
 * Shared steps of the studio's end-to-end tests: the one server (`startServer`, after `npm run build`),
 * Chromium from scripts/chrome.ts, and small helpers that drive the built studio as a content editor would.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromePath, CHROMIUM_ARGS } from '../../scripts/chrome.ts';
import { startServer } from '../../server/app.ts';

export type Server = Awaited<ReturnType<typeof startServer>>;

export interface StudioHarness {
  server: Server;
  browser: Browser;
  dataDir: string;
  /** A fresh browser context (empty IndexedDB) with the studio loaded and compiled. */
  openStudio(options?: { bypassCSP?: boolean }): Promise<{ context: BrowserContext; page: Page; errors: string[] }>;
  close(): Promise<void>;
}

export async function startStudioHarness(): Promise<StudioHarness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'studio-e2e-'));
  const server = await startServer({ port: 0, dataDir, distDir: 'dist', log: () => {} });
  const browser = await chromium.launch({ executablePath: chromePath(), args: [...CHROMIUM_ARGS], headless: true });
  return {
    server, browser, dataDir,
    async openStudio(options = {}) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, bypassCSP: options.bypassCSP ?? false });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${server.url}/studio/`);
      await waitForCompiled(page);
      return { context, page, errors };
    },
    async close() {
      await browser.close();
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function waitForCompiled(page: Page): Promise<void> {
  // Generous: the shared CI machine can be very busy; these are not performance assertions.
  await page.waitForSelector('#editor .monaco-editor', { timeout: 90_000 });
  await page.waitForFunction(() => document.querySelector('clearline-studio')?.bundle != null, null, { timeout: 90_000 });
}

/** The editor's text. */
export function editorText(page: Page): Promise<string> {
  return page.evaluate(() => document.querySelector('clearline-studio')!.editor!.getValue());
}

/** Markers on the rules model: monaco-yaml's (`yaml`) and the compiler's (`clearline-rules`). */
export function markers(page: Page): Promise<{ owner: string; line: number; message: string; code: string; severity: number }[]> {
  return page.evaluate(() => document.querySelector('clearline-studio')!.editor!.markers().map((m) => ({
    owner: m.owner, line: m.startLineNumber, message: m.message, severity: m.severity,
    code: typeof m.code === 'string' ? m.code : (m.code?.value ?? ''),
  })));
}

/** Inserts text at the start of a 1-based line as one edit (what a paste does). */
export function insertAtLine(page: Page, line: number, text: string): Promise<void> {
  return page.evaluate(({ line, text }) => {
    const { editor } = document.querySelector('clearline-studio')!.editor!;
    editor.executeEdits('e2e', [{ range: { startLineNumber: line, startColumn: 1, endLineNumber: line, endColumn: 1 }, text }]);
  }, { line, text });
}

/** 1-based line of the first line after the `rules:` list (the next top-level key, or the end). */
export async function endOfRulesLine(page: Page): Promise<number> {
  const lines = (await editorText(page)).split('\n');
  const start = lines.findIndex((l) => /^rules:\s*$/.test(l));
  if (start < 0) throw new Error('the example rules have no `rules:` block');
  const next = lines.findIndex((l, i) => i > start && /^[A-Za-z_]/.test(l));
  return (next < 0 ? lines.length : next) + 1;
}

/** 1-based line of the first rule (`  - id:` right under `rules:`). */
export async function firstRuleLine(page: Page): Promise<number> {
  const lines = (await editorText(page)).split('\n');
  const start = lines.findIndex((l) => /^rules:\s*$/.test(l));
  return lines.findIndex((l, i) => i > start && /^\s*- /.test(l)) + 1;
}

/** A rule block (2-space list indent) with an explanation in every locale of the current bundle. */
export async function ruleBlock(page: Page, id: string, when: string, then: string): Promise<string> {
  const locales = await page.evaluate(() => document.querySelector('clearline-studio')!.bundle!.locales);
  const explain = locales.map((l) => `      ${l}: E2E rule ${id} applies.`).join('\n');
  return `  - id: ${id}\n    when:\n      ${when}\n    then:\n      ${then}\n    explain:\n${explain}\n`;
}

/** Waits until the compiled draft's first rule has this id (no string eval: the studio's CSP forbids it). */
export async function waitForFirstRule(page: Page, id: string): Promise<void> {
  await page.waitForFunction((ruleId) => document.querySelector('clearline-studio')!.bundle?.rules[0]?.id === ruleId, id, { timeout: 20_000 });
}
