/**
 * PERSON without a model: name cues ("my name is", "je m'appelle", "me llamo", "ich heiße", titles,
 * sign-offs, account holder phrases), compact first-name/surname lists and capitalisation.
 * Lower-case words count only after an explicit cue, so "roaming" or "mayo" are never names, and
 * words are Unicode-aware ("françois" is covered whole).
 */
import { PERSON_CUES, type PersonCueKind } from '../data/context-words.ts';
import { onRelease } from '../per-text-caches.ts';
import type { PhraseMatch } from '../phrase-matcher.ts';
import type { DetectedEntity, Recognizer, RecognizerInput } from '../types.ts';
import { SHARED_PHRASES } from './cue-value.ts';
import { allCapsIn, CaseContext, isUpperStart } from './person-casing.ts';
import { classAt, codePointWidth, isLowerAt, isUpperAt, LETTER, NUMBER, wordEndAt } from './person-chars.ts';
import { candidateEnd, NO_MATCH, nextCandidateAt, simpleCapWordEnd, simpleMayBeListed } from './person-capitals.ts';
import { hasNonSpace, separatorEnd, signoffSeparatorOk } from './person-scan.ts';
import { AMBIGUOUS, baseFlagsIn, CLOSING, EVERYDAY, FIRST, flagsIn, flagsOf, LISTED, NOT_A_NAME, SENTENCE, STOPWORD, SURNAME } from './person-words.ts';

const KIND_OF = new Map<string, PersonCueKind>();
for (const [k, list] of Object.entries(PERSON_CUES) as [PersonCueKind, readonly string[]][]) for (const c of list) if (!KIND_OF.has(c)) KIND_OF.set(c, k);
const CUES = SHARED_PHRASES.define([...KIND_OF.keys()]);
/**
 * "Sarah", "DeShawn", "McCarthy", "O'Brien", "Al-Sayed". Sticky: it is tried only where a capital
 * letter starts (see findCapitalisedNames), which finds the same matches as scanning with /gu.
 */
const CAP_WORD_AT = /\p{Lu}(?:['’]\p{Lu})?[\p{Ll}\p{M}]+(?:\p{Lu}[\p{Ll}\p{M}]+)?(?:['’-]\p{L}[\p{Ll}\p{M}]*)*(?![\p{L}\p{N}])/uy;
/** Lower-case words that join the words of one name: "María de la Cruz", "Ludwig van Beethoven". */
const PARTICLES = new Set(['de', 'del', 'van', 'von', 'der', 'den', 'du', 'di', 'da', 'le', 'la', 'y', 'dos', 'das']);
/**
 * Lower-casing maps each code point (one or two units) to at least one unit, so a word longer than
 * twice the longest particle cannot lower-case to a particle: readName tests it without slicing it.
 */
const PARTICLE_SPAN = 2 * Math.max(...[...PARTICLES].map((p) => p.length));
/*
 * Regexes of the rarer paths, compiled once (a regex literal in a loop builds a new RegExp object at
 * every evaluation). None is global or sticky, so sharing them keeps no state between calls.
 */
/**
 * After a particle: maybe a second one ("de la", "van der", "de La Fontaine"), then the capitalised word
 * that must follow.
 */
