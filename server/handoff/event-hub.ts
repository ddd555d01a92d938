/**
 * Live delivery of stored events to open SSE streams and waiting long polls. Events are always
 * written to SQLite first; the hub only wakes listeners, which then read from the store — so a
 * listener that reconnects with `Last-Event-ID` gets exactly what it missed.
 */
import type { HandoffEvent } from '../../core/handoff/index.ts';

type Listener = (event: HandoffEvent) => void;

export class EventHub {
  private readonly byCase = new Map<string, Set<Listener>>();
  private readonly desk = new Set<Listener>();

  /** Listens to one case's customer events (`caseKey` = reference), or to every event (`null`). Returns the unsubscribe. */
  subscribe(caseKey: string | null, listener: Listener): () => void {
    if (caseKey === null) {
      this.desk.add(listener);
      return () => this.desk.delete(listener);
    }
    const set = this.byCase.get(caseKey) ?? new Set();
    set.add(listener);
    this.byCase.set(caseKey, set);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.byCase.delete(caseKey);
    };
  }

  count(caseKey: string): number {
    return this.byCase.get(caseKey)?.size ?? 0;
  }

  publish(event: HandoffEvent, customerVisible: boolean): void {
    for (const l of [...this.desk]) l(event);
    if (customerVisible) for (const l of [...(this.byCase.get(event.reference) ?? [])]) l(event);
  }
}
