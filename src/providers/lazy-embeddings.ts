/** Embeddings whose SDK is imported on first use, for the same start-up reason as lazy-model.ts. */
import { Embeddings, type EmbeddingsInterface } from "@langchain/core/embeddings";

class LazyEmbeddings extends Embeddings {
  private loading: Promise<EmbeddingsInterface> | null = null;

  constructor(private readonly build: () => Promise<EmbeddingsInterface>) {
    super({});
  }

  private load(): Promise<EmbeddingsInterface> {
    return (this.loading ??= this.build());
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    return (await this.load()).embedDocuments(texts);
  }

  async embedQuery(text: string): Promise<number[]> {
    return (await this.load()).embedQuery(text);
  }
}

export function lazyEmbeddings(build: () => Promise<EmbeddingsInterface>): Embeddings {
  return new LazyEmbeddings(build);
}
