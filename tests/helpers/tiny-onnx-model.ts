/**
 * Writes a tiny but real model folder that @huggingface/transformers loads like any ONNX export: config.json, a
 * WordLevel tokenizer.json, and onnx/model.onnx holding one Gather over an embedding table (input_ids ->
 * last_hidden_state). No download: the ONNX protobuf is encoded here by hand, so the `transformers` embedder can be
 * tested end to end offline.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const TINY_DIMS = 4;

/** Words that get their own vector; anything else is [UNK]. Synonyms across languages share a direction. */
const VOCAB: [string, number[]][] = [
  ["[PAD]", [0, 0, 0, 0]],
  ["[UNK]", [0.1, 0.1, 0.1, 0.1]],
  ["charging", [1, 0, 0, 0]],
  ["充", [1, 0, 0, 0]],
  ["电", [1, 0.1, 0, 0]],
  ["storage", [0, 1, 0, 0]],
  ["储", [0, 1, 0, 0]],
  ["能", [0, 1, 0.1, 0]],
  ["waste", [0, 0, 1, 0]],
  ["mayor", [0, 0, 0, 1]],
];

export function writeTinyModel(dir: string): void {
  mkdirSync(join(dir, "onnx"), { recursive: true });
  writeFileSync(join(dir, "config.json"), JSON.stringify({ model_type: "bert", architectures: ["BertModel"], hidden_size: TINY_DIMS, vocab_size: VOCAB.length }));
  writeFileSync(join(dir, "tokenizer_config.json"), JSON.stringify({ tokenizer_class: "PreTrainedTokenizer", model_max_length: 128, unk_token: "[UNK]", pad_token: "[PAD]" }));
  writeFileSync(join(dir, "tokenizer.json"), JSON.stringify(tokenizerJson()));
  writeFileSync(join(dir, "onnx", "model.onnx"), modelProto());
}

function tokenizerJson() {
  const vocab = Object.fromEntries(VOCAB.map(([w], i) => [w, i]));
  const special = (id: number) => ({ id, content: VOCAB[id]![0], single_word: false, lstrip: false, rstrip: false, normalized: false, special: true });
  return {
    version: "1.0",
    truncation: null,
    padding: null,
    added_tokens: [special(0), special(1)],
    // BertNormalizer puts spaces around Han characters, so each becomes a word of its own.
    normalizer: { type: "BertNormalizer", clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
    pre_tokenizer: { type: "BertPreTokenizer" },
    post_processor: null,
    decoder: null,
    model: { type: "WordLevel", vocab, unk_token: "[UNK]" },
  };
}

// ---- a minimal protobuf writer, enough for ModelProto ----
type Field = [number, "varint", number] | [number, "bytes", Uint8Array | string];

function varint(n: number): number[] {
  const out: number[] = [];
  let v = BigInt(n) & 0xffffffffffffffffn;
  do {
    let byte = Number(v & 0x7fn);
    v >>= 7n;
    if (v) byte |= 0x80;
    out.push(byte);
  } while (v);
  return out;
}

function message(fields: Field[]): Uint8Array {
  const bytes: number[] = [];
  for (const [no, type, value] of fields) {
    if (type === "varint") bytes.push(...varint((no << 3) | 0), ...varint(value));
    else {
      const data = typeof value === "string" ? new TextEncoder().encode(value) : value;
      bytes.push(...varint((no << 3) | 2), ...varint(data.length), ...data);
    }
  }
  return Uint8Array.from(bytes);
}

const FLOAT = 1;
const INT64 = 7;

function valueInfo(name: string, elemType: number, dims: (number | string)[]): Uint8Array {
  const shape = message(dims.map((d) => [1, "bytes", message(typeof d === "number" ? [[1, "varint", d]] : [[2, "bytes", d]])] as Field));
  const tensorType = message([[1, "varint", elemType], [2, "bytes", shape]]);
  return message([[1, "bytes", name], [2, "bytes", message([[1, "bytes", tensorType]])]]);
}

function modelProto(): Uint8Array {
  const table = new Float32Array(VOCAB.flatMap(([, v]) => v));
  const initializer = message([
    [1, "varint", VOCAB.length],
    [1, "varint", TINY_DIMS],
    [2, "varint", FLOAT],
    [8, "bytes", "embeddings"],
    [9, "bytes", new Uint8Array(table.buffer)],
  ]);
  const gather = message([[1, "bytes", "embeddings"], [1, "bytes", "input_ids"], [2, "bytes", "last_hidden_state"], [3, "bytes", "lookup"], [4, "bytes", "Gather"]]);
  const graph = message([
    [1, "bytes", gather],
    [2, "bytes", "tiny"],
    [5, "bytes", initializer],
    [11, "bytes", valueInfo("input_ids", INT64, ["batch", "sequence"])],
    [11, "bytes", valueInfo("attention_mask", INT64, ["batch", "sequence"])],
    [12, "bytes", valueInfo("last_hidden_state", FLOAT, ["batch", "sequence", TINY_DIMS])],
  ]);
  return message([
    [1, "varint", 8],
    [2, "bytes", "city-climate-qa tests"],
    [7, "bytes", graph],
    [8, "bytes", message([[1, "bytes", ""], [2, "varint", 13]])],
  ]);
}
