/**
 * Customer journeys through the built widget bundle on the demo site, one per path: answered by the
 * assistant, clarified, handed off and answered by an agent in the desk, opted out of AI, deleted data,
 * appeal of a decision, and "am I talking to a bot?". Real server, real rules, real model, real desk.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { caseReference, customerPage, handOff, deskPage, openCaseInDesk, openChat, say, startE2E, transcriptText, type E2E } from '../widget/e2e-support.ts';

let e2e: E2E;
before(async () => { e2e = await startE2E(); });
after(async () => { await e2e?.close(); });

test('a roaming question is answered by the assistant, labelled automated, with "Why this answer?"', async () => {
  const c = await customerPage(e2e);
  try {
    await openChat(c, { waitForModel: true });
    await say(c, 'How much does roaming in Spain cost?');
    const answer = c.panel.locator('article.answer').last();
    await answer.waitFor();
    assert.match(await answer.locator('.who').innerText(), /Automated assistant/);
    assert.match(await answer.locator('.bubble').innerText(), /roaming/i);
    await answer.locator('details.why summary').click();
    const why = await answer.locator('details.why').innerText();
    assert.match(why, /understood your question as: roaming/);
    assert.match(why, /How sure I was: (very sure|fairly sure)/);
    assert.match(why, /Explanation: /);
  } finally {
    await c.close();
  }
});

test('an unclear question is clarified with the top topics as buttons, and picking one answers it', async () => {
  const c = await customerPage(e2e);
  try {
    await openChat(c, { waitForModel: true });
    await say(c, 'question about my phone and bill');
    const clarify = c.panel.locator('article.clarify').last();
    await clarify.waitFor();
    const options = clarify.locator('button.option');
    assert.ok((await options.count()) >= 1, 'the top topics are offered as buttons');
    await options.first().click();
    await c.panel.locator('article.answer, article.notice').last().waitFor();
  } finally {
    await c.close();
  }
});

test('a customer who asks for a person is handed off, sees the case reference and the agent reply from the desk with real values restored', async () => {
  const c = await customerPage(e2e);
  const desk = await deskPage(e2e);
  try {
    await openChat(c);
    await say(c, 'My mobile 07911 123456 has no signal since yesterday');
    await c.panel.locator('button.talk').click();
    const reference = await caseReference(c);
    await c.panel.locator('.delivery[data-state="sent"]').first().waitFor();
    await openCaseInDesk(desk, reference);
    const customerLine = desk.locator('clearline-case-view li.customer').first();
    await customerLine.waitFor();
    assert.match(await customerLine.innerText(), /\[PHONE_1\]/);
    assert.doesNotMatch(await customerLine.innerText(), /07911/);
    await desk.getByLabel('Reply to the customer').fill('Thanks, I have reset [PHONE_1] on the network.');
    await desk.keyboard.press('Enter');
    const reply = c.panel.locator('article.person').last();
    await reply.waitFor({ timeout: 20_000 });
    assert.match(await reply.locator('.who').innerText(), /Support agent \(a person\)/);
    assert.equal(await reply.locator('.bubble').innerText(), 'Thanks, I have reset 07911 123456 on the network.');
    assert.match(await c.panel.locator('.badge').innerText(), /Chatting with a person/);
  } finally {
    await desk.close();
    await c.close();
  }
});

test('after "Turn off AI" no message is classified and every message goes to a person, also after a reload', async () => {
  const c = await customerPage(e2e);
  try {
    await openChat(c);
    await c.panel.locator('button.ai').click();
    assert.equal(await c.panel.locator('button.ai').getAttribute('aria-pressed'), 'true');
    await say(c, 'How much does roaming in Spain cost?');
    await caseReference(c);
    assert.equal(await c.panel.locator('article.answer').count(), 0);
    await c.page.reload();
    await openChat(c);
    assert.equal(await c.panel.locator('button.ai').getAttribute('aria-pressed'), 'true');
    assert.match(await c.panel.locator('p.banner').innerText(), /AI is off/);
  } finally {
    await c.close();
  }
});

test('"Delete my conversation" wipes the transcript and sessionStorage, and the server erases its copy', async () => {
  const c = await customerPage(e2e);
  const desk = await deskPage(e2e);
  try {
    await openChat(c);
    await say(c, 'Please call me on 07911 123456');
    const reference = await handOff(c);
    await c.panel.locator('.delivery[data-state="sent"]').first().waitFor();
    await c.panel.locator('button.delete').click();
    await c.panel.getByRole('button', { name: 'Delete', exact: true }).click();
    await c.panel.locator('.msg.system', { hasText: 'was deleted from this device' }).waitFor();
    assert.match(await transcriptText(c), /support team’s copy was erased/);
    assert.doesNotMatch(await transcriptText(c), /07911/);
    const storage = await c.page.evaluate(() => JSON.stringify(Object.entries(sessionStorage)));
    assert.doesNotMatch(storage, /07911|PHONE_1|CL-/);
    assert.equal(await c.page.evaluate(() => document.cookie), '');
    const res = await fetch(`${e2e.url}/api/handoff/v1/agent/cases/${reference}`, { headers: { authorization: 'Bearer widget-e2e-agent-token-0123456789' } });
    assert.equal(res.status, 404);
  } finally {
    await desk.close();
    await c.close();
  }
});

test('"I disagree with this decision" hands off with the reason, scrubbed', async () => {
  const c = await customerPage(e2e);
  const desk = await deskPage(e2e);
  try {
    await openChat(c, { waitForModel: true });
    await say(c, 'How much does roaming in Spain cost?');
    const answer = c.panel.locator('article.answer').last();
    await answer.locator('button.disagree').click();
    await answer.getByLabel(/Tell us why/).fill('Wrong, I am on a business plan, account number 77120934');
    await answer.getByRole('button', { name: 'Send to a person' }).click();
    const reference = await caseReference(c);
    await openCaseInDesk(desk, reference);
    const lines = desk.locator('clearline-case-view li.customer');
    await lines.filter({ hasText: 'business plan' }).waitFor();
    const all = (await lines.allInnerTexts()).join('\n');
    assert.match(all, /\[ACCOUNT_NUMBER_1\]/);
    assert.doesNotMatch(all, /77120934/);
  } finally {
    await desk.close();
    await c.close();
  }
});

test('"am I talking to a bot?" gets a truthful answer in English and German', async () => {
  for (const [lang, question, expected] of [['en', 'Am I talking to a bot?', /Yes: I am an automated assistant/], ['de', 'Rede ich mit einem Bot?', /Ja: Ich bin ein automatischer Assistent/]] as const) {
    const c = await customerPage(e2e);
    try {
      await c.page.evaluate((l) => window.Clearline!.setLocale(l), lang);
      await openChat(c);
      await say(c, question);
      const answer = c.panel.locator('article.bot-answer').last();
      await answer.waitFor();
      assert.match(await answer.innerText(), expected);
    } finally {
      await c.close();
    }
  }
});

test('a message typed before the model has arrived is classified once it has, and answered exactly once', async () => {
  const c = await customerPage(e2e);
  try {
    await c.page.route('**/model.onnx', async (route) => {
      await new Promise((r) => setTimeout(r, 3000));
      await route.continue();
    });
    await openChat(c);
    await say(c, 'How much does roaming in Spain cost?');
    assert.equal(await c.panel.locator('.delivery[data-state="pending-model"]').count(), 1, 'the message waits for the model');
    await c.panel.locator('article.answer').waitFor({ timeout: 60_000 });
    await c.page.waitForTimeout(500);
    assert.equal(await c.panel.locator('article.answer').count(), 1);
    assert.equal(await c.panel.locator('article.customer').count(), 1);
    assert.equal(await c.panel.locator('.delivery[data-state="pending-model"]').count(), 0);
  } finally {
    await c.close();
  }
});

test('a reload during a handoff keeps the transcript, the case reference and the agent replies, without duplicates', async () => {
  const c = await customerPage(e2e);
  const desk = await deskPage(e2e);
  try {
    await openChat(c);
    await say(c, 'My router 203.0.113.77 keeps dropping');
    const reference = await handOff(c);
    await c.panel.locator('.delivery[data-state="sent"]').first().waitFor();
    await c.page.reload();
    await openChat(c);
    assert.equal(await caseReference(c), reference);
    await openCaseInDesk(desk, reference);
    await desk.getByLabel('Reply to the customer').fill('I can see [IP_ADDRESS_1] online now.');
    await desk.keyboard.press('Enter');
    const reply = c.panel.locator('article.person').last();
    await reply.waitFor({ timeout: 20_000 });
    assert.equal(await reply.locator('.bubble').innerText(), 'I can see 203.0.113.77 online now.');
    assert.deepEqual(await c.panel.locator('article.customer .bubble').allInnerTexts(), ['My router 203.0.113.77 keeps dropping']);
    await c.page.waitForTimeout(500);
    assert.equal(await c.panel.locator('article.person').count(), 1);
  } finally {
    await desk.close();
    await c.close();
  }
});
