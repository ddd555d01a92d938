import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { FORBIDDEN_KEYS, RULES_LIMITS } from './limits.ts';
import { diagnostic, SourceMap } from './source-map.ts';
import type { Diagnostic } from './types.ts';

export interface ParsedSource {
  value?: unknown;
  map?: SourceMap;
  diagnostics: Diagnostic[];
}

const START = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/**
 * Parses rules.yaml defensively: size cap, alias cap (YAML bombs), depth cap, forbidden keys
 * (`__proto__`, `constructor`, `prototype`). Never throws; every problem becomes a diagnostic.
 */
export function parseRulesSource(source: unknown): ParsedSource {
  if (typeof source !== 'string') {
    return { diagnostics: [diagnostic('error', 'input-type', `The rules source must be text (a string), got ${source === null ? 'null' : typeof source}.`, START)] };
  }
  if (source.length > RULES_LIMITS.maxSourceChars) {
    const mb = (n: number) => (n / 1_000_000).toFixed(1);
    return { diagnostics: [diagnostic('error', 'too-large', `The rules file is ${mb(source.length)} MB; the limit is ${mb(RULES_LIMITS.maxSourceChars)} MB. Split out the tests or remove unused answers.`, START)] };
  }
  if (source.trim() === '') {
    return { diagnostics: [diagnostic('error', 'empty', 'The rules file is empty. It needs at least `version`, `defaultLocale`, `locales` and `disclosure`.', START)] };
  }
  const lines = new LineCounter();
  let doc;
  try {
    doc = parseDocument(source, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, strict: true });
  } catch (error) {
    return { diagnostics: [diagnostic('error', 'too-deep', `The rules file could not be read: it is nested too deeply (limit ${RULES_LIMITS.maxDepth} levels). (${(error as Error).name})`, START)] };
  }
  const map = new SourceMap(doc, lines, source.length);
  const diagnostics: Diagnostic[] = [];
  for (const error of doc.errors) {
    if (/call stack|too much recursion/i.test(error.message)) {
      diagnostics.push(diagnostic('error', 'too-deep', `The rules file is nested too deeply to read (limit ${RULES_LIMITS.maxDepth} levels).`, START));
      return { map, diagnostics };
    }
    const hint = /compact mappings|Implicit keys need to be on a single line|Implicit map keys need to be followed/.test(error.message)
      ? ' (Text that contains ": " or starts with a special character must be put in quotes.)' : '';
    const message = error.code === 'DUPLICATE_KEY' ? 'This key appears twice in the same map; keep only one.' : `YAML syntax error: ${(error.message.split('\n')[0] ?? '').trim()}${hint}`;
    diagnostics.push(diagnostic('error', error.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'yaml-syntax', message, map.rangeOfOffsets(error.pos[0], error.pos[1])));
  }
  for (const warning of doc.warnings) {
    diagnostics.push(diagnostic('warning', 'yaml-warning', warning.message.split('\n')[0] ?? warning.message, map.rangeOfOffsets(warning.pos[0], warning.pos[1])));
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { map, diagnostics };

  // Walk the syntax tree without recursion: depth and key checks.
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 0 }];
  let aliases = 0;
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    if (depth > RULES_LIMITS.maxDepth) {
      diagnostics.push(diagnostic('error', 'too-deep', `The rules file is nested more than ${RULES_LIMITS.maxDepth} levels deep here; flatten the conditions.`, map.rangeOfNode(node as Node)));
      return { map, diagnostics };
    }
    if (isAlias(node) && ++aliases > RULES_LIMITS.maxAliasCount) {
      diagnostics.push(diagnostic('error', 'too-many-aliases', `The rules file uses more than ${RULES_LIMITS.maxAliasCount} aliases (*name); this looks like a YAML bomb.`, map.rangeOfNode(node)));
      return { map, diagnostics };
    }
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key;
        if (!isScalar(key) || (typeof key.value !== 'string' && typeof key.value !== 'number' && typeof key.value !== 'boolean')) {
          diagnostics.push(diagnostic('error', 'complex-key', 'Map keys must be plain words, not lists, maps or aliases.', map.rangeOfNode(key as Node)));
          continue;
        }
        if (FORBIDDEN_KEYS.has(String(key.value))) {
          diagnostics.push(diagnostic('error', 'forbidden-key', `The key \`${String(key.value)}\` is not allowed in a rules file (reserved: ${[...FORBIDDEN_KEYS].join(', ')}).`, map.rangeOfNode(key)));
          continue;
        }
        stack.push({ node: pair.value, depth: depth + 1 });
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push({ node: item, depth: depth + 1 });
    }
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { map, diagnostics };

  try {
    const value = doc.toJS({ maxAliasCount: RULES_LIMITS.maxAliasCount });
    return { value, map, diagnostics };
  } catch (error) {
    const tooMany = /alias/i.test((error as Error).message);
    return {
      map,
      diagnostics: [...diagnostics, diagnostic('error', tooMany ? 'too-many-aliases' : 'yaml-syntax',
        tooMany ? `Aliases (*name) expand to too much data; this looks like a YAML bomb (limit ${RULES_LIMITS.maxAliasCount}).` : `The rules file could not be read: ${(error as Error).message}`, START)],
    };
  }
}
