/**
 * Builds the repo corpus from the hand-written sources in models/data/source/:
 *   - models/data/corpus.jsonl: training examples expanded from the templates (<lang>.txt) with slot
 *     fillers, typo and casing augmentation, de-duplicated, scrubbed by core/privacy;
 *   - models/data/dev.jsonl: the dev split (dev-<lang>.txt), hand-written separately, used only to fit
 *     the calibration temperature and out_of_scope threshold and to choose hyperparameters;
 *   - expansions identical to a test, dev or fairness-audit message are dropped;
 *   - models/data/dev-hard.jsonl: a harder hand-written dev split (dev-hard-<lang>.txt: phone-typed
 *     messages near label boundaries, rambling, slang, typos, a broad out_of_scope set), used only to
 *     compare training candidates (bench/intent/dev-sweep.ts), never to fit the shipped model;
 *   - models/data/dev-hard2.jsonl: a second hard dev split (dev-hard2-<lang>.txt) whose individual
 *     errors are never read, only its aggregate scores: a check on choices made with dev-hard's errors;
 *   - expansions identical to a test, dev or fairness-audit message are dropped;
 *   - models/data/test.jsonl: the held-out test split (test-<lang>.txt), written separately by hand
 *     and never expanded, augmented or tuned on; scrubbed the same way. It is written only with
 *     --write-test: the benchmark's test file stays byte-identical while the PII engine evolves (a
 *     fresh build that would differ is reported, not written).
 * Usage: npx tsx models/train/build-corpus.ts [--seed N] [--allow-unscrubbed] [--write-test]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { AUDIT_GROUPS, INTENT_LABELS, normalizeText } from '../../core/intent/index.ts';
import { expandTemplate, parseSource, type CorpusExample } from './corpus-source.ts';
import { Rng } from './rng.ts';
import { addTypos, restyle } from './typos.ts';
import { swapCounterparts } from './counterparts.ts';
import { loadScrubber, type Scrubber } from './scrub-corpus.ts';

const DATA = 'models/data';
export const CORPUS_LANGUAGES = Object.freeze(['en', 'de', 'fr', 'es']);
/** Template files per language: English has a file of dialects and registers; every language has one of short keyword-style messages and one of regional variants and SMS register; English, German and French one of natural phrasings (indirect requests, inflected verbs, compounds). */
const TEMPLATE_FILES: Record<string, readonly string[]> = Object.freeze({ en: ['en', 'en-extra', 'en-dialects', 'en-short', 'en-natural'], de: ['de', 'de-extra', 'de-short', 'de-regional', 'de-natural'], fr: ['fr', 'fr-extra', 'fr-short', 'fr-regional', 'fr-natural'], es: ['es', 'es-extra', 'es-short', 'es-regional'] });
/** Base (un-augmented) examples aimed for per label: English first, then the other languages. */
const TARGET: Record<string, number> = Object.freeze({ en: 150, de: 90, fr: 90, es: 90 });
const OOS_TARGET: Record<string, number> = Object.freeze({ en: 260, de: 120, fr: 120, es: 120 });
const TYPO_SHARE = 0.6;
const SECOND_TYPO_SHARE = 0.3;

function main(): Promise<void> | void {
  const args = process.argv.slice(2);
  const seedArg = args.indexOf('--seed');
  const seed = seedArg >= 0 ? Number(args[seedArg + 1]) : 7;
  const allowUnscrubbed = args.includes('--allow-unscrubbed');
  return build(seed, allowUnscrubbed, args.includes('--write-test'));
}

