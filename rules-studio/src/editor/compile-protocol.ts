/** Messages between the studio and its compile worker (types only). */
import type { Diagnostic, RulesBundle, RulesTestCase } from '../../../core/rules/types.ts';

export interface CompileRequest { id: number; source: string; labels: readonly string[]; fileName: string }

export type CompileResponse =
  | { id: number; ok: true; diagnostics: Diagnostic[]; bundle: RulesBundle | null; tests: RulesTestCase[]; ms: number }
  | { id: number; ok: false; error: { name: string; message: string } };
