/**
 * The named peer of the intent benchmark: @nlpjs/nlp (with @nlpjs/lang-en-min), trained on the same
 * examples. nlp.js answers "None" below its own confidence; that counts as out_of_scope. Only the
 * English language pack is installed, so every example is added as 'en' (nlp.js then treats the
 * German, French and Spanish words as unknown English tokens, which is how it would run here).
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { containerBootstrap } = require('@nlpjs/core') as { containerBootstrap: () => Promise<{ use: (x: unknown) => void; get: (n: string) => NlpLike }> };
const { Nlp } = require('@nlpjs/nlp') as { Nlp: unknown };
const { LangEn } = require('@nlpjs/lang-en-min') as { LangEn: unknown };

interface NlpLike {
  settings: Record<string, unknown>;
  addLanguage(l: string): void;
  addDocument(l: string, text: string, intent: string): void;
  train(): Promise<void>;
  process(l: string, text: string): Promise<{ intent: string; score: number; classifications?: { intent: string; score: number }[] }>;
  export(minified?: boolean): string;
}

export interface NlpjsPeer {
  classify(text: string): Promise<{ label: string; score: number }>;
  modelBytes(): number;
  modelJson(): string;
}

export async function trainNlpjs(examples: readonly { text: string; label: string }[]): Promise<NlpjsPeer> {
  const container = await containerBootstrap();
  container.use(Nlp);
  container.use(LangEn);
  const nlp = container.get('nlp');
  nlp.settings.autoSave = false;
  nlp.settings.log = false;
  nlp.addLanguage('en');
  for (const e of examples) nlp.addDocument('en', e.text, e.label);
  const quiet = console.log;
  console.log = () => {};
  try {
    await nlp.train();
  } finally {
    console.log = quiet;
  }
  return {
    async classify(text: string) {
      const r = await nlp.process('en', text);
      const label = !r.intent || r.intent === 'None' ? 'out_of_scope' : r.intent;
      return { label, score: typeof r.score === 'number' ? r.score : 0 };
    },
    modelJson: () => nlp.export(true),
    modelBytes: () => Buffer.byteLength(nlp.export(true)),
  };
}
