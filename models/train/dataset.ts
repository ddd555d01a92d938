/**
 * Training data: JSONL of {"text", "label"} (optional "locale", "group"), validated with messages
 * that name the line and say what to fix. Operators bring their own file with any label set.
 */
import { normalizeText } from '../../core/intent/index.ts';

export interface TrainingExample {
  text: string;
  label: string;
  locale?: string;
  /** Examples written from one template share a group; validation holds out whole groups. */
  group?: string;
}

export const ALLOWED_FIELDS: readonly string[] = Object.freeze(['text', 'label', 'locale', 'group']);
const MAX_ERRORS = 20;

export class TrainingDataError extends Error {
  override name = 'TrainingDataError';
  readonly problems: readonly string[];
  constructor(source: string, problems: string[]) {
    const shown = problems.slice(0, MAX_ERRORS);
    const more = problems.length > shown.length ? `\n  ... and ${problems.length - shown.length} more` : '';
    super(`${source}: the training data is not usable:\n  ${shown.join('\n  ')}${more}`);
    this.problems = problems;
  }
}

/** Parses and validates training JSONL; throws TrainingDataError listing every problem found. */
export function parseTrainingJsonl(content: string, source: string): TrainingExample[] {
  const problems: string[] = [];
  const examples: TrainingExample[] = [];
  const lineOf: number[] = [];
  const seen = new Map<string, number>();
  const lines = content.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const n = i + 1;
    if (raw.trim() === '') return;
    let row: unknown;
    try {
      row = JSON.parse(raw);
    } catch (err) {
      problems.push(`line ${n}: not valid JSON (${(err as Error).message})`);
      return;
    }
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      problems.push(`line ${n}: expected an object like {"text": "...", "label": "..."}`);
      return;
    }
    const obj = row as Record<string, unknown>;
    const unknown = Object.keys(obj).filter((k) => !ALLOWED_FIELDS.includes(k));
    if (unknown.length) problems.push(`line ${n}: unknown field${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')}; allowed fields: ${ALLOWED_FIELDS.join(', ')}`);
    if (typeof obj.text !== 'string' || obj.text.trim() === '') {
      problems.push(`line ${n}: "text" must be a non-empty string`);
      return;
    }
    if (typeof obj.label !== 'string' || !/^[A-Za-z0-9_.:-]{1,64}$/.test(obj.label)) {
      problems.push(`line ${n}: "label" must be a string of 1-64 letters, digits, "_", ".", ":" or "-", got ${JSON.stringify(obj.label)}`);
      return;
    }
    for (const k of ['locale', 'group'] as const) {
      if (obj[k] !== undefined && typeof obj[k] !== 'string') problems.push(`line ${n}: "${k}" must be a string when present`);
    }
    const key = normalizeText(obj.text).trim().replace(/\s+/g, ' ');
    const first = seen.get(key);
    if (first !== undefined) {
      const other = examples[first]!;
      problems.push(`line ${n}: duplicate of line ${lineOf[first]} ("${obj.text.slice(0, 60)}")${other.label !== obj.label ? ` with a different label (${other.label} vs ${obj.label})` : ''}; remove one`);
      return;
    }
    seen.set(key, examples.length);
    lineOf.push(n);
    examples.push({
      text: obj.text,
      label: obj.label,
      ...(typeof obj.locale === 'string' ? { locale: obj.locale } : {}),
      ...(typeof obj.group === 'string' ? { group: obj.group } : {}),
    });
  });
  if (examples.length === 0 && problems.length === 0) problems.push('no examples: the file is empty; expected one {"text": "...", "label": "..."} object per line');
  const counts = new Map<string, number>();
  for (const e of examples) counts.set(e.label, (counts.get(e.label) ?? 0) + 1);
  if (examples.length > 0 && counts.size < 2) problems.push(`only one label ("${[...counts.keys()][0]}"): a classifier needs at least two labels`);
  for (const [label, count] of counts) {
    if (count < 2) {
      const at = lineOf[examples.findIndex((e) => e.label === label)];
      problems.push(`label "${label}" has only one example (line ${at}): each label needs at least 2 (better 20 or more)`);
    }
  }
  if (problems.length) throw new TrainingDataError(source, problems);
  return examples;
}
