/**
 * The word lists the PERSON recognizer consults, merged into one table from a lower-case word to a set
 * of flags, so that each word is looked up once instead of once per list (every lookup in a large
 * hash set is a likely cache miss in the middle of a scrub). `flagsOf(w) & FIRST` is exactly
 * `FIRST_NAMES.has(w)`, and so on for each list.
 */
import { AMBIGUOUS_NAMES, EVERYDAY_LOWER, FIRST_NAMES, SURNAMES_SET } from '../data/names.ts';
import { CLOSING_WORDS, PERSON_DESCRIPTORS, SENTENCE_WORDS } from '../data/stopwords.ts';
import { WordTable } from './person-table.ts';

/** Capitalised words that never start or continue a name. */
export const NOT_NAME: ReadonlySet<string> = new Set([...('i the a an my your our this that it and or but so if to for of in on at by with from please thanks thank hi hello hey dear yes no ok okay sorry ' +
  'monday tuesday wednesday thursday friday saturday sunday yesterday today tomorrow tonight morning afternoon evening january february march april june july september october november december ' +
  'ich mein meine der die das und oder bitte danke hallo ja nein je mon ma le la les et ou merci bonjour oui non yo mi el los las y gracias hola sí ' +
  'unlimited plus pro max mini ultra lite iphone galaxy pixel samsung apple google huawei xiaomi nokia motorola sony vodafone orange telekom movistar ee o2 three sky virgin bt telefónica free bouygues sfr ' +
  'sim esim wifi wi-fi router roaming 4g 5g lte broadband fibre fiber mobile internet data account customer support team agent chat service help london paris madrid berlin barcelona munich hamburg lyon marseille valencia sevilla manchester new york english french german spanish').split(' '), ...PERSON_DESCRIPTORS]);

export const FIRST = 1;
export const SURNAME = 2;
export const AMBIGUOUS = 4;
export const EVERYDAY = 8;
export const NOT_A_NAME = 16;
export const SENTENCE = 32;
export const CLOSING = 64;
/** Listed as a first name or a surname. */
export const LISTED = FIRST | SURNAME;
/** In NOT_NAME or SENTENCE_WORDS. */
export const STOPWORD = NOT_A_NAME | SENTENCE;

const FLAGS = new Map<string, number>();
for (const [set, flag] of [[FIRST_NAMES, FIRST], [SURNAMES_SET, SURNAME], [AMBIGUOUS_NAMES, AMBIGUOUS], [EVERYDAY_LOWER, EVERYDAY],
  [NOT_NAME, NOT_A_NAME], [SENTENCE_WORDS, SENTENCE], [CLOSING_WORDS, CLOSING]] as const) {
  for (const w of set) FLAGS.set(w, (FLAGS.get(w) ?? 0) | flag);
}

/** The flags of `word` (0 for a word in no list). */
export function flagsOf(word: string): number {
  return FLAGS.get(word) ?? 0;
}

const TABLE = new WordTable(FLAGS);

/**
 * `flagsOf(s.slice(start, end).toLowerCase())`, without the slice and the case mapping for an ASCII
 * word (see person-table.ts).
 */
export function flagsIn(s: string, start: number, end: number): number {
  return TABLE.get(s, start, end);
}

/**
 * The flags of the word at [start, end) of `s` without a possessive "'s", lower case: for an ASCII word
 * `flagsOf(base(s.slice(start, end)))` of person.ts, where base() lower-cases the word and then drops a
 * final "'s" (so "'S" too). A word with a non-ASCII unit returns -1: its lower case may differ in length
 * or depend on the "'s" after it (a final sigma), so the caller takes the string path.
 */
export function baseFlagsIn(s: string, start: number, end: number): number {
  const n = end - start;
  const possessive = n >= 2 && (s.charCodeAt(end - 1) | 32) === 115 && s.charCodeAt(end - 2) === 39;
  if (possessive) {
    const v = TABLE.getAscii(s, start, end - 2);
    return v >= 0 && s.charCodeAt(end - 1) < 0x80 ? v : -1;
  }
  return TABLE.getAscii(s, start, end);
}
