/**
 * When capitalisation says nothing about names: words typed ALL IN CAPITALS, and runs of Title-Cased words
 * in which even function words are capitalised ("Someone Called Pretending To Be You"). In such text the
 * PERSON recognizer treats words as if they were lower case: only name lists and explicit cues count.
 * A CaseContext scans each run of capitalised words once and remembers the last run, so a text is read
 * in linear time when positions are asked in increasing order.
 */
import { SENTENCE_WORDS } from '../data/stopwords.ts';
import { classAt, LETTER, MARK } from './person-chars.ts';

/** "JOHN", "O'NEILL": two or more letters, none lower case. */
export function isAllCaps(word: string): boolean {
  return allCapsIn(word, 0, word.length);
}

/**
 * isAllCaps(s.slice(start, end)), without slicing or case-mapping for ASCII: an a-z letter makes
 * toUpperCase() differ, and among ASCII characters only A-Z make toLowerCase() differ. From the first
 * non-ASCII code unit on, the case mappings of the slice decide, as before.
 */
function allCapsIn(s: string, start: number, end: number): boolean {
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

/** Function words: capitalised mid-sentence, they show that the text is Title-Cased. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([...SENTENCE_WORDS, ...('me you be us him her them he she they we am been as up out off into about than too ' +
  'dont don\'t don’t cant can\'t can’t im mich dich sie er wir uns ist zu auf mit für moi toi lui nous elle avec pour dans sur te me le lo les con para en').split(' ')]);
const LONGEST_FUNCTION_WORD = Math.max(...[...FUNCTION_WORDS].map((w) => w.length));

/** `/[\p{L}\p{M}'’-]/u.test(s[i])`: the code unit alone (a surrogate is no letter), from the class table. */
function isWordChar(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  const c = s.charCodeAt(i);
  if (c < 0x80) return ((c | 32) >= 97 && (c | 32) <= 122) || c === 39 || c === 45;
  return c === 0x2019 || (classAt(s, i, i + 1) & (LETTER | MARK)) !== 0;
}
/** isUpperStart's answer per non-ASCII code unit, filled on first sight: 0 unknown, 1 no, 2 yes. */
const UPPER_UNIT = new Uint8Array(0x10000);

/** Does the character at `i` start with an upper-case letter? */
export function isUpperStart(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  const c = s.charCodeAt(i);
  if (c < 0x80) return c >= 65 && c <= 90;
  let v = UPPER_UNIT[c]!;
  if (v === 0) {
    // The code unit alone, case-mapped: the answer depends on nothing else.
    const ch = String.fromCharCode(c);
    v = ch !== ch.toLowerCase() && ch === ch.toUpperCase() ? 2 : 1;
    UPPER_UNIT[c] = v;
  }
  return v === 2;
}
const isBlank = (s: string, i: number) => s[i] === ' ' || s[i] === '\t';

export class CaseContext {
  private runStart = -1;
  private runEnd = -1;
  private title = false;

  constructor(private s: string) {}

  /** Starts over on another text (the recognizer keeps one context instead of allocating one per call). */
  reset(s: string): void {
    this.s = s;
    this.runStart = -1;
    this.runEnd = -1;
    this.title = false;
  }

  /**
   * True when the capitalised word at [start, end) sits in a run of three or more capitalised words
   * (separated by single spaces) of which at least two, not counting the run's first, sentence-initial
   * word, are function words.
   */
  inTitleCaseRun(start: number, end: number): boolean {
    if (start >= this.runStart && end <= this.runEnd) return this.title;
    const s = this.s;
    let words = 1;
    let functionWords = 0;
    let firstIsFunction = this.isFunctionWord(start, end);
    let runStart = start;
    // Backwards over capitalised words.
    while (isBlank(s, runStart - 1)) {
      let b = runStart - 1;
      while (b > 0 && isWordChar(s, b - 1)) b--;
      if (b === runStart - 1 || !isUpperStart(s, b)) break;
      if (firstIsFunction) functionWords++;
      firstIsFunction = this.isFunctionWord(b, runStart - 1);
      words++;
      runStart = b;
    }
    // Forwards.
    let runEnd = end;
    while (isBlank(s, runEnd) && isUpperStart(s, runEnd + 1)) {
      let f = runEnd + 1;
      while (f < s.length && isWordChar(s, f)) f++;
      if (this.isFunctionWord(runEnd + 1, f)) functionWords++;
      words++;
      runEnd = f;
    }
    this.runStart = runStart;
    this.runEnd = runEnd;
    this.title = words >= 3 && functionWords >= 2;
    return this.title;
  }

  /** Whether the capital letters of the word at [start, end) carry no information. */
  caselessAt(start: number, end: number): boolean {
    if (!isUpperStart(this.s, start)) return false;
    return allCapsIn(this.s, start, Math.min(end, start + 40)) || this.inTitleCaseRun(start, end);
  }

  private isFunctionWord(start: number, end: number): boolean {
    return end - start <= LONGEST_FUNCTION_WORD && FUNCTION_WORDS.has(this.s.slice(start, end).toLowerCase());
  }
}
