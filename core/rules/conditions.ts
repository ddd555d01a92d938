import { isOpen } from './business-hours.ts';
import { localeMatches } from './locale.ts';
import type { BusinessHours, ConditionSpec, ConditionTrace, DecisionContext, TraceValue } from './types.ts';

/** A precompiled condition: evaluates every part (for a complete trace) and returns whether it matched. */
export type ConditionEvaluator = (context: DecisionContext, trace: ConditionTrace[]) => boolean;

type Leaf = (context: DecisionContext) => { saw: TraceValue; matched: boolean };

const asList = (value: string | string[]): string[] => (Array.isArray(value) ? value : [value]);
const listText = (values: readonly string[]) => (values.length === 1 ? values[0]! : `[${values.join(', ')}]`);

/** Thrown at link time when a bundle holds a condition the engine cannot run (e.g. an invalid regex). */
export class ConditionError extends Error {
  override name = 'ConditionError';
}

function leaf(key: string, value: unknown, hours: BusinessHours | undefined): { text: string; test: Leaf } {
  switch (key) {
    case 'intent': {
      const ids = asList(value as string | string[]);
      const set = new Set(ids);
      return { text: ids.length === 1 ? `intent is ${ids[0]}` : `intent in ${listText(ids)}`, test: (c) => ({ saw: c.intent?.label ?? null, matched: !!c.intent && set.has(c.intent.label) }) };
    }
    case 'confidenceBelow': {
      const limit = value as number;
      return { text: `confidence below ${limit}`, test: (c) => ({ saw: c.intent?.score ?? null, matched: !!c.intent && c.intent.score < limit }) };
    }
    case 'confidenceAtLeast': {
      const limit = value as number;
      return { text: `confidence at least ${limit}`, test: (c) => ({ saw: c.intent?.score ?? null, matched: !!c.intent && c.intent.score >= limit }) };
    }
    case 'outOfScope':
      return { text: `out of scope is ${String(value)}`, test: (c) => ({ saw: c.intent ? c.intent.outOfScope : null, matched: !!c.intent && c.intent.outOfScope === value }) };
    case 'localeSupported':
      return { text: `locale supported by the model is ${String(value)}`, test: (c) => ({ saw: c.intent ? c.intent.localeSupported : null, matched: !!c.intent && c.intent.localeSupported === value }) };
    case 'modelAvailable':
      return { text: `intent model available is ${String(value)}`, test: (c) => ({ saw: c.intent !== null, matched: (c.intent !== null) === value }) };
    case 'piiDetected': {
      if (typeof value === 'boolean') {
        return { text: `personal data detected is ${String(value)}`, test: (c) => ({ saw: [...c.piiTypes], matched: (c.piiTypes.length > 0) === value }) };
      }
      const set = new Set(value as string[]);
      return { text: `personal data of type ${listText(value as string[])} detected`, test: (c) => ({ saw: [...c.piiTypes], matched: c.piiTypes.some((t) => set.has(t)) }) };
    }
    case 'phrase': {
      const phrases = asList(value as string | string[]);
      const lower = phrases.map((p) => p.toLowerCase());
      return {
        text: `message contains ${phrases.map((p) => `“${p}”`).join(' or ')}`,
        test: (c) => {
          const text = c.text.toLowerCase();
          const hit = lower.findIndex((p) => text.includes(p));
          return { saw: hit >= 0 ? phrases[hit]! : null, matched: hit >= 0 };
        },
      };
    }
    case 'pattern': {
      let regex: RegExp;
      try {
        regex = new RegExp(value as string, 'i');
      } catch (error) {
        throw new ConditionError(`Invalid pattern /${String(value)}/: ${(error as Error).message}`);
      }
      return {
        text: `message matches /${String(value)}/`,
        test: (c) => {
          const m = regex.exec(c.text);
          return { saw: m ? m[0] : null, matched: m !== null };
        },
      };
    }
    case 'turnAtLeast':
      return { text: `turn at least ${String(value)}`, test: (c) => ({ saw: c.turn, matched: c.turn >= (value as number) }) };
    case 'turnAtMost':
      return { text: `turn at most ${String(value)}`, test: (c) => ({ saw: c.turn, matched: c.turn <= (value as number) }) };
    case 'unhelpfulAtLeast':
      return { text: `answers marked unhelpful at least ${String(value)}`, test: (c) => ({ saw: c.unhelpfulCount, matched: c.unhelpfulCount >= (value as number) }) };
    case 'optedOut':
      return { text: `customer opted out of AI is ${String(value)}`, test: (c) => ({ saw: c.optedOut, matched: c.optedOut === value }) };
    case 'askedForHuman':
      return { text: `customer asked for a person is ${String(value)}`, test: (c) => ({ saw: c.askedForHuman, matched: c.askedForHuman === value }) };
    case 'disagreed':
      return { text: `customer disagreed with the last answer is ${String(value)}`, test: (c) => ({ saw: c.disagreed === true, matched: (c.disagreed === true) === value }) };
    case 'businessHours':
      return {
        text: value ? 'within business hours' : 'outside business hours',
        test: (c) => {
          const open = hours ? isOpen(hours, c.now) : true;
          return { saw: open ? 'open' : 'closed', matched: open === value };
        },
      };
    case 'locale': {
      const locales = asList(value as string | string[]);
      return { text: `locale is ${listText(locales)}`, test: (c) => ({ saw: c.locale, matched: locales.some((l) => localeMatches(c.locale, l)) }) };
    }
    default:
      throw new ConditionError(`Unknown condition \`${key}\``);
  }
}

