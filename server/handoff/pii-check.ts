/**
 * Second line of defence: every customer text is run through the same PII engine as the widget.
 * Anything detected → the request is refused (422) and nothing is stored. Placeholders such as
 * `[PHONE_1]` are never detected by the engine, so scrubbed text passes.
 */

export interface DetectedPii {
  type: string;
  start: number;
  end: number;
  score: number;
}

export type PiiDetector = (text: string, options: { locale?: string }) => readonly DetectedPii[];

/** Loads `detect` from core/privacy. Fails closed: without the engine the service does not start. */
export async function loadDefaultDetector(): Promise<PiiDetector> {
  const path = '../../core/privacy/index.ts';
  let engine: { detect?: unknown };
  try {
    engine = (await import(/* @vite-ignore */ path)) as { detect?: unknown };
  } catch (error) {
    throw new Error(`handoff: cannot load the PII engine from core/privacy/index.ts (${(error as Error).message}); refusing to start without the second-line check`);
  }
  if (typeof engine.detect !== 'function') throw new Error('handoff: core/privacy/index.ts does not export detect(text, { locale })');
  const detect = engine.detect as PiiDetector;
  return (text, options) => detect(text, options);
}

/** First field (JSON path) whose text holds PII, with the entity types found (never the values). */
export function findPii(fields: readonly { field: string; text: string }[], locale: string | undefined, detector: PiiDetector): { field: string; types: string[] } | null {
  for (const { field, text } of fields) {
    if (text === '') continue;
    const found = detector(text, { locale });
    if (found.length > 0) return { field, types: [...new Set(found.map((e) => e.type))].sort() };
  }
  return null;
}
