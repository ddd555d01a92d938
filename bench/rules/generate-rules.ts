/**
 * Deterministic synthetic rule sets for the rules benchmark: N rules mixing every cheap and costly
 * condition kind (intent lists, confidence, turn/unhelpful counts, page context, phrases, patterns,
 * PII types, locale, nested any/not), each with a hand-off action and a two-language explanation.
 */
import { stringify } from 'yaml';
import type { ConditionSpec, DecisionContext, RuleSpec } from '../../core/rules/index.ts';
import { INTENT_LABELS } from '../../core/intent/index.ts';

const PII = ['PHONE', 'EMAIL', 'CREDIT_CARD', 'IBAN', 'IMEI', 'ADDRESS'];
/** Rules only name these intents and the bench messages carry the others, so no rule matches: every rule is evaluated (worst case). */
const RULE_INTENTS = INTENT_LABELS.slice(0, 20);
const MESSAGE_INTENTS = INTENT_LABELS.slice(20);
const WORDS = ['refund', 'ombudsman', 'engineer', 'contract', 'router', 'abroad', 'invoice', 'password', 'upgrade', 'signal'];

/** mulberry32: small seeded PRNG so every run benchmarks the same rules. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateRules(count: number, seed = 42): RuleSpec[] {
  const rand = prng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const rules: RuleSpec[] = [];
  for (let i = 0; i < count; i++) {
    const when: ConditionSpec = { intent: [pick(RULE_INTENTS), pick(RULE_INTENTS)] };
    switch (i % 6) {
      case 0: when.confidenceBelow = Number((0.2 + rand() * 0.3).toFixed(2)); break;
      case 1: when.unhelpfulAtLeast = 1 + Math.floor(rand() * 3); when.turnAtLeast = 2; break;
      case 2: when.page = { plan: pick(['business', 'prepaid', 'family']) }; break;
      case 3: when.phrase = [pick(WORDS), pick(WORDS)]; break;
      case 4: when.pattern = `\\b${pick(WORDS)}\\s+\\d{2,4}\\b`; break;
      default: when.any = [{ piiDetected: [pick(PII)] }, { not: { locale: pick(['en', 'de']) } }];
    }
    rules.push({
      id: `rule-${i}`,
      when,
      then: { handoff: { queue: pick(['general', 'billing', 'security']), priority: pick(['normal', 'high'] as const) } },
      explain: { en: `Rule ${i} matched.`, de: `Regel ${i} passt.` },
    });
  }
  return rules;
}

export function rulesYaml(rules: RuleSpec[]): string {
  return stringify({
    version: 1,
    defaultLocale: 'en',
    locales: ['en', 'de'],
    disclosure: { en: 'You are chatting with an automated assistant.', de: 'Sie chatten mit einem automatischen Assistenten.' },
    answers: {
      check_usage: { en: { title: 'Usage', text: 'See the app.' }, de: { title: 'Verbrauch', text: 'Siehe App.' } },
      roaming: { en: { title: 'Roaming', text: 'EU roaming is included.' }, de: { title: 'Roaming', text: 'EU-Roaming inklusive.' } },
    },
    rules,
  }, { lineWidth: 0 });
}

/** Messages as the widget would pass them; their intents are outside RULE_INTENTS, so every rule is evaluated. */
export function benchContexts(count = 64, seed = 7): DecisionContext[] {
  const rand = prng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const texts = ['how much data have i got left', 'my router keeps dropping [PHONE_1]', 'can I use my phone abroad in spain', 'why is my invoice so high this month', 'hello there'];
  return Array.from({ length: count }, (): DecisionContext => {
    const label: string = pick(MESSAGE_INTENTS);
    const score = Number((0.3 + rand() * 0.69).toFixed(3));
    return {
      text: pick(texts),
      piiTypes: rand() < 0.3 ? [pick(PII)] : [],
      intent: { label, score, top: [{ label, score }, { label: pick<string>(INTENT_LABELS), score: (1 - score) / 2 }], outOfScope: label === 'out_of_scope', localeSupported: true },
      turn: 1 + Math.floor(rand() * 3),
      unhelpfulCount: Math.floor(rand() * 2),
      optedOut: false,
      askedForHuman: false,
      locale: pick(['en', 'de']),
      page: rand() < 0.5 ? { plan: pick(['consumer', 'business']) } : {},
      now: new Date('2026-06-02T10:00:00Z'),
    };
  });
}
