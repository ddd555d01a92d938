/**
 * When capitalisation says nothing about names: words typed ALL IN CAPITALS, and runs of Title-Cased words
 * in which even function words are capitalised ("Someone Called Pretending To Be You"). In such text the
 * PERSON recognizer treats words as if they were lower case: only name lists and explicit cues count.
 * Every check looks at a bounded window of words, so the scan stays linear.
 */
import { SENTENCE_WORDS } from '../data/stopwords.ts';

/** "JOHN", "O'NEILL": two or more letters, none lower case. */
export function isAllCaps(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/** Function words: capitalised mid-sentence, they show that the text is Title-Cased. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([...SENTENCE_WORDS, ...('me you be us him her them he she they we am been as up out off into about than too ' +
  'dont don\'t don’t cant can\'t can’t im mich dich sie er wir uns ist zu auf mit für moi toi lui nous elle avec pour dans sur te me le lo les con para en').split(' ')]);

const MAX_RUN_WORDS = 8;
const isUpperStart = (c: string | undefined) => c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{M}'’-]/u.test(c);

/** The words of the Title-Case run around [start, end), at most MAX_RUN_WORDS each way. */
function runWords(s: string, start: number, end: number): string[] {
  const words: string[] = [];
  // Backwards: words separated by one space or tab, each starting with a capital letter.
  const before: string[] = [];
  let k = start;
  while (before.length < MAX_RUN_WORDS && (s[k - 1] === ' ' || s[k - 1] === '\t')) {
    let b = k - 1;
    while (b > 0 && k - b < 40 && isWordChar(s[b - 1])) b--;
    if (b === k - 1 || !isUpperStart(s[b])) break;
    before.unshift(s.slice(b, k - 1));
    k = b;
  }
  words.push(...before, s.slice(start, end));
  let e = end;
  let after = 0;
  while (after < MAX_RUN_WORDS && (s[e] === ' ' || s[e] === '\t') && isUpperStart(s[e + 1])) {
    let f = e + 1;
    while (f < s.length && f - e < 40 && isWordChar(s[f])) f++;
    words.push(s.slice(e + 1, f));
    e = f;
    after++;
  }
  return words;
}

/**
 * True when the capitalised word at [start, end) sits in a run of three or more capitalised words of which
 * at least two (not counting the run's first, sentence-initial word) are function words.
 */
export function inTitleCaseRun(s: string, start: number, end: number): boolean {
  const words = runWords(s, start, end);
  if (words.length < 3) return false;
  let functionWords = 0;
  for (let i = 1; i < words.length; i++) if (FUNCTION_WORDS.has(words[i]!.toLowerCase())) functionWords++;
  return functionWords >= 2;
}

/** Whether the capital letter of the word at [start, end) carries no information. */
export function caselessAt(s: string, start: number, end: number): boolean {
  const w = s.slice(start, end);
  return isAllCaps(w) || (isUpperStart(w[0]) && inTitleCaseRun(s, start, end));
}
