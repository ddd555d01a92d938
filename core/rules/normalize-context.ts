import type { DecisionContext, IntentInfo } from './types.ts';

const isScore = (n: unknown): n is number => typeof n === 'number' && n >= 0 && n <= 1;
const count = (n: unknown, min: number) => (typeof n === 'number' && Number.isFinite(n) ? Math.max(min, Math.floor(n)) : min);

function normalizeIntent(value: unknown): IntentInfo | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Partial<IntentInfo>;
  if (typeof v.label !== 'string' || !isScore(v.score)) return null;
  const top = Array.isArray(v.top) ? v.top.filter((t) => t && typeof t.label === 'string' && isScore(t.score)).map((t) => ({ label: t.label, score: t.score })) : [];
  return { label: v.label, score: v.score, top, outOfScope: v.outOfScope === true, localeSupported: v.localeSupported !== false };
}

/**
 * A well-formed copy of a decision context, so decide() never throws on bad input: wrong types fall
 * back to the safest reading (no intent → a person; unknown flags → false; bad date → now).
 */
export function normalizeContext(context: unknown): DecisionContext {
  const c = (context && typeof context === 'object' ? context : {}) as Partial<Record<keyof DecisionContext, unknown>>;
  const page: Record<string, string> = {};
  if (c.page && typeof c.page === 'object') {
    for (const key of Object.keys(c.page)) {
      const value = (c.page as Record<string, unknown>)[key];
      if (typeof value === 'string') page[key] = value;
    }
  }
  const now = c.now instanceof Date && !Number.isNaN(c.now.getTime()) ? c.now : new Date();
  return {
    text: typeof c.text === 'string' ? c.text : '',
    piiTypes: Array.isArray(c.piiTypes) ? c.piiTypes.filter((t): t is string => typeof t === 'string') : [],
    intent: normalizeIntent(c.intent),
    turn: count(c.turn, 1),
    unhelpfulCount: count(c.unhelpfulCount, 0),
    optedOut: c.optedOut === true,
    askedForHuman: c.askedForHuman === true,
    disagreed: c.disagreed === true,
    locale: typeof c.locale === 'string' ? c.locale : '',
    page,
    now,
  };
}
