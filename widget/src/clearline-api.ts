import type { ClearlineWidget } from './clearline-widget.ts';

/** Short names accepted by `Clearline.on/off`, mapped to the DOM event types. */
export const API_EVENTS: Readonly<Record<string, string>> = Object.freeze({
  opened: 'clearline-opened',
  closed: 'clearline-closed',
  'message-sent': 'clearline-message-sent',
  handoff: 'clearline-handoff',
  error: 'clearline-error',
});

export type ClearlineListener = (detail: unknown, event: Event) => void;

export interface ClearlineApi {
  readonly version: string;
  readonly element: ClearlineWidget;
  open(): void;
  close(): void;
  toggle(): void;
  setContext(context: Record<string, unknown>): void;
  setLocale(locale: string): void;
  /** Wipes every local trace of the conversation and asks the server to erase its copy. */
  deleteData(): Promise<void>;
  /** `name`: opened, closed, message-sent, handoff, error (or the full `clearline-*` event type). */
  on(name: string, listener: ClearlineListener): void;
  off(name: string, listener: ClearlineListener): void;
}

function eventType(name: string): string {
  const type = API_EVENTS[name] ?? (Object.values(API_EVENTS).includes(name) ? name : null);
  if (!type) throw new TypeError(`Clearline.on/off: unknown event ${JSON.stringify(name)}; valid names: ${Object.keys(API_EVENTS).join(', ')}.`);
  return type;
}

/** The `window.Clearline` object, in the style of Intercom/Zendesk: methods plus on/off for events. */
export function createClearlineApi(element: ClearlineWidget, version: string): ClearlineApi {
  const wrapped = new Map<ClearlineListener, Map<string, EventListener>>();
  return Object.freeze({
    version,
    element,
    open: () => element.openPanel(),
    close: () => element.closePanel(),
    toggle: () => element.togglePanel(),
    setContext: (context: Record<string, unknown>) => element.setContext(context),
    setLocale: (locale: string) => element.setLocale(locale),
    deleteData: () => element.deleteData(),
    on(name: string, listener: ClearlineListener) {
      if (typeof listener !== 'function') throw new TypeError('Clearline.on: the listener must be a function.');
      const type = eventType(name);
      const byType = wrapped.get(listener) ?? new Map<string, EventListener>();
      if (byType.has(type)) return;
      const handler: EventListener = (event) => listener((event as Event & { detail?: unknown }).detail ?? null, event);
      byType.set(type, handler);
      wrapped.set(listener, byType);
      element.addEventListener(type, handler);
    },
    off(name: string, listener: ClearlineListener) {
      const type = eventType(name);
      const handler = wrapped.get(listener)?.get(type);
      if (!handler) return;
      element.removeEventListener(type, handler);
      wrapped.get(listener)?.delete(type);
    },
  });
}
