/**
 * When capitalisation says nothing about names: words typed ALL IN CAPITALS, and runs of Title-Cased words
 * in which even function words are capitalised ("Someone Called Pretending To Be You"). In such text the
 * PERSON recognizer treats words as if they were lower case: only name lists and explicit cues count.
 * A CaseContext reads each run of capitalised words once per text (person-runs.ts), in linear time
 * whatever positions are asked and in whatever order.
 */
import { isUpperStart } from './person-chars.ts';
import { edgeOf, functionWordsOf, isFunctionWord, RunWalks, wordsOf } from './person-runs.ts';

/** "JOHN", "O'NEILL": two or more letters, none lower case. */
export function isAllCaps(word: string): boolean {
  return allCapsIn(word, 0, word.length);
}

/**
 * isAllCaps(s.slice(start, end)), without slicing or case-mapping for ASCII: an a-z letter makes
 * toUpperCase() differ, and among ASCII characters only A-Z make toLowerCase() differ. From the first
 * non-ASCII code unit on, the case mappings of the slice decide, as before.
 */
export function allCapsIn(s: string, start: number, end: number): boolean {
  if (end - start <= 1) return false;
  let upper = false;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) {
      const w = s.slice(start, end);
      return w === w.toUpperCase() && w !== w.toLowerCase();
    }
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper;
}

/** Re-exported: address-gate.ts uses it too. */
export { isUpperStart };

export class CaseContext {
  private runStart = -1;
  private runEnd = -1;
  private title = false;
  private readonly walks = new RunWalks();

  constructor(private s: string) {
    this.walks.reset(s);
  }

  /** Starts over on another text (the recognizer keeps one context instead of allocating one per call). */
  reset(s: string): void {
    this.s = s;
    this.runStart = -1;
    this.runEnd = -1;
    this.title = false;
    this.walks.reset(s);
  }

  /**
   * True when the capitalised word at [start, end) sits in a run of three or more capitalised words
   * (separated by single spaces) of which at least two, not counting the run's first, sentence-initial
   * word, are function words.
   *
   * The last run found is remembered as the range from its first word's start to its last word's end,
   * and a word within that range gets the same answer without a look. (That range ends where the asked
   * word ended when nothing capitalised follows it, even inside a word, so a word asked within a run can
   * get another answer than when asked first: the answers depend on the order of the questions. They are
   * kept as they are; the walks themselves are memoised, see person-runs.ts.)
   */
  inTitleCaseRun(start: number, end: number): boolean {
    if (start >= this.runStart && end <= this.runEnd) return this.title;
    const back = this.walks.back(start);
    const forward = this.walks.forward(end);
    const wordsBack = wordsOf(back);
    // The asked word counts as a function word unless it is the run's first word.
    const asked = wordsBack > 0 && isFunctionWord(this.s, start, end) ? 1 : 0;
    this.runStart = edgeOf(back);
    this.runEnd = edgeOf(forward);
    this.title = 1 + wordsBack + wordsOf(forward) >= 3 && asked + functionWordsOf(back) + functionWordsOf(forward) >= 2;
    return this.title;
  }

  /** Whether the capital letters of the word at [start, end) carry no information. */
  caselessAt(start: number, end: number): boolean {
    if (!isUpperStart(this.s, start)) return false;
    return allCapsIn(this.s, start, Math.min(end, start + 40)) || this.inTitleCaseRun(start, end);
  }
}
