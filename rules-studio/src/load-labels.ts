/** The intent ids rules may use: the shipped model's `config.json` (id2label), copied next to the studio. */
import { INTENT_LABELS, readModelConfig } from '../../core/intent/index.ts';

export async function loadModelLabels(modelBase: URL): Promise<{ labels: readonly string[]; fromModel: boolean }> {
  try {
    const response = await fetch(new URL('config.json', modelBase));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return { labels: readModelConfig(await response.json()).labels, fromModel: true };
  } catch {
    return { labels: INTENT_LABELS, fromModel: false };
  }
}
