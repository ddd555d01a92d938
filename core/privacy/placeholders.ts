import { ENTITY_TYPES, type EntityType } from './types.ts';

/** Matches placeholders the engine writes: "[PHONE_1]", "[EMAIL_12]". */
export const PLACEHOLDER = new RegExp(`\\[(${ENTITY_TYPES.join('|')})_(\\d{1,9})\\]`, 'g');

/** The position of each entity type in ENTITY_TYPES, for tables by type. */
export const TYPE_INDEX: Readonly<Record<EntityType, number>> = Object.freeze(Object.fromEntries(ENTITY_TYPES.map((t, i) => [t, i])) as Record<EntityType, number>);

/** Placeholders numbered up to this are built once, at load (a message rarely has more of one type). */
const PRESET_NUMBERS = 16;
/** PRESET.get(type)[n] is `[${type}_${n}]` for 1 <= n <= PRESET_NUMBERS (static, no customer data). */
const PRESET: ReadonlyMap<string, readonly string[]> = new Map(ENTITY_TYPES.map((t) => [t, Array.from({ length: PRESET_NUMBERS + 1 }, (_, n) => `[${t}_${n}]`)]));

export function placeholderFor(type: EntityType, n: number): string {
  if (n >= 1 && n <= PRESET_NUMBERS) {
    const row = PRESET.get(type);
    if (row !== undefined) return row[n]!;
  }
  return `[${type}_${n}]`;
}

/** The answer for a text without '[' (shared, never changed: callers only read it). */
const NONE: readonly [number, number][] = Object.freeze([]);

/** Ranges of placeholders already in the text; they are never PII. Read only. */
export function placeholderRanges(text: string): readonly [number, number][] {
  if (!text.includes('[')) return NONE;
  const out: [number, number][] = [];
  PLACEHOLDER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PLACEHOLDER.exec(text)) !== null) out.push([m.index, m.index + m[0].length]);
  return out;
}