const PARTICLE_NEXT = /^[ \t](?:(?:[Ll]as?|[Ll]os|[Dd]e[rn])[ \t])?(\p{Lu}[\p{L}\p{M}'’-]+)/u;
const GERMAN_ARTICLE = /^(?:der|die)[ \t]+/i;
const LINE_END = /^[\s.!,]*(?:\n|$)/;
const CLOSES = /^(?:[.,!?\n]| speaking| here| from| calling)/;
const FOLLOWING_WORD = /^[ \t]+([\p{L}'’]+)/u;
const DIGIT_NEXT = /^[ \t]?\d/;
const TITLE_CASE_NEXT = /^[ \t]([\p{L}\p{M}'’-]+)/u;
/** Cues after which colloquial German may put an article before the name. */
const GERMAN_ARTICLE_CUES: ReadonlySet<string> = new Set(['ich bin', 'hier ist', 'hier spricht']);
/** Per cue phrase, its kind and whether an article may follow it: one look-up per cue. */
const CUE_INFO = new Map<string, { readonly kind: PersonCueKind; readonly germanArticle: boolean }>(
  [...KIND_OF].map(([phrase, kind]) => [phrase, { kind, germanArticle: GERMAN_ARTICLE_CUES.has(phrase) }]));
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

/** isPossessive(s.slice(start, end)). */
function isPossessiveAt(s: string, start: number, end: number): boolean {
  if (end - start < 2 || s.charCodeAt(end - 1) !== 115) return false;
  const c = s.charCodeAt(end - 2);
  return c === 39 || c === 0x2019;
}

/** The word at [k, e) of `s`; `flags` are those of its base(). */
function isNameWord(s: string, k: number, e: number, flags: number, allowLower: boolean, caseless: boolean): boolean {
  if ((flags & STOPWORD) !== 0) return false;
  // Acronyms ("NINO", "IMEI", "SIM") do not continue a name typed in normal case.
  if (!caseless && allCapsIn(s, k, e)) return false;
  if (!caseless && isUpperAt(s, k)) return true;
  return allowLower && (flags & LISTED) !== 0;
}

/*
 * The name the last readName() call read, kept in module state instead of a result object and an
 * array of sliced words per call: its words as [wordStart[i], wordEnd[i]) (a possessive's "'s"
 * included, as in the word read), their number, the name's end and whether it was read caselessly.
 * Each caller reads them right after the call, before any other readName().
 */
const wordStart = new Int32Array(4);
const wordEnd = new Int32Array(4);
let nameWords = 0;
let nameEnd = -1;
let nameCaseless = false;

/**
 * Reads up to four name words from `at`; returns whether it read any (then see nameEnd and the rest
 * above). A name whose first word is in capitals ("MY NAME IS JOHN SMITH") or in a Title-Case run is
 * read as if it were lower case; so is the rest of it (`caseless`).
 */
function readName(s: string, ctx: CaseContext, at: number, firstLower: boolean, maxWords = 4): boolean {
  nameWords = 0;
  nameEnd = -1;
  nameCaseless = false;
  // Without `firstLower` the first word is a name word only if it starts with \p{Lu} (isNameWord); when
  // it does not start with a capital in isUpperStart's sense either, caselessAt() would answer false
  // without touching its cache, so nothing is read ("hello, my router ...").
  if (!firstLower && !isUpperAt(s, at) && !isUpperStart(s, at)) return false;
  let k = at;
  let caseless = false;
  while (nameWords < maxWords) {
    const e = wordEndAt(s, k);
    if (e < 0) break;
    const first = nameWords === 0;
    if (first) caseless = ctx.caselessAt(k, e);
    const lowerLike = isLowerAt(s, k) || (caseless && isUpperAt(s, k));
    let flags = baseFlagsIn(s, k, e);
    if (flags < 0) flags = flagsOf(base(s.slice(k, e)));
    const lowerOk = firstLower && (flags & STOPWORD) === 0 && e - k > 1 && lowerLike;
    // After an explicit cue a lower-case name may have a lower-case surname ("a nombre de marcos saldivar").
    // (The first word starts at `at`.)
    const okLower = first ? lowerOk : lowerOk && nameWords < 3 && (caseless || !isUpperAt(s, at));
    if (!(okLower || isNameWord(s, k, e, flags, !first && firstLower, caseless))) {
      // Particles between name words: "María de la Cruz", "Ludwig van Beethoven". The particles become part
      // of the name only with the capitalised word after them, which the next round reads as any name word
      // (so "Sarah de Vodafone" stays "Sarah"); they are not counted as words.
      if (!first && e - k <= PARTICLE_SPAN) {
        const lw = s.slice(k, e).toLowerCase();
        if (PARTICLES.has(lw)) {
          const next = PARTICLE_NEXT.exec(s.slice(e, e + 44));
          const nextFlags = next ? flagsOf(next[1]!.toLowerCase()) : NOT_A_NAME;
          // "y" before a first name joins two people ("Juan y María"), not the two surnames of one ("Ortega y Gasset").
          const twoPeople = (nextFlags & FIRST) !== 0 && lw === 'y';
          if (next && (nextFlags & NOT_A_NAME) === 0 && !twoPeople) {
            k = e + next[0].length - next[1]!.length;
            continue;
          }
        }
      }
      break;
    }
    wordStart[nameWords] = k;
    wordEnd[nameWords] = e;
    nameWords++;
    nameEnd = e;
    if (isPossessiveAt(s, k, e)) { nameEnd -= 2; break; }
    k = nameEnd;
    if (s[k] === ' ' && s[k + 1] !== ' ') k++; else break;
  }
  nameCaseless = caseless;
  return nameWords > 0;
}

/** A lower-case or capitals-only word at `at` that is a listed, unambiguous name. */
function listedNameAt(s: string, ctx: CaseContext, at: number): boolean {
  const e = wordEndAt(s, at);
  if (e < 0 || !(isLowerAt(s, at) || ctx.caselessAt(at, e))) return false;
  const flags = flagsIn(s, at, e);
  return (flags & LISTED) !== 0 && (flags & (AMBIGUOUS | EVERYDAY)) === 0;
}

/** After readName(): keeps a second word only if it is a listed name too. */
function knownOnly(s: string): void {
  if (nameWords < 2) return;
  if ((flagsIn(s, wordStart[1]!, wordEnd[1]!) & LISTED) !== 0) return;
  nameEnd = wordEnd[0]!;
  nameWords = 1;
}

/** Names after the cues of PERSON_CUES ("my name is ...", "Mr ...", "Thanks,\nSarah"). */
function findAfterCues(s: string, lower: string, cues: readonly PhraseMatch[], ctx: CaseContext, out: DetectedEntity[]): void {
  let skip = 0;
  for (let ci = 0; ci < cues.length; ci++) {
    const cue = cues[ci]!;
    if (cue.index < skip) continue;
    const info = CUE_INFO.get(cue.phrase)!;
    const kind = info.kind;
    let at = cue.index + cue.phrase.length;
    const sepEnd = separatorEnd(s, at);
    if (kind === 'signoff' && (!signoffSeparatorOk(s, at, sepEnd) || !hasNonSpace(s, at, at + 40))) continue;
    if (sepEnd === at) continue;
    at = sepEnd;
    // Colloquial German puts an article before the name: "ich bin der Thomas", "hier ist die Anna".
    let afterArticle = false;
    if (info.germanArticle) {
      const article = GERMAN_ARTICLE.exec(s.slice(at, at + 8));
      if (article) { at += article[0].length; afterArticle = true; }
    }
    const strong = kind === 'strong';
    // After a weak cue or a title, a lower-case or capitals-only word is read only if it is a listed name
    // ("this is tyrone speaking", "MR NGUYEN"), and then with at most a listed surname after it.
    const listedLower = (kind === 'weak' || kind === 'title') && listedNameAt(s, ctx, at);
    if (listedLower) {
      if (!readName(s, ctx, at, true, 2)) continue;
      knownOnly(s);
    } else if (!readName(s, ctx, at, strong || kind === 'signoff' || kind === 'holder')) continue;
    const end = nameEnd;
    const words = nameWords;
    const caseless = nameCaseless;
    const firstFlags = flagsIn(s, wordStart[0]!, wordEnd[0]!);
    const firstCap = !caseless && isUpperAt(s, at);
    const known = (firstFlags & LISTED) !== 0;
    const ambiguous = (firstFlags & AMBIGUOUS) !== 0;
    const everyday = (firstFlags & EVERYDAY) !== 0;
    // A lower-case (or capitals-only) word counts as a listed name only if it is not an everyday word too.
    const knownClear = known && !ambiguous && !everyday;
    let score = 0;
    if (strong) score = 0.9;
    else if (kind === 'holder') score = firstCap ? 0.85 : knownClear ? 0.8 : 0;
    else if (kind === 'title') score = firstCap ? 0.88 : knownClear ? 0.8 : 0;
    else if (kind === 'signoff') {
      // "Thanks, Sarah" / "Regards,\nJohn Smith": capitalised names, or lower-case ones that end the line.
      const after = s.slice(end, end + 2);
      const endsLine = after === '' || LINE_END.test(after);
      // Capitals-only or Title-Cased words ("THANK YOU ALL SORTED") count only if listed.
      // Everyday closings ("thanks mate", "merci beaucoup", "gracias amigo") are not names unless listed.
      if ((firstFlags & CLOSING) !== 0 && !known) score = 0;
      else score = firstCap ? (known ? 0.85 : 0.8) : (known && !everyday) || (!caseless && endsLine && words <= 2) ? 0.7 : 0;
    } else if (kind === 'weak') {
      const after = lower.slice(end, end + 10);
      const closes = after === '' || CLOSES.test(after);
      const germanNoun = cue.phrase === 'hier ist' || cue.phrase === 'ich bin';
      // Lower-case (or capitals-only) text: a listed name that closes the phrase ("this is tyrone speaking",
      // "hi aisha,"), that a new clause follows ("this is tanisha my number is ...") or that a listed
      // surname follows.
      const following = FOLLOWING_WORD.exec(after)?.[1];
      const clauseFollows = words === 1 && following !== undefined && (flagsOf(following) & SENTENCE) !== 0;
      const lowerName = knownClear && (closes || clauseFollows || (words === 2 && (flagsIn(s, wordStart[1]!, wordEnd[1]!) & SURNAME) !== 0));
      score = !firstCap ? (lowerName ? 0.7 : 0)
        : known && !ambiguous ? 0.85
        : words >= 2 && !germanNoun ? 0.8
        : closes ? 0.75 : germanNoun ? 0 : 0.6;
      // "im" ("im sarah", typed without an apostrophe) is also German ("im Laden"): only a listed name counts.
      if (cue.phrase === 'im' && !(known && !ambiguous)) score = 0;
      // After "ich bin der" / "hier ist die" a listed name counts wherever the sentence goes on.
      if (afterArticle) score = known && !ambiguous ? 0.8 : 0;
    }
    if (score > 0) out.push({ type: 'PERSON', start: at, end, score });
    skip = Math.max(skip, end);
  }
}

/**
 * Capitalised listed first names anywhere, with following capitalised words as surnames; listed
 * surnames of four letters or more alone too ("its Nguyen, i cant log in"), except in German, where
 * nouns are capitalised. In a Title-Case run only listed names count.
 */
function findCapitalisedNames(s: string, language: string, ctx: CaseContext, out: DetectedEntity[], firstCapital: number): void {
  let p = 0;
  for (let first = true; ; first = false) {
    // The next match of CAP_WORD as a /gu regex would find from `p` that can matter: it starts with
    // \p{Lu}, so only capitals are tried, code point by code point as a `u` regex advances, and those
    // that person-capitals.ts shows to start no match or a word that is passed over are skipped
    // (nextCandidateAt; the two checks below for them are kept for clarity).
    // (`firstCapital` is nextCandidateAt(s, 0), found by the caller.)
    const index = first ? firstCapital : nextCandidateAt(s, p);
    if (index < 0) break;
    // (The first capital was found before findAfterCues ran: its word is read again, which sets
    // simpleMayBeListed again. For the others, the call that found them has just read it.)
    const simple = first ? simpleCapWordEnd(s, index) : candidateEnd;
    if (simple === NO_MATCH) { p = index + 1; continue; }
    /** The word's lower case without a possessive "'s" (base()); null for a simple word. */
    let l: string | null = null;
    let possessive = false;
    let flags: number;
    let wordLength: number;
    if (simple > 0) {
      // A word the filter rejects is not listed: the checks below would skip it.
      p = simple;
      if (!simpleMayBeListed) continue;
      // A simple word (a capital, then lower-case letters: see person-capitals.ts) is no possessive, and
      // its lower case has its length and is its own base(): flagsOf(l) and flagsOf(base(l)) below are
      // both the flags of this one look-up, and l === 'jan' iff the word is "Jan".
      flags = flagsIn(s, index, simple);
      wordLength = simple - index;
    } else {
      CAP_WORD_AT.lastIndex = index;
      if (!CAP_WORD_AT.test(s)) { p = index + codePointWidth(s, index); continue; }
      const w = s.slice(index, CAP_WORD_AT.lastIndex);
      p = CAP_WORD_AT.lastIndex;
      // A possessive ends the name and stays outside it: "Sarah's phone" -> "[PERSON_1]'s phone".
      possessive = isPossessive(w);
      l = possessive ? base(w) : w.toLowerCase();
      flags = flagsOf(l);
      wordLength = w.length;
    }
    const firstName = (flags & FIRST) !== 0;
    const surnameOnly = !firstName && (l === null ? wordLength : l.length) >= 4 && language !== 'de' && (flags & SURNAME) !== 0;
    if ((!firstName && !surnameOnly) || (flags & AMBIGUOUS) !== 0) continue;
    if (((l === null ? flags : flagsOf(base(l))) & NOT_A_NAME) !== 0) continue;
    if (index > 0 && (classAt(s, index - 1, index) & (LETTER | NUMBER)) !== 0) continue;
    let end = index + wordLength - (possessive ? 2 : 0);
    // "Jan 15" is a date, not Jan.
    if ((l === null ? wordLength === 3 && s.startsWith('Jan', index) : l === 'jan') && DIGIT_NEXT.test(s.slice(end, end + 2))) continue;
    if (possessive) {
      out.push({ type: 'PERSON', start: index, end, score: surnameOnly ? 0.6 : 0.65 });
      continue;
    }
    if (ctx.inTitleCaseRun(index, end)) {
      if (surnameOnly) continue;
      const next = TITLE_CASE_NEXT.exec(s.slice(end, end + 42));
      const nextFlags = next === null ? 0 : flagsOf(next[1]!.toLowerCase());
      const surname = next !== null && (nextFlags & SURNAME) !== 0 && (nextFlags & AMBIGUOUS) === 0;
      if (surname) end += next[0].length;
      out.push({ type: 'PERSON', start: index, end, score: surname ? 0.8 : 0.65 });
      p = end;
      continue;
    }
    if (!readName(s, ctx, index, false)) continue;
    const surname = nameWords > 1;
    out.push({ type: 'PERSON', start: index, end: nameEnd, score: surname ? 0.8 : surnameOnly ? 0.6 : 0.65 });
    p = nameEnd;
  }
}

/** Reset at the start and the end of every call, and when detect() returns after an error: nothing carries over from one text to the next. */
const CONTEXT = new CaseContext('');
onRelease(() => CONTEXT.reset(''));

export const personRecognizer: Recognizer = Object.freeze({
  name: 'person',
  find(input: RecognizerInput): DetectedEntity[] {
    // Without a cue and without a capital where findCapitalisedNames stops, neither pass finds anything.
    const cues = CUES.matches(input.lower);
    const firstCapital = nextCandidateAt(input.norm, 0);
    if (cues.length === 0 && firstCapital < 0) return [];
    const s = input.norm;
    const ctx = CONTEXT;
    ctx.reset(s);
    const out: DetectedEntity[] = [];
    findAfterCues(s, input.lower, cues, ctx, out);
    findCapitalisedNames(s, input.language, ctx, out, firstCapital);
    // Keep neither the text nor its tables (person-runs.ts) until the next call.
    ctx.reset('');
    return out;
  },
});
