/**
 * PERSON without a model: name cues ("my name is", "je m'appelle", "me llamo", "ich heiße", titles,
 * sign-offs, account holder phrases), compact first-name/surname lists and capitalisation.
 * Lower-case words count only after an explicit cue, so "roaming" or "mayo" are never names, and
 * words are Unicode-aware ("françois" is covered whole).
 */
import { PERSON_CUES, type PersonCueKind } from '../data/context-words.ts';
import { AMBIGUOUS_NAMES, FIRST_NAMES, SURNAMES_SET } from '../data/names.ts';
import { SENTENCE_WORDS } from '../data/stopwords.ts';
import type { DetectedEntity, Recognizer, RecognizerInput } from '../types.ts';
import { SHARED_PHRASES } from './cue-value.ts';

const KIND_OF = new Map<string, PersonCueKind>();
for (const [k, list] of Object.entries(PERSON_CUES) as [PersonCueKind, readonly string[]][]) for (const c of list) if (!KIND_OF.has(c)) KIND_OF.set(c, k);
const CUES = SHARED_PHRASES.define([...KIND_OF.keys()]);
const CAP_WORD = /\p{Lu}[\p{Ll}\p{M}]+(?:['’-]\p{L}[\p{Ll}\p{M}]*)*(?![\p{L}\p{N}])/gu;
const WORD_AT = /^[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*(?![\p{L}\p{M}\p{N}_'’-])/u;
const PARTICLES = new Set(['de', 'del', 'de la', 'van', 'von', 'der', 'den', 'du', 'di', 'da', 'le', 'la', 'y', 'dos', 'das']);
/** Capitalised words that never start or continue a name. */
const NOT_NAME = new Set(('i the a an my your our this that it and or but so if to for of in on at by with from please thanks thank hi hello hey dear yes no ok okay sorry ' +
  'monday tuesday wednesday thursday friday saturday sunday january february march april june july september october november december ' +
  'ich mein meine der die das und oder bitte danke hallo ja nein je mon ma le la les et ou merci bonjour oui non yo mi el los las y gracias hola sí ' +
  'unlimited plus pro max mini ultra lite iphone galaxy pixel samsung apple google huawei xiaomi nokia motorola sony vodafone orange telekom movistar ee o2 three sky virgin bt telefónica free bouygues sfr ' +
  'sim esim wifi wi-fi router roaming 4g 5g lte broadband fibre fiber mobile internet data account customer support team agent chat service help london paris madrid berlin barcelona munich hamburg lyon marseille valencia sevilla manchester new york english french german spanish').split(' '));

function isNameWord(word: string, allowLower: boolean): boolean {
  const l = word.toLowerCase();
  if (NOT_NAME.has(l) || SENTENCE_WORDS.has(l)) return false;
  // Acronyms ("NINO", "IMEI", "SIM") do not continue a name.
  if (word.length > 1 && word === word.toUpperCase()) return false;
  if (/^\p{Lu}/u.test(word)) return true;
  return allowLower && (FIRST_NAMES.has(l) || SURNAMES_SET.has(l));
}

/** Reads up to four name words from `at`; returns the end offset or -1. */
function readName(s: string, at: number, firstLower: boolean, maxWords = 4): { end: number; words: string[] } | null {
  let k = at;
  const words: string[] = [];
  let end = -1;
  while (words.length < maxWords) {
    const m = WORD_AT.exec(s.slice(k, k + 40));
    if (!m) break;
    const w = m[0];
    const first = words.length === 0;
    const lowerOk = firstLower && !NOT_NAME.has(w.toLowerCase()) && !SENTENCE_WORDS.has(w.toLowerCase()) && w.length > 1 && /^\p{Ll}/u.test(w);
    // After an explicit cue a lower-case name may have a lower-case surname ("a nombre de marcos saldivar").
    const okLower = first ? lowerOk : lowerOk && words.length < 3 && !/^\p{Lu}/u.test(words[0]!);
    if (!(okLower || isNameWord(w, !first && firstLower))) {
      // Allow particles between name words: "María de la Cruz", "Ludwig van Beethoven".
      if (!first && PARTICLES.has(w.toLowerCase())) {
        const next = /^[ \t](?:la[ \t])?(\p{Lu}[\p{L}\p{M}'’-]+)/u.exec(s.slice(k + w.length, k + w.length + 44));
        if (next && !NOT_NAME.has(next[1]!.toLowerCase())) { k += w.length; continue; }
      }
      break;
    }
    words.push(w);
    end = k + w.length;
    k = end;
    if (s[k] === ' ' && s[k + 1] !== ' ') k++; else break;
  }
  if (/^\s+$/.test(s.slice(end, k)) === false && words.length === 0) return null;
  return words.length ? { end, words } : null;
}

export const personRecognizer: Recognizer = Object.freeze({
  name: 'person',
  find(input: RecognizerInput): DetectedEntity[] {
    const s = input.norm;
    const lower = input.lower;
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
      const strong = kind === 'strong';
      const name = readName(s, at, strong || kind === 'signoff' || kind === 'holder');
      if (!name) continue;
      const firstLower = name.words[0]!.toLowerCase();
      const firstCap = /^\p{Lu}/u.test(name.words[0]!);
      const known = FIRST_NAMES.has(firstLower) || SURNAMES_SET.has(firstLower);
      let score = 0;
      if (strong) score = 0.9;
      else if (kind === 'holder') score = firstCap ? 0.85 : known && !AMBIGUOUS_NAMES.has(firstLower) ? 0.8 : 0;
      else if (kind === 'title') score = firstCap ? 0.88 : 0;
      else if (kind === 'signoff') {
        // "Thanks, Sarah" / "Regards,\nJohn Smith": capitalised names, or lower-case ones that end the line.
        const after = s.slice(name.end, name.end + 2);
        const endsLine = after === '' || /^[\s.!,]*(?:\n|$)/.test(after);
        score = firstCap ? (known ? 0.85 : 0.8) : known || (endsLine && name.words.length <= 2) ? 0.7 : 0;
      } else if (kind === 'weak') {
        const after = s.slice(name.end, name.end + 10);
        const closes = after === '' || /^(?:[.,!?\n]| speaking| here| from| calling)/.test(after);
        const germanNoun = /^(?:hier ist|ich bin)$/.test(cue.phrase);
        score = !firstCap ? 0
          : known && !AMBIGUOUS_NAMES.has(firstLower) ? 0.85
          : name.words.length >= 2 && !germanNoun ? 0.8
          : closes ? 0.75 : germanNoun ? 0 : 0.6;
      }
      if (score > 0) out.push({ type: 'PERSON', start: at, end: name.end, score });
      skip = Math.max(skip, name.end);
    }
    // Capitalised known first names anywhere, with following capitalised words as surnames.
    CAP_WORD.lastIndex = 0;
    while ((m = CAP_WORD.exec(s)) !== null) {
      const l = m[0].toLowerCase();
      if (!FIRST_NAMES.has(l) || AMBIGUOUS_NAMES.has(l)) continue;
      if (m.index > 0 && /[\p{L}\p{N}]/u.test(s[m.index - 1]!)) continue;
      const name = readName(s, m.index, false);
      if (!name) continue;
      const surname = name.words.length > 1;
      out.push({ type: 'PERSON', start: m.index, end: name.end, score: surname ? 0.8 : 0.65 });
      CAP_WORD.lastIndex = name.end;
    }
    return out;
  },
});
