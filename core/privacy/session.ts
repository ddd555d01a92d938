/**
 * ScrubSession: one per conversation, kept on the device. The same value gets the same typed
 * placeholder across calls; restore() puts real values back for on-device display only.
 */
import { detect } from './detect.ts';
import { detectAfter, PREVIOUS_CONTEXT_CHARS } from './detect-after.ts';
import { PLACEHOLDER, placeholderFor, TYPE_INDEX } from './placeholders.ts';
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
  try {
    if (numbering === undefined && entities.length <= FEW_ENTITIES) return { text: substituteFew(text, entities), entities };
    numbering ??= new Numbering();
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

/**
 * Up to this many entities (nearly every message), a call's own numbering needs no Numbering: each
 * entity is compared with the ones before it (a bounded amount of work), which allocates no maps and
 * slices no values.
 */
const FEW_ENTITIES = 8;
/** Scratch for substituteFew: the placeholder given to each entity so far, and whether it was new. */
const fewPlaceholders: string[] = new Array<string>(FEW_ENTITIES).fill('');
const fewIsNew = new Uint8Array(FEW_ENTITIES);

/**
 * substitute() numbered within this call, for at most FEW_ENTITIES entities: the same as a fresh
 * Numbering. An entity whose type and value equal an earlier one's takes that one's placeholder;
 * otherwise its number is one more than the distinct values of its type before it (the earlier
 * entities of that type that were new).
 */
function substituteFew(text: string, entities: DetectedEntity[]): string {
  let out = '';
  let pos = 0;
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i]!;
    const type = e.type, start = e.start, len = e.end - start;
    let ph = '';
    let distinct = 0;
    for (let j = 0; j < i; j++) {
      const o = entities[j]!;
      if (o.type !== type) continue;
      if (o.end - o.start === len && sameText(text, o.start, start, len)) { ph = fewPlaceholders[j]!; break; }
      distinct += fewIsNew[j]!;
    }
    fewIsNew[i] = ph === '' ? 1 : 0;
    if (ph === '') ph = placeholderFor(type, distinct + 1);
    fewPlaceholders[i] = ph;
    out += text.slice(pos, start) + ph;
    pos = e.end;
  }
  return out + text.slice(pos);
}

/** Do the `len` code units of `text` at a and at b match? */
function sameText(text: string, a: number, b: number, len: number): boolean {
  for (let k = 0; k < len; k++) if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false;
  return true;
}
