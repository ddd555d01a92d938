/**
 * What the client keeps in sessionStorage so a page reload loses nothing: the pending open
 * request, the case credentials, the outbox (scrubbed text only) and the last event id seen.
 */
import type { OpenCaseRequest } from '../../../core/handoff/index.ts';
import type { DeliveryState } from './delivery-change-event.ts';

export interface TrackedMessage {
  id: string;
  text: string;
  state: DeliveryState;
}

export interface HandoffState {
  v: 1;
  /** The open request while the server has not acknowledged it. */
  pendingOpen: OpenCaseRequest | null;
  reference: string | null;
  caseSecret: string | null;
  /** Every message of this conversation in order, with its delivery state (text kept only while unsent). */
  messages: TrackedMessage[];
  /** Highest server event id delivered to the page. */
  lastEventId: number;
  /** The customer asked for erasure and the server has not confirmed it yet: send nothing more. */
  erasing: boolean;
}

export function emptyState(): HandoffState {
  return { v: 1, pendingOpen: null, reference: null, caseSecret: null, messages: [], lastEventId: 0, erasing: false };
}

export function loadState(storage: Storage | null, key: string): HandoffState {
  if (!storage) return emptyState();
  try {
    const raw = storage.getItem(key);
    if (!raw) return emptyState();
    const parsed = JSON.parse(raw) as Partial<HandoffState>;
    if (parsed.v !== 1 || !Array.isArray(parsed.messages)) return emptyState();
    // A message caught mid-flight by the reload is queued again; the server dedupes by id.
    const messages = parsed.messages.map((m) => ({ id: String(m.id), text: String(m.text), state: m.state === 'sending' ? 'queued' as const : m.state }));
    return { ...emptyState(), ...parsed, messages };
  } catch {
    return emptyState();
  }
}

export function saveState(storage: Storage | null, key: string, state: HandoffState): void {
  if (!storage) return;
  try {
    // Least data: a sent message keeps only its id and state; text is stored only while it is unsent.
    const messages = state.messages.map((m) => (m.state === 'sent' || m.state === 'rejected' ? { ...m, text: '' } : m));
    storage.setItem(key, JSON.stringify({ ...state, messages }));
  } catch {
    // Storage full or blocked: delivery continues in memory.
  }
}
