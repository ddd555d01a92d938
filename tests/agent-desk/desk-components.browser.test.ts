import { expect } from '@esm-bundle/chai';
import type { CaseDetail, CaseSummary } from '../../core/handoff/index.ts';
import '../../agent-desk/src/case-view.ts';
import '../../agent-desk/src/case-list.ts';
import type { DeskCaseView } from '../../agent-desk/src/case-view.ts';
import type { DeskCaseList } from '../../agent-desk/src/case-list.ts';
import { DeskActionEvent } from '../../agent-desk/src/desk-action-event.ts';
import { CaseSelectEvent } from '../../agent-desk/src/case-select-event.ts';
import { takeTokenFromLocation } from '../../agent-desk/src/desk-token.ts';

const HOSTILE = '<img src=x onerror="window.__pwned=1"> [PHONE_1]';

function summary(reference: string, priority: CaseSummary['priority']): CaseSummary {
  return { reference, status: 'waiting', queue: 'billing', priority, rule: 'r', intent: 'billing_dispute', confidence: 0.5, locale: 'en-GB', agent: null, messageCount: 1, lastMessage: HOSTILE, createdAt: new Date(0).toISOString(), updatedAt: new Date(0).toISOString() };
}

function detail(): CaseDetail {
  return { ...summary('CL-2345-6789', 'high'), explanation: HOSTILE, page: { path: HOSTILE }, received: HOSTILE,
    messages: [{ id: 'm1', seq: 1, author: 'customer', agent: null, text: HOSTILE, createdAt: new Date(0).toISOString() }] };
}

describe('agent desk components', () => {
  afterEach(() => { document.body.replaceChildren(); });

  it('the case view shows hostile message text as text and creates no element from it', async () => {
    const view = document.createElement('clearline-case-view') as DeskCaseView;
    view.detail = detail();
    document.body.append(view);
    await view.updateComplete;
    const root = view.shadowRoot!;
    expect(root.querySelector('img')).to.equal(null);
    expect(root.querySelector('li.customer')!.textContent).to.contain(HOSTILE);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('pressing Enter in the reply box sends the reply and clears it; Shift+Enter does not send', async () => {
    const view = document.createElement('clearline-case-view') as DeskCaseView;
    view.detail = detail();
    document.body.append(view);
    await view.updateComplete;
    const actions: DeskActionEvent[] = [];
    view.addEventListener(DeskActionEvent.eventName, (e) => actions.push(e as DeskActionEvent));
    const area = view.shadowRoot!.querySelector('textarea')!;
    area.value = 'Hello [PERSON_1]';
    area.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true, bubbles: true }));
    expect(actions.length).to.equal(0);
    area.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    expect(actions.map((a) => a.action)).to.deep.equal([{ type: 'reply', text: 'Hello [PERSON_1]' }]);
    expect(area.value).to.equal('');
  });

  it('arrow keys move focus through the case list and Enter selects a case', async () => {
    const list = document.createElement('clearline-case-list') as DeskCaseList;
    list.cases = [summary('CL-2222-2222', 'urgent'), summary('CL-3333-3333', 'normal'), summary('CL-4444-4444', 'low')];
    document.body.append(list);
    await list.updateComplete;
    const buttons = [...list.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[data-ref]')];
    buttons[0]!.focus();
    list.shadowRoot!.querySelector('ul')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true }));
    expect(list.shadowRoot!.activeElement).to.equal(buttons[1]);
    const picked: string[] = [];
    list.addEventListener(CaseSelectEvent.eventName, (e) => picked.push((e as CaseSelectEvent).reference));
    buttons[1]!.click();
    expect(picked).to.deep.equal(['CL-3333-3333']);
  });

  it('the token is taken from the URL fragment and removed from the address bar', () => {
    const before = location.href;
    history.replaceState(null, '', `${location.pathname}${location.search}#token=abc%20def`);
    const token = takeTokenFromLocation(location, history, sessionStorage);
    expect(token).to.equal('abc def');
    expect(location.hash).to.equal('');
    expect(sessionStorage.getItem('clearline-agent-token')).to.equal('abc def');
    sessionStorage.removeItem('clearline-agent-token');
    history.replaceState(null, '', before);
  });
});
