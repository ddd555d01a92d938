/**
 * Reads the corpus sources in models/data/source/: "## label" sections of hand-written templates
 * with {a|b} alternatives and <slot> fillers, and expands them into examples.
 */
import type { Rng } from './rng.ts';

export interface Template {
  label: string;
  locale: string;
  /** Stable id of the template ("en:billing_question:3"): examples of one template share a group. */
  group: string;
  text: string;
}

export interface CorpusExample {
  text: string;
  label: string;
  locale: string;
  group: string;
}

export class CorpusSourceError extends Error {
  override name = 'CorpusSourceError';
}

/** Parses a source file into templates (or, with no alternations, plain messages). */
export function parseSource(source: string, locale: string, fileName: string, validLabels?: readonly string[]): Template[] {
  const out: Template[] = [];
  let label: string | null = null;
  let index = 0;
  source.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || (line.startsWith('#') && !line.startsWith('##'))) return;
    if (line.startsWith('## ')) {
      label = line.slice(3).trim();
      index = 0;
      if (validLabels && !validLabels.includes(label)) {
        throw new CorpusSourceError(`${fileName}:${i + 1}: unknown label "${label}"; valid labels: ${validLabels.join(', ')}`);
      }
      return;
    }
    if (label === null) throw new CorpusSourceError(`${fileName}:${i + 1}: text before the first "## label" line`);
    out.push({ label, locale, group: `${locale}:${label}:${index++}`, text: line });
  });
  return out;
}

type Segment = { kind: 'text'; value: string } | { kind: 'alt'; options: string[] };

function segments(template: string): Segment[] {
  const segs: Segment[] = [];
  const re = /\{([^{}]*)\}/g;
  let last = 0;
  for (const m of template.matchAll(re)) {
    if (m.index! > last) segs.push({ kind: 'text', value: template.slice(last, m.index) });
    segs.push({ kind: 'alt', options: m[1]!.split('|') });
    last = m.index! + m[0].length;
  }
  if (last < template.length) segs.push({ kind: 'text', value: template.slice(last) });
  return segs;
}

/** Number of distinct texts a template spells (before slot filling). */
export function variantCount(template: string): number {
  return segments(template).reduce((n, s) => (s.kind === 'alt' ? n * s.options.length : n), 1);
}

function fillSlots(text: string, slots: Record<string, string[]>, rng: Rng, where: string): string {
  return text.replace(/<([a-z_]+)>/g, (_, name: string) => {
    const fillers = slots[name];
    if (!fillers?.length) throw new CorpusSourceError(`${where}: unknown slot <${name}>; valid slots: ${Object.keys(slots).join(', ')}`);
    return rng.pick(fillers);
  });
}

const tidy = (s: string) => s.replace(/\s+/g, ' ').replace(/\s+([?!.,])/g, '$1').trim();

/** Up to `k` distinct spellings of a template, alternatives chosen at random (all when there are fewer). */
export function expandTemplate(t: Template, k: number, slots: Record<string, string[]>, rng: Rng): CorpusExample[] {
  const segs = segments(t.text);
  const total = variantCount(t.text);
  const seen = new Set<string>();
  const out: CorpusExample[] = [];
  const emit = (choice: number[]) => {
    let ai = 0;
    const text = tidy(segs.map((s) => (s.kind === 'text' ? s.value : s.options[choice[ai++]!]!)).join(''));
    if (text === '' || seen.has(text)) return;
    seen.add(text);
    out.push({ text: tidy(fillSlots(text, slots, rng, t.group)), label: t.label, locale: t.locale, group: t.group });
  };
  const alts = segs.filter((s): s is Extract<Segment, { kind: 'alt' }> => s.kind === 'alt');
  if (total <= k) {
    for (let n = 0; n < total; n++) {
      let rest = n;
      emit(alts.map((a) => { const c = rest % a.options.length; rest = Math.floor(rest / a.options.length); return c; }));
    }
  } else {
    for (let tries = 0; out.length < k && tries < k * 10; tries++) emit(alts.map((a) => rng.int(a.options.length)));
  }
  return out;
}
