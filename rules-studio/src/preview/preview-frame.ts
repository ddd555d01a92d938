/**
 * Runs inside each preview frame (preview.html): loads the production widget exactly as an operator's
 * page does (one script tag, `/widget/clearline.js`), then hands it the studio's draft bundle through
 * its `rules` property with the `preview` flag set, opened, in the requested locale.
 */
import './preview-frame.css';
import { isPreviewMessage, type PreviewAck } from './preview-protocol.ts';
import type { ClearlineWidget } from '../../../widget/src/clearline-widget.ts';
import type { RulesBundle } from '../../../core/rules/types.ts';

const params = new URLSearchParams(location.search);
const widgetSrc = params.get('widget') ?? '/widget/clearline.js';
let latest: { bundle: RulesBundle; locale: string; seq: number } | null = null;

function widget(): ClearlineWidget | null {
  return document.querySelector('clearline-widget');
}

async function apply(): Promise<void> {
  const el = widget();
  if (!el || !latest) return;
  const { bundle, locale, seq } = latest;
  el.preview = true;
  el.rules = bundle;
  if (el.locale !== locale) el.locale = locale;
  document.documentElement.lang = locale;
  el.open = true;
  await el.updateComplete;
  parent.postMessage({ type: 'clearline-studio-preview-ack', seq } satisfies PreviewAck, location.origin);
}

window.addEventListener('message', (event) => {
  if (event.origin !== location.origin || event.source !== parent || !isPreviewMessage(event.data)) return;
  latest = { bundle: event.data.bundle, locale: event.data.locale, seq: event.data.seq };
  void apply();
});

const script = document.createElement('script');
const requested = new URL(widgetSrc, location.href);
// Only a same-origin widget script: the query string must not be able to load code from elsewhere.
script.src = requested.origin === location.origin ? requested.href : new URL('/widget/clearline.js', location.href).href;
script.defer = true;
script.dataset.locale = params.get('locale') ?? 'en';
script.addEventListener('load', () => {
  const ready = () => (widget() ? void apply() : requestAnimationFrame(ready));
  ready();
  parent.postMessage({ type: 'clearline-studio-preview-ready' }, location.origin);
});
document.head.append(script);
