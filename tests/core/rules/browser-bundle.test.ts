/**
 * core/rules bundled the way the widget and the studio ship it (esbuild, browser platform) and run
 * in the system Chromium: compile (ajv + safe-regex2 + yaml), WebCrypto signing and verification,
 * safe-default fallback and decide(), with no Node APIs.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromePath, CHROMIUM_ARGS } from '../../../scripts/chrome.ts';

const ENTRY = `
import { compileRules, decide, generateSigningKeys, loadRulesBundle, SAFE_DEFAULT_BUNDLE, signBundle } from './core/rules/index.ts';
import { MINIMAL_RULES } from './tests/core/rules/fixtures/minimal.ts';
import { LABELS } from './tests/core/rules/fixtures/labels.ts';
import { context, intent } from './tests/core/rules/fixtures/context.ts';
const runRulesScenario = async () => {
  const compiled = compileRules(MINIMAL_RULES, { labels: LABELS });
  const json = JSON.stringify(compiled.bundle);
  const [keys, other] = await Promise.all([generateSigningKeys(), generateSigningKeys()]);
  const signature = await signBundle(json, keys.privateKeyPem);
  const good = await loadRulesBundle({ json, signature, publicKey: keys.publicKey });
  const wrongKey = await loadRulesBundle({ json, signature, publicKey: other.publicKey });
  const tampered = await loadRulesBundle({ json: json.replace('security', 'securitx'), signature, publicKey: keys.publicKey });
  const unsafe = compileRules(MINIMAL_RULES.replace('rules:\\n', 'rules:\\n  - id: slow\\n    when: {pattern: "(a+)+$"}\\n    then: {handoff: {}}\\n    explain: {en: x, de: y}\\n'), { labels: LABELS });
  return {
    errors: compiled.diagnostics.filter((d) => d.severity === 'error').length,
    verified: good.verified,
    action: decide(good.bundle, context({ intent: intent('fraud_report', 0.9), locale: 'de' })).action,
    wrongKeySafe: wrongKey.bundle === SAFE_DEFAULT_BUNDLE,
    wrongKeyWarning: wrongKey.warning,
    tamperedSafe: tampered.bundle === SAFE_DEFAULT_BUNDLE,
    unsafeRegex: unsafe.diagnostics.some((d) => d.code === 'unsafe-regex'),
    secure: globalThis.isSecureContext,
    evalBlocked: (() => { try { new Function('return 1')(); return false; } catch { return true; } })(),
  };
};
// Runs as the page's own script (not from the test driver), so the page's CSP applies to it.
globalThis.rulesScenario = runRulesScenario().catch((error) => ({ failed: String(error && error.stack || error) }));
`;

let browser: Browser;
let page: Page;

before(async () => {
  const bundled = await build({
    stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: 'ts', sourcefile: 'rules-browser-entry.ts' },
    bundle: true, write: false, format: 'iife', platform: 'browser', target: 'es2022', logLevel: 'silent',
  });
  browser = await chromium.launch({ executablePath: chromePath(), args: [...CHROMIUM_ARGS], headless: true });
  page = await browser.newPage();
  // Served (by interception, no network) from localhost — a secure context, as WebCrypto requires —
  // under the strict policy operators are told to use: no inline script, no eval.
  const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'none'";
  // UTF-8, as server/static-files.ts serves scripts: the bundle holds non-ASCII word lists ("straße").
  await page.route('http://localhost/rules-test.js', (route) => route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: bundled.outputFiles[0]!.text, headers: { 'Content-Security-Policy': csp } }));
  await page.route('http://localhost/rules-test.html', (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8', headers: { 'Content-Security-Policy': csp },
    body: '<!doctype html><title>rules</title><script src="/rules-test.js"></script>',
  }));
  await page.goto('http://localhost/rules-test.html');
  await page.waitForFunction(() => (globalThis as unknown as { rulesScenario?: unknown }).rulesScenario !== undefined);
});
after(async () => {
  await browser?.close();
});

describe('core/rules in Chromium (bundled)', () => {
  it('compiles, signs, verifies, refuses bad bundles and decides in the browser under a no-eval Content-Security-Policy', async () => {
    const result = await page.evaluate(() => (globalThis as unknown as { rulesScenario: Promise<Record<string, unknown>> }).rulesScenario);
    assert.equal(result.failed, undefined);
    assert.equal(result.secure, true);
    assert.equal(result.evalBlocked, true, 'the page must forbid eval, as the widget host pages do');
    assert.equal(result.errors, 0);
    assert.equal(result.verified, true);
    assert.deepEqual(result.action, { type: 'handoff', queue: 'security', priority: 'urgent' });
    assert.equal(result.wrongKeySafe, true);
    assert.match(String(result.wrongKeyWarning), /refused because its signature is invalid/);
    assert.equal(result.tamperedSafe, true);
    assert.equal(result.unsafeRegex, true);
  });
});
