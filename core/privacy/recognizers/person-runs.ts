/**
 * The runs of capitalised words on either side of a word, for CaseContext.inTitleCaseRun, memoised per
 * text so that a text is read in linear time whatever positions are asked and in whatever order.
 *
 * A backward step from a position p after a blank reads the word before that blank (every word
 * character back from p - 2); it is taken if that word is not empty and starts with a capital. A
 * forward step from a blank at e reads the word after it (every word character from e + 1) if that
 * word starts with a capital. Each step depends on its position only, so the chain of steps from a
 * position, its far end and its counts are a function of that position: here they are remembered for
 * every position a walk has passed through, and a later walk stops at the first remembered position.
 * Each position is thus walked from once per text, and each word is read by one backward step (the
 * one from just after it) and one forward step (the one from just before it): linear in all.
 *
 * Most runs are a few short words, and a table costs more than reading them again: a walk first reads
 * at most DIRECT_BUDGET code units without the memo, and only a longer one starts over with it (and
 * from then on, in that text, every walk in its direction uses the memo). So a question costs
 * O(DIRECT_BUDGET) plus its share of the memoised walks, linear still.
 *
 * (Before, only the last run was remembered, as the range it spans; a word whose query ended inside a
 * word missed it, and its walk crossed the whole run again: "Sarah- " repeated took 4.4 s at 100 KB.)
 */
import { SENTENCE_WORDS } from '../data/stopwords.ts';
import { classAt, isUpperStart, LETTER, MARK } from './person-chars.ts';

/** Function words: capitalised mid-sentence, they show that the text is Title-Cased. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([...SENTENCE_WORDS, ...('me you be us him her them he she they we am been as up out off into about than too ' +
  'dont don\'t don’t cant can\'t can’t im mich dich sie er wir uns ist zu auf mit für moi toi lui nous elle avec pour dans sur te me le lo les con para en').split(' ')]);
const LONGEST_FUNCTION_WORD = Math.max(...[...FUNCTION_WORDS].map((w) => w.length));

/** Is the text at [start, end) a function word (in any case)? */
export function isFunctionWord(s: string, start: number, end: number): boolean {
  return end - start <= LONGEST_FUNCTION_WORD && FUNCTION_WORDS.has(s.slice(start, end).toLowerCase());
}

/** `/[\p{L}\p{M}'’-]/u.test(s[i])`: the code unit alone (a surrogate is no letter), from the class table. */
function isWordChar(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  const c = s.charCodeAt(i);
  if (c < 0x80) return ((c | 32) >= 97 && (c | 32) <= 122) || c === 39 || c === 45;
  return c === 0x2019 || (classAt(s, i, i + 1) & (LETTER | MARK)) !== 0;
}
const isBlank = (s: string, i: number) => s[i] === ' ' || s[i] === '\t';

/*
 * A walk's result is packed into one number: its far end (the start of the leftmost word, or the end
 * of the rightmost) times 16, plus its word count and its function-word count, each capped at 3.
 * inTitleCaseRun only asks whether 1 + words back + words forward >= 3 and whether its function words
 * reach 2, which capped counts answer exactly. (Below 2^26 the number is a small integer; above, an
 * exact double: `& 15` keeps the low bits of any integer below 2^53.)
 */
const cap = (n: number) => (n < 3 ? n : 3);
const pack = (edge: number, words: number, functionWords: number) => edge * 16 + cap(words) * 4 + cap(functionWords);
/** The far end of a packed walk. */
export const edgeOf = (v: number) => (v - (v & 15)) / 16;
/** The number of words a packed walk crossed (capped at 3). */
export const wordsOf = (v: number) => (v >> 2) & 3;
/** Its function words (capped at 3): see RunWalks.back and RunWalks.forward for which words count. */
export const functionWordsOf = (v: number) => v & 3;

type Memo = Uint32Array | Float64Array;
/** A table of packed walks + 1 per position of `s` (Uint32 holds them while positions stay below 2^28). */
const memoFor = (s: string): Memo => (s.length < 2 ** 28 ? new Uint32Array(s.length + 1) : new Float64Array(s.length + 1));

/** Code units a walk reads without the memo before it starts over with it. */
const DIRECT_BUDGET = 64;

