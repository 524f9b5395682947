/**
 * ChatCloudflareWorkersAI over a Worker's AI binding. The LangChain class speaks only the REST API (account id and
 * token); inside a Worker the binding is the natural way in (no token to store, no extra hop), so this adapter
 * answers the class's one HTTP call with the binding's result, shaped as the REST API would send it.
 */
import { ChatCloudflareWorkersAI } from "@langchain/cloudflare";
import type { BaseMessage } from "@langchain/core/messages";

/** The part of the Workers AI binding (`env.AI`) this uses; structural, so the core needs no Workers types. */
export interface WorkersAiBinding {
  run(model: string, inputs: Record<string, unknown>): Promise<unknown>;
}

export class ChatWorkersAIBinding extends ChatCloudflareWorkersAI {
  constructor(
    private readonly binding: WorkersAiBinding,
    model: string,
  ) {
    // The parent refuses to run without these; the binding needs neither.
    super({ model, streaming: true, cloudflareAccountId: "binding", cloudflareApiToken: "binding" });
  }

  override async _request(messages: BaseMessage[], options: this["ParsedCallOptions"], stream?: boolean): Promise<Response> {
    options.signal?.throwIfAborted();
    const result = await this.binding.run(this.model, { messages: this._formatMessages(messages), stream: Boolean(stream) });
    if (result instanceof ReadableStream) {
      return new Response(result, { headers: { "content-type": "text/event-stream" } });
    }
    return new Response(JSON.stringify({ result }), { headers: { "content-type": "application/json" } });
  }
}
