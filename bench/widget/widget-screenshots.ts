/**
 * Screenshots of the widget on the demo site (built bundle, real server): desktop 1280x800 and a
 * 375x667 phone, each with a short conversation and personal data highlighted in the input.
 * Writes docs/screenshots/widget-desktop.png and docs/screenshots/widget-mobile.png.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromePath, CHROMIUM_ARGS } from '../../scripts/chrome.ts';
import { startServer } from '../../server/app.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'widget-shots-'));
const server = await startServer({ port: 0, dataDir, distDir: 'dist', log: () => {} });
const browser = await chromium.launch({ executablePath: chromePath(), args: [...CHROMIUM_ARGS], headless: true });
mkdirSync('docs/screenshots', { recursive: true });
try {
  for (const shot of [
    { file: 'docs/screenshots/widget-desktop.png', viewport: { width: 1280, height: 800 }, scale: 1 },
    { file: 'docs/screenshots/widget-mobile.png', viewport: { width: 375, height: 667 }, scale: 2 },
  ]) {
    const context = await browser.newContext({ viewport: shot.viewport, deviceScaleFactor: shot.scale, hasTouch: shot.viewport.width < 480, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.locator('clearline-widget button.launcher').click();
    const panel = page.locator('clearline-panel');
    await panel.locator('article.disclosure').waitFor();
    await panel.locator('p.banner', { hasText: 'starting' }).waitFor({ state: 'detached', timeout: 60_000 });
    const input = panel.locator('textarea.input');
    await input.fill('How much does roaming in Spain cost?');
    await input.press('Enter');
    await panel.locator('article.answer').waitFor();
    await panel.locator('article.answer details.why summary').click();
    await input.fill('My number is 07911 123456, email jo@example.com');
    await panel.locator('mark[part="pii-mark"]').nth(1).waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: shot.file });
    console.log(`wrote ${shot.file}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}
