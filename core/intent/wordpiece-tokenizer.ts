/**
 * The WordPiece tokenizer the default model ships as tokenizer.json, in pure TypeScript. Training
 * uses it to turn text into ids; tests check it gives the same ids as transformers.js reading the
 * shipped tokenizer.json.
 */
import { normalizeText, preTokenize } from './normalize-text.ts';

export const SPECIAL_TOKENS = Object.freeze({ pad: '[PAD]', unk: '[UNK]', cls: '[CLS]', sep: '[SEP]' });
/** Special tokens take the first ids, in this order. */
export const SPECIAL_TOKEN_LIST: readonly string[] = Object.freeze([
  SPECIAL_TOKENS.pad,
  SPECIAL_TOKENS.unk,
  SPECIAL_TOKENS.cls,
  SPECIAL_TOKENS.sep,
]);
export const CONTINUATION_PREFIX = '##';
export const MAX_CHARS_PER_WORD = 100;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class WordPieceTokenizer {
  readonly vocab: readonly string[];
  readonly maxLength: number;
  /** Tokens matched verbatim in the raw text before normalisation (special tokens and PII placeholders). */
  readonly addedTokens: readonly string[];
  private readonly ids: Map<string, number>;
  private readonly split: RegExp;

  /**
   * `vocab[i]` is the token with id i; the four special tokens must come first. `extraAddedTokens`
   * (e.g. "[PERSON_1]") must be in the vocabulary; like tokenizer.json's added_tokens they are cut
   * out of the raw text first, longest first, and never normalised or split.
   */
  constructor(vocab: readonly string[], maxLength: number, extraAddedTokens: readonly string[] = []) {
    SPECIAL_TOKEN_LIST.forEach((t, i) => {
      if (vocab[i] !== t) throw new Error(`WordPieceTokenizer: vocab[${i}] must be "${t}", got ${JSON.stringify(vocab[i])}`);
    });
    if (!Number.isInteger(maxLength) || maxLength < 3) throw new RangeError(`WordPieceTokenizer: maxLength must be an integer ≥ 3, got ${maxLength}`);
    this.vocab = vocab;
    this.maxLength = maxLength;
    this.ids = new Map(vocab.map((t, i) => [t, i]));
    if (this.ids.size !== vocab.length) throw new Error('WordPieceTokenizer: vocab has duplicate tokens');
    for (const t of extraAddedTokens) if (!this.ids.has(t)) throw new Error(`WordPieceTokenizer: added token ${JSON.stringify(t)} is not in the vocab`);
    this.addedTokens = Object.freeze([...SPECIAL_TOKEN_LIST, ...extraAddedTokens]);
    const alternatives = [...this.addedTokens].sort((a, b) => b.length - a.length).map(escape);
    this.split = new RegExp(`(${alternatives.join('|')})`);
  }

  get size(): number {
    return this.vocab.length;
  }

  idOf(token: string): number | undefined {
    return this.ids.get(token);
  }

  /** Word pieces of one pre-tokenised word: greedy longest match first, or [UNK] for the whole word. */
  wordPieces(word: string): string[] {
    const chars = [...word];
    if (chars.length > MAX_CHARS_PER_WORD) return [SPECIAL_TOKENS.unk];
    const pieces: string[] = [];
    let start = 0;
    while (start < chars.length) {
      let end = chars.length;
      let found: string | null = null;
      while (start < end) {
        const sub = (start > 0 ? CONTINUATION_PREFIX : '') + chars.slice(start, end).join('');
        if (this.ids.has(sub)) {
          found = sub;
          break;
        }
        end--;
      }
      if (found === null) return [SPECIAL_TOKENS.unk];
      pieces.push(found);
      start = end;
    }
    return pieces;
  }

  /** Tokens of a text, without [CLS]/[SEP]. */
  tokenize(text: string): string[] {
    const tokens: string[] = [];
    for (const section of text.split(this.split)) {
      if (section === '') continue;
      if (this.addedTokens.includes(section)) {
        tokens.push(section);
        continue;
      }
      for (const word of preTokenize(normalizeText(section))) tokens.push(...this.wordPieces(word));
    }
    return tokens;
  }

  /** Ids as the model reads them: [CLS] tokens [SEP], truncated to `maxLength`. */
  encode(text: string): number[] {
    const ids = [this.ids.get(SPECIAL_TOKENS.cls)!];
    for (const t of this.tokenize(text)) ids.push(this.ids.get(t) ?? this.ids.get(SPECIAL_TOKENS.unk)!);
    ids.push(this.ids.get(SPECIAL_TOKENS.sep)!);
    return ids.length > this.maxLength ? ids.slice(0, this.maxLength) : ids;
  }
}
