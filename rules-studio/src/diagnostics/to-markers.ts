/**
 * Maps the rules compiler's diagnostics to Monaco marker data and quick fixes. Pure data in, pure data
 * out (no Monaco import), so it is unit-tested without an editor.
 */
import type { Diagnostic, SourceRange } from '../../../core/rules/types.ts';

/** Monaco's `MarkerSeverity` values (stable public enum). */
export const MARKER_SEVERITY = Object.freeze({ hint: 1, info: 2, warning: 4, error: 8 } as const);

/** The owner the studio's semantic markers are set under (monaco-yaml uses its own). */
export const SEMANTIC_MARKER_OWNER = 'clearline-rules';

export interface MarkerData {
  severity: number;
  message: string;
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
  code: string;
  source: string;
}

export interface QuickFix {
  title: string;
  /** The marker this fix resolves (Monaco shows the fix on it). */
  marker: MarkerData;
  edit: { range: MonacoRange; text: string };
  isPreferred: boolean;
}

export interface MonacoRange { startLineNumber: number; startColumn: number; endLineNumber: number; endColumn: number }

const clampPosition = (n: number): number => (Number.isFinite(n) && n >= 1 ? Math.floor(n) : 1);

/** A 1-based compiler range as a Monaco range; an empty range widens to one character so it stays visible. */
export function toMonacoRange(range: SourceRange): MonacoRange {
  const startLineNumber = clampPosition(range.line);
  const startColumn = clampPosition(range.column);
  let endLineNumber = clampPosition(range.endLine);
  let endColumn = clampPosition(range.endColumn);
  if (endLineNumber < startLineNumber || (endLineNumber === startLineNumber && endColumn < startColumn)) {
    endLineNumber = startLineNumber;
    endColumn = startColumn;
  }
  if (endLineNumber === startLineNumber && endColumn === startColumn) endColumn = startColumn + 1;
  return { startLineNumber, startColumn, endLineNumber, endColumn };
}

export function toMarker(diagnostic: Diagnostic): MarkerData {
  return {
    severity: MARKER_SEVERITY[diagnostic.severity] ?? MARKER_SEVERITY.error,
    message: diagnostic.message,
    code: diagnostic.code,
    source: 'clearline',
    ...toMonacoRange(diagnostic),
  };
}

export function toMarkers(diagnostics: readonly Diagnostic[]): MarkerData[] {
  return diagnostics.map(toMarker);
}

function rangesTouch(a: MonacoRange, b: MonacoRange): boolean {
  const before = (l1: number, c1: number, l2: number, c2: number) => l1 < l2 || (l1 === l2 && c1 <= c2);
  return before(a.startLineNumber, a.startColumn, b.endLineNumber, b.endColumn)
    && before(b.startLineNumber, b.startColumn, a.endLineNumber, a.endColumn);
}

/** The quick fixes offered for a cursor/selection range: every diagnostic with a fix that touches it. */
export function quickFixesAt(diagnostics: readonly Diagnostic[], range: MonacoRange): QuickFix[] {
  const fixes: QuickFix[] = [];
  for (const diagnostic of diagnostics) {
    if (!diagnostic.fix) continue;
    const marker = toMarker(diagnostic);
    if (!rangesTouch(marker, range)) continue;
    fixes.push({
      title: diagnostic.fix.title,
      marker,
      edit: { range: toMonacoRange(diagnostic.fix.range), text: diagnostic.fix.text },
      isPreferred: fixes.length === 0,
    });
  }
  return fixes;
}

/** Counts by severity, for the status bar and the publish gate. */
export function countBySeverity(diagnostics: readonly Pick<Diagnostic, 'severity'>[]): { error: number; warning: number; info: number } {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity] += 1;
  return counts;
}
