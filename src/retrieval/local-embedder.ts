/**
 * The built-in embedder: deterministic, offline, pure TypeScript (runs on Node and in a Worker), no model download.
 * A text becomes hashed features (English stems, Han bigrams and characters, numbers, and bilingual glossary
 * concepts), weighted by sublinear term frequency, folded into `dimensions` signed buckets and L2-normalised.
 * Passages are embedded from both languages at once, so a question in either language lands near them.
 */
import { Embeddings } from "@langchain/core/embeddings";
import { hashString } from "../util/hash.js";
import { analyzerFingerprint } from "./analyzer-fingerprint.js";
import { createConceptMatcher, type ConceptMatcher } from "./concepts.js";
import type { TermEmbedder } from "./term-embedder.js";
import { analyze, SharedTerm, type Term } from "./tokenize.js";

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
    // The surface terms, then the glossary concepts found in the text (as createTermAnalyzer gives them).
    const concepts = this.concepts.find(text).map((id): Term => ({ term: `c:${id}`, weight: CONCEPT_WEIGHT }));
    return this.features.embed(analyze(text).concat(concepts), this.dimensions);
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

  /**
   * `embedTerms(terms)` as its touched dimensions (ascending) and their values, zero elsewhere, for an ingest that
   * stores sparse rows (SparseRowsBuilder.addSparse): the same values to the bit, without a dense vector per text
   * and its passes over every dimension. The arrays are reused: read them before the next call.
   */
  embedTermsSparse(terms: Iterable<Term>): SparseEmbedding {
    this.sparse ??= new NumberedFeatureTable(this.dimensions);
    return this.sparse.embed(terms);
  }

  private sparse: NumberedFeatureTable | null = null;

  async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map((t) => Array.from(this.embed(t)));
  }

  async embedQuery(text: string): Promise<number[]> {
    return Array.from(this.embed(text));
  }
}

/**
 * A text's vector from its terms: each feature (a distinct term) weighs its first occurrence's weight times
 * 1 + ln(its count), is folded into the dimension of its FNV-1a hash with the hash's top bit as its sign (the
 * "hashing trick": colliding features do not always add up), and the vector is L2-normalised. Each term's hash
 * comes from the shared term (computed once per term, see SharedTerm), and a text's features are counted in a small
 * table keyed by hash and string, reused from text to text, instead of a map per text (tests/unit/
 * ingest-fast-paths.test.ts keeps the map-per-text form it replaced, and checks the two agree to the bit).
 */
class FeatureTable {
  /** Open addressing over (hash, term): the slot's term, its feature number in this text, and the text it is from. */
  private keys: string[] = new Array<string>(1 << 10).fill("");
  private slotFeature = new Int32Array(1 << 10);
  private slotStamp = new Int32Array(1 << 10);
  private mask = (1 << 10) - 1;
  private text = 0;
  /** Per feature of the text, in first-seen order: its hash, count and first weight. */
  private hashes: number[] = [];
  private tf: number[] = [];
  private first: number[] = [];

  embed(terms: Iterable<Term>, dimensions: number): Float32Array {
    const text = ++this.text;
    const { hashes, tf, first } = this;
    hashes.length = 0;
    tf.length = 0;
    first.length = 0;
    for (const t of terms) {
      const term = t.term;
      const h = SharedTerm.hashOf(t);
      let slot = h & this.mask;
      for (;;) {
        if (this.slotStamp[slot] !== text) {
          // A new feature of this text.
          this.slotStamp[slot] = text;
          this.keys[slot] = term;
          this.slotFeature[slot] = hashes.length;
          hashes.push(h);
          tf.push(1);
          first.push(term.startsWith("c:") ? CONCEPT_WEIGHT : t.weight);
          if (hashes.length * 2 > this.mask) this.grow(text);
          break;
        }
        if (this.keys[slot] === term) {
          tf[this.slotFeature[slot]!]!++;
          break;
        }
        slot = (slot + 1) & this.mask;
      }
    }
    const vector = new Float32Array(dimensions);
    for (let i = 0; i < hashes.length; i++) {
      const h = hashes[i]!;
      const weight = first[i]! * (1 + Math.log(tf[i]!));
      vector[h % dimensions]! += h & 0x80000000 ? -weight : weight;
    }
    let norm = 0;
    for (let i = 0; i < vector.length; i++) norm += vector[i]! * vector[i]!;
    norm = Math.sqrt(norm);
    if (norm > 0) for (let i = 0; i < vector.length; i++) vector[i]! /= norm;
    return vector;
  }

