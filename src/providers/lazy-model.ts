/**
 * A chat model whose SDK is imported on first use. Importing @langchain/openai alone costs about 650 ms of start-up
 * (measured cold on this 2-core machine), more than a third of the 1.5 s budget, and a deployment uses at most one
 * provider; so the factory stays synchronous and the SDK loads with the first question.
 */
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";

export type StreamingChatModel = Pick<BaseChatModel, "stream">;

export interface LazyChatModel extends StreamingChatModel {
  /** The real model (imported and built once). */
  load(): Promise<BaseChatModel>;
}

export function lazyChatModel(build: () => Promise<BaseChatModel>): LazyChatModel {
  let loading: Promise<BaseChatModel> | null = null;
  const load = () => (loading ??= build());
  return {
    load,
    async stream(input, options) {
      return (await load()).stream(input, options);
    },
  };
}
