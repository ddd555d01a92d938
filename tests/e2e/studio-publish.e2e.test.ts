/**
 * Review and publish on the built studio and the one server: open a rules file through the upload
 * fallback, diff it against the published version, import the demo signing key (upload), publish, see
 * the demo site load the new bundle with a valid signature, and roll back.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyBundle } from '../../core/rules/index.ts';
import { startStudioHarness, editorText, type StudioHarness } from '../rules-studio/studio-e2e-harness.ts';

let h: StudioHarness;
before(async () => { h = await startStudioHarness(); });
after(async () => { await h?.close(); });

const MARK = 'Publish check 5521';
/** A small rule set whose tests do not depend on the model's confidence. */
const RULES = `version: 1
defaultLocale: en
locales: [en]
disclosure:
  en: "${MARK}: you are chatting with an automated assistant. You can ask for a person at any time."
answers:
  roaming:
    en:
      text: Roaming in the EU is included in every plan.
rules:
  - id: phone-shared
    when:
      piiDetected: [PHONE]
    then:
      handoff: { queue: general, priority: high }
    explain:
      en: A person will call you back because you shared a phone number.
  - id: opted-out
    when:
      optedOut: true
    then:
      handoff: { queue: general }
    explain:
      en: You asked not to use the assistant, so a person will reply.
tests:
  - name: a phone number goes to a person
    message: call me on +49 151 23456789
    expect: { action: handoff, rule: phone-shared }
  - name: opted-out customers reach a person
    message: hello
    optedOut: true
    expect: { action: handoff, rule: opted-out }
`;

test('Publishing is blocked until the tests ran and passed and a key is imported; then it publishes, the demo site loads it, and rollback restores the previous version.', async () => {
  const { page, context } = await h.openStudio();
  const v1 = await (await fetch(`${h.server.url}/rules/rules.json`)).text();
  const dir = mkdtempSync(join(tmpdir(), 'studio-publish-'));
  const file = join(dir, 'northwind.yaml');
  writeFileSync(file, RULES);

  // Open through the upload fallback (no File System Access API in headless Chromium).
  const chooser = page.waitForEvent('filechooser');
  await page.click('button:has-text("Upload…")');
  await (await chooser).setFiles(file);
  await page.waitForFunction((mark) => document.querySelector('clearline-studio')!.bundle?.disclosure.en?.includes(mark) ?? false, MARK, { timeout: 20_000 });
  assert.equal(await editorText(page), RULES);

  await page.click('#tab-review');
  await page.locator('.diff-host .monaco-diff-editor').waitFor({ timeout: 20_000 });
  await page.waitForFunction(() => document.querySelectorAll('.diff-host .line-insert, .diff-host .char-insert, .diff-host .line-delete').length > 0, null, { timeout: 20_000 });
  const publish = page.locator('.publish-button');
  assert.equal(await publish.isDisabled(), true);
  assert.match(await page.locator('.blockers').innerText(), /Run the 2 tests[\s\S]*Import a signing key/);

  await page.locator('.key-input').setInputFiles(h.server.rulesPrivateKeyPath);
  await page.locator('.key-label').waitFor();
  assert.match(await page.locator('.blockers').innerText(), /Run the 2 tests/);

  await page.click('#tab-tests');
  await page.click('.run-tests');
  await page.waitForFunction(() => document.querySelector('.test-summary')?.textContent === '2 passed, 0 failed', null, { timeout: 120_000 });

  await page.click('#tab-review');
  await page.waitForFunction(() => !(document.querySelector('.publish-button') as HTMLButtonElement).disabled, null, { timeout: 10_000 });
  await publish.click();
  await page.locator('.publish .note', { hasText: 'Published version 2' }).waitFor({ timeout: 20_000 });

  const json = await (await fetch(`${h.server.url}/rules/rules.json`)).text();
  const signature = await (await fetch(`${h.server.url}/rules/rules.json.sig`)).text();
  assert.match(JSON.parse(json).disclosure.en, new RegExp(MARK));
  assert.deepEqual(await verifyBundle(json, signature, h.server.rulesPublicKey), { ok: true });

  const demo = await context.newPage();
  const warnings: string[] = [];
  demo.on('console', (m) => { if (m.type() === 'warning' || m.type() === 'error') warnings.push(m.text()); });
  const loaded = demo.waitForResponse((r) => r.url().endsWith('/rules/rules.json') && r.status() === 200, { timeout: 30_000 });
  await demo.goto(`${h.server.url}/`);
  await demo.locator('clearline-widget').waitFor({ state: 'attached' });
  await demo.evaluate(() => (document.querySelector('clearline-widget') as HTMLElement & { openPanel(): void }).openPanel());
  assert.equal(await (await loaded).text(), json);
  await demo.getByText(MARK).first().waitFor({ timeout: 30_000 });
  assert.deepEqual(warnings.filter((w) => /refus|signature|safe default/i.test(w)), []);

  await page.locator('.version-list li[data-version="1"] .rollback').click();
  await page.locator('.publish .note', { hasText: 'Rolled back' }).waitFor({ timeout: 20_000 });
  assert.equal(await (await fetch(`${h.server.url}/rules/rules.json`)).text(), v1);
  const versions = await (await fetch(`${h.server.url}/studio-api/versions`, { headers: { Origin: h.server.url } })).json() as { current: number; versions: { version: number }[] };
  assert.equal(versions.current, 3);
  assert.deepEqual(versions.versions.map((v) => v.version), [3, 2, 1]);
  await context.close();
});

