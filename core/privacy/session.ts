/**
 * ScrubSession: one per conversation, kept on the device. The same value gets the same typed
 * placeholder across calls; restore() puts real values back for on-device display only.
 */
import { detect } from './detect.ts';
import { detectAfter } from './detect-after.ts';
import { PLACEHOLDER, placeholderFor } from './placeholders.ts';
import { ScrubError } from './scrub-error.ts';
import type { DetectedEntity, EntityType, ScrubOptions, ScrubResult } from './types.ts';

export class ScrubSession {
  private byValue = new Map<string, string>();
  private byPlaceholder = new Map<string, string>();
  private counters = new Map<EntityType, number>();
  /** The customer's previous message (on the device only), so values split across two messages are found. */
  private previous = '';

  /**
   * Scrubs the customer's next message. The end of the previous one is in view, so the second half of a
   * value split across the two ("07911" / "123456") is replaced too.
   */
  scrub(text: string, options?: ScrubOptions): ScrubResult {
    const entities = detectAfter(this.previous, text, options);
    try {
      let out = '';
      let pos = 0;
      for (const e of entities) {
        const value = text.slice(e.start, e.end);
        const key = `${e.type}\u0000${value}`;
        let ph = this.byValue.get(key);
        if (!ph) {
          const n = (this.counters.get(e.type) ?? 0) + 1;
          this.counters.set(e.type, n);
          ph = placeholderFor(e.type, n);
          this.byValue.set(key, ph);
          this.byPlaceholder.set(ph, value);
        }
        out += text.slice(pos, e.start) + ph;
        pos = e.end;
      }
      out += text.slice(pos);
      this.previous = text;
      return { text: out, entities };
    } catch (e) {
      throw new ScrubError(`Placeholder substitution failed: ${(e as Error)?.message ?? String(e)}`, { cause: e });
    }
  }

  /**
   * What scrub() would detect in a draft, with the previous message in view, numbered within this call
   * only: a half-typed value takes no placeholder number in the conversation and the session is unchanged.
   */
  preview(text: string, options?: ScrubOptions): ScrubResult {
    return substitute(text, detectAfter(this.previous, text, options));
  }

  restore(text: string): string {
    if (typeof text !== 'string') throw new ScrubError(`restore expects a string, got ${typeof text}.`);
    return text.replace(PLACEHOLDER, (ph) => this.byPlaceholder.get(ph) ?? ph);
  }

  clear(): void {
    this.byValue.clear();
    this.byPlaceholder.clear();
    this.counters.clear();
    this.previous = '';
  }
}

/**
 * Stateless scrub: placeholders numbered within this call only. Same output as a fresh ScrubSession,
 * without the reverse map that only restore() needs (nothing can restore after this call).
 */
export function scrub(text: string, options?: ScrubOptions): ScrubResult {
  return substitute(text, detect(text, options));
}

/** Replaces each entity with a placeholder numbered within this call (the same value, the same number). */
function substitute(text: string, entities: DetectedEntity[]): ScrubResult {
  if (entities.length === 0) return { text, entities };
  try {
    const byValue = new Map<string, string>();
    const counters: Partial<Record<EntityType, number>> = {};
    let out = '';
    let pos = 0;
    for (let i = 0; i < entities.length; i++) {
      const e = entities[i]!;
      const key = `${e.type}\u0000${text.slice(e.start, e.end)}`;
      let ph = byValue.get(key);
      if (!ph) {
        const n = (counters[e.type] ?? 0) + 1;
        counters[e.type] = n;
        ph = placeholderFor(e.type, n);
        byValue.set(key, ph);
      }
      out += text.slice(pos, e.start) + ph;
      pos = e.end;
    }
    return { text: out + text.slice(pos), entities };
  } catch (e) {
    throw new ScrubError(`Placeholder substitution failed: ${(e as Error)?.message ?? String(e)}`, { cause: e });
  }
}
