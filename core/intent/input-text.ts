/**
 * Input checks shared by every runtime (Node CLI, widget worker): the text must be a string, and only
 * its first MAX_INPUT_CHARS characters are read (the model reads at most max_length tokens anyway), so
 * a huge paste costs no more than a long message.
 */
export const MAX_INPUT_CHARS = 4096;

export class IntentInputError extends Error {
  override name = 'IntentInputError';
}

export function prepareText(text: unknown): string {
  if (typeof text !== 'string') throw new IntentInputError(`text must be a string, got ${text === null ? 'null' : typeof text}`);
  if (text.length <= MAX_INPUT_CHARS) return text;
  // Do not cut a surrogate pair in half.
  const end = /[\uD800-\uDBFF]/.test(text.charAt(MAX_INPUT_CHARS - 1)) ? MAX_INPUT_CHARS - 1 : MAX_INPUT_CHARS;
  return text.slice(0, end);
}

export function prepareLocale(locale: unknown): string | undefined {
  if (locale === undefined || locale === null) return undefined;
  if (typeof locale !== 'string') throw new IntentInputError(`locale must be a string like "en-GB", got ${typeof locale}`);
  return locale;
}
