import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { Diagnostic, Severity, SourceRange } from './types.ts';

export type PathSegment = string | number;

/** Maps JSON paths of a parsed rules file back to line/column ranges in the YAML text. */
export class SourceMap {
  readonly #doc: Document;
  readonly #lines: LineCounter;
  readonly #length: number;

  constructor(doc: Document, lines: LineCounter, length: number) {
    this.#doc = doc;
    this.#lines = lines;
    this.#length = length;
  }

  /** Range of the text between two offsets. */
  rangeOfOffsets(start: number, end: number): SourceRange {
    const a = this.#lines.linePos(Math.min(start, this.#length));
    const b = this.#lines.linePos(Math.min(Math.max(end, start), this.#length));
    return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
  }

  /** The YAML node at `path`, its key node (for map entries), and whether the whole path exists. */
  locate(path: readonly PathSegment[]): { node: Node | null; key: Node | null; complete: boolean } {
    let node: unknown = this.#doc.contents;
    let key: Node | null = null;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
        if (!pair) return { node: node as Node, key, complete: false };
        key = pair.key as Node;
        node = pair.value ?? pair.key;
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment] !== undefined) {
        key = null;
        node = node.items[segment];
      } else {
        return { node: (node as Node) ?? null, key, complete: false };
      }
    }
    return { node: (node as Node) ?? null, key, complete: true };
  }

  /** Range of the value at `path` (or of the nearest existing parent). */
  rangeOf(path: readonly PathSegment[]): SourceRange {
    const { node } = this.locate(path);
    return this.rangeOfNode(node);
  }

  /** Range of the key at `path` (falls back to the value). */
  rangeOfKey(path: readonly PathSegment[]): SourceRange {
    const { node, key, complete } = this.locate(path);
    return this.rangeOfNode(complete && key ? key : node);
  }

  rangeOfNode(node: Node | null | undefined): SourceRange {
    const range = node?.range;
    if (!range) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
    return this.rangeOfOffsets(range[0], range[1]);
  }

  /** A zero-width range at the end of the file. */
  endOfFile(): SourceRange {
    return this.rangeOfOffsets(this.#length, this.#length);
  }
}

/** Builds a diagnostic. */
export function diagnostic(
  severity: Severity, code: string, message: string, range: SourceRange, fix?: Diagnostic['fix'],
): Diagnostic {
  return fix ? { severity, code, message, ...range, fix } : { severity, code, message, ...range };
}

/** `rules[3].then.handoff` style path for messages. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) out += typeof segment === 'number' ? `[${segment}]` : out ? `.${segment}` : segment;
  return out || '(top level)';
}
