/**
 * Safety gate for engine refactors: dumps detect() output for every message of the generated splits
 * (the bench's seed), the Presidio cases and a 100 KB mixed text, as one JSON line per input, so two
 * versions of the engine can be diffed byte for byte.
 *   npx tsx bench/pii/dump-detections.ts > before.jsonl   (then after a change: diff before.jsonl after.jsonl)
 */
import { existsSync, readFileSync } from 'node:fs';
import { detect, scrub } from '../../core/privacy/index.ts';
import { generate, split, SAFE_PATTERNS } from './generate.ts';

const SEED = 20261129;
const COUNT = 5000;
const out: string[] = [];
const emit = (label: string, text: string, locale: string): void => {
  let r: unknown;
  try { r = { entities: detect(text, { locale, safePatterns: SAFE_PATTERNS }), text: scrub(text, { locale, safePatterns: SAFE_PATTERNS }).text }; } catch (e) { r = { error: String((e as Error)?.message ?? e) }; }
  out.push(JSON.stringify({ label, r }));
};

const parts = split(generate(SEED, COUNT), SEED);
for (const name of ['train', 'dev', 'test'] as const) for (const m of parts[name]) emit(`${name}:${m.id}`, m.text, m.locale);

const presidio = '/work/shared/eval-public/pii-presidio-cases.jsonl';
if (existsSync(presidio)) {
  readFileSync(presidio, 'utf8').split('\n').filter(Boolean).forEach((l, i) => emit(`presidio:${i}`, (JSON.parse(l) as { text: string }).text, 'en-US'));
}

// 100 KB: the test messages joined, then a seeded mix of digits, separators, letters and symbols.
let big = parts.test.map((m) => m.text).join('\n');
let x = 987654;
const alphabet = '0123456789 +-().@:/aAbBzZ\nÉé４';
while (big.length < 100_000) { x = (x * 1103515245 + 12345) & 0x7fffffff; big += alphabet[x % alphabet.length]; }
big = big.slice(0, 100_000);
for (const locale of ['en-GB', 'en-US', 'de-DE', 'fr-FR', 'es-ES']) emit(`big:${locale}`, big, locale);
// The bench's adversarial shapes at 10 KB.
for (const unit of ['a', '1', '1 ', '1-', '1.', 'a@', '@a.', 'a.b@', '+44 (0) ', 'my name is ', 'my PIN is ', 'at dot ', '4111 ', 'Aa ', '12 Main ', 'Calle ', '::', 'ff:', 'Sarah ', '😀', '\u202e1\u202c ']) {
  emit(`adv:${unit}`, unit.repeat(Math.ceil(10_000 / unit.length)).slice(0, 10_000), 'en-GB');
}
process.stdout.write(out.join('\n') + '\n');
