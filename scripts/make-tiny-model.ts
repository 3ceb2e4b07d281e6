/**
 * Writes a tiny BERT-shaped sentence model that transformers.js loads like a real one: config.json,
 * a WordPiece tokenizer.json (lower-casing but keeping å/ä/ö: `strip_accents: false`) with a
 * vocabulary from the sample corpus, and onnx/model.onnx (embeddings, one dense layer, tanh, masked)
 * with weights from a seeded generator, so the same seed gives the same bytes.
 *
 * No model weights can be downloaded here; this lets the tests run the real loading and embedding
 * code. Its vectors mean nothing: test shapes and plumbing with it, never quality.
 *
 *   node --import ./bin/register.js scripts/make-tiny-model.ts DIR [--seed N]
 */
import fs from 'node:fs';
import path from 'node:path';
import onnxProto from 'onnx-proto';
import { seededRandom } from './random.ts';

const { onnx } = onnxProto;

export interface TinyModelOptions {
  seed?: number;
  /**
   * What the model does: sentence embeddings (the default), or token classification with these
   * labels (a named-entity model's shape: logits per token, `id2label` in config.json).
   */
  labels?: readonly string[];
  hidden?: number;
  /** Corpus words in the vocabulary, most frequent first. */
  words?: number;
}


const SPECIAL = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'];
const CHARS = [...'abcdefghijklmnopqrstuvwxyzåäöéü0123456789.,:;!?()-/§%'];

function vocabulary(corpus: string, words: number): string[] {
  const counts = new Map<string, number>();
  for (const w of corpus.toLowerCase().match(/\p{L}+/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  const frequent = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, words).map(([w]) => w);
  return [...new Set([...SPECIAL, ...CHARS, ...CHARS.map((c) => `##${c}`), ...frequent])];
}

function tokenizerJson(vocab: string[]): unknown {
  const ids = Object.fromEntries(vocab.map((token, id) => [token, id]));
  const special = (token: string) => ({ id: ids[token], content: token, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true });
  const templateToken = (token: string) => ({ SpecialToken: { id: token, type_id: 0 } });
  return {
    version: '1.0',
    truncation: { direction: 'Right', max_length: 128, strategy: 'LongestFirst', stride: 0 },
    padding: null,
    added_tokens: SPECIAL.map(special),
    normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: false, lowercase: true },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [templateToken('[CLS]'), { Sequence: { id: 'A', type_id: 0 } }, templateToken('[SEP]')],
      pair: [templateToken('[CLS]'), { Sequence: { id: 'A', type_id: 0 } }, templateToken('[SEP]'), { Sequence: { id: 'B', type_id: 1 } }, { SpecialToken: { id: '[SEP]', type_id: 1 } }],
      special_tokens: Object.fromEntries(['[CLS]', '[SEP]'].map((t) => [t, { id: t, ids: [ids[t]], tokens: [t] }])),
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: { type: 'WordPiece', unk_token: '[UNK]', continuing_subword_prefix: '##', max_input_chars_per_word: 100, vocab: ids },
  };
}

function floats(name: string, dims: number[], next: () => number): onnxProto.onnx.ITensorProto {
  const size = dims.reduce((a, b) => a * b, 1);
  return { name, dims, dataType: onnx.TensorProto.DataType.FLOAT, floatData: Array.from({ length: size }, () => (next() - 0.5) * 0.5) };
}

function input(name: string, elemType: number, shape: (string | number)[]): onnxProto.onnx.IValueInfoProto {
  return {
    name,
    type: { tensorType: { elemType, shape: { dim: shape.map((d) => (typeof d === 'string' ? { dimParam: d } : { dimValue: d })) } } },
  };
}

/**
 * The ONNX graph: last_hidden_state = tanh((E[input_ids] + T[token_type_ids]) · W) * attention_mask;
 * with `labels`, logits = last_hidden_state · C, one score per label and token.
 */