test('A failing test blocks publishing and says so.', async () => {
  const { page, context } = await h.openStudio();
  await page.evaluate((text) => document.querySelector('clearline-studio')!.replaceDraft(text, 'wrong.yaml', null), RULES.replace('rule: opted-out }', 'rule: phone-shared }'));
  await page.waitForFunction(() => document.querySelector('clearline-studio')!.tests.some((t) => t.expect.rule === 'phone-shared' && t.optedOut), null, { timeout: 20_000 });
  await page.click('#tab-tests');
  await page.click('.run-tests');
  await page.waitForFunction(() => document.querySelector('.test-summary')?.textContent === '1 passed, 1 failed', null, { timeout: 120_000 });
  await page.click('#tab-review');
  assert.equal(await page.locator('.publish-button').isDisabled(), true);
  assert.match(await page.locator('.blockers').innerText(), /1 test failing/);
  await context.close();
});

test('A draft signed with the CLI is published with its signature file.', async () => {
  const { page, context } = await h.openStudio();
  const { execFileSync } = await import('node:child_process');
  const { readFileSync } = await import('node:fs');
  const dir = mkdtempSync(join(tmpdir(), 'studio-cli-sign-'));
  await page.evaluate((text) => document.querySelector('clearline-studio')!.replaceDraft(text, 'cli.yaml', null), RULES.replace(MARK, 'CLI signed 8812'));
  await page.waitForFunction(() => document.querySelector('clearline-studio')!.bundle?.disclosure.en?.includes('CLI signed 8812') ?? false, null, { timeout: 20_000 });
  await page.click('#tab-tests');
  await page.click('.run-tests');
  await page.waitForFunction(() => document.querySelector('.test-summary')?.textContent === '2 passed, 0 failed', null, { timeout: 120_000 });
  await page.click('#tab-review');
  await page.click('.cli-signing summary');
  const downloading = page.waitForEvent('download');
  await page.click('.download-compiled');
  const jsonPath = join(dir, 'rules.json');
  await (await downloading).saveAs(jsonPath);
  execFileSync(process.execPath, ['--import', 'tsx', 'cli/rules.ts', 'sign', jsonPath, '--key', h.server.rulesPrivateKeyPath], { stdio: 'pipe' });
  await page.locator('.sig-input').setInputFiles(`${jsonPath}.sig`);
  await page.locator('.publish .note', { hasText: /Published version \d+/ }).waitFor({ timeout: 20_000 });
  assert.equal(await (await fetch(`${h.server.url}/rules/rules.json`)).text(), readFileSync(jsonPath, 'utf8'));
  await context.close();
});