async function build(seed: number, allowUnscrubbed: boolean, writeTest: boolean): Promise<void> {
  const slots = JSON.parse(readFileSync(`${DATA}/source/slots.json`, 'utf8')) as Record<string, Record<string, string[]>>;
  let scrubber: Scrubber | null = null;
  try {
    scrubber = await loadScrubber();
  } catch (err) {
    if (!allowUnscrubbed) throw err;
    console.warn(`WARNING: ${(err as Error).message}. Writing an UNSCRUBBED corpus (--allow-unscrubbed).`);
  }
  const rng = new Rng(seed);
  const train: CorpusExample[] = [];
  for (const lang of CORPUS_LANGUAGES) {
    const templates = TEMPLATE_FILES[lang]!.flatMap((name) => {
      const file = `${DATA}/source/${name}.txt`;
      return parseSource(readFileSync(file, 'utf8'), lang, file, INTENT_LABELS).map((t) => ({ ...t, group: t.group.replace(`${lang}:`, `${name}:`) }));
    });
    const file = `${DATA}/source/${lang}.txt`;
    for (const label of INTENT_LABELS) {
      const mine = templates.filter((t) => t.label === label);
      if (mine.length === 0) throw new Error(`${file}: no templates for label ${label}`);
      const target = label === 'out_of_scope' ? OOS_TARGET[lang]! : TARGET[lang]!;
      const k = Math.ceil(target / mine.length);
      for (const t of mine) {
        for (const ex of expandTemplate(t, k, slots[lang]!, rng)) {
          train.push({ ...ex, text: restyle(ex.text, rng) });
          const swapped = lang === 'en' ? swapCounterparts(ex.text) : ex.text;
          if (swapped !== ex.text) train.push({ ...ex, text: swapped });
          if (rng.next() < TYPO_SHARE) train.push({ ...ex, text: addTypos(ex.text, rng) });
          if (rng.next() < SECOND_TYPO_SHARE) train.push({ ...ex, text: addTypos(ex.text, rng) });
        }
      }
    }
  }
  // The hard dev splits exist for some languages only (English first); test and dev for all.
  const handWritten = (split: 'test' | 'dev' | 'dev-hard' | 'dev-hard2'): CorpusExample[] =>
    CORPUS_LANGUAGES.flatMap((lang) => {
      const file = `${DATA}/source/${split}-${lang}.txt`;
      if (split.startsWith('dev-hard') && !existsSync(file)) return [];
      return parseSource(readFileSync(file, 'utf8'), lang, file, INTENT_LABELS).map((t) => ({ ...t }));
    });
  const test = handWritten('test');
  const dev = handWritten('dev');
  const devHard = handWritten('dev-hard');
  const devHard2 = handWritten('dev-hard2');
  const scrubbed = (rows: CorpusExample[]) => (scrubber ? rows.map((r) => ({ ...r, text: scrubber!(r.text, r.locale) })) : rows);
  // The fairness audit's sentences are held out like the test and dev messages.
  const auditTexts = AUDIT_GROUPS.flatMap((g) => g.texts.map((text) => ({ text })));
  const testKeys = new Set([...test, ...dev, ...devHard, ...devHard2, ...auditTexts].map((t) => normalizeText(t.text).trim()));
  const seen = new Map<string, string>();
  const dedup: CorpusExample[] = [];
  let droppedTestOverlap = 0;
  for (const ex of scrubbed(train)) {
    const key = normalizeText(ex.text).replace(/[^\p{L}\p{N}\[\]_]+/gu, ' ').trim();
    if (testKeys.has(normalizeText(ex.text).trim())) { droppedTestOverlap++; continue; }
    if (seen.has(key)) continue;
    seen.set(key, ex.label);
    dedup.push(ex);
  }
  const toJsonl = (rows: CorpusExample[]) => rows.map((r) => JSON.stringify({ text: r.text, label: r.label, locale: r.locale, group: r.group })).join('\n') + '\n';
  writeFileSync(`${DATA}/corpus.jsonl`, toJsonl(dedup));
  const plain = (rows: CorpusExample[]) => scrubbed(rows).map((r) => JSON.stringify({ text: r.text, label: r.label, locale: r.locale })).join('\n') + '\n';
  const testFile = `${DATA}/test.jsonl`;
  const freshTest = plain(test);
  if (writeTest || !existsSync(testFile)) writeFileSync(testFile, freshTest);
  else if (readFileSync(testFile, 'utf8') !== freshTest) {
    console.warn(`${testFile}: a fresh build differs (the PII engine changed since it was written); left byte-identical (pass --write-test to rewrite it)`);
  }
  writeFileSync(`${DATA}/dev.jsonl`, plain(dev));
  writeFileSync(`${DATA}/dev-hard.jsonl`, plain(devHard));
  writeFileSync(`${DATA}/dev-hard2.jsonl`, plain(devHard2));
  const counts: Record<string, Record<string, number>> = {};
  for (const r of dedup) ((counts[r.locale] ??= {})[r.label] = (counts[r.locale]![r.label] ?? 0) + 1);
  const meta = {
    seed,
    scrubbed: scrubber !== null,
    train_examples: dedup.length,
    test_examples: test.length,
    dev_examples: dev.length,
    dev_hard_examples: devHard.length,
    dev_hard2_examples: devHard2.length,
    dropped_because_identical_to_a_test_dev_or_audit_message: droppedTestOverlap,
    min_per_label: Object.fromEntries(Object.entries(counts).map(([l, c]) => [l, Math.min(...INTENT_LABELS.map((x) => c[x] ?? 0))])),
  };
  writeFileSync(`${DATA}/corpus-meta.json`, JSON.stringify(meta, null, 2) + '\n');
  console.log(JSON.stringify(meta));
}

await main();
