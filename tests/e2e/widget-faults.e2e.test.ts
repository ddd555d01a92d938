/**
 * Faults through the built bundle on the demo site: the worker crashes, the model fails to load, the
 * scrubber throws — each with nothing lost, nothing duplicated and nothing unscrubbed sent.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { customerPage, handOff, openChat, say, startE2E, type CustomerPage, type E2E } from '../widget/e2e-support.ts';

let e2e: E2E;
before(async () => { e2e = await startE2E(); });
after(async () => { await e2e?.close(); });

const wire = (c: CustomerPage) => c.requests.map((r) => `${r.url}\n${JSON.stringify(r.headers)}\n${r.body}`).join('\n') + c.streamed.join('\n');
const customerTexts = (c: CustomerPage) => c.panel.locator('article.customer .bubble').allInnerTexts();

test('a crashed worker is restarted with the conversation intact: nothing lost, nothing duplicated, placeholders kept', async () => {
  const c = await customerPage(e2e);
  try {
    await openChat(c, { waitForModel: true });
    await say(c, 'How much does roaming in Spain cost?');
    await c.panel.locator('article.answer').first().waitFor();
    const worker = c.page.workers().find((w) => /worker-/.test(w.url()));
    assert.ok(worker, 'the widget worker is running');
    await worker.evaluate(() => self.close());
    await say(c, 'How much does roaming in France cost?');
    const replies = c.panel.locator('article.answer, article.clarify');
    await replies.nth(1).waitFor({ timeout: 30_000 });
    await c.page.waitForTimeout(300);
    assert.deepEqual(await customerTexts(c), ['How much does roaming in Spain cost?', 'How much does roaming in France cost?']);
    assert.equal(await replies.count(), 2, 'each message answered exactly once');
    assert.match(await c.panel.locator('[role="status"][aria-live="polite"]').innerText(), /restarted|Automated assistant/);
    await say(c, 'my mobile is 07911 123456');
    await handOff(c);
    await c.panel.locator('.delivery[data-state="sent"]').first().waitFor();
    assert.ok(!wire(c).includes('07911'), 'nothing unscrubbed was sent after the restart');
  } finally {
    await c.close();
  }
});

test('when the model fails to load, scrubbing still works and messages go to a person', async () => {
  const c = await customerPage(e2e);
  try {
    await c.page.route('**/model.onnx', (route) => route.fulfill({ status: 404, body: 'gone' }));
    await openChat(c);
    await c.panel.locator('p.banner', { hasText: 'unavailable' }).waitFor({ timeout: 30_000 });
    await say(c, 'my bill is wrong, call me on 07911 123456');
    await c.panel.locator('.ref').waitFor({ timeout: 20_000 });
    await c.panel.locator('.delivery[data-state="sent"]').first().waitFor();
    assert.equal(await c.panel.locator('article.answer').count(), 0);
    assert.ok(c.requests.some((r) => r.body.includes('[PHONE_1]')), 'the scrubbed message went to a person');
    assert.ok(!wire(c).includes('07911'), 'nothing unscrubbed was sent');
  } finally {
    await c.close();
  }
});

test('when the scrubber throws, nothing is sent, the customer is told plainly and the text is kept for a retry', async () => {
  const c = await customerPage(e2e);
  try {
    await openChat(c);
    await say(c, 'I need to talk to someone about my contract');
    await handOff(c);
    await c.panel.locator('.delivery[data-state="sent"]').first().waitFor();
    const worker = c.page.workers().find((w) => /worker-/.test(w.url()))!;
    // A recognizer bug, injected: every regular expression in the worker now throws.
    await worker.evaluate(() => {
      const g = self as unknown as { __exec?: RegExp['exec'] };
      g.__exec = RegExp.prototype.exec;
      RegExp.prototype.exec = () => { throw new Error('injected recognizer fault'); };
    });
    const input = c.panel.locator('textarea.input');
    await input.fill('my card is 4539 1488 0343 6467');
    await input.press('Enter');
    await c.panel.locator('p.alert', { hasText: 'not sent' }).waitFor();
    assert.equal(await input.inputValue(), 'my card is 4539 1488 0343 6467');
    assert.equal(await c.panel.locator('article.customer').count(), 1);
    await c.page.waitForTimeout(500);
    assert.ok(!wire(c).includes('4539'), 'nothing unscrubbed was sent');
    await worker.evaluate(() => { RegExp.prototype.exec = (self as unknown as { __exec: RegExp['exec'] }).__exec; });
    await input.press('Enter');
    await c.panel.locator('article.customer').nth(1).waitFor();
    await c.page.waitForFunction(() => {
      const root = document.querySelector('clearline-widget')?.shadowRoot?.querySelector('clearline-panel')?.shadowRoot;
      return (root?.querySelectorAll('.delivery[data-state="sent"]').length ?? 0) >= 2;
    }, undefined, { timeout: 20_000 });
    assert.equal(await c.panel.locator('article.customer').count(), 2);
    assert.ok(c.requests.some((r) => r.body.includes('[CREDIT_CARD_1]')));
    assert.ok(!wire(c).includes('4539'), 'only the scrubbed text was sent');
  } finally {
    await c.close();
  }
});
