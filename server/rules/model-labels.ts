/** The intent labels rules are checked against: the shipped model's config.json, else the built-in list. */
import { existsSync, readFileSync } from 'node:fs';
import { INTENT_LABELS, readModelConfig } from '../../core/intent/index.ts';

export function modelLabels(configPath: string): readonly string[] {
  if (!existsSync(configPath)) return INTENT_LABELS;
  return readModelConfig(JSON.parse(readFileSync(configPath, 'utf8'))).labels;
}
