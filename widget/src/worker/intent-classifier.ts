/**
 * The intent model in the widget's worker: transformers.js on onnxruntime-web (wasm, one thread),
 * loading the model folder and the ORT wasm only from the URLs it is given (the widget's own origin).
 * No hub, no CDN: transformers.js's remote host is the widget's model folder, and the wasm path is
 * set before the first session.
 *
 * Errors thrown carry a `name`: 'ModelLoadError' (bad options, missing or broken files),
 * 'IntentInputError' (classify called with a non-string), 'ClassifierDisposedError'.
 */
import { AutoModelForSequenceClassification, AutoTokenizer, env } from '@huggingface/transformers';
import {
  prepareLocale,
  prepareText,
  readModelConfig,
  scoresFromLogits,
  toIntentResult,
  type IntentModelConfig,
  type IntentResult,
} from '../../../core/intent/index.ts';

export interface IntentClassifierOptions {
  /** Absolute URL of the folder that contains the model folder, e.g. "https://shop.example/cl/models/". */
  modelBaseUrl: string;
  /** Name of the model folder under modelBaseUrl (default 'intent'). */
  modelId?: string;
  /** Absolute URL of the folder holding onnxruntime-web's ort-wasm-*.wasm / .mjs files. */
  wasmBaseUrl: string;
}

export class ModelLoadError extends Error {
  override name = 'ModelLoadError';
}
export class ClassifierDisposedError extends Error {
  override name = 'ClassifierDisposedError';
}

/** The shipped graph is full precision (int8-stored embeddings, float compute): always ask for fp32. */
export const MODEL_DTYPE = 'fp32';
const MODEL_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

function folderUrl(value: unknown, option: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new ModelLoadError(`${option} must be an absolute http(s) URL of a folder, got ${JSON.stringify(value)}`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ModelLoadError(`${option} must be an absolute http(s) URL of a folder, got ${JSON.stringify(value)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ModelLoadError(`${option} must use http: or https:, got ${url.protocol}`);
  const href = url.href.split('#')[0]!.split('?')[0]!;
  return href.endsWith('/') ? href : href + '/';
}

type Tokenizer = Awaited<ReturnType<typeof AutoTokenizer.from_pretrained>>;
type Model = Awaited<ReturnType<typeof AutoModelForSequenceClassification.from_pretrained>>;

export class IntentClassifier {
  readonly labels: readonly string[];
  readonly config: IntentModelConfig;
  private tokenizer: Tokenizer | null;
  private model: Model | null;

  private constructor(labels: string[], config: IntentModelConfig, tokenizer: Tokenizer, model: Model) {
    this.labels = Object.freeze(labels);
    this.config = config;
    this.tokenizer = tokenizer;
    this.model = model;
  }

  static async load(opts: IntentClassifierOptions): Promise<IntentClassifier> {
    if (typeof opts !== 'object' || opts === null) throw new ModelLoadError('IntentClassifier.load needs { modelBaseUrl, wasmBaseUrl, modelId? }');
    const modelBase = folderUrl(opts.modelBaseUrl, 'modelBaseUrl');
    const wasmBase = folderUrl(opts.wasmBaseUrl, 'wasmBaseUrl');
    const modelId = opts.modelId ?? 'intent';
    if (typeof modelId !== 'string' || !MODEL_ID.test(modelId) || modelId.includes('..')) {
      throw new ModelLoadError(`modelId must be a folder name of letters, digits, "_", "-" or ".", got ${JSON.stringify(modelId)}`);
    }

    // Everything from the widget's own origin: never the hub, never a CDN. transformers.js only
    // fetches "local" model paths that are not http(s) URLs, so for an absolute base the "remote"
    // host is pointed at the widget's own model folder instead (remoteHost + '{model}/').
    env.allowLocalModels = false;
    env.allowRemoteModels = true;
    env.remoteHost = modelBase;
    env.remotePathTemplate = '{model}/';
    env.useBrowserCache = false;
    const wasm = env.backends.onnx.wasm as { wasmPaths?: unknown; numThreads?: number; proxy?: boolean } | undefined;
    if (!wasm) throw new ModelLoadError('onnxruntime-web wasm backend is not available in this environment');
    wasm.wasmPaths = wasmBase;
    wasm.numThreads = 1;

    const configUrl = `${modelBase}${modelId}/config.json`;
    let parsed: ReturnType<typeof readModelConfig>;
    try {
      const res = await fetch(configUrl);
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      parsed = readModelConfig(await res.json());
    } catch (err) {
      throw new ModelLoadError(`Cannot load ${configUrl}: ${(err as Error).message}`);
    }
    try {
      // Tokenizer files and the ORT session (wasm compile included) load side by side.
      const [tokenizer, model] = await Promise.all([
        AutoTokenizer.from_pretrained(modelId),
        AutoModelForSequenceClassification.from_pretrained(modelId, { dtype: MODEL_DTYPE, device: 'wasm' }),
      ]);
      return new IntentClassifier(parsed.labels, parsed.config, tokenizer, model);
    } catch (err) {
      throw new ModelLoadError(`Cannot load the model ${modelBase}${modelId}/: ${(err as Error).message}`);
    }
  }

  private parts(): { tokenizer: Tokenizer; model: Model } {
    if (!this.tokenizer || !this.model) throw new ClassifierDisposedError('This IntentClassifier was disposed');
    return { tokenizer: this.tokenizer, model: this.model };
  }

  /** Token ids of a text as the model reads them ([CLS] ... [SEP], truncated). */
  tokenIds(text: string): number[] {
    const enc = this.parts().tokenizer(prepareText(text), { truncation: true });
    return Array.from(enc.input_ids.data as BigInt64Array, (v) => Number(v));
  }

  /** The graph's calibrated logits for a text. */
  async logits(text: string): Promise<Float32Array> {
    const { tokenizer, model } = this.parts();
    const out = await model(tokenizer(prepareText(text), { truncation: true }));
    return Float32Array.from(out.logits.data as Float32Array);
  }

  async classify(text: string, locale: string): Promise<IntentResult> {
    const loc = prepareLocale(locale);
    const logits = await this.logits(text);
    return toIntentResult(scoresFromLogits(logits, this.labels, this.config.clearline), this.config, loc);
  }

  async dispose(): Promise<void> {
    const model = this.model;
    this.model = null;
    this.tokenizer = null;
    if (model) await model.dispose();
  }
}
