/**
 * The intent labels `rules check`/`compile` validate against: the model's config.json `id2label`
 * (default models/intent), falling back to INTENT_LABELS when no model folder is present.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { INTENT_LABELS } from '../../core/intent/index.ts';

export interface LabelSource { labels: readonly string[]; from: string }

export async function loadRuleLabels(modelDir = 'models/intent'): Promise<LabelSource> {
  const file = resolve(modelDir, 'config.json');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return { labels: INTENT_LABELS, from: 'INTENT_LABELS (core/intent; no model config found)' };
  }
  let config: { id2label?: Record<string, string> };
  try {
    config = JSON.parse(text) as typeof config;
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  const map = config.id2label;
  if (!map || typeof map !== 'object' || !Object.keys(map).length) throw new Error(`${file} has no id2label map.`);
  const labels = Object.keys(map).sort((a, b) => Number(a) - Number(b)).map((k) => String(map[k]));
  return { labels, from: file };
}