  /** Doubles the table, re-placing the current text's features (a text with many distinct terms). */
  private grow(text: number): void {
    const { keys, slotFeature, slotStamp } = this;
    const size = keys.length * 2;
    this.keys = new Array<string>(size).fill("");
    this.slotFeature = new Int32Array(size);
    this.slotStamp = new Int32Array(size);
    this.mask = size - 1;
    for (let old = 0; old < keys.length; old++) {
      if (slotStamp[old] !== text) continue;
      let slot = this.hashes[slotFeature[old]!]! & this.mask;
      while (this.slotStamp[slot] === text) slot = (slot + 1) & this.mask;
      this.slotStamp[slot] = text;
      this.keys[slot] = keys[old]!;
      this.slotFeature[slot] = slotFeature[old]!;
    }
  }
}

/** A text's vector as its touched dimensions, ascending, and their values: dims[0 .. count), values[0 .. count). */
export interface SparseEmbedding {
  count: number;
  dims: Int32Array;
  values: Float32Array;
}

/**
 * FeatureTable.embed for an ingest, by term number (SharedTerm.numberOf, one per distinct string): a text's
 * features are found by indexing arrays, not by probing a table with the string, and only the dimensions the
 * text touches are added up, normalised and handed out. Same features in the same first-seen order, same weights,
 * the same float32 additions into each dimension, the same norm (a zero dimension adds nothing to it): the vector
 * FeatureTable gives, to the bit.
 */
class NumberedFeatureTable {
  /** By term number: the text it last occurred in, and its feature number there. */
  private stamp = new Int32Array(1 << 12);
  private feature = new Int32Array(1 << 12);
  private text = 0;
  private readonly hashes: number[] = [];
  private readonly tf: number[] = [];
  private readonly first: number[] = [];
  /** Per dimension: its running sum (zero again after each text) and the text that last touched it. */
  private readonly vector: Float32Array;
  private readonly dimStamp: Int32Array;
  private readonly out: SparseEmbedding;

  constructor(private readonly dimensions: number) {
    this.vector = new Float32Array(dimensions);
    this.dimStamp = new Int32Array(dimensions);
    this.out = { count: 0, dims: new Int32Array(dimensions), values: new Float32Array(dimensions) };
  }

  embed(terms: Iterable<Term>): SparseEmbedding {
    const text = ++this.text;
    const { hashes, tf, first, vector, dimStamp, dimensions, out } = this;
    hashes.length = 0;
    tf.length = 0;
    first.length = 0;
    for (const t of terms) {
      const n = SharedTerm.numberOf(t);
      if (n >= this.stamp.length) this.grow(n);
      if (this.stamp[n] !== text) {
        this.stamp[n] = text;
        this.feature[n] = hashes.length;
        hashes.push(SharedTerm.hashOf(t));
        tf.push(1);
        first.push(t.term.startsWith("c:") ? CONCEPT_WEIGHT : t.weight);
      } else tf[this.feature[n]!]!++;
    }
    const dims = out.dims;
    let count = 0;
    for (let i = 0; i < hashes.length; i++) {
      const h = hashes[i]!;
      const weight = first[i]! * (1 + Math.log(tf[i]!));
      const d = h % dimensions;
      if (dimStamp[d] !== text) {
        dimStamp[d] = text;
        dims[count++] = d;
      }
      vector[d]! += h & 0x80000000 ? -weight : weight;
    }
    dims.subarray(0, count).sort();
    let norm = 0;
    for (let k = 0; k < count; k++) norm += vector[dims[k]!]! * vector[dims[k]!]!;
    norm = Math.sqrt(norm);
    const values = out.values;
    for (let k = 0; k < count; k++) {
      const d = dims[k]!;
      values[k] = norm > 0 ? vector[d]! / norm : vector[d]!;
      vector[d] = 0;
    }
    out.count = count;
    return out;
  }

  private grow(n: number): void {
    const size = Math.max(n + 1, this.stamp.length * 2);
    const stamp = new Int32Array(size);
    stamp.set(this.stamp);
    const feature = new Int32Array(size);
    feature.set(this.feature);
    this.stamp = stamp;
    this.feature = feature;
  }
}
