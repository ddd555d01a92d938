import { detect, type DetectedEntity, type ScrubOptions } from '../../../core/privacy/index.ts';

/** Detected values as "TYPE:value" strings, in order. */
export function found(text: string, options?: ScrubOptions): string[] {
  return detect(text, options).map((e: DetectedEntity) => `${e.type}:${text.slice(e.start, e.end)}`);
}

export function typesOf(text: string, options?: ScrubOptions): string[] {
  return detect(text, options).map((e) => e.type);
}
