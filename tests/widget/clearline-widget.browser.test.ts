import { expect } from '@esm-bundle/chai';
import type { ClearlineWidget } from '../../widget/src/clearline-widget.ts';
import { ClearlineErrorEvent } from '../../widget/src/events/clearline-error-event.ts';
import { DEFAULTS } from '../../widget/src/config.ts';
import { exampleBundle } from './fixtures/example-bundle.ts';
import { allInPanel, axeViolations, captureConsoleErrors, deepActiveElement, inPanel, mountWidget, openAndWait, panelOf, until } from './widget-fixture.ts';

describe('<clearline-widget>', () => {
  let el: ClearlineWidget | null = null;

  beforeEach(() => sessionStorage.clear());
  afterEach(() => {
    el?.remove();
    el = null;
    sessionStorage.clear();
  });

  it('renders only a labelled launcher button and loads no panel or worker before it is opened', async () => {
    el = mountWidget();
    await el.updateComplete;
    const launcher = el.shadowRoot!.querySelector('button.launcher')!;
    expect(launcher.getAttribute('aria-label')).to.contain('automated assistant');
    expect(launcher.getAttribute('aria-expanded')).to.equal('false');
    expect(panelOf(el)).to.equal(null);
    const fetched = performance.getEntriesByType('resource').map((e) => e.name);
    expect(fetched.filter((u) => /worker\.ts|\.wasm|model\.onnx/.test(u))).to.deep.equal([]);
  });

  it('opens the panel, fires clearline-opened and moves focus into the message input', async () => {
    el = mountWidget();
    let opened = 0;
    el.addEventListener('clearline-opened', () => opened++);
    await openAndWait(el);
    expect(opened).to.equal(1);
    expect(el.hasAttribute('open')).to.equal(true);
    await until(() => deepActiveElement()?.matches('textarea.input'), 'focus in the input');
  });

  it('closes from the close button, fires clearline-closed and returns focus to the launcher', async () => {
    el = mountWidget();
    await openAndWait(el);
    let closed = 0;
    el.addEventListener('clearline-closed', () => closed++);
    inPanel<HTMLButtonElement>(el, 'header button.close')!.click();
    await until(() => !el!.open, 'the panel to close');
    await until(() => deepActiveElement()?.matches('button.launcher'), 'focus back on the launcher');
    expect(closed).to.equal(1);
    expect(panelOf(el)!.hidden).to.equal(true);
  });

  it('sends a message from the keyboard alone: type, Enter, and the reply arrives', async () => {
    el = mountWidget();
    await openAndWait(el);
    const input = inPanel<HTMLTextAreaElement>(el, 'textarea.input')!;
    input.focus();
    input.value = 'Are you a bot?';
    input.dispatchEvent(new Event('input'));
    await (panelOf(el) as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
    await until(() => inPanel(el!, 'article.bot-answer'), 'the truthful answer');
    expect(allInPanel(el, 'article.customer')).to.have.length(1);
  });

  it('closes when the customer presses Escape inside the panel', async () => {
    el = mountWidget();
    await openAndWait(el);
    inPanel(el, 'textarea.input')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await until(() => !el!.open, 'Escape to close the panel');
  });

  it('shows the AI disclosure before the first message and labels it as automated', async () => {
    el = mountWidget();
    await openAndWait(el);
    const first = allInPanel(el, '.transcript > *')[0]!;
    expect(first.matches('article.disclosure')).to.equal(true);
    expect(first.querySelector('.who')!.textContent).to.equal('Automated assistant');
    expect(first.textContent).to.match(/automated assistant/i);
  });

  it('keeps "Talk to a person" visible and reachable by keyboard', async () => {
    el = mountWidget();
    await openAndWait(el);
    const talk = inPanel<HTMLButtonElement>(el, 'button.talk')!;
    expect(talk.textContent).to.equal('Talk to a person');
    expect(talk.tabIndex).to.equal(0);
    expect(talk.getBoundingClientRect().height).to.be.at.least(44);
    talk.focus();
    expect(deepActiveElement()).to.equal(talk);
  });

  it('has no axe-core violations with the launcher alone and with the panel open', async () => {
    el = mountWidget();
    await el.updateComplete;
    expect(await axeViolations()).to.deep.equal([]);
    await openAndWait(el);
    expect(await axeViolations()).to.deep.equal([]);
  });

  it('has a role="log" transcript and a separate polite live region', async () => {
    el = mountWidget();
    await openAndWait(el);
    expect(inPanel(el, '.transcript')!.getAttribute('role')).to.equal('log');
    const live = inPanel(el, '[role="status"][aria-live="polite"]')!;
    expect(live.closest('.transcript')).to.equal(null);
    await until(() => live.textContent!.includes('Automated assistant'), 'the disclosure in the live region');
  });

  it('lays the panel out right-to-left for Arabic', async () => {
    el = mountWidget({ locale: 'ar' });
    await openAndWait(el);
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(panelOf(el)!.getAttribute('dir')).to.equal('rtl');
    expect(inPanel(el, 'h2')!.textContent).to.contain('دردشة');
  });

  it('takes its locale from the page language when none is given', async () => {
    document.documentElement.lang = 'de-AT';
    try {
      el = mountWidget();
      await el.updateComplete;
      expect(el.config.locale).to.equal('de');
      expect(el.shadowRoot!.querySelector('button.launcher')!.getAttribute('aria-label')).to.contain('Support-Chat');
    } finally {
      document.documentElement.lang = 'en';
    }
  });

  describe('attribute validation', () => {
    it('reports malformed context JSON on the console and with clearline-error, and runs with an empty context', async () => {
      const errors = captureConsoleErrors();
      try {
        el = mountWidget({ context: '{"plan": business' });
        const events: ClearlineErrorEvent[] = [];
        el.addEventListener('clearline-error', (e) => events.push(e as ClearlineErrorEvent));
        await el.updateComplete;
        await Promise.resolve();
        expect(el.config.context).to.deep.equal({});
        expect(errors.messages.join('\n')).to.match(/context is not valid JSON/);
        expect(events[0]?.detail.code).to.equal('invalid-attribute');
      } finally {
        errors.restore();
      }
    });

    it('refuses a huge context and keeps working with defaults', async () => {
      const errors = captureConsoleErrors();
      try {
        el = mountWidget({ context: JSON.stringify({ plan: 'x'.repeat(DEFAULTS.maxContextChars) }) });
        await el.updateComplete;
        expect(el.config.context).to.deep.equal({});
        expect(errors.messages.join('\n')).to.contain(`the limit is ${DEFAULTS.maxContextChars}`);
      } finally {
        errors.restore();
      }
    });

    it('drops hostile context keys and non-string values but keeps the valid ones', async () => {
      const errors = captureConsoleErrors();
      try {
        el = mountWidget({ context: '{"__proto__":{"admin":true},"plan":"business","nested":{"a":1},"count":3}' });
        await el.updateComplete;
        expect(el.config.context).to.deep.equal({ plan: 'business', count: '3' });
        expect(({} as Record<string, unknown>).admin).to.equal(undefined);
        expect(errors.messages.join('\n')).to.contain('context.nested must be a string');
      } finally {
        errors.restore();
      }
    });

    it('refuses javascript: and malformed URLs for the rules and handoff endpoints', async () => {
      const errors = captureConsoleErrors();
      try {
        el = mountWidget({ 'rules-url': 'javascript:alert(1)', 'handoff-url': 'http://[::1' });
        await el.updateComplete;
        expect(el.config.rulesUrl).to.equal(null);
        expect(el.config.handoffUrl).to.equal(null);
        expect(errors.messages.join('\n')).to.match(/rules-url=.*javascript:.*only http: and https:/);
        expect(errors.messages.join('\n')).to.match(/handoff-url=.* is not a valid URL/);
      } finally {
        errors.restore();
      }
    });

    it('falls back to safe defaults for an unknown locale, position and theme, listing the valid values', async () => {
      const errors = captureConsoleErrors();
      try {
        el = mountWidget({ locale: 'xx-YY', position: 'top-middle', theme: '<script>' });
        document.documentElement.lang = 'en';
        await el.updateComplete;
        expect(el.config).to.include({ locale: 'en', position: 'bottom-right', theme: 'auto' });
        const text = errors.messages.join('\n');
        expect(text).to.contain('valid values: en, de, fr, es, ar');
        expect(text).to.contain('valid values: bottom-right, bottom-left');
        expect(text).to.contain('valid values: light, dark, auto');
      } finally {
        errors.restore();
      }
    });

    it('treats empty attributes as absent and does not throw', async () => {
      const errors = captureConsoleErrors();
      try {
        el = mountWidget({ 'rules-url': '', 'handoff-url': '', locale: '', context: '', position: 'bottom-left' });
        await el.updateComplete;
        expect(el.config).to.include({ rulesUrl: null, handoffUrl: null, locale: 'en', position: 'bottom-left' });
        expect(el.config.context).to.deep.equal({});
      } finally {
        errors.restore();
      }
    });
  });

  it('runs an already-compiled bundle set as the rules property in preview mode, storing nothing', async () => {
    el = mountWidget();
    el.rules = await exampleBundle();
    el.preview = true;
    await openAndWait(el);
    expect(inPanel(el, 'h2')!.textContent).to.contain('Preview');
    expect(inPanel(el, 'article.disclosure')!.textContent).to.contain('Northwind Mobile');
    const panel = panelOf(el) as unknown as { conversation: { choose(intent: string, label: string): Promise<boolean> } };
    await panel.conversation.choose('roaming', 'Roaming');
    await until(() => inPanel(el!, 'article.answer'), 'the roaming answer');
    expect(sessionStorage.length).to.equal(0);
  });

  it('uses no cookies', async () => {
    el = mountWidget();
    await openAndWait(el);
    expect(document.cookie).to.equal('');
  });
});
