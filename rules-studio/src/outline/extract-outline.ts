/**
 * The outline of a rules file (notices, answers, rules, tests) with source positions, and
 * go-to-definition from a rule to the answers and notices it uses. Works on broken files too: it reads
 * whatever the YAML parser recovers.
 */
import { LineCounter, parseDocument, isMap, isSeq, isScalar, isPair, type Node, type Pair } from 'yaml';

export type OutlineKind = 'notice' | 'answer' | 'rule' | 'test' | 'disclosure';

export interface OutlinePosition { line: number; column: number; endLine: number; endColumn: number }

export interface OutlineEntry extends OutlinePosition {
  kind: OutlineKind;
  /** Notice id, answer intent id, rule id or test name. */
  name: string;
  /** A short hint, e.g. a rule's action (`handoff → fraud`). */
  detail: string;
}

export interface Outline {
  disclosure: OutlineEntry | null;
  notices: OutlineEntry[];
  answers: OutlineEntry[];
  rules: OutlineEntry[];
  tests: OutlineEntry[];
}

interface Parsed { contents: unknown; lineCounter: LineCounter }

function parse(source: string): Parsed {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, keepSourceTokens: false, uniqueKeys: false, prettyErrors: false });
  return { contents: doc.contents, lineCounter };
}

function position(node: Node | null | undefined, lineCounter: LineCounter): OutlinePosition {
  const range = node?.range ?? [0, 0, 0];
  const start = lineCounter.linePos(range[0]);
  const end = lineCounter.linePos(range[1]);
  return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}

function scalarText(node: unknown): string | null {
  if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number' || typeof node.value === 'boolean')) return String(node.value);
  return null;
}

function topPair(contents: unknown, key: string): Pair | undefined {
  if (!isMap(contents)) return undefined;
  return contents.items.find((item) => scalarText(item.key) === key);
}

function ruleDetail(rule: unknown): string {
  if (!isMap(rule)) return '';
  const then = rule.items.find((p) => scalarText(p.key) === 'then');
  if (!then || !isMap(then.value)) return '';
  const action = then.value.items[0];
  if (!action) return '';
  const type = scalarText(action.key) ?? '';
  if (isMap(action.value)) {
    const queue = action.value.items.find((p) => scalarText(p.key) === 'queue');
    return queue ? `${type} → ${scalarText(queue.value) ?? ''}` : type;
  }
  const value = scalarText(action.value);
  return value && value !== 'true' ? `${type} → ${value}` : type;
}

export function extractOutline(source: string): Outline {
  const { contents, lineCounter } = parse(source);
  const outline: Outline = { disclosure: null, notices: [], answers: [], rules: [], tests: [] };
  const disclosure = topPair(contents, 'disclosure');
  if (disclosure && isScalar(disclosure.key)) {
    outline.disclosure = { kind: 'disclosure', name: 'disclosure', detail: 'shown before the first message', ...position(disclosure.key, lineCounter) };
  }
  for (const [section, kind] of [['notices', 'notice'], ['answers', 'answer']] as const) {
    const pair = topPair(contents, section);
    if (!pair || !isMap(pair.value)) continue;
    for (const item of pair.value.items) {
      const name = scalarText(item.key);
      if (name === null || !isScalar(item.key)) continue;
      const locales = isMap(item.value) ? item.value.items.map((p) => scalarText(p.key)).filter(Boolean).join(', ') : '';
      outline[section].push({ kind, name, detail: locales, ...position(item.key, lineCounter) });
    }
  }
  for (const [section, kind, key] of [['rules', 'rule', 'id'], ['tests', 'test', 'name']] as const) {
    const pair = topPair(contents, section);
    if (!pair || !isSeq(pair.value)) continue;
    pair.value.items.forEach((item, index) => {
      const field = isMap(item) ? item.items.find((p) => scalarText(p.key) === key) : undefined;
      const name = (field && scalarText(field.value)) ?? (kind === 'test' && isMap(item) ? scalarText(item.items.find((p) => scalarText(p.key) === 'message')?.value) : null) ?? `#${index + 1}`;
      const detail = kind === 'rule' ? ruleDetail(item) : '';
      outline[section].push({ kind, name, detail, ...position((field?.value as Node | undefined) ?? (item as Node), lineCounter) });
    });
  }
  return outline;
}

/** Where a value under the cursor is defined: `then.answer: X`, `then.notice: X`, `intent: X`, `clarify.options`. */
export interface DefinitionTarget extends OutlinePosition { kind: 'answer' | 'notice'; name: string }

/** The definition of the identifier at 1-based `line`/`column`, or null when it is not a reference. */
export function findDefinition(source: string, line: number, column: number): DefinitionTarget | null {
  const { contents, lineCounter } = parse(source);
  const outline = extractOutline(source);
  const offset = offsetOf(lineCounter, line, column);
  if (offset < 0) return null;
  const hit = scalarPathAt(contents, offset);
  if (!hit) return null;
  const { path, value } = hit;
  const parentKey = path[path.length - 1];
  const inRules = path[0] === 'rules';
  let kind: 'answer' | 'notice' | null = null;
  if (inRules && parentKey === 'notice') kind = 'notice';
  else if (inRules && (parentKey === 'answer' || parentKey === 'intent' || parentKey === 'options')) kind = 'answer';
  else if (path[0] === 'tests' && parentKey === 'notice') kind = 'notice';
  else if (path[0] === 'tests' && parentKey === 'intent') kind = 'answer';
  if (!kind) return null;
  const entries = kind === 'notice' ? outline.notices : outline.answers;
  const entry = entries.find((e) => e.name === value);
  return entry ? { kind, name: value, line: entry.line, column: entry.column, endLine: entry.endLine, endColumn: entry.endColumn } : null;
}

function offsetOf(lineCounter: LineCounter, line: number, column: number): number {
  const start = lineCounter.lineStarts[line - 1];
  return start === undefined ? -1 : start + column - 1;
}

/** The nearest named keys above the scalar value covering `offset` (sequence indexes are skipped). */
function scalarPathAt(node: unknown, offset: number, path: string[] = []): { path: string[]; value: string } | null {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = scalarText(pair.key);
      const hit = scalarPathAt(pair.value, offset, key === null ? path : [...path, key]);
      if (hit) return hit;
    }
    return null;
  }
  if (isSeq(node)) {
    for (const item of node.items) {
      const hit = scalarPathAt(item, offset, path);
      if (hit) return hit;
    }
    return null;
  }
  if (isPair(node)) return scalarPathAt(node.value, offset, path);
  if (isScalar(node) && node.range && offset >= node.range[0] && offset <= node.range[1] && typeof node.value === 'string') {
    return { path, value: node.value };
  }
  return null;
}
