import { ENTITY_TYPES, type EntityType } from './types.ts';

/** Matches placeholders the engine writes: "[PHONE_1]", "[EMAIL_12]". */
export const PLACEHOLDER = new RegExp(`\\[(${ENTITY_TYPES.join('|')})_(\\d{1,9})\\]`, 'g');

export function placeholderFor(type: EntityType, n: number): string {
  return `[${type}_${n}]`;
}

/** Ranges of placeholders already in the text; they are never PII. */
export function placeholderRanges(text: string): [number, number][] {
  if (!text.includes('[')) return [];
  const out: [number, number][] = [];
  PLACEHOLDER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PLACEHOLDER.exec(text)) !== null) out.push([m.index, m.index + m[0].length]);
  return out;
}
