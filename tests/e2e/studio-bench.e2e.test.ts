/**
 * The studio's side panels as a content editor uses them, on the built studio: the test bench runs the
 * widget's own worker (scrubber, model, engine), the tests explorer, and the live preview of the real
 * widget with the draft bundle.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStudioHarness, insertAtLine, firstRuleLine, endOfRulesLine, ruleBlock, waitForFirstRule, editorText, type StudioHarness } from '../rules-studio/studio-e2e-harness.ts';

let h: StudioHarness;
before(async () => { h = await startStudioHarness(); });
after(async () => { await h?.close(); });

test('The bench scrubs a phone number, shows it typed, and shows the rule that fired with its trace.', async () => {
  const { page, context } = await h.openStudio();
  const queue = await page.evaluate(() => document.querySelector('clearline-studio')!.bundle!.settings.defaultQueue);
  await insertAtLine(page, await firstRuleLine(page), await ruleBlock(page, 'e2e-phone', 'piiDetected: [PHONE]', `handoff: { queue: ${queue}, priority: high }`));
  await waitForFirstRule(page, 'e2e-phone');
  await page.fill('#bench-message', 'Please call me back on +49 151 23456789 about my bill');
  await page.keyboard.press('Control+Enter');
  const result = page.locator('.bench-result');
  await result.waitFor({ timeout: 60_000 });
  assert.equal(await page.locator('.scrubbed').innerText().then((t) => t.includes('+49')), false);
  assert.match(await page.locator('.scrubbed mark.pii[data-type=PHONE]').innerText(), /\[PHONE_1\]/);
  assert.match(await page.locator('.original mark.pii[data-type=PHONE]').innerText(), /\+49 151 23456789/);
  assert.equal(await page.locator('.decision-rule').innerText(), 'e2e-phone');
  assert.match(await page.locator('.decision-action').innerText(), new RegExp(`hand off to ${queue} \\(high\\)`));
  assert.match(await page.locator('.trace-entry.matched').first().innerText(), /e2e-phone[\s\S]*PHONE/);
  await context.close();
});

test('Run all tests shows pass or fail for every case, jumps to a case, and diffs a failing expectation.', async () => {
  const { page, context } = await h.openStudio();
  const lines = (await editorText(page)).split('\n');
  const testsAt = lines.findIndex((l) => /^tests:\s*$/.test(l));
  assert.ok(testsAt >= 0, 'the example rules have a tests: section');
  await insertAtLine(page, testsAt + 2, '  - name: e2e deliberately wrong\n    message: Please call me on +49 151 23456789\n    optedOut: true\n    expect: { action: answer }\n');
  await page.waitForFunction(() => document.querySelector('clearline-studio')!.tests.some((t) => t.name === 'e2e deliberately wrong'), null, { timeout: 20_000 });
  const total = await page.evaluate(() => document.querySelector('clearline-studio')!.tests.length);
  await page.click('#tab-tests');
  await page.click('.run-tests');
  await page.waitForFunction(() => /\d+ passed, \d+ failed/.test(document.querySelector('.test-summary')?.textContent ?? ''), null, { timeout: 180_000 });
  const badges = await page.locator('.test-list .test').evaluateAll((els) => els.map((e) => e.className));
  assert.equal(badges.length, total);
  assert.ok(badges.every((c) => /\b(pass|fail|error)\b/.test(c)), badges.join());
  const wrong = page.locator('.test', { hasText: 'e2e deliberately wrong' });
  assert.match(await wrong.getAttribute('class') ?? '', /\bfail\b/);
  assert.match(await wrong.locator('table.diff').innerText(), /action\s+answer\s+handoff/);
  await wrong.locator('.test-jump').click();
  assert.equal(await page.evaluate(() => document.querySelector('clearline-studio')!.editor!.editor.getPosition()!.lineNumber), testsAt + 2);
  await context.close();
});

test('The preview shows the real widget with the draft in desktop and phone frames and follows an edit.', async () => {
  const { page, context } = await h.openStudio();
  await page.click('#tab-preview');
  const frames = page.locator('iframe.preview-frame');
  await frames.first().waitFor();
  assert.equal(await frames.count(), 2);
  const locale = await page.evaluate(() => document.querySelector('clearline-studio')!.bundle!.defaultLocale);
  for (const id of ['desktop', 'phone']) {
    await page.frameLocator(`iframe[data-frame=${id}]`).locator('clearline-widget').waitFor({ state: 'attached', timeout: 30_000 });
  }
  const lines = (await editorText(page)).split('\n');
  const disclosureAt = lines.findIndex((l) => /^disclosure:\s*$/.test(l));
  const localeLine = lines.findIndex((l, i) => i > disclosureAt && l.trimStart().startsWith(`${locale}:`));
  // Put a marker sentence at the start of the disclosure text (block scalar or plain).
  const block = /:\s*[>|]/.test(lines[localeLine]!);
  const target = block ? { line: localeLine + 2, column: lines[localeLine + 1]!.search(/\S/) + 1 } : { line: localeLine + 1, column: lines[localeLine]!.indexOf(':') + 3 };
  await page.evaluate(({ line, column }) => {
    const { editor } = document.querySelector('clearline-studio')!.editor!;
    editor.executeEdits('e2e', [{ range: { startLineNumber: line, startColumn: column, endLineNumber: line, endColumn: column }, text: 'Preview check 7731. ' }]);
  }, target);
  for (const id of ['desktop', 'phone']) {
    await page.frameLocator(`iframe[data-frame=${id}]`).getByText('Preview check 7731').first().waitFor({ timeout: 30_000 });
  }
  // Each locale of the file: the frames switch to that language's disclosure.
  const other = await page.evaluate(() => { const b = document.querySelector('clearline-studio')!.bundle!; return b.locales.find((l) => l !== b.defaultLocale) ?? null; });
  if (other) {
    const words = await page.evaluate((l) => document.querySelector('clearline-studio')!.bundle!.disclosure[l]!.replace(/\*\*/g, '').split(/\s+/).slice(0, 4).join(' '), other);
    await page.locator('.locale-button', { hasText: other }).click();
    for (const id of ['desktop', 'phone']) {
      await page.frameLocator(`iframe[data-frame=${id}]`).getByText(words).first().waitFor({ timeout: 30_000 });
    }
  }
  await context.close();
});

