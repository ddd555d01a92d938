/**
 * SECRET: passwords, PINs, PUKs, card security codes (CVV/CVC), one-time codes, porting codes (UK PAC/STAC, French RIO) and security
 * answers, always announced by a cue in one of four languages.
 */
import type { DetectedEntity, Recognizer, RecognizerInput } from '../types.ts';
import { SECRET_CUES, type SecretCueKind } from '../data/context-words.ts';
import { SENTENCE_WORDS } from '../data/stopwords.ts';
import { countDigits, hasDigits, readToken, SHARED_PHRASES, valueStart } from './cue-value.ts';
import { isSpace, unitClass } from '../unit-class.ts';

type Kind = SecretCueKind;
/** The kinds, numbered for the phrase index: each cue carries its kind's number (no Map look-up per match). */
const KINDS = Object.keys(SECRET_CUES) as Kind[];
const KIND_NUMBER = new Map<string, number>();
for (const [k, list] of Object.entries(SECRET_CUES) as [Kind, readonly string[]][]) for (const c of list) KIND_NUMBER.set(c, KINDS.indexOf(k));
const CUES = SHARED_PHRASES.defineValued(KIND_NUMBER);
const STOP = new Set(['and', 'or', 'but', 'for', 'to', 'is', 'reset', 'please', 'again', 'not', 'doesn', "doesn't", "isn't", 'expired', 'wrong', 'blocked', 'locked', 'changed', 'und', 'oder', 'nicht', 'falsch', 'gesperrt', 'et', 'ou', 'pas', 'bloqué', 'y', 'o', 'no', 'bloqueado', 'vergessen', 'oublié', 'olvidado', 'forgot', 'sent', 'received', 'code', 'number', 'ne', 'n\'est', 'ist', 'est', 'es', 'que', 'that', 'was', 'did', 'does', 'by', 'via', 'with', 'mit', 'avec', 'con', 'from', 'von', 'de', 'to', 'a', 'an', 'the', 'le', 'la', 'el', 'der', 'die', 'das', 'on', 'in', 'at', 'sms', 'text', 'email', 'e-mail']);
const NOT_SECRET_CODE = /(?:postal|post|zip|area|promo|discount|error|fehler|erreur|country|sort|dial|rabatt|gutschein|voucher|coupon|qr|bar|source|tariff|tarif|plan|product|produkt|ticket)[ \t-]*$/u;
const EXPLICIT = /(?:[:=]|(?<![\p{L}])(?:is|ist|lautet|est|es|c'est|was|war|était|era|sería|would be)(?![\p{L}]))/u;

const PLACEHOLDER_VALUE = /^\[[A-Z_]+_\d+\]$/;
const PIN = /^\d{4,8}$/;
const PUK = /^\d{8,10}$/;
const CVV = /^\d{3,4}$/;
const CODE = /^[A-Za-z0-9-]{4,12}$/;
const PORTING = /^[A-Za-z0-9]{6,12}$/;
const ANSWER = /^\p{L}[\p{L}'-]*$/u;
const SECOND_WORD = /^ (\p{Lu}[\p{L}'-]{1,30})/u;
/** Per-character tests of the value loops, as table lookups of these regexes (see unit-class.ts). */
const SENTENCE_END = unitClass(/[.,;]/);
const ANSWER_CHAR = unitClass(/[\p{L}'-]/u);

function acceptable(kind: Kind, value: string, explicit: boolean): boolean {
  const lower = value.toLowerCase();
  if (value.length === 0 || STOP.has(lower) || (value.charCodeAt(0) === 91 && PLACEHOLDER_VALUE.test(value))) return false;
  const digits = countDigits(value);
  switch (kind) {
    case 'pin': return PIN.test(value);
    case 'puk': return PUK.test(value);
    case 'cvv': return CVV.test(value);
    case 'code': return CODE.test(value) && digits >= 4;
    case 'porting': return PORTING.test(value) && digits >= 3;
    case 'password': return explicit && value.length >= 4;
    case 'answer': return explicit && ANSWER.test(value);
  }
}

/** ASCII digits each kind's value needs (PIN \d{4,8}, PUK \d{8,10}, CVV \d{3,4}, code 4, porting 3). */
const DIGITS_NEEDED: Readonly<Record<Kind, number>> = Object.freeze({ pin: 4, puk: 8, cvv: 3, code: 4, porting: 3, password: 0, answer: 0 });
/**
 * The value of a kind that reads a token lies in [cueEnd, cueEnd + VALUE_REACH): valueStart() skips at
 * most 40 characters, readToken() reads at most 64. A cue whose window holds fewer digits than its kind
 * needs is rejected by acceptable() whatever the regexes say, so it is skipped before them.
 */
const VALUE_REACH = 40 + 64;

export const secretRecognizer: Recognizer = Object.freeze({
  name: 'secret',
  find(input: RecognizerInput): DetectedEntity[] {
    const out: DetectedEntity[] = [];
    const { lower, norm } = input;
    let skip = 0;
    const cues = CUES.matches(lower);
    if (cues.length === 0) return out;
    const kinds = CUES.values(lower);
    for (let ci = 0; ci < cues.length; ci++) {
      const cue = cues[ci]!;
      if (cue.index < skip) continue;
      const kind = KINDS[kinds[ci]!]!;
      const need = DIGITS_NEEDED[kind];
      if (need > 0 && !hasDigits(lower, cue.index + cue.phrase.length, cue.index + cue.phrase.length + VALUE_REACH, need)) continue;
      if (kind === 'code' && NOT_SECRET_CODE.test(lower.slice(Math.max(0, cue.index - 12), cue.index))) continue;
      const cueEnd = cue.index + cue.phrase.length;
      const start = valueStart(lower, cueEnd);
      // Only passwords, answers and codes read `explicit` (pure tests are skipped where unused).
      const explicit = (kind === 'code' || kind === 'password' || kind === 'answer') && EXPLICIT.test(lower.slice(cueEnd, start));
      let end = kind === 'password' || kind === 'answer' ? start : readToken(norm, start, 64);
      if (kind === 'password') {
        // Passwords may contain any punctuation: read to the next space, trim a sentence-final dot/comma.
        while (end < norm.length && end - start < 64 && !isSpace(norm.charCodeAt(end))) end++;
        while (end > start && SENTENCE_END(norm.charCodeAt(end - 1))) end--;
      }
      let value = norm.slice(start, end);
      if (kind === 'answer') {
        while (end < norm.length && ANSWER_CHAR(norm.charCodeAt(end)) && end - start < 40) end++;
        value = norm.slice(start, end);
        // A second capitalised word belongs to the answer ("Mary Smith").
        const more = SECOND_WORD.exec(norm.slice(end, end + 34));
        if (more && !SENTENCE_WORDS.has(more[1]!.toLowerCase()) && acceptable(kind, value, explicit)) end += more[0].length;
      }
      if (!acceptable(kind, value, explicit)) continue;
      const score = kind === 'code' && !explicit ? 0.75 : 0.92;
      out.push({ type: 'SECRET', start, end, score });
      skip = Math.max(skip, end);
    }
    return out;
  },
});
