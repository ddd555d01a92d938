/**
 * PERSON without a model: name cues ("my name is", "je m'appelle", "me llamo", "ich heiße", titles,
 * sign-offs, account holder phrases), compact first-name/surname lists and capitalisation.
 * Lower-case words count only after an explicit cue, so "roaming" or "mayo" are never names, and
 * words are Unicode-aware ("françois" is covered whole).
 */
import { PERSON_CUES, type PersonCueKind } from '../data/context-words.ts';
import { AMBIGUOUS_NAMES, EVERYDAY_LOWER, FIRST_NAMES, SURNAMES_SET } from '../data/names.ts';
import { CLOSING_WORDS, PERSON_DESCRIPTORS, SENTENCE_WORDS } from '../data/stopwords.ts';
import type { DetectedEntity, Recognizer, RecognizerInput } from '../types.ts';
import { SHARED_PHRASES } from './cue-value.ts';
import { CaseContext, isAllCaps } from './person-casing.ts';
import { classAt, codePointWidth, isLowerAt, isUpperAt, LETTER, nextUpperAt, NUMBER, wordEndAt } from './person-chars.ts';
import { mayBeListedName, NAME_HASH_SEED, nameHashStep } from './person-name-filter.ts';
import { hasNonSpace, separatorEnd, signoffSeparatorOk } from './person-scan.ts';

const KIND_OF = new Map<string, PersonCueKind>();
for (const [k, list] of Object.entries(PERSON_CUES) as [PersonCueKind, readonly string[]][]) for (const c of list) if (!KIND_OF.has(c)) KIND_OF.set(c, k);
const CUES = SHARED_PHRASES.define([...KIND_OF.keys()]);
/**
 * "Sarah", "DeShawn", "McCarthy", "O'Brien", "Al-Sayed". Sticky: it is tried only where a capital
 * letter starts (see findCapitalisedNames), which finds the same matches as scanning with /gu.
 */
const CAP_WORD_AT = /\p{Lu}(?:['’]\p{Lu})?[\p{Ll}\p{M}]+(?:\p{Lu}[\p{Ll}\p{M}]+)?(?:['’-]\p{L}[\p{Ll}\p{M}]*)*(?![\p{L}\p{N}])/uy;
const PARTICLES = new Set(['de', 'del', 'de la', 'van', 'von', 'der', 'den', 'du', 'di', 'da', 'le', 'la', 'y', 'dos', 'das']);
/** Capitalised words that never start or continue a name. */
const NOT_NAME: ReadonlySet<string> = new Set([...('i the a an my your our this that it and or but so if to for of in on at by with from please thanks thank hi hello hey dear yes no ok okay sorry ' +
  'monday tuesday wednesday thursday friday saturday sunday yesterday today tomorrow tonight morning afternoon evening january february march april june july september october november december ' +
  'ich mein meine der die das und oder bitte danke hallo ja nein je mon ma le la les et ou merci bonjour oui non yo mi el los las y gracias hola sí ' +
  'unlimited plus pro max mini ultra lite iphone galaxy pixel samsung apple google huawei xiaomi nokia motorola sony vodafone orange telekom movistar ee o2 three sky virgin bt telefónica free bouygues sfr ' +
  'sim esim wifi wi-fi router roaming 4g 5g lte broadband fibre fiber mobile internet data account customer support team agent chat service help london paris madrid berlin barcelona munich hamburg lyon marseille valencia sevilla manchester new york english french german spanish').split(' '), ...PERSON_DESCRIPTORS]);

/** Cues after which colloquial German may put an article before the name. */
const GERMAN_ARTICLE_CUES: ReadonlySet<string> = new Set(['ich bin', 'hier ist', 'hier spricht']);
/** Does the word end in a possessive "'s" (`/['’]s$/`)? */
function isPossessive(word: string): boolean {
  const n = word.length;
  if (n < 2 || word.charCodeAt(n - 1) !== 115) return false;
  const c = word.charCodeAt(n - 2);
  return c === 39 || c === 0x2019;
}
/** The word without a possessive "'s" ("Vodafone's" -> "vodafone"), lower case. */
function base(word: string): string {
  const l = word.toLowerCase();
  return isPossessive(l) ? l.slice(0, -2) : l;
}

