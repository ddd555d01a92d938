import { bundleHash } from './bundle-hash.ts';
import { DEFAULT_EXPLANATIONS } from './explanations.ts';
import { RULES_DEFAULTS } from './limits.ts';
import type { RulesBundle } from './types.ts';

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
};

const content: Omit<RulesBundle, 'hash'> = {
  format: 'clearline-rules',
  version: 1,
  createdAt: '1970-01-01T00:00:00.000Z',
  defaultLocale: 'en',
  locales: ['en', 'de', 'fr', 'es'],
  settings: {
    confidenceThreshold: 1,
    clarifyThreshold: 1,
    maxClarifyOptions: RULES_DEFAULTS.maxClarifyOptions,
    defaultQueue: RULES_DEFAULTS.defaultQueue,
    handoffAfterUnhelpful: 1,
  },
  disclosure: {
    en: 'You are chatting with an automated assistant. A person from our team will take over your conversation — you can ask for one at any time.',
    de: 'Sie chatten mit einem automatischen Assistenten. Eine Person aus unserem Team übernimmt Ihr Gespräch – Sie können jederzeit nach einer Person fragen.',
    fr: 'Vous échangez avec un assistant automatique. Une personne de notre équipe va reprendre la conversation — vous pouvez en demander une à tout moment.',
    es: 'Está hablando con un asistente automático. Una persona de nuestro equipo se hará cargo de la conversación; puede pedirla en cualquier momento.',
  },
  notices: {},
  answers: {},
  explanations: structuredClone(DEFAULT_EXPLANATIONS) as RulesBundle['explanations'],
  rules: [],
  privacy: { retentionDays: 0, handoffTranscript: 'last-message', safePatterns: [] },
};

/**
 * The built-in rule set used whenever a bundle is missing or refused: the AI disclosure is shown,
 * nothing is answered automatically (there are no answers), and every message goes to a person.
 */
export const SAFE_DEFAULT_BUNDLE: RulesBundle = deepFreeze({ ...content, hash: bundleHash(content as unknown as Record<string, unknown>) } as RulesBundle);
