/**
 * What leaves the device, tested: values of every PII type are typed into the built widget on the demo
 * site and handed off to a person; every request the page makes (URL, headers, body, beacons, the
 * worker's requests) and every event-stream frame it receives is captured, and none contains a planted
 * value. The desk shows placeholders; the customer sees the real values. Every request goes to the demo
 * origin, nothing heavy loads before the chat is opened, and no cookie is set.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { customerPage, handOff, deskPage, openCaseInDesk, openChat, say, startE2E, transcriptText, type E2E } from '../widget/e2e-support.ts';
import { PLANTED_MESSAGES, PLANTED_VALUES, wireForms } from '../widget/planted-pii.ts';

let e2e: E2E;
before(async () => { e2e = await startE2E(); });
after(async () => { await e2e?.close(); });

test('the second half of a phone number typed over two messages is replaced before it is sent to the person', async () => {
  const c = await customerPage(e2e);
  try {
    await openChat(c, { waitForModel: true });
    await say(c, 'I would like to speak to a person please');
    await handOff(c);
    await say(c, 'my new number is 07911');
    await say(c, '123456');
    await c.page.waitForFunction(() => {
      const panel = document.querySelector('clearline-widget')?.shadowRoot?.querySelector('clearline-panel');
      return (panel?.shadowRoot?.querySelectorAll('.delivery[data-state="sent"]').length ?? 0) >= 3;
    }, undefined, { timeout: 30_000 });
    await c.page.waitForTimeout(300);
    const wire = c.requests.map((r) => `${r.url}\n${r.body}`).join('\n----\n');
    assert.ok(wire.includes('[PHONE_1]'), 'the second half went out as a placeholder');
    assert.ok(!wire.includes('123456'), 'the second half of the number left the device');
    assert.match(await transcriptText(c), /07911[\s\S]*123456/, 'the customer still sees what they typed');
  } finally {
    await c.close();
  }
});

test('no planted value of any PII type leaves the device, the desk sees placeholders and the customer the real values', async () => {
  const c = await customerPage(e2e);
  const desk = await deskPage(e2e);
  try {
    await openChat(c, { waitForModel: true });
    await say(c, PLANTED_MESSAGES[0]!);
    const reference = await handOff(c);
    for (const message of PLANTED_MESSAGES.slice(1)) await say(c, message);
    await c.page.waitForFunction((n) => {
      const panel = document.querySelector('clearline-widget')?.shadowRoot?.querySelector('clearline-panel');
      return (panel?.shadowRoot?.querySelectorAll('.delivery[data-state="sent"]').length ?? 0) >= n;
    }, PLANTED_MESSAGES.length, { timeout: 30_000 });

    await openCaseInDesk(desk, reference);
    const deskLines = desk.locator('clearline-case-view li.customer');
    await deskLines.nth(PLANTED_MESSAGES.length - 1).waitFor();
    const deskText = (await deskLines.allInnerTexts()).join('\n');
    for (const type of Object.keys(PLANTED_VALUES)) assert.match(deskText, new RegExp(`\\[${type}_1\\]`), `the desk shows the ${type} placeholder`);
    await desk.getByLabel('Reply to the customer').fill('Hello [PERSON_1], I will text [PHONE_1] about card [CREDIT_CARD_1].');
    await desk.keyboard.press('Enter');
    const reply = c.panel.locator('article.person').last();
    await reply.waitFor({ timeout: 20_000 });
    assert.equal(await reply.locator('.bubble').innerText(), `Hello ${PLANTED_VALUES.PERSON}, I will text ${PLANTED_VALUES.PHONE} about card ${PLANTED_VALUES.CREDIT_CARD}.`);

    const screen = await transcriptText(c);
    for (const value of Object.values(PLANTED_VALUES)) assert.ok(screen.includes(value), `the customer sees ${value}`);

    await c.page.waitForTimeout(500);
    assert.ok(c.requests.length > 10, 'requests were captured');
    assert.ok(c.streamed.join('').includes('agent-reply'), 'event-stream frames were captured');
    assert.ok(c.requests.some((r) => r.method === 'POST' && r.body.includes('[PHONE_1]')), 'the scrubbed messages were captured on the wire');
    const wire = [
      ...c.requests.map((r) => `${r.method} ${r.url}\n${JSON.stringify(r.headers)}\n${r.body}`),
      ...c.streamed,
    ].join('\n----\n');
    for (const [type, value] of Object.entries(PLANTED_VALUES)) {
      for (const form of wireForms(value)) assert.ok(!wire.includes(form), `${type} value ${JSON.stringify(form)} left the device`);
    }
    for (const [type, value] of Object.entries(PLANTED_VALUES)) assert.ok(!deskText.includes(value), `the desk shows the raw ${type}`);
  } finally {
    await desk.close();
    await c.close();
  }
});

test('every request the page makes goes to the demo origin, and nothing heavy loads before the chat is opened', async () => {
  const c = await customerPage(e2e);
  try {
    await c.widget.locator('button.launcher').waitFor();
    await c.page.waitForTimeout(300);
    const early = c.requests.map((r) => r.url);
    assert.ok(early.some((u) => u.endsWith('/widget/clearline.js')));
    for (const u of early) assert.doesNotMatch(u, /worker-|\.wasm|\.onnx|tokenizer|rules\.json|\/api\//, `${u} was fetched before the chat was opened`);
    await openChat(c, { waitForModel: true });
    await say(c, 'How much does roaming in Spain cost?');
    const origin = new URL(e2e.url).origin;
    const urls = c.requests.map((r) => r.url);
    assert.ok(urls.some((u) => /\.wasm$/.test(u)) && urls.some((u) => /model\.onnx$/.test(u)), 'the wasm and the model were fetched after opening');
    for (const u of urls) {
      if (u.startsWith('data:')) continue;
      const where = u.startsWith('blob:') ? new URL(u.slice(5)).origin : new URL(u).origin;
      assert.equal(where, origin, `${u} went to another origin`);
    }
    assert.equal(await c.page.evaluate(() => document.cookie), '');
    const cookies = await c.context.cookies();
    assert.deepEqual(cookies, []);
    assert.deepEqual(c.consoleErrors.filter((e) => !/favicon/.test(e)), []);
  } finally {
    await c.close();
  }
});
