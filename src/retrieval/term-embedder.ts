import type { Term } from "./tokenize.js";

/**
 * An embedder that can embed a text synchronously from the terms `createTermAnalyzer()` gives for it (the built-in
 * one can). The query path has those terms already for keyword search, so it analyzes the question once and skips
 * LangChain's number[] round trip.
 */
export interface TermEmbedder {
  embedTerms(terms: Iterable<Term>): Float32Array;
}

export function isTermEmbedder(embeddings: unknown): embeddings is TermEmbedder {
  return typeof (embeddings as Partial<TermEmbedder> | null)?.embedTerms === "function";
}
