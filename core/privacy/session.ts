/**
 * ScrubSession: one per conversation, kept on the device. The same value gets the same typed
 * placeholder across calls; restore() puts real values back for on-device display only.
 */
import { detect } from './detect.ts';
import { detectAfter, PREVIOUS_CONTEXT_CHARS } from './detect-after.ts';
import { PLACEHOLDER, placeholderFor } from './placeholders.ts';
import { ScrubError } from './scrub-error.ts';
import type { DetectedEntity, EntityType, ScrubOptions, ScrubResult } from './types.ts';

export class ScrubSession {
  private byValue = new Map<string, string>();
  private byPlaceholder = new Map<string, string>();
  private counters = new Map<EntityType, number>();
  /**
   * The end of the customer's previous message (on the device only, no more than detection looks at), so
   * values split across two messages are found.
   */
  private previous = '';

  /**
   * Scrubs the customer's next message. The end of the previous one is in view, so the second half of a
   * value split across the two ("07911" / "123456") is replaced too.
   */
  scrub(text: string, options?: ScrubOptions): ScrubResult {
    const result = substitute(text, detectAfter(this.previous, text, options), this.numbering);
    this.previous = text.slice(-PREVIOUS_CONTEXT_CHARS);
    return result;
  }

  /** The conversation's placeholder for a value: the same value keeps its number across messages. */
  private readonly numbering: Numbering = {
    placeholder: (type, value) => {
      const key = `${type}\u0000${value}`;
      let ph = this.byValue.get(key);
      if (!ph) {
        const n = (this.counters.get(type) ?? 0) + 1;
        this.counters.set(type, n);
        ph = placeholderFor(type, n);
        this.byValue.set(key, ph);
        this.byPlaceholder.set(ph, value);
      }
      return ph;
    },
  };

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

/** Gives each value its placeholder. */
interface Numbering { placeholder(type: EntityType, value: string): string }

/** Placeholders numbered within one call: the same value, the same number (a class: no closures per call). */
class FreshNumbering implements Numbering {
  private readonly byValue = new Map<string, string>();
  private readonly counters: Partial<Record<EntityType, number>> = {};

  placeholder(type: EntityType, value: string): string {
    const key = `${type}\u0000${value}`;
    let ph = this.byValue.get(key);
    if (!ph) {
      const n = (this.counters[type] ?? 0) + 1;
      this.counters[type] = n;
      ph = placeholderFor(type, n);
      this.byValue.set(key, ph);
    }
    return ph;
  }
}

/**
 * Replaces each entity (sorted, not overlapping) with its placeholder, numbered within this call unless
 * `numbering` says otherwise; any failure fails closed.
 */
function substitute(text: string, entities: DetectedEntity[], numbering?: Numbering): ScrubResult {
  if (entities.length === 0) return { text, entities };
  numbering ??= new FreshNumbering();
  try {
    let out = '';
    let pos = 0;
    for (let i = 0; i < entities.length; i++) {
      const e = entities[i]!;
      out += text.slice(pos, e.start) + numbering.placeholder(e.type, text.slice(e.start, e.end));
      pos = e.end;
    }
    return { text: out + text.slice(pos), entities };
  } catch (e) {
    throw new ScrubError(`Placeholder substitution failed: ${(e as Error)?.message ?? String(e)}`, { cause: e });
  }
}
