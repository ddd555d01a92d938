/**
 * ScrubSession: one per conversation, kept on the device. The same value gets the same typed
 * placeholder across calls; restore() puts real values back for on-device display only.
 */
import { detect } from './detect.ts';
import { detectAfter, PREVIOUS_CONTEXT_CHARS } from './detect-after.ts';
import { PLACEHOLDER, placeholderFor } from './placeholders.ts';
import { ScrubError } from './scrub-error.ts';
import { ENTITY_TYPES, type DetectedEntity, type EntityType, type ScrubOptions, type ScrubResult } from './types.ts';

export class ScrubSession {
  /** Placeholder -> value, for restore(). */
  private readonly byPlaceholder = new Map<string, string>();
  /** The conversation's numbering: the same value keeps its placeholder across messages. */
  private numbering = new Numbering(this.byPlaceholder);
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
    this.byPlaceholder.clear();
    this.numbering = new Numbering(this.byPlaceholder);
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

/** The position of each entity type in ENTITY_TYPES, for tables by type. */
const TYPE_INDEX: Readonly<Record<EntityType, number>> = Object.freeze(Object.fromEntries(ENTITY_TYPES.map((t, i) => [t, i])) as Record<EntityType, number>);

/**
 * Typed, numbered placeholders: the same value, the same placeholder. One map per type, keyed by the
 * value alone (no "type + value" key string to build and hash per entity); a type's next number is its
 * count of distinct values plus one.
 */
class Numbering {
  /** When given, gets placeholder -> value for every new placeholder (a session's restore map). */
  private readonly reverse: Map<string, string> | undefined;

  constructor(reverse?: Map<string, string>) {
    this.reverse = reverse;
  }

  private readonly byType: (Map<string, string> | undefined)[] = new Array<Map<string, string> | undefined>(ENTITY_TYPES.length).fill(undefined);

  placeholder(type: EntityType, value: string): string {
    const t = TYPE_INDEX[type];
    let values = this.byType[t];
    if (values === undefined) {
      values = new Map<string, string>();
      this.byType[t] = values;
    }
    let ph = values.get(value);
    if (ph === undefined) {
      ph = placeholderFor(type, values.size + 1);
      values.set(value, ph);
      this.reverse?.set(ph, value);
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
  numbering ??= new Numbering();
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
