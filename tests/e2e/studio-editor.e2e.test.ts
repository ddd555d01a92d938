/**
 * The studio's editor as a content editor uses it: the built studio (dist/studio/) served by the one
 * server, in Chromium. Schema markers from monaco-yaml's worker, the compiler's semantic markers with
 * quick fixes, completion, outline, go-to-definition, drafts that survive a reload, keyboard and axe.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { startStudioHarness, markers, editorText, insertAtLine, endOfRulesLine, ruleBlock, waitForCompiled, type StudioHarness } from '../rules-studio/studio-e2e-harness.ts';

let h: StudioHarness;
before(async () => { h = await startStudioHarness(); });
after(async () => { await h?.close(); });

test('The studio opens the published example rules without errors.', async () => {
  const { page, context, errors } = await h.openStudio();
  const published = await (await fetch(`${h.server.url}/studio-api/current`, { headers: { Origin: h.server.url } })).json() as { source: string };
  assert.equal(await editorText(page), published.source);
  assert.equal((await markers(page)).filter((m) => m.severity === 8).length, 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('A key the schema does not allow gets a schema marker from the YAML worker as you type.', async () => {
  const { page, context } = await h.openStudio();
  await page.click('#editor .view-lines');
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('colour: blue\n');
  await page.waitForFunction(() => document.querySelector('clearline-studio')!.editor!.markers().some((m) => m.owner === 'yaml' && m.startLineNumber === 1), null, { timeout: 20_000 });
  const schema = (await markers(page)).filter((m) => m.owner === 'yaml');
  assert.ok(schema.some((m) => m.line === 1 && /colour/.test(m.message)), JSON.stringify(schema));
  await context.close();
});

test('A rule with a typo in an intent id gets a marker and a quick fix that repairs it.', async () => {
  const { page, context } = await h.openStudio();
  const at = await endOfRulesLine(page);
  await insertAtLine(page, at, (await ruleBlock(page, 'typo-rule', 'intent: ', 'handoff: { priority: high }')));
  const intentLine = at + 2;
  await page.evaluate((line) => {
    const { editor } = document.querySelector('clearline-studio')!.editor!;
    editor.setPosition({ lineNumber: line, column: editor.getModel()!.getLineMaxColumn(line) });
    editor.focus();
  }, intentLine);
  await page.keyboard.type('biling_dispute');
  await page.keyboard.press('Escape');
  // Wait for the marker of the whole word (markers for partly typed words may come first).
  await page.waitForFunction((line) => document.querySelector('clearline-studio')!.editor!.markers().some((m) => m.owner === 'clearline-rules' && m.startLineNumber === line && m.message.includes('`biling_dispute`')), intentLine, { timeout: 30_000 });
  const marker = (await markers(page)).find((m) => m.owner === 'clearline-rules' && m.line === intentLine && m.message.includes('`biling_dispute`'))!;
  assert.equal(marker.code, 'unknown-intent');
  assert.match(marker.message, /did you mean `billing_dispute`/);
  const action = page.locator('.action-widget .action-list-item, .context-view .monaco-list-row').filter({ hasText: 'billing_dispute' }).first();
  // Ctrl+. opens the quick fix menu; on a busy machine the code actions can arrive after the first request.
  for (let attempt = 0; attempt < 3 && !(await action.isVisible()); attempt++) {
    await page.keyboard.press('Control+.');
    await action.waitFor({ timeout: 10_000 }).catch(() => page.keyboard.press('Escape'));
  }
  await action.waitFor({ timeout: 1_000 });
  await page.keyboard.press('Enter');
  await page.waitForFunction((line) => document.querySelector('clearline-studio')!.editor!.model.getLineContent(line).includes('intent: billing_dispute'), intentLine, { timeout: 10_000 });
  await page.waitForFunction((line) => !document.querySelector('clearline-studio')!.editor!.markers().some((m) => m.owner === 'clearline-rules' && m.startLineNumber === line && m.severity === 8), intentLine, { timeout: 20_000 });
  await context.close();
});

test('Completion inserts a whole rule that compiles.', async () => {
  const { page, context } = await h.openStudio();
  const before = await page.evaluate(() => document.querySelector('clearline-studio')!.bundle!.rules.length);
  const at = await endOfRulesLine(page);
  await insertAtLine(page, at, '  \n');
  await page.evaluate((line) => {
    const { editor } = document.querySelector('clearline-studio')!.editor!;
    editor.setPosition({ lineNumber: line, column: 3 });
    editor.focus();
  }, at);
  const item = page.locator('.suggest-widget .monaco-list-row').filter({ hasText: 'rule: hand off an intent' }).first();
  for (let attempt = 0; attempt < 3 && !(await item.isVisible()); attempt++) {
    await page.keyboard.press('Control+Space');
    await item.waitFor({ timeout: 15_000 }).catch(() => page.keyboard.press('Escape'));
  }
  await item.click();
  await page.keyboard.press('Escape');
  assert.match(await editorText(page), /- id: new-rule\n\s+when:\n\s+intent: /);
  await page.waitForFunction((n) => (document.querySelector('clearline-studio')!.bundle?.rules.length ?? 0) === n + 1, before, { timeout: 20_000 });
  assert.ok(await page.locator('.outline-entry[data-kind=rule]', { hasText: 'new-rule' }).isVisible());
  await context.close();
});

test('The outline jumps to a rule and go-to-definition jumps from a rule to its answer.', async () => {
  const { page, context } = await h.openStudio();
  const at = await endOfRulesLine(page);
  const answer = await page.evaluate(() => Object.keys(document.querySelector('clearline-studio')!.bundle!.answers)[0]!);
  await insertAtLine(page, at, await ruleBlock(page, 'uses-answer', `intent: ${answer}`, `answer: ${answer}`));
  await page.locator('.outline-entry[data-kind=rule]', { hasText: 'uses-answer' }).waitFor();
  await page.locator('.outline-entry[data-kind=rule]', { hasText: 'uses-answer' }).click();
  assert.equal(await page.evaluate(() => document.querySelector('clearline-studio')!.editor!.editor.getPosition()!.lineNumber), at);
  const answerLine = await page.evaluate((name) => [...document.querySelectorAll<HTMLElement>('.outline-entry[data-kind=answer]')].find((e) => e.textContent!.includes(name))!.dataset.line, answer);
  await page.evaluate((line) => {
    const { editor } = document.querySelector('clearline-studio')!.editor!;
    editor.setPosition({ lineNumber: line, column: editor.getModel()!.getLineMaxColumn(line) - 2 });
    editor.focus();
  }, at + 4);
  await page.keyboard.press('F12');
  await page.waitForFunction((line) => document.querySelector('clearline-studio')!.editor!.editor.getPosition()!.lineNumber === line, Number(answerLine), { timeout: 10_000 });
  await context.close();
});

test('Completion offers the model\'s intent ids and hover explains a key in plain language.', async () => {
  const { page, context } = await h.openStudio();
  const at = await endOfRulesLine(page);
  await insertAtLine(page, at, await ruleBlock(page, 'complete-me', 'intent: ', 'handoff: { priority: high }'));
  await page.evaluate((line) => {
    const { editor } = document.querySelector('clearline-studio')!.editor!;
    editor.setPosition({ lineNumber: line, column: editor.getModel()!.getLineMaxColumn(line) });
    editor.focus();
  }, at + 2);
  const rows = page.locator('.suggest-widget .monaco-list-row');
  for (let attempt = 0; attempt < 3 && !(await rows.filter({ hasText: 'billing_question' }).first().isVisible()); attempt++) {
    await page.keyboard.press('Control+Space');
    await rows.filter({ hasText: 'billing_question' }).first().waitFor({ timeout: 15_000 }).catch(() => page.keyboard.press('Escape'));
  }
  // The list is virtualised: narrow it to the id we want, as a writer would.
  await page.keyboard.type('lost_st');
  await rows.filter({ hasText: 'lost_stolen_device' }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.waitForFunction((line) => document.querySelector('clearline-studio')!.editor!.model.getLineContent(line).trim() === 'intent: lost_stolen_device', at + 2, { timeout: 10_000 });
  await page.evaluate((line) => {
    const { editor } = document.querySelector('clearline-studio')!.editor!;
    editor.setPosition({ lineNumber: line, column: 8 });
    editor.trigger('e2e', 'editor.action.showHover', {});
  }, at + 3);
  await page.locator('.monaco-hover').filter({ hasText: 'What happens when the rule applies' }).first().waitFor({ timeout: 15_000 });
  await context.close();
});

test('Download hands over the draft as a rules file.', async () => {
  const { page, context } = await h.openStudio();
  const downloading = page.waitForEvent('download');
  await page.click('button:has-text("Download")');
  const file = await downloading;
  assert.equal(file.suggestedFilename(), 'rules.yaml');
  const { readFileSync } = await import('node:fs');
  assert.equal(readFileSync(await file.path(), 'utf8'), await editorText(page));
  await context.close();
});

test('A reload in the middle of an edit brings the draft back exactly.', async () => {
  const { page, context } = await h.openStudio();
  await page.click('#editor .view-lines');
  await page.keyboard.press('Control+End');
  await page.keyboard.type('# half-typed note 42');
  const typed = await editorText(page);
  await page.reload();
  await waitForCompiled(page);
  assert.equal(await editorText(page), typed);
  assert.match(await page.locator('.restored').innerText(), /Restored your draft/);
  await context.close();
});

test('Every side panel is reachable with the keyboard alone.', async () => {
  const { page, context } = await h.openStudio();
  await page.keyboard.press('Alt+2');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'tab-tests');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'tab-fairness');
  assert.equal(await page.locator('#panel-fairness').isVisible(), true);
  await page.keyboard.press('End');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'tab-review');
  await page.keyboard.press('Alt+1');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'bench-message');
  await context.close();
});

test('axe-core finds no violations outside the Monaco surface.', async () => {
  // CSP bypass only so the test can inject axe-core inline; the studio itself runs under its strict CSP.
  const { page, context } = await h.openStudio({ bypassCSP: true });
  const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.addScriptTag({ content: axe });
  for (const tab of ['bench', 'tests', 'fairness', 'preview', 'review']) {
    await page.click(`#tab-${tab}`);
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run(
        { exclude: [['.monaco-editor'], ['.monaco-diff-editor'], ['.monaco-aria-container'], ['.context-view'], ['iframe']] },
        { resultTypes: ['violations'] },
      );
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    assert.deepEqual(violations, [], `${tab}: ${violations.join('\n')}`);
  }
  await context.close();
});

test('Opening the studio in a second tab warns both tabs that they share one draft.', async () => {
  const { page, context } = await h.openStudio();
  const second = await context.newPage();
  await second.goto(`${h.server.url}/studio/`);
  await second.locator('.other-tabs').waitFor({ timeout: 30_000 });
  await page.locator('.other-tabs').waitFor({ timeout: 30_000 });
  assert.match(await page.locator('.other-tabs').innerText(), /also open in another tab/);
  await second.close();
  await page.locator('.other-tabs').waitFor({ state: 'detached', timeout: 30_000 });
  await context.close();
});
