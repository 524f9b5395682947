/**
 * The built-in embedder: deterministic, offline, pure TypeScript (runs on Node and in a Worker), no model download.
 * A text becomes hashed features (English stems, Han bigrams and characters, numbers, and bilingual glossary
 * concepts), weighted by sublinear term frequency, folded into `dimensions` signed buckets and L2-normalised.
 * Passages are embedded from both languages at once, so a question in either language lands near them.
 */
import { Embeddings } from "@langchain/core/embeddings";
import { fnv1a, hashString } from "../util/hash.js";
import { analyzerFingerprint } from "./analyzer-fingerprint.js";
import { createConceptMatcher, type ConceptMatcher } from "./concepts.js";
import type { TermEmbedder } from "./term-embedder.js";
import { analyze, type Term } from "./tokenize.js";

export const LOCAL_EMBEDDER_VERSION = "local-hash-v1";
const CONCEPT_WEIGHT = 1.2;

export interface LocalEmbeddingsOptions {
  dimensions?: number;
}

export class LocalEmbeddings extends Embeddings implements TermEmbedder {
  readonly dimensions: number;
  readonly id: string;
  private readonly concepts: ConceptMatcher;

  constructor(options: LocalEmbeddingsOptions = {}) {
    super({});
    this.dimensions = options.dimensions ?? 512;
    // The analyzer (tokenizer, stemmer, stop words, glossary) shapes the features, so a change to it must rebuild
    // the index like a new embedder would.
    this.id = `${LOCAL_EMBEDDER_VERSION}-d${this.dimensions}-g${analyzerFingerprint().slice(-8)}`;
    this.concepts = createConceptMatcher();
  }

  /** Synchronous embedding into a typed array; the async LangChain methods wrap it. */
  embed(text: string): Float32Array {
    return this.hash(this.count(text));
  }

  /**
   * The same vector as `embed(text)`, from the terms `createTermAnalyzer()` gives for that text (surface terms,
   * then `c:` concepts): an ingest analyzes each passage once for both the keyword index and the embedding.
   */
  embedTerms(terms: Iterable<Term>): Float32Array {
    return this.features.embed(terms, this.dimensions);
  }

  /** Features of the terms seen so far, kept across calls (an ingest embeds passage after passage). */
  private readonly features = new FeatureTable();

  private count(text: string): FeatureCounts {
    const counts = new FeatureCounts();
    for (const t of analyze(text)) counts.add(t.term, t.weight);
    for (const id of this.concepts.find(text)) counts.add(`c:${id}`, CONCEPT_WEIGHT);
    return counts;
  }

  private hash(counts: FeatureCounts): Float32Array {
    const vector = new Float32Array(this.dimensions);
    for (let i = 0; i < counts.size; i++) {
      const weight = counts.weight(i);
      const h = fnv1a(counts.term(i));
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

/**
 * Term frequencies in first-seen order, each with the weight of its first occurrence; sublinear tf on output.
 * One map from term to slot and plain arrays: a query embeds on every search, so this stays small.
 */
class FeatureCounts {
  private readonly slots = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly tf: number[] = [];
  private readonly weights: number[] = [];

  get size(): number {
    return this.terms.length;
  }

  add(term: string, weight: number): void {
    const slot = this.slots.get(term);
    if (slot === undefined) {
      this.slots.set(term, this.terms.length);
      this.terms.push(term);
      this.tf.push(1);
      this.weights.push(weight);
    } else this.tf[slot]!++;
  }

  term(slot: number): string {
    return this.terms[slot]!;
  }

  /** The feature's weight: its first occurrence's weight, times 1 + ln(term frequency). */
  weight(slot: number): number {
    return this.weights[slot]! * (1 + Math.log(this.tf[slot]!));
  }
}

/**
 * `embedTerms` for many texts: each distinct term's bucket and sign (its FNV-1a hash) worked out once and kept, and
 * term frequencies counted in arrays by feature number instead of a map per text. The vector is the one
 * `hash(counts)` gives, to the bit: the same features in the same (first-seen) order, the same weights, the same
 * additions. Bounded like the analysis caches: past FEATURE_LIMIT features the table is dropped and refilled.
 */
const FEATURE_LIMIT = 1 << 20;

class FeatureTable {
  private readonly ids = new Map<string, number>();
  /** Per feature: its dimension, and 1 when its sign bit is set. */
  private dims = new Int32Array(1 << 12);
  private negative = new Uint8Array(1 << 12);
  /** Per feature, for the text being embedded: when it was last seen, its count and its first weight. */
  private stamp = new Int32Array(1 << 12);
  private tf = new Int32Array(1 << 12);
  private first = new Float64Array(1 << 12);
  private text = 0;
  private order: number[] = [];

  embed(terms: Iterable<Term>, dimensions: number): Float32Array {
    if (this.ids.size >= FEATURE_LIMIT) this.reset();
    const text = ++this.text;
    const order = this.order;
    order.length = 0;
    for (const t of terms) {
      const term = t.term;
      let id = this.ids.get(term);
      if (id === undefined) id = this.add(term, dimensions);
      if (this.stamp[id] !== text) {
        this.stamp[id] = text;
        this.tf[id] = 1;
        this.first[id] = term.startsWith("c:") ? CONCEPT_WEIGHT : t.weight;
        order.push(id);
      } else this.tf[id]!++;
    }
    const vector = new Float32Array(dimensions);
    for (let i = 0; i < order.length; i++) {
      const id = order[i]!;
      const weight = this.first[id]! * (1 + Math.log(this.tf[id]!));
      vector[this.dims[id]!]! += this.negative[id] ? -weight : weight;
    }
    let norm = 0;
    for (let i = 0; i < vector.length; i++) norm += vector[i]! * vector[i]!;
    norm = Math.sqrt(norm);
    if (norm > 0) for (let i = 0; i < vector.length; i++) vector[i]! /= norm;
    return vector;
  }

  private add(term: string, dimensions: number): number {
    const id = this.ids.size;
    this.ids.set(term, id);
    if (id >= this.dims.length) this.grow();
    const h = fnv1a(term);
    this.dims[id] = h % dimensions;
    this.negative[id] = h & 0x80000000 ? 1 : 0;
    return id;
  }

  private grow(): void {
    const size = this.dims.length * 2;
    const widen = <T extends Int32Array | Uint8Array | Float64Array>(a: T, make: new (n: number) => T): T => {
      const b = new make(size);
      b.set(a);
      return b;
    };
    this.dims = widen(this.dims, Int32Array);
    this.negative = widen(this.negative, Uint8Array);
    this.stamp = widen(this.stamp, Int32Array);
    this.tf = widen(this.tf, Int32Array);
    this.first = widen(this.first, Float64Array);
  }

  private reset(): void {
    this.ids.clear();
    this.stamp.fill(0);
  }
}
