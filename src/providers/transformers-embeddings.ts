/**
 * Embeddings from a local ONNX model folder (a multilingual-e5 or bge-m3 export) through @huggingface/transformers,
 * on Node. Remote models are switched off: the folder is all it reads, so nothing is ever downloaded.
 *
 * The library (and onnxruntime's native module) is imported on first use, not at start-up, so the default local
 * embedder never pays for loading a runtime it does not use, nor fails when that runtime cannot load.
 */
import { Embeddings } from "@langchain/core/embeddings";
import { existsSync, statSync } from "node:fs";
import { basename, resolve } from "node:path";

type Extractor = (texts: string[], options: { pooling: "mean" | "cls"; normalize: boolean }) => Promise<{ tolist(): number[][] }>;

export interface TransformersEmbeddingsOptions {
  /** Folder holding config.json, tokenizer.json and onnx/model.onnx (or model_quantized.onnx with dtype "q8"). */
  modelDir: string;
  /** Texts per model call: bounds memory on long corpora. */
  batchSize?: number;
  /** ONNX weights variant: "fp32" (onnx/model.onnx), "q8" (onnx/model_quantized.onnx)… */
  dtype?: "fp32" | "fp16" | "q8" | "int8" | "uint8" | "q4";
}

export class TransformersEmbeddings extends Embeddings {
  readonly id: string;
  private readonly modelDir: string;
  private readonly batchSize: number;
  private readonly dtype: TransformersEmbeddingsOptions["dtype"];
  /** bge models are trained with the [CLS] vector as the sentence vector; e5 and most others with the mean. */
  private readonly pooling: "mean" | "cls";
  /** e5 models expect "query: " and "passage: " prefixes; without them recall drops noticeably. */
  private readonly prefixes: { query: string; passage: string };
  private extractor: Promise<Extractor> | null = null;

  constructor(options: TransformersEmbeddingsOptions) {
    super({});
    this.modelDir = resolve(options.modelDir);
    this.batchSize = options.batchSize ?? 16;
    this.dtype = options.dtype;
    const name = basename(this.modelDir).toLowerCase();
    this.pooling = /bge/.test(name) ? "cls" : "mean";
    this.prefixes = /e5/.test(name) ? { query: "query: ", passage: "passage: " } : { query: "", passage: "" };
    this.id = `transformers:${basename(this.modelDir)}:${this.pooling}${this.dtype ? `:${this.dtype}` : ""}`;
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    const out: number[][] = [];
    for (let i = 0; i < texts.length; i += this.batchSize) {
      out.push(...(await this.run(texts.slice(i, i + this.batchSize).map((t) => this.prefixes.passage + t))));
    }
    return out;
  }

  async embedQuery(text: string): Promise<number[]> {
    return (await this.run([this.prefixes.query + text]))[0]!;
  }

  private async run(texts: string[]): Promise<number[][]> {
    const extract = await this.load();
    const tensor = await extract(texts, { pooling: this.pooling, normalize: true });
    return tensor.tolist();
  }

  private load(): Promise<Extractor> {
    this.extractor ??= this.open().catch((err) => {
      this.extractor = null; // let a later call retry, e.g. once the folder has been copied in
      throw err;
    });
    return this.extractor;
  }

  private async open(): Promise<Extractor> {
    if (!existsSync(this.modelDir) || !statSync(this.modelDir).isDirectory()) {
      throw new Error(`EMBEDDINGS_MODEL=${this.modelDir} is not a folder; point it at a local ONNX model export`);
    }
    for (const file of ["config.json", "tokenizer.json"]) {
      if (!existsSync(resolve(this.modelDir, file))) throw new Error(`EMBEDDINGS_MODEL=${this.modelDir} has no ${file}`);
    }
    let transformers: typeof import("@huggingface/transformers");
    try {
      transformers = await import("@huggingface/transformers");
    } catch (err) {
      throw new Error(
        `EMBEDDINGS_PROVIDER=transformers needs @huggingface/transformers and onnxruntime-node, which could not load: ${(err as Error).message}`,
      );
    }
    transformers.env.allowRemoteModels = false;
    transformers.env.allowLocalModels = true;
    // An absolute path is read as a folder, not as a Hub model id joined onto localModelPath.
    const pipe = await transformers.pipeline("feature-extraction", this.modelDir, {
      local_files_only: true,
      ...(this.dtype ? { dtype: this.dtype } : {}),
    });
    return pipe as unknown as Extractor;
  }
}
