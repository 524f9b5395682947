/**
 * An engine built in memory from documents (built-in embedder, exact vectors, Traditional output): for evaluating a
 * variant of the corpus, such as its standard-punctuation copy, beside the index the server uses.
 */
import { parseDocument } from "../corpus/parse.js";
import { createEngine, type Engine } from "../engine.js";
import { LocalEmbeddings } from "../retrieval/local-embedder.js";
import { passageSearchText } from "../retrieval/terms.js";
import { MemoryVectorIndex } from "../retrieval/vector-index.js";
import { toTraditional } from "../text/to-traditional.js";
import { cedictBridge } from "../retrieval/cedict-bridge.js";

export async function createMemoryEngine(docs: { doc: string; text: string }[]): Promise<Engine> {
  const passages = docs.flatMap(({ doc, text }) => parseDocument(doc, text));
  const embeddings = new LocalEmbeddings();
  const vectors = passages.map((p) => embeddings.embed(passageSearchText(p)));
  return createEngine({
    passages,
    vectors: new MemoryVectorIndex(passages.map((p) => p.id), vectors),
    embeddings,
    toTraditional,
    bridge: cedictBridge(),
  });
}
