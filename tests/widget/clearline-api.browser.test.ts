import { expect } from '@esm-bundle/chai';
import { createClearlineApi } from '../../widget/src/clearline-api.ts';
import type { ClearlineWidget } from '../../widget/src/clearline-widget.ts';
import { mountWidget, openAndWait, until } from './widget-fixture.ts';

describe('window.Clearline (the JS API)', () => {
  let el: ClearlineWidget | null = null;
  afterEach(() => {
    el?.remove();
    el = null;
    sessionStorage.clear();
  });

  it('opens, closes and toggles the panel, and reports each through on() listeners', async () => {
    el = mountWidget();
    const api = createClearlineApi(el, 'test');
    const seen: string[] = [];
    const onOpened = () => seen.push('opened');
    api.on('opened', onOpened);
    api.on('clearline-closed', () => seen.push('closed'));
    api.open();
    await until(() => el!.open, 'open');
    api.close();
    await until(() => !el!.open, 'closed');
    api.off('opened', onOpened);
    api.toggle();
    await until(() => el!.open, 'toggled open');
    expect(seen).to.deep.equal(['opened', 'closed']);
  });

  it('rejects an unknown event name, listing the valid ones', () => {
    el = mountWidget();
    const api = createClearlineApi(el, 'test');
    expect(() => api.on('click', () => undefined)).to.throw('valid names: opened, closed, message-sent, handoff, error');
    expect(() => api.on('opened', 'nope' as never)).to.throw('must be a function');
  });

  it('passes setContext and setLocale through the same validation as the attributes', async () => {
    el = mountWidget();
    const api = createClearlineApi(el, 'test');
    api.setContext({ plan: 'business', bad: { nested: true } });
    api.setLocale('fr-CA');
    await el.updateComplete;
    expect(el.config.context).to.deep.equal({ plan: 'business' });
    expect(el.config.locale).to.equal('fr');
  });

  it('fires clearline-message-sent without any message text, and deleteData() wipes sessionStorage', async () => {
    el = mountWidget();
    const api = createClearlineApi(el, 'test');
    const details: unknown[] = [];
    api.on('message-sent', (detail) => details.push(detail));
    await openAndWait(el);
    const panel = el.shadowRoot!.querySelector('clearline-panel')!;
    const input = panel.shadowRoot!.querySelector('textarea')!;
    input.value = 'my email is jane.doe@example.com';
    input.dispatchEvent(new Event('input'));
    await (panel as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    panel.shadowRoot!.querySelector<HTMLButtonElement>('button.send')!.click();
    await until(() => details.length === 1, 'clearline-message-sent');
    expect(JSON.stringify(details[0])).not.to.contain('jane');
    expect(details[0]).to.have.keys(['id', 'turn', 'to']);
    await api.deleteData();
    expect(JSON.stringify(sessionStorage)).not.to.contain('jane.doe');
  });
});
