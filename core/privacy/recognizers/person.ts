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

const KIND_OF = new Map<string, PersonCueKind>();
for (const [k, list] of Object.entries(PERSON_CUES) as [PersonCueKind, readonly string[]][]) for (const c of list) if (!KIND_OF.has(c)) KIND_OF.set(c, k);
const CUES = SHARED_PHRASES.define([...KIND_OF.keys()]);
/** "Sarah", "DeShawn", "McCarthy", "O'Brien", "Al-Sayed". */
const CAP_WORD = /\p{Lu}(?:['’]\p{Lu})?[\p{Ll}\p{M}]+(?:\p{Lu}[\p{Ll}\p{M}]+)?(?:['’-]\p{L}[\p{Ll}\p{M}]*)*(?![\p{L}\p{N}])/gu;
const WORD_AT = /^[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*(?![\p{L}\p{M}\p{N}_'’-])/u;
const PARTICLES = new Set(['de', 'del', 'de la', 'van', 'von', 'der', 'den', 'du', 'di', 'da', 'le', 'la', 'y', 'dos', 'das']);
/** Capitalised words that never start or continue a name. */
const NOT_NAME: ReadonlySet<string> = new Set([...('i the a an my your our this that it and or but so if to for of in on at by with from please thanks thank hi hello hey dear yes no ok okay sorry ' +
  'monday tuesday wednesday thursday friday saturday sunday yesterday today tomorrow tonight morning afternoon evening january february march april june july september october november december ' +
  'ich mein meine der die das und oder bitte danke hallo ja nein je mon ma le la les et ou merci bonjour oui non yo mi el los las y gracias hola sí ' +
  'unlimited plus pro max mini ultra lite iphone galaxy pixel samsung apple google huawei xiaomi nokia motorola sony vodafone orange telekom movistar ee o2 three sky virgin bt telefónica free bouygues sfr ' +
  'sim esim wifi wi-fi router roaming 4g 5g lte broadband fibre fiber mobile internet data account customer support team agent chat service help london paris madrid berlin barcelona munich hamburg lyon marseille valencia sevilla manchester new york english french german spanish').split(' '), ...PERSON_DESCRIPTORS]);

/** Cues after which colloquial German may put an article before the name. */
const GERMAN_ARTICLE_CUES: ReadonlySet<string> = new Set(['ich bin', 'hier ist', 'hier spricht']);
/** A possessive "'s" at the end of a word. */
const POSSESSIVE = /['’]s$/;
/** The word without a possessive "'s" ("Vodafone's" -> "vodafone"), lower case. */
const base = (word: string) => word.toLowerCase().replace(POSSESSIVE, '');

function isNameWord(word: string, allowLower: boolean, caseless = false): boolean {
  const l = base(word);
  if (NOT_NAME.has(l) || SENTENCE_WORDS.has(l)) return false;
  // Acronyms ("NINO", "IMEI", "SIM") do not continue a name typed in normal case.
  if (!caseless && isAllCaps(word)) return false;
  if (!caseless && /^\p{Lu}/u.test(word)) return true;
  return allowLower && (FIRST_NAMES.has(l) || SURNAMES_SET.has(l));
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
    const m = WORD_AT.exec(s.slice(k, k + 40));
    if (!m) break;
    const w = m[0];
    const first = words.length === 0;
    if (first) caseless = ctx.caselessAt(k, k + w.length);
    const lowerLike = /^\p{Ll}/u.test(w) || (caseless && /^\p{Lu}/u.test(w));
    const b = base(w);
    const lowerOk = firstLower && !NOT_NAME.has(b) && !SENTENCE_WORDS.has(b) && w.length > 1 && lowerLike;
    // After an explicit cue a lower-case name may have a lower-case surname ("a nombre de marcos saldivar").
    const okLower = first ? lowerOk : lowerOk && words.length < 3 && (caseless || !/^\p{Lu}/u.test(words[0]!));
    if (!(okLower || isNameWord(w, !first && firstLower, caseless))) {
      // Allow particles between name words: "María de la Cruz", "Ludwig van Beethoven".
      if (!first && PARTICLES.has(w.toLowerCase())) {
        const next = /^[ \t](?:la[ \t])?(\p{Lu}[\p{L}\p{M}'’-]+)/u.exec(s.slice(k + w.length, k + w.length + 44));
        if (next && !NOT_NAME.has(next[1]!.toLowerCase())) { k += w.length; continue; }
      }
      break;
    }
    words.push(w);
    end = k + w.length;
    if (POSSESSIVE.test(w)) { end -= 2; break; }
    k = end;
    if (s[k] === ' ' && s[k + 1] !== ' ') k++; else break;
  }
  if (/^\s+$/.test(s.slice(end, k)) === false && words.length === 0) return null;
  return words.length ? { end, words, caseless } : null;
}

/** A lower-case or capitals-only word at `at` that is a listed, unambiguous name. */
function listedNameAt(s: string, ctx: CaseContext, at: number): boolean {
  const m = WORD_AT.exec(s.slice(at, at + 40));
  if (!m || !(/^\p{Ll}/u.test(m[0]) || ctx.caselessAt(at, at + m[0].length))) return false;
  const l = m[0].toLowerCase();
  return (FIRST_NAMES.has(l) || SURNAMES_SET.has(l)) && !AMBIGUOUS_NAMES.has(l) && !EVERYDAY_LOWER.has(l);
}

/** Keeps a second word only if it is a listed name too. */
function knownOnly(name: ReturnType<typeof readName>, at: number): ReturnType<typeof readName> {
  if (!name || name.words.length < 2) return name;
  const second = name.words[1]!.toLowerCase();
  if (FIRST_NAMES.has(second) || SURNAMES_SET.has(second)) return name;
  return { ...name, end: at + name.words[0]!.length, words: [name.words[0]!] };
}

export const personRecognizer: Recognizer = Object.freeze({
  name: 'person',
  find(input: RecognizerInput): DetectedEntity[] {
    const s = input.norm;
    const lower = input.lower;
    const ctx = new CaseContext(s);
    const out: DetectedEntity[] = [];
    let skip = 0;
    let m: RegExpExecArray | null;
    for (const cue of CUES.matches(lower)) {
      if (cue.index < skip) continue;
      const kind = KIND_OF.get(cue.phrase)!;
      let at = cue.index + cue.phrase.length;
      const sep = /^[ \t]*[:,]?[ \t]*(?:\r?\n[ \t]*)?/.exec(s.slice(at, at + 12))![0];
      if (kind === 'signoff' && !/[,\n]|^\s*$/.test(sep)) continue;
      if (kind === 'signoff' && !/^\s*(?:[,!.]\s*)?\S/.test(s.slice(at, at + 40))) continue;
      if (sep.length === 0) continue;
      at += sep.length;
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
      const firstCap = !name.caseless && /^\p{Lu}/u.test(name.words[0]!);
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
        const germanNoun = /^(?:hier ist|ich bin)$/.test(cue.phrase);
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
    // Capitalised listed first names anywhere, with following capitalised words as surnames; listed
    // surnames of four letters or more alone too ("its Nguyen, i cant log in"), except in German, where
    // nouns are capitalised. In a Title-Case run only listed names count.
    CAP_WORD.lastIndex = 0;
    while ((m = CAP_WORD.exec(s)) !== null) {
      // A possessive ends the name and stays outside it: "Sarah's phone" -> "[PERSON_1]'s phone".
      const possessive = POSSESSIVE.test(m[0]);
      const l = possessive ? base(m[0]) : m[0].toLowerCase();
      const firstName = FIRST_NAMES.has(l);
      const surnameOnly = !firstName && l.length >= 4 && input.language !== 'de' && SURNAMES_SET.has(l);
      if ((!firstName && !surnameOnly) || AMBIGUOUS_NAMES.has(l) || NOT_NAME.has(base(l))) continue;
      if (m.index > 0 && /[\p{L}\p{N}]/u.test(s[m.index - 1]!)) continue;
      let end = m.index + m[0].length - (possessive ? 2 : 0);
      // "Jan 15" is a date, not Jan.
      if (l === 'jan' && /^[ \t]?\d/.test(s.slice(end, end + 2))) continue;
      if (possessive) {
        out.push({ type: 'PERSON', start: m.index, end, score: surnameOnly ? 0.6 : 0.65 });
        continue;
      }
      if (ctx.inTitleCaseRun(m.index, end)) {
        if (surnameOnly) continue;
        const next = /^[ \t]([\p{L}\p{M}'’-]+)/u.exec(s.slice(end, end + 42));
        const surname = next !== null && SURNAMES_SET.has(next[1]!.toLowerCase()) && !AMBIGUOUS_NAMES.has(next[1]!.toLowerCase());
        if (surname) end += next[0].length;
        out.push({ type: 'PERSON', start: m.index, end, score: surname ? 0.8 : 0.65 });
        CAP_WORD.lastIndex = end;
        continue;
      }
      const name = readName(s, ctx, m.index, false);
      if (!name) continue;
      const surname = name.words.length > 1;
      out.push({ type: 'PERSON', start: m.index, end: name.end, score: surname ? 0.8 : surnameOnly ? 0.6 : 0.65 });
      CAP_WORD.lastIndex = name.end;
    }
    return out;
  },
});