function pageLeaves(page: Record<string, string | string[]>): { key: string; text: string; test: Leaf }[] {
  return Object.keys(page).map((name) => {
    const wanted = asList(page[name]!);
    return {
      key: `page.${name}`,
      text: `page ${name} is ${listText(wanted)}`,
      test: (c: DecisionContext) => {
        const seen = Object.hasOwn(c.page, name) ? c.page[name]! : null;
        return { saw: seen, matched: seen !== null && wanted.includes(seen) };
      },
    };
  });
}

/** Compiles a condition (as written in rules.yaml) into a closure; done once per bundle. */
export function compileCondition(spec: ConditionSpec | undefined, hours: BusinessHours | undefined, prefix = ''): ConditionEvaluator {
  if (!spec) return () => true;
  const parts: ConditionEvaluator[] = [];
  for (const key of Object.keys(spec) as (keyof ConditionSpec)[]) {
    const value = spec[key];
    if (value === undefined) continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (key === 'all' || key === 'any') {
      const children = (value as ConditionSpec[]).map((child, i) => compileCondition(child, hours, `${path}[${i}]`));
      const wantAll = key === 'all';
      parts.push((c, trace) => {
        let result = wantAll;
        for (const child of children) {
          const ok = child(c, trace);
          result = wantAll ? result && ok : result || ok;
        }
        return result;
      });
    } else if (key === 'not') {
      const child = compileCondition(value as ConditionSpec, hours, path);
      parts.push((c, trace) => {
        const start = trace.length;
        const ok = child(c, trace);
        trace.splice(start, 0, { path, condition: 'none of the following', saw: null, matched: !ok });
        return !ok;
      });
    } else if (key === 'page') {
      for (const p of pageLeaves(value as Record<string, string | string[]>)) {
        const full = prefix ? `${prefix}.${p.key}` : p.key;
        parts.push((c, trace) => {
          const r = p.test(c);
          trace.push({ path: full, condition: p.text, saw: r.saw, matched: r.matched });
          return r.matched;
        });
      }
    } else {
      const { text, test } = leaf(key, value, hours);
      parts.push((c, trace) => {
        const r = test(c);
        trace.push({ path, condition: text, saw: r.saw, matched: r.matched });
        return r.matched;
      });
    }
  }
  if (parts.length === 1) return parts[0]!;
  return (c, trace) => {
    let result = true;
    for (const part of parts) result = part(c, trace) && result;
    return result;
  };
}