test('The fairness tab runs the audit set through the model in the widget worker and shows consistency per variant kind.', async () => {
  const { page, context } = await h.openStudio();
  await page.click('#tab-fairness');
  await page.click('.run-audit');
  await page.locator('.audit-summary').waitFor({ timeout: 240_000 });
  assert.match(await page.locator('.audit-summary').innerText(), /Consistency \d+\.\d% \(\d+ of \d+ groups\), threshold 97\.0%/);
  const kinds = await page.locator('.fairness-table tbody tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.kind));
  assert.deepEqual(kinds, ['names', 'gender', 'aae', 'indian_english', 'nigerian_english', 'non_native', 'typos', 'all_caps', 'spelling']);
  for (const cell of await page.locator('.fairness-table tbody td:nth-child(3)').allInnerTexts()) assert.match(cell, /^\d+\.\d%$/);
  await context.close();
});

test('Removing the studio disposes every worker it started (YAML, editor, compile and the widget worker).', async () => {
  const { page, context } = await h.openStudio();
  await page.fill('#bench-message', 'my bill is wrong');
  await page.keyboard.press('Control+Enter');
  await page.locator('.bench-result').waitFor({ timeout: 60_000 });
  await page.click('#tab-review');
  await page.locator('.diff-host .monaco-diff-editor').waitFor({ timeout: 20_000 });
  assert.ok(page.workers().length >= 3, `workers before: ${page.workers().map((w) => w.url()).join(', ')}`);
  await page.evaluate(() => document.querySelector('clearline-studio')!.remove());
  const deadline = Date.now() + 10_000;
  while (page.workers().length > 0 && Date.now() < deadline) await page.waitForTimeout(100);
  assert.deepEqual(page.workers().map((w) => w.url()), []);
  await context.close();
});
