/**
 * Writes a transformers.js text-classification folder: config.json (model_type "bert", id2label,
 * label2id, clearline block), tokenizer.json (hand-built WordPiece), tokenizer_config.json and
 * onnx/model.onnx (full precision; the runtimes pass dtype "fp32" explicitly).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTINUATION_PREFIX, SPECIAL_TOKENS, SPECIAL_TOKEN_LIST, type ClearlineModelConfig } from '../../core/intent/index.ts';
import type { BagModel } from './bag-model.ts';
import { exportOnnx } from './export-onnx.ts';

export function tokenizerJson(vocab: readonly string[], addedTokens: readonly string[] = []) {
  const id = (t: string) => vocab.indexOf(t);
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: [
      ...SPECIAL_TOKEN_LIST.map((content) => ({ id: id(content), content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true })),
      ...addedTokens.map((content) => ({ id: id(content), content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: false })),
    ],
    normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: false, strip_accents: true, lowercase: true },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: { type: 'BertProcessing', sep: [SPECIAL_TOKENS.sep, id(SPECIAL_TOKENS.sep)], cls: [SPECIAL_TOKENS.cls, id(SPECIAL_TOKENS.cls)] },
    decoder: { type: 'WordPiece', prefix: CONTINUATION_PREFIX, cleanup: true },
    model: {
      type: 'WordPiece',
      unk_token: SPECIAL_TOKENS.unk,
      continuing_subword_prefix: CONTINUATION_PREFIX,
      max_input_chars_per_word: 100,
      vocab: Object.fromEntries(vocab.map((t, i) => [t, i])),
    },
  };
}

export function writeModelFolder(dir: string, model: BagModel, vocab: readonly string[], addedTokens: readonly string[], labels: readonly string[], clearline: ClearlineModelConfig & { featurisation: NonNullable<ClearlineModelConfig['featurisation']> } & Record<string, unknown>): void {
  mkdirSync(join(dir, 'onnx'), { recursive: true });
  const config = {
    model_type: 'bert',
    architectures: ['BertForSequenceClassification'],
    problem_type: 'single_label_classification',
    vocab_size: vocab.length,
    hidden_size: model.dim,
    max_position_embeddings: clearline.featurisation.max_length,
    id2label: Object.fromEntries(labels.map((l, i) => [String(i), l])),
    label2id: Object.fromEntries(labels.map((l, i) => [l, i])),
    'transformers.js_config': { dtype: 'fp32' },
    clearline,
  };
  const tokenizerConfig = {
    tokenizer_class: 'BertTokenizer',
    do_lower_case: true,
    strip_accents: true,
    tokenize_chinese_chars: false,
    model_max_length: clearline.featurisation.max_length,
    pad_token: SPECIAL_TOKENS.pad,
    unk_token: SPECIAL_TOKENS.unk,
    cls_token: SPECIAL_TOKENS.cls,
    sep_token: SPECIAL_TOKENS.sep,
    clean_up_tokenization_spaces: true,
  };
  writeFileSync(join(dir, 'config.json'), JSON.stringify(config, null, 2) + '\n');
  writeFileSync(join(dir, 'tokenizer.json'), JSON.stringify(tokenizerJson(vocab, addedTokens)) + '\n');
  writeFileSync(join(dir, 'tokenizer_config.json'), JSON.stringify(tokenizerConfig, null, 2) + '\n');
  writeFileSync(join(dir, 'onnx', 'model.onnx'), exportOnnx(model));
}
