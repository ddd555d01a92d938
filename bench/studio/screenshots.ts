/**
 * `npx tsx bench/studio/screenshots.ts` (after `npm run build`): the README screenshots of the rules
 * studio, taken from the built studio on the one server → docs/screenshots/studio-*.png.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromePath, CHROMIUM_ARGS } from '../../scripts/chrome.ts';
import { startServer } from '../../server/app.ts';

const repo = resolve(import.meta.dirname, '../..');
const out = join(repo, 'docs/screenshots');
mkdirSync(out, { recursive: true });
const dataDir = mkdtempSync(join(tmpdir(), 'studio-shots-'));
const server = await startServer({ port: 0, dataDir, distDir: join(repo, 'dist'), log: () => {} });
const browser = await chromium.launch({ executablePath: chromePath(), args: [...CHROMIUM_ARGS], headless: true });
try {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(`${server.url}/studio/`);
  await page.waitForFunction(() => document.querySelector('clearline-studio')?.bundle != null, null, { timeout: 60_000 });

  // Editor: a rule with a misspelt intent, its marker and the quick fix menu.
  const lines = (await page.evaluate(() => document.querySelector('clearline-studio')!.editor!.getValue())).split('\n');
  const rulesAt = lines.findIndex((l) => /^rules:\s*$/.test(l)) + 2;
  await page.evaluate((line) => {
    const { editor } = document.querySelector('clearline-studio')!.editor!;
    editor.executeEdits('shot', [{ range: { startLineNumber: line, startColumn: 1, endLineNumber: line, endColumn: 1 },
      text: '  - id: disputed-bill\n    when:\n      intent: biling_dispute\n    then:\n      handoff: { queue: billing, priority: high }\n    explain:\n      en: We are connecting you to the billing team because you disputed a charge.\n      de: Wir verbinden Sie mit dem Abrechnungsteam, weil Sie eine Belastung beanstandet haben.\n      fr: Nous vous mettons en relation avec l’équipe facturation car vous contestez un montant.\n      es: Le ponemos en contacto con el equipo de facturación porque ha reclamado un cargo.\n' }]);
    editor.revealLineNearTop(line);
    editor.setPosition({ lineNumber: line + 2, column: 20 });
    editor.focus();
  }, rulesAt);
  await page.waitForFunction((line) => document.querySelector('clearline-studio')!.editor!.markers().some((m) => m.startLineNumber === line && m.owner === 'clearline-rules'), rulesAt + 2, { timeout: 20_000 });
  await page.waitForTimeout(600);
  await page.keyboard.press('Control+.');
  await page.waitForTimeout(600);
  await page.screenshot({ path: join(out, 'studio-editor.png') });
  await page.keyboard.press('Enter');
  await page.waitForTimeout(800);

  // Test bench.
  await page.click('#tab-bench');
  await page.fill('#bench-message', 'Someone stole my phone yesterday, please call me on +49 151 23456789');
  await page.keyboard.press('Control+Enter');
  await page.locator('.bench-result').waitFor({ timeout: 60_000 });
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(out, 'studio-bench.png') });

  // Tests explorer.
  await page.click('#tab-tests');
  await page.click('.run-tests');
  await page.waitForFunction(() => /passed/.test(document.querySelector('.test-summary')?.textContent ?? ''), null, { timeout: 180_000 });
  await page.screenshot({ path: join(out, 'studio-tests.png') });

  // Fairness.
  await page.click('#tab-fairness');
  await page.click('.run-audit');
  await page.locator('.audit-summary').waitFor({ timeout: 240_000 });
  await page.screenshot({ path: join(out, 'studio-fairness.png') });

  // Preview.
  await page.click('#tab-preview');
  await page.frameLocator('iframe[data-frame=phone]').locator('clearline-widget').waitFor({ state: 'attached', timeout: 30_000 });
  await page.waitForTimeout(2500);
  await page.screenshot({ path: join(out, 'studio-preview.png') });

  // Review & publish.
  await page.click('#tab-review');
  await page.locator('.diff-host .monaco-diff-editor').waitFor({ timeout: 20_000 });
  await page.locator('.key-input').setInputFiles(server.rulesPrivateKeyPath);
  await page.locator('.key-label').waitFor();
  await page.waitForTimeout(1200);
  await page.screenshot({ path: join(out, 'studio-review.png') });
  await context.close();
  console.log(`screenshots written to ${out}`);
} finally {
  await browser.close();
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}
