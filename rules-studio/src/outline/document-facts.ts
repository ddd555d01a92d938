/** Facts the studio needs from the draft before it compiles: its locales and queues (for completion enums). */
import { parseDocument, isMap, isSeq, isScalar } from 'yaml';

export interface DocumentFacts { defaultLocale: string | null; locales: string[]; queues: string[] }

const strings = (node: unknown): string[] =>
  isSeq(node) ? node.items.flatMap((item) => (isScalar(item) && typeof item.value === 'string' ? [item.value] : [])) : [];

export function documentFacts(source: string): DocumentFacts {
  const facts: DocumentFacts = { defaultLocale: null, locales: [], queues: [] };
  let contents: unknown;
  try {
    contents = parseDocument(source, { uniqueKeys: false }).contents;
  } catch {
    return facts;
  }
  if (!isMap(contents)) return facts;
  const get = (key: string) => contents.items.find((p) => isScalar(p.key) && p.key.value === key)?.value;
  const defaultLocale = get('defaultLocale');
  if (isScalar(defaultLocale) && typeof defaultLocale.value === 'string') facts.defaultLocale = defaultLocale.value;
  facts.locales = [...new Set(strings(get('locales')))];
  const queues = new Set(strings(get('queues')));
  const settings = get('settings');
  if (isMap(settings)) {
    const q = settings.items.find((p) => isScalar(p.key) && p.key.value === 'defaultQueue')?.value;
    if (isScalar(q) && typeof q.value === 'string') queues.add(q.value);
  }
  facts.queues = [...queues];
  return facts;
}

/** True when both fact sets would give the same schema. */
export function sameFacts(a: DocumentFacts, b: DocumentFacts): boolean {
  return a.locales.join('\n') === b.locales.join('\n') && a.queues.join('\n') === b.queues.join('\n');
}
