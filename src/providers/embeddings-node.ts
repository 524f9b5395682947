/**
 * The embedder chosen by config on Node: every provider of embeddings.ts, plus `transformers` (a local ONNX model
 * folder), which needs the file system and a native runtime and so cannot run in a Worker.
 */
import { ConfigError, type Config } from "../config.js";
import { createEmbeddings, type EmbedderChoice } from "./embeddings.js";
import { TransformersEmbeddings } from "./transformers-embeddings.js";
import { glossaryFileList, useGlossaryFiles } from "../retrieval/glossary-files.js";

export function createNodeEmbeddings(config: Config): EmbedderChoice {
  // The glossary shapes the terms every index and the built-in embedder are made of, so the operator's files are
  // put in use before an embedder (whose id records the analyzer) or an index exists. Every Node entry passes here.
  useGlossaryFiles(glossaryFileList(config.GLOSSARY_FILES));
  switch (config.EMBEDDINGS_PROVIDER) {
    case "transformers": {
      if (!config.EMBEDDINGS_MODEL) {
        throw new ConfigError("EMBEDDINGS_PROVIDER=transformers needs EMBEDDINGS_MODEL: the path of a local ONNX model folder");
      }
      const embeddings = new TransformersEmbeddings({ modelDir: config.EMBEDDINGS_MODEL });
      return { embeddings, id: embeddings.id };
    }
    default:
      return createEmbeddings(config);
  }
}