function modelOnnx(vocabSize: number, hidden: number, next: () => number, labels = 0): Uint8Array {
  const INT64 = onnx.TensorProto.DataType.INT64;
  const FLOAT = onnx.TensorProto.DataType.FLOAT;
  const graph: onnxProto.onnx.IGraphProto = {
    name: 'tiny-bert',
    initializer: [
      floats('word_embeddings', [vocabSize, hidden], next),
      floats('token_type_embeddings', [2, hidden], next),
      floats('dense', [hidden, hidden], next),
      { name: 'last_axis', dims: [1], dataType: INT64, int64Data: [-1] },
    ],
    node: [
      { opType: 'Gather', input: ['word_embeddings', 'input_ids'], output: ['words'] },
      { opType: 'Gather', input: ['token_type_embeddings', 'token_type_ids'], output: ['types'] },
      { opType: 'Add', input: ['words', 'types'], output: ['summed'] },
      { opType: 'MatMul', input: ['summed', 'dense'], output: ['projected'] },
      { opType: 'Tanh', input: ['projected'], output: ['activated'] },
      { opType: 'Cast', input: ['attention_mask'], output: ['mask_float'], attribute: [{ name: 'to', type: onnx.AttributeProto.AttributeType.INT, i: FLOAT }] },
      { opType: 'Unsqueeze', input: ['mask_float', 'last_axis'], output: ['mask'] },
      { opType: 'Mul', input: ['activated', 'mask'], output: ['last_hidden_state'] },
    ],
    input: [input('input_ids', INT64, ['batch', 'sequence']), input('attention_mask', INT64, ['batch', 'sequence']), input('token_type_ids', INT64, ['batch', 'sequence'])],
    output: [input('last_hidden_state', FLOAT, ['batch', 'sequence', hidden])],
  };
  if (labels > 0) {
    graph.initializer!.push(floats('classifier', [hidden, labels], next));
    graph.node!.push({ opType: 'MatMul', input: ['last_hidden_state', 'classifier'], output: ['logits'] });
    graph.output = [input('logits', FLOAT, ['batch', 'sequence', labels])];
  }
  return onnx.ModelProto.encode({ irVersion: 8, producerName: 'diarium', opsetImport: [{ domain: '', version: 13 }], graph }).finish();
}

/** Writes the model into `dir` (created); returns the embedding size. */
export function writeTinyModel(dir: string, options: TinyModelOptions = {}): number {
  const hidden = options.hidden ?? 16;
  const next = seededRandom(options.seed ?? 42);
  const corpusDir = path.resolve(import.meta.dirname, '../corpora/stockholm');
  const corpus = fs.readdirSync(corpusDir).sort().map((f) => fs.readFileSync(path.join(corpusDir, f), 'utf8')).join('\n');
  const vocab = vocabulary(corpus, options.words ?? 400);
  fs.mkdirSync(path.join(dir, 'onnx'), { recursive: true });
  const json = (file: string, value: unknown): void => fs.writeFileSync(path.join(dir, file), `${JSON.stringify(value, null, 1)}\n`);
  const labels = options.labels ?? [];
  json('config.json', {
    model_type: 'bert',
    architectures: [labels.length ? 'BertForTokenClassification' : 'BertModel'],
    ...(labels.length ? { id2label: Object.fromEntries(labels.map((l, i) => [String(i), l])), label2id: Object.fromEntries(labels.map((l, i) => [l, i])) } : {}),
    hidden_size: hidden,
    num_attention_heads: 1,
    num_hidden_layers: 1,
    intermediate_size: hidden,
    vocab_size: vocab.length,
    max_position_embeddings: 128,
    type_vocab_size: 2,
    pad_token_id: 0,
  });
  json('tokenizer_config.json', {
    tokenizer_class: 'BertTokenizer',
    do_lower_case: true,
    strip_accents: false,
    model_max_length: 128,
    cls_token: '[CLS]',
    sep_token: '[SEP]',
    pad_token: '[PAD]',
    unk_token: '[UNK]',
    mask_token: '[MASK]',
  });
  json('tokenizer.json', tokenizerJson(vocab));
  fs.writeFileSync(path.join(dir, 'onnx/model.onnx'), modelOnnx(vocab.length, hidden, next, labels.length));
  return hidden;
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node --import ./bin/register.js scripts/make-tiny-model.ts DIR [--seed N]');
    process.exit(2);
  }
  const seedAt = process.argv.indexOf('--seed');
  const dimensions = writeTinyModel(dir, { seed: seedAt > 0 ? Number(process.argv[seedAt + 1]) : 42 });
  console.log(`wrote a tiny ${dimensions}-dimensional model to ${dir}`);
}
