import type { Diagnostic } from './types.ts';

/** `file:line:col severity message` — the form editors and CI understand. */
export function formatDiagnostic(d: Diagnostic, file: string): string {
  return `${file}:${d.line}:${d.column} ${d.severity} ${d.message}`;
}