/** The word `word` at `k` of `s`, `b` its base(). */
function isNameWord(s: string, k: number, word: string, b: string, allowLower: boolean, caseless: boolean): boolean {
  if (NOT_NAME.has(b) || SENTENCE_WORDS.has(b)) return false;
  // Acronyms ("NINO", "IMEI", "SIM") do not continue a name typed in normal case.
  if (!caseless && isAllCaps(word)) return false;
  if (!caseless && isUpperAt(s, k)) return true;
  return allowLower && (FIRST_NAMES.has(b) || SURNAMES_SET.has(b));
}

/**
 * Reads up to four name words from `at`; returns the end offset or -1. A name whose first word is in
 * capitals ("MY NAME IS JOHN SMITH") or in a Title-Case run is read as if it were lower case; so is the
 * rest of it (`caseless`).
 */
function readName(s: string, ctx: CaseContext, at: number, firstLower: boolean, maxWords = 4): { end: number; words: string[]; caseless: boolean } | null {
  let k = at;
  const words: string[] = [];
  let end = -1;
  let caseless = false;
  while (words.length < maxWords) {
    const e = wordEndAt(s, k);
    if (e < 0) break;
    const w = s.slice(k, e);
    const first = words.length === 0;
    if (first) caseless = ctx.caselessAt(k, e);
    const lowerLike = isLowerAt(s, k) || (caseless && isUpperAt(s, k));
    const b = base(w);
    const lowerOk = firstLower && !NOT_NAME.has(b) && !SENTENCE_WORDS.has(b) && w.length > 1 && lowerLike;
    // After an explicit cue a lower-case name may have a lower-case surname ("a nombre de marcos saldivar").
    // (words[0] starts at `at`.)
    const okLower = first ? lowerOk : lowerOk && words.length < 3 && (caseless || !isUpperAt(s, at));
    if (!(okLower || isNameWord(s, k, w, b, !first && firstLower, caseless))) {
      // Allow particles between name words: "María de la Cruz", "Ludwig van Beethoven".
      if (!first && PARTICLES.has(w.toLowerCase())) {
        const next = /^[ \t](?:la[ \t])?(\p{Lu}[\p{L}\p{M}'’-]+)/u.exec(s.slice(k + w.length, k + w.length + 44));
        if (next && !NOT_NAME.has(next[1]!.toLowerCase())) { k += w.length; continue; }
      }
      break;
    }
    words.push(w);
    end = k + w.length;
    if (isPossessive(w)) { end -= 2; break; }
    k = end;
    if (s[k] === ' ' && s[k + 1] !== ' ') k++; else break;
  }
  return words.length ? { end, words, caseless } : null;
}

/** A lower-case or capitals-only word at `at` that is a listed, unambiguous name. */
function listedNameAt(s: string, ctx: CaseContext, at: number): boolean {
  const e = wordEndAt(s, at);
  if (e < 0 || !(isLowerAt(s, at) || ctx.caselessAt(at, e))) return false;
  const l = s.slice(at, e).toLowerCase();
  return (FIRST_NAMES.has(l) || SURNAMES_SET.has(l)) && !AMBIGUOUS_NAMES.has(l) && !EVERYDAY_LOWER.has(l);
}

/** Keeps a second word only if it is a listed name too. */
function knownOnly(name: ReturnType<typeof readName>, at: number): ReturnType<typeof readName> {
  if (!name || name.words.length < 2) return name;
  const second = name.words[1]!.toLowerCase();
  if (FIRST_NAMES.has(second) || SURNAMES_SET.has(second)) return name;
  return { ...name, end: at + name.words[0]!.length, words: [name.words[0]!] };
}

const NO_MATCH = -1;
const UNKNOWN = 0;
/** The hash (person-name-filter.ts) of the lower-cased word of the last simpleCapWordEnd() result > 0. */
let simpleHash = 0;
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * CAP_WORD_AT at `i`, where a capital stands, for the common simple cases only: an ASCII capital
 * followed by a-z letters and then the end of the text or an ASCII character other than a letter, a
 * digit, "'" or "-". Then the regex matches exactly that word (nothing after the letters can extend
 * it, and the lookahead holds), and its lower case hashes to `simpleHash`. An ASCII capital followed by
 * no a-z letter and no "'", or a-z letters followed by a digit, cannot match at all (the lookahead
 * would fail at every end the regex can backtrack to): NO_MATCH. Otherwise UNKNOWN (run the regex).
 */
function simpleCapWordEnd(s: string, i: number): number {
  const first = s.charCodeAt(i);
  if (first > 90) return UNKNOWN;
  const n = s.length;
  let h = nameHashStep(NAME_HASH_SEED, first | 32);
  let j = i + 1;
  while (j < n) {
    const c = s.charCodeAt(j);
    if (c < 97 || c > 122) break;
    h = nameHashStep(h, c);
    j++;
  }
  const next = j < n ? s.charCodeAt(j) : -1;
  if (next >= 0x80 || isAsciiLetter(next) || next === 39) return UNKNOWN;
  if (j === i + 1) return NO_MATCH;
  if (next === 45) return UNKNOWN;
  if (next >= 48 && next <= 57) return NO_MATCH;
  simpleHash = h;
  return j;
}

/** Names after the cues of PERSON_CUES ("my name is ...", "Mr ...", "Thanks,\nSarah"). */
function findAfterCues(s: string, lower: string, ctx: CaseContext, out: DetectedEntity[]): void {
  let skip = 0;
  for (const cue of CUES.matches(lower)) {
    if (cue.index < skip) continue;
    const kind = KIND_OF.get(cue.phrase)!;
    let at = cue.index + cue.phrase.length;
    const sepEnd = separatorEnd(s, at);
    if (kind === 'signoff' && (!signoffSeparatorOk(s, at, sepEnd) || !hasNonSpace(s, at, at + 40))) continue;
    if (sepEnd === at) continue;
    at = sepEnd;
    // Colloquial German puts an article before the name: "ich bin der Thomas", "hier ist die Anna".
    let afterArticle = false;
    if (GERMAN_ARTICLE_CUES.has(cue.phrase)) {
      const article = /^(?:der|die)[ \t]+/i.exec(s.slice(at, at + 8));
      if (article) { at += article[0].length; afterArticle = true; }
    }
    const strong = kind === 'strong';
    // After a weak cue or a title, a lower-case or capitals-only word is read only if it is a listed name
    // ("this is tyrone speaking", "MR NGUYEN"), and then with at most a listed surname after it.
    const listedLower = (kind === 'weak' || kind === 'title') && listedNameAt(s, ctx, at);
    const name = listedLower ? knownOnly(readName(s, ctx, at, true, 2), at) : readName(s, ctx, at, strong || kind === 'signoff' || kind === 'holder');
    if (!name) continue;
    const firstLower = name.words[0]!.toLowerCase();
    const firstCap = !name.caseless && isUpperAt(s, at);
    const known = FIRST_NAMES.has(firstLower) || SURNAMES_SET.has(firstLower);
    // A lower-case (or capitals-only) word counts as a listed name only if it is not an everyday word too.
    const knownClear = known && !AMBIGUOUS_NAMES.has(firstLower) && !EVERYDAY_LOWER.has(firstLower);
    let score = 0;
    if (strong) score = 0.9;
    else if (kind === 'holder') score = firstCap ? 0.85 : knownClear ? 0.8 : 0;
    else if (kind === 'title') score = firstCap ? 0.88 : knownClear ? 0.8 : 0;
    else if (kind === 'signoff') {
      // "Thanks, Sarah" / "Regards,\nJohn Smith": capitalised names, or lower-case ones that end the line.
      const after = s.slice(name.end, name.end + 2);
      const endsLine = after === '' || /^[\s.!,]*(?:\n|$)/.test(after);
      // Capitals-only or Title-Cased words ("THANK YOU ALL SORTED") count only if listed.
      // Everyday closings ("thanks mate", "merci beaucoup", "gracias amigo") are not names unless listed.
      if (CLOSING_WORDS.has(firstLower) && !known) score = 0;
      else score = firstCap ? (known ? 0.85 : 0.8) : (known && !EVERYDAY_LOWER.has(firstLower)) || (!name.caseless && endsLine && name.words.length <= 2) ? 0.7 : 0;
    } else if (kind === 'weak') {
      const after = lower.slice(name.end, name.end + 10);
      const closes = after === '' || /^(?:[.,!?\n]| speaking| here| from| calling)/.test(after);
      const germanNoun = cue.phrase === 'hier ist' || cue.phrase === 'ich bin';
      // Lower-case (or capitals-only) text: a listed name that closes the phrase ("this is tyrone speaking",
      // "hi aisha,"), that a new clause follows ("this is tanisha my number is ...") or that a listed
      // surname follows.
      const second = name.words[1]?.toLowerCase();
      const following = /^[ \t]+([\p{L}'’]+)/u.exec(after)?.[1];
      const clauseFollows = name.words.length === 1 && following !== undefined && SENTENCE_WORDS.has(following);
      const lowerName = knownClear && (closes || clauseFollows || (name.words.length === 2 && second !== undefined && SURNAMES_SET.has(second)));
      score = !firstCap ? (lowerName ? 0.7 : 0)
        : known && !AMBIGUOUS_NAMES.has(firstLower) ? 0.85
        : name.words.length >= 2 && !germanNoun ? 0.8
        : closes ? 0.75 : germanNoun ? 0 : 0.6;
      // "im" ("im sarah", typed without an apostrophe) is also German ("im Laden"): only a listed name counts.
      if (cue.phrase === 'im' && !(known && !AMBIGUOUS_NAMES.has(firstLower))) score = 0;
      // After "ich bin der" / "hier ist die" a listed name counts wherever the sentence goes on.
      if (afterArticle) score = known && !AMBIGUOUS_NAMES.has(firstLower) ? 0.8 : 0;
    }
    if (score > 0) out.push({ type: 'PERSON', start: at, end: name.end, score });
    skip = Math.max(skip, name.end);
  }
}

/**
 * Capitalised listed first names anywhere, with following capitalised words as surnames; listed
 * surnames of four letters or more alone too ("its Nguyen, i cant log in"), except in German, where
 * nouns are capitalised. In a Title-Case run only listed names count.
 */
function findCapitalisedNames(s: string, language: string, ctx: CaseContext, out: DetectedEntity[]): void {
  let p = 0;
  for (;;) {
    // The next match of CAP_WORD as a /gu regex would find from `p`: it starts with \p{Lu}, so only
    // positions of capitals are tried (code point by code point, as a `u` regex advances).
    const index = nextUpperAt(s, p);
    if (index < 0) break;
    const simple = simpleCapWordEnd(s, index);
    let w: string;
    if (simple === NO_MATCH) { p = index + 1; continue; }
    if (simple > 0) {
      // A word the filter rejects is not listed: the checks below would skip it.
      p = simple;
      if (!mayBeListedName(simpleHash)) continue;
      w = s.slice(index, simple);
    } else {
      CAP_WORD_AT.lastIndex = index;
      if (!CAP_WORD_AT.test(s)) { p = index + codePointWidth(s, index); continue; }
      w = s.slice(index, CAP_WORD_AT.lastIndex);
      p = CAP_WORD_AT.lastIndex;
    }
    // A possessive ends the name and stays outside it: "Sarah's phone" -> "[PERSON_1]'s phone".
    const possessive = isPossessive(w);
    const l = possessive ? base(w) : w.toLowerCase();
    const firstName = FIRST_NAMES.has(l);
    const surnameOnly = !firstName && l.length >= 4 && language !== 'de' && SURNAMES_SET.has(l);
    if ((!firstName && !surnameOnly) || AMBIGUOUS_NAMES.has(l) || NOT_NAME.has(base(l))) continue;
    if (index > 0 && (classAt(s, index - 1, index) & (LETTER | NUMBER)) !== 0) continue;
    let end = index + w.length - (possessive ? 2 : 0);
    // "Jan 15" is a date, not Jan.
    if (l === 'jan' && /^[ \t]?\d/.test(s.slice(end, end + 2))) continue;
    if (possessive) {
      out.push({ type: 'PERSON', start: index, end, score: surnameOnly ? 0.6 : 0.65 });
      continue;
    }
    if (ctx.inTitleCaseRun(index, end)) {
      if (surnameOnly) continue;
      const next = /^[ \t]([\p{L}\p{M}'’-]+)/u.exec(s.slice(end, end + 42));
      const surname = next !== null && SURNAMES_SET.has(next[1]!.toLowerCase()) && !AMBIGUOUS_NAMES.has(next[1]!.toLowerCase());
      if (surname) end += next[0].length;
      out.push({ type: 'PERSON', start: index, end, score: surname ? 0.8 : 0.65 });
      p = end;
      continue;
    }
    const name = readName(s, ctx, index, false);
    if (!name) continue;
    const surname = name.words.length > 1;
    out.push({ type: 'PERSON', start: index, end: name.end, score: surname ? 0.8 : surnameOnly ? 0.6 : 0.65 });
    p = name.end;
  }
}

export const personRecognizer: Recognizer = Object.freeze({
  name: 'person',
  find(input: RecognizerInput): DetectedEntity[] {
    const s = input.norm;
    const ctx = new CaseContext(s);
    const out: DetectedEntity[] = [];
    findAfterCues(s, input.lower, ctx, out);
    findCapitalisedNames(s, input.language, ctx, out);
    return out;
  },
});
