/**
 * Builds the WordPiece vocabulary from training text: the four special tokens, every character seen
 * (word-initial and "##" continuation), frequent whole words, and frequent word-initial and
 * continuation pieces, so that typos and unseen words fall apart into known subwords instead of [UNK].
 */
import { CONTINUATION_PREFIX, SPECIAL_TOKEN_LIST, normalizeText, preTokenize } from '../../core/intent/index.ts';

export interface VocabOptions {
  /** Whole words seen at least this often get their own token. */
  minWordCount: number;
  /** Subword pieces seen at least this often are kept. */
  minPieceCount: number;
  /** Cap on the vocabulary size (special tokens and characters always kept). */
  maxSize: number;
}

export const DEFAULT_VOCAB_OPTIONS: VocabOptions = Object.freeze({ minWordCount: 4, minPieceCount: 3, maxSize: 9000 });

const byCountThenToken = (a: [string, number], b: [string, number]) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** `addedTokens` come right after the special tokens; `alwaysWords` always get a whole-word token. */
export function buildVocab(texts: readonly string[], options: VocabOptions = DEFAULT_VOCAB_OPTIONS, alwaysWords: readonly string[] = [], addedTokens: readonly string[] = []): string[] {
  const words = new Map<string, number>();
  for (const t of texts) for (const w of preTokenize(normalizeText(t))) words.set(w, (words.get(w) ?? 0) + 1);
  const chars = new Set<string>();
  const pieces = new Map<string, number>();
  const bump = (p: string, n: number) => pieces.set(p, (pieces.get(p) ?? 0) + n);
  for (const [w, n] of words) {
    const cs = [...w];
    for (const c of cs) chars.add(c);
    if (cs.length < 3 || cs.length > 30) continue;
    for (let len = 2; len <= Math.min(5, cs.length - 1); len++) bump(cs.slice(0, len).join(''), n);
    for (let start = 1; start < cs.length; start++) {
      for (let len = 2; len <= 4 && start + len <= cs.length; len++) bump(CONTINUATION_PREFIX + cs.slice(start, start + len).join(''), n);
    }
  }
  const vocab: string[] = [...SPECIAL_TOKEN_LIST, ...addedTokens];
  const have = new Set(vocab);
  const add = (t: string) => { if (!have.has(t)) { have.add(t); vocab.push(t); } };
  for (const c of [...chars].sort()) { add(c); add(CONTINUATION_PREFIX + c); }
  for (const w of alwaysWords) add(w);
  const wholeWords = [...words].filter(([w, n]) => n >= options.minWordCount && [...w].length <= 30).sort(byCountThenToken);
  const keptPieces = [...pieces].filter(([, n]) => n >= options.minPieceCount).sort(byCountThenToken);
  // Interleave so that a size cap keeps the most frequent of both kinds.
  let i = 0, j = 0;
  while (vocab.length < options.maxSize && (i < wholeWords.length || j < keptPieces.length)) {
    if (i < wholeWords.length) add(wholeWords[i++]![0]);
    if (j < keptPieces.length && vocab.length < options.maxSize) add(keptPieces[j++]![0]);
  }
  return vocab;
}
