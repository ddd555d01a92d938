/**
 * Scrubs corpus text with the project's own PII engine (core/privacy) before it is trained on, the
 * pipeline an operator follows with their own chat logs: names, numbers and addresses become
 * placeholders such as [PHONE_1], so the model never learns (or leaks) a customer's details.
 */
export type Scrubber = (text: string, locale: string) => string;

export class ScrubUnavailableError extends Error {
  override name = 'ScrubUnavailableError';
}

/** Loads `scrub` from core/privacy; throws ScrubUnavailableError when the engine is not there. */
export async function loadScrubber(): Promise<Scrubber> {
  let mod: { scrub?: (text: string, options?: { locale?: string }) => { text: string } };
  try {
    mod = await import('../../core/privacy/index.ts');
  } catch (err) {
    throw new ScrubUnavailableError(`The PII engine (core/privacy/index.ts) could not be loaded: ${(err as Error).message}`);
  }
  if (typeof mod.scrub !== 'function') throw new ScrubUnavailableError('core/privacy/index.ts does not export scrub()');
  const scrub = mod.scrub;
  return (text, locale) => scrub(text, { locale }).text;
}
