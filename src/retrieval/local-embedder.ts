/**
 * The built-in embedder: deterministic, offline, pure TypeScript (runs on Node and in a Worker), no model download.
 * A text becomes hashed features (English stems, Han bigrams and characters, numbers, and bilingual glossary
 * concepts), weighted by sublinear term frequency, folded into `dimensions` signed buckets and L2-normalised.
 * Passages are embedded from both languages at once, so a question in either language lands near them.
 */
import { Embeddings } from "@langchain/core/embeddings";
import { fnv1a } from "../util/hash.js";
import { createConceptMatcher, type ConceptMatcher } from "./concepts.js";
import { analyze } from "./tokenize.js";

export const LOCAL_EMBEDDER_VERSION = "local-hash-v1";
const CONCEPT_WEIGHT = 1.2;

export interface LocalEmbeddingsOptions {
  dimensions?: number;
}

export class LocalEmbeddings extends Embeddings {
  readonly dimensions: number;
  readonly id: string;
  private readonly concepts: ConceptMatcher;

  constructor(options: LocalEmbeddingsOptions = {}) {
    super({});
    this.dimensions = options.dimensions ?? 512;
    this.id = `${LOCAL_EMBEDDER_VERSION}-d${this.dimensions}`;
    this.concepts = createConceptMatcher();
  }

  /** The weighted features of a text before hashing: term -> weight. */
  features(text: string): Map<string, number> {
    const counts = new Map<string, { tf: number; weight: number }>();
    const add = (term: string, weight: number) => {
      const entry = counts.get(term);
      if (entry) entry.tf++;
      else counts.set(term, { tf: 1, weight });
    };
    for (const t of analyze(text)) add(t.term, t.weight);
    for (const id of this.concepts.find(text)) add(`c:${id}`, CONCEPT_WEIGHT);
    const out = new Map<string, number>();
    for (const [term, { tf, weight }] of counts) out.set(term, weight * (1 + Math.log(tf)));
    return out;
  }

  /** Synchronous embedding into a typed array; the async LangChain methods wrap it. */
  embed(text: string): Float32Array {
    const vector = new Float32Array(this.dimensions);
    for (const [term, weight] of this.features(text)) {
      const h = fnv1a(term);
      // The sign bit keeps colliding features from always adding up (the "hashing trick").
      vector[h % this.dimensions]! += h & 0x80000000 ? -weight : weight;
    }
    let norm = 0;
    for (let i = 0; i < vector.length; i++) norm += vector[i]! * vector[i]!;
    norm = Math.sqrt(norm);
    if (norm > 0) for (let i = 0; i < vector.length; i++) vector[i]! /= norm;
    return vector;
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map((t) => Array.from(this.embed(t)));
  }

  async embedQuery(text: string): Promise<number[]> {
    return Array.from(this.embed(text));
  }
}
