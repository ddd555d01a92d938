/**
 * The intent model in Node: loads a transformers.js text-classification folder (default: the shipped
 * `models/intent`) with @huggingface/transformers on onnxruntime-node (device cpu) from local files
 * only, and classifies one message at a time into an `IntentResult`.
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { AutoModelForSequenceClassification, AutoTokenizer, env } from '@huggingface/transformers';
import { prepareLocale, prepareText, readModelConfig, scoresFromLogits, toIntentResult, type IntentModelConfig, type IntentResult } from '../../core/intent/index.ts';

export interface NodeClassifier {
  classify(text: string, locale?: string): Promise<IntentResult>;
  /** Raw logits of the graph for one text (already divided by the temperature when it is in the graph). */
  logits(text: string): Promise<Float32Array>;
  /** The ids the shipped tokenizer gives a text ([CLS] ... [SEP], truncated). */
  tokenIds(text: string): number[];
  labels: readonly string[];
  config: IntentModelConfig;
  dispose(): Promise<void>;
}

export class ModelLoadError extends Error {
  override name = 'ModelLoadError';
}

/** The weights file shipped in the folder: full-precision graph, so `dtype` is passed as fp32. */
export const MODEL_DTYPE = 'fp32';

export async function loadNodeClassifier(modelDir = 'models/intent'): Promise<NodeClassifier> {
  const dir = resolve(modelDir);
  let rawConfig: unknown;
  try {
    rawConfig = JSON.parse(await readFile(resolve(dir, 'config.json'), 'utf8'));
  } catch (err) {
    throw new ModelLoadError(`Cannot read ${resolve(dir, 'config.json')}: ${(err as Error).message}. Pass --model with a folder holding config.json, tokenizer.json, tokenizer_config.json and onnx/model.onnx.`);
  }
  let parsed: ReturnType<typeof readModelConfig>;
  try {
    parsed = readModelConfig(rawConfig);
  } catch (err) {
    throw new ModelLoadError(`${dir}: ${(err as Error).message}`);
  }
  const { labels, config } = parsed;

  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  env.localModelPath = dirname(dir) + '/';
  const id = basename(dir);
  let tokenizer: Awaited<ReturnType<typeof AutoTokenizer.from_pretrained>>;
  let model: Awaited<ReturnType<typeof AutoModelForSequenceClassification.from_pretrained>>;
  try {
    tokenizer = await AutoTokenizer.from_pretrained(id, { local_files_only: true });
    model = await AutoModelForSequenceClassification.from_pretrained(id, { local_files_only: true, dtype: MODEL_DTYPE, device: 'cpu' });
  } catch (err) {
    throw new ModelLoadError(`Cannot load the model in ${dir}: ${(err as Error).message}`);
  }

  let disposed = false;
  const logits = async (text: string): Promise<Float32Array> => {
    if (disposed) throw new ModelLoadError('The classifier was disposed');
    const inputs = tokenizer(prepareText(text), { truncation: true });
    const out = await model(inputs);
    return Float32Array.from(out.logits.data as Float32Array);
  };
  return {
    labels: Object.freeze([...labels]),
    config,
    logits,
    tokenIds(text: string): number[] {
      const enc = tokenizer(prepareText(text), { truncation: true });
      return Array.from(enc.input_ids.data as BigInt64Array, (v) => Number(v));
    },
    async classify(text: string, locale?: string): Promise<IntentResult> {
      const loc = prepareLocale(locale);
      const l = await logits(text);
      return toIntentResult(scoresFromLogits(l, labels, config.clearline), config, loc);
    },
    async dispose(): Promise<void> {
      if (disposed) return;
      disposed = true;
      await model.dispose();
    },
  };
}
