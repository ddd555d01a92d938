/**
 * Text normalisation, exactly as the shipped tokenizer.json's `BertNormalizer` (clean_text,
 * lowercase, strip_accents) and `BertPreTokenizer` do it in transformers.js, so that training
 * and the runtime see the same words. Accents are stripped: customers typing on phones often
 * leave them out ("factura" / "facturá", "Rückerstattung" / "ruckerstattung").
 */

const CONTROL = /^\p{Cc}|\p{Cf}|\p{Co}|\p{Cs}$/u;
const WHITESPACE = /^\s$/;

function isControl(char: string): boolean {
  if (char === '\t' || char === '\n' || char === '\r') return false;
  return CONTROL.test(char);
}

/** Removes NUL, U+FFFD and control characters, turns any whitespace into a space, lowercases, strips accents. */
export function normalizeText(text: string): string {
  let out = '';
  for (const char of text) {
    const cp = char.charCodeAt(0);
    if (cp === 0 || cp === 0xfffd || isControl(char)) continue;
    out += WHITESPACE.test(char) ? ' ' : char;
  }
  return out.toLowerCase().normalize('NFD').replace(/\p{Mn}/gu, '');
}

const PUNCTUATION = '\\p{P}\\u0021-\\u002F\\u003A-\\u0040\\u005B-\\u0060\\u007B-\\u007E';
const WORD_OR_PUNCT = new RegExp(`[^\\s${PUNCTUATION}]+|[${PUNCTUATION}]`, 'gu');

/** Splits normalised text into words and single punctuation marks. */
export function preTokenize(normalized: string): string[] {
  return normalized.trim().match(WORD_OR_PUNCT) ?? [];
}
