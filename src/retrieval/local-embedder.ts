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
 * `embedTerms` for many texts: each term's FNV-1a hash comes from the shared term (computed once per term, see
 * SharedTerm), and a text's features are counted in a small table keyed by hash and string, reused from text to
 * text, instead of a map per text. The vector is the one `hash(counts)` gives, to the bit: the same features in the
 * same (first-seen) order, the same weights, the same additions.
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
