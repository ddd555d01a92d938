/**
 * True when a submitted rules.json holds what the source compiles to. `createdAt` and `hash` are left
 * out: they change with every compile (the hash covers `createdAt`), and the signature covers the hash.
 */
import type { RulesBundle } from '../../core/rules/types.ts';

const VOLATILE = new Set(['createdAt', 'hash']);

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function sameCompiledContent(submitted: unknown, compiled: RulesBundle): boolean {
  if (!submitted || typeof submitted !== 'object' || Array.isArray(submitted)) return false;
  const strip = (b: object) => Object.fromEntries(Object.entries(b).filter(([k]) => !VOLATILE.has(k)));
  return canonical(strip(submitted)) === canonical(strip(JSON.parse(JSON.stringify(compiled)) as object));
}
