import type { BusinessHours, LocalizedText, AnswerContent, PrivacySettings, RuleSpec, RulesSettings, ExplanationKey } from './types.ts';

/** rules.yaml after schema validation (defaults not yet filled in). */
export interface RulesSource {
  version: 1;
  defaultLocale: string;
  locales: string[];
  expiresAt?: string;
  settings?: Partial<RulesSettings>;
  queues?: string[];
  businessHours?: BusinessHours;
  disclosure: LocalizedText;
  notices?: Record<string, LocalizedText>;
  answers?: Record<string, Record<string, AnswerContent>>;
  explanations?: Partial<Record<ExplanationKey, LocalizedText>>;
  rules?: RuleSpec[];
  privacy?: Partial<PrivacySettings>;
  tests?: {
    name?: string; message: string; locale?: string; page?: Record<string, string>; turn?: number; unhelpfulCount?: number;
    optedOut?: boolean; askedForHuman?: boolean; now?: string;
    expect: { intent?: string; action?: 'answer' | 'clarify' | 'handoff' | 'notice'; rule?: string | null; queue?: string; priority?: 'low' | 'normal' | 'high' | 'urgent'; notice?: string };
  }[];
}