export class RunWalks {
  private s = '';
  /** Per position of the text, 1 + its packed walk, or 0 while unknown; made when first needed. */
  private backMemo: Memo | null = null;
  private forwardMemo: Memo | null = null;
  /** The positions of the walk in progress (reused). */
  private readonly path: number[] = [];

  /** Starts over on another text (and lets the last text's tables go). */
  reset(s: string): void {
    this.s = s;
    this.backMemo = null;
    this.forwardMemo = null;
  }

  /**
   * Backwards from `p` over capitalised words separated by single blanks: the start of the leftmost
   * word (`p` itself if there is none), how many words, and how many of them are function words, not
   * counting the leftmost one.
   */
  back(p: number): number {
    if (this.backMemo !== null) return this.backMemoised(p);
    const s = this.s;
    let q = p;
    let words = 0;
    let functionWords = 0;
    let previousIsFunction = false;
    let budget = DIRECT_BUDGET;
    while (isBlank(s, q - 1)) {
      let b = q - 1;
      while (b > 0 && isWordChar(s, b - 1)) {
        b--;
        if (--budget < 0) return this.backMemoised(p);
      }
      if (b === q - 1 || !isUpperStart(s, b)) break;
      if (previousIsFunction) functionWords++;
      previousIsFunction = isFunctionWord(s, b, q - 1);
      words++;
      q = b;
    }
    return pack(q, words, functionWords);
  }

  /** back(), remembering every position walked from (see the top of this file). */
  private backMemoised(p: number): number {
    const s = this.s;
    const memo = (this.backMemo ??= memoFor(s));
    const path = this.path;
    path.length = 0;
    let q = p;
    let v: number;
    for (;;) {
      v = memo[q]! - 1;
      if (v >= 0) break;
      let b = q - 1;
      if (isBlank(s, q - 1)) while (b > 0 && isWordChar(s, b - 1)) b--;
      if (b === q - 1 || !isUpperStart(s, b)) {
        v = pack(q, 0, 0);
        memo[q] = v + 1;
        break;
      }
      path.push(q);
      q = b;
    }
    // Unwind: each position's walk is one word (from its predecessor on `path`, or `q`) plus the walk of
    // that word's start, whose leftmost word stays uncounted; the word itself counts once the walk
    // before it has a word.
    for (let i = path.length - 1; i >= 0; i--) {
      const at = path[i]!;
      const words = wordsOf(v);
      v = pack(edgeOf(v), words + 1, functionWordsOf(v) + (words > 0 && isFunctionWord(s, q, at - 1) ? 1 : 0));
      memo[at] = v + 1;
      q = at;
    }
    return v;
  }

  /**
   * Forwards from the blank at `e` over capitalised words separated by single blanks: the end of the
   * rightmost word (`e` itself if there is none), how many words, and how many are function words.
   */
  forward(e: number): number {
    if (this.forwardMemo !== null) return this.forwardMemoised(e);
    const s = this.s;
    let q = e;
    let words = 0;
    let functionWords = 0;
    let budget = DIRECT_BUDGET;
    while (isBlank(s, q) && isUpperStart(s, q + 1)) {
      let f = q + 1;
      while (f < s.length && isWordChar(s, f)) {
        f++;
        if (--budget < 0) return this.forwardMemoised(e);
      }
      if (isFunctionWord(s, q + 1, f)) functionWords++;
      words++;
      q = f;
    }
    return pack(q, words, functionWords);
  }

  /** forward(), remembering every position walked from (see the top of this file). */
  private forwardMemoised(e: number): number {
    const s = this.s;
    const memo = (this.forwardMemo ??= memoFor(s));
    const path = this.path;
    path.length = 0;
    let q = e;
    let v: number;
    for (;;) {
      v = memo[q]! - 1;
      if (v >= 0) break;
      if (!isBlank(s, q) || !isUpperStart(s, q + 1)) {
        v = pack(q, 0, 0); // an O(1) answer: not worth remembering
        break;
      }
      path.push(q);
      let f = q + 1;
      while (f < s.length && isWordChar(s, f)) f++;
      q = f;
    }
    for (let i = path.length - 1; i >= 0; i--) {
      const at = path[i]!;
      v = pack(edgeOf(v), wordsOf(v) + 1, functionWordsOf(v) + (isFunctionWord(s, at + 1, q) ? 1 : 0));
      memo[at] = v + 1;
      q = at;
    }
    return v;
  }
}
