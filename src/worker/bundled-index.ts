/**
 * The index the Worker carries in its bundle: passages, the persisted BM25 index and (in bundled mode) the passage
 * vectors in int8. The CLI (src/cli/build-worker-index.ts) writes it as JSON into src/generated/; the Worker imports
 * it as a text module and parses it once per isolate: JSON.parse of one string is cheaper at start-up than the same
 * data as a JavaScript literal, and TypeScript never has to type-check a multi-megabyte object.
 */
import { parseGlossaryFile, type GlossaryFile } from "../retrieval/glossary.js";
import type { KeywordIndexData } from "../retrieval/keyword-index.js";
import type { Passage } from "../schemas.js";
import { Int8VectorIndex } from "./int8-vector-index.js";
import type { Int8Vectors } from "./int8-vectors.js";

export const WORKER_INDEX_VERSION = 1;

/** KeywordIndexData with each posting list stored as gaps between passage numbers: half the bytes, a third gzipped. */
export type PackedKeywordData = Omit<KeywordIndexData, "docs"> & { docGaps: number[][] };

export interface WorkerIndexFile {
  version: typeof WORKER_INDEX_VERSION;
  builtAt: string;
  /** Hash of the corpus it was built from: the same corpus must be synced to Vectorize in scale mode. */
  corpusHash: string;
  /** Id of the embedder the vectors came from; the Worker must embed questions with the same one. */
  embedder: string;
  passages: Passage[];
  keyword: PackedKeywordData;
  /** Null when built for Vectorize mode (`--no-vectors`): the vectors live in the Vectorize index. */
  vectors: Int8Vectors | null;
  /** The operator's glossary files (GLOSSARY_FILES at build time), added to the shipped layers; absent when none. */
  glossary?: GlossaryFile[];
}

export interface BundledIndex {
  embedder: string;
  corpusHash: string;
  passages: Passage[];
  keywordData: KeywordIndexData;
  /** Exact in-memory search over the bundled vectors, or null when the bundle has none. */
  vectors: Int8VectorIndex | null;
  /** The operator's glossary layers the keyword data was built with (empty: the shipped glossary alone). */
  glossary: GlossaryFile[];
}

export function packKeywordData(data: KeywordIndexData): PackedKeywordData {
  const { docs, ...rest } = data;
  return { ...rest, docGaps: docs.map((list) => list.map((doc, i) => (i === 0 ? doc : doc - list[i - 1]!))) };
}

export function unpackKeywordData(packed: PackedKeywordData): KeywordIndexData {
  const { docGaps, ...rest } = packed;
  const docs = docGaps.map((gaps) => {
    let doc = 0;
    return gaps.map((gap) => (doc += gap));
  });
  return { ...rest, docs };
}

/** Parses the bundled text and checks that its parts agree, so a truncated or stale file fails loudly at start. */
export function loadBundledIndex(text: string): BundledIndex {
  const file = JSON.parse(text) as WorkerIndexFile;
  if (file.version !== WORKER_INDEX_VERSION) {
    throw new Error(`the bundled index has version ${file.version}, this Worker reads ${WORKER_INDEX_VERSION}; rebuild it (tsx src/cli/build-worker-index.ts)`);
  }
  const n = file.passages.length;
  if (file.keyword.lengths.length !== n) {
    throw new Error(`the bundled index holds ${n} passages but keyword data for ${file.keyword.lengths.length}`);
  }
  const ids = file.passages.map((p) => p.id);
  return {
    embedder: file.embedder,
    corpusHash: file.corpusHash,
    passages: file.passages,
    keywordData: unpackKeywordData(file.keyword),
    vectors: file.vectors ? new Int8VectorIndex(ids, file.vectors) : null,
    glossary: (file.glossary ?? []).map((layer, i) => parseGlossaryFile(layer, `the bundled index's glossary layer ${i + 1}`)),
  };
}
