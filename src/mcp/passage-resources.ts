/**
 * The passages as MCP resources, `passage://{id}` (JSON, both languages), so a client can attach a cited passage
 * to its context. The listing is capped: a 100k-passage corpus would otherwise send megabytes to every client that
 * lists; any passage can still be read by its URI (search results and citations carry the ids).
 */
import { McpServer, ResourceTemplate } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { Engine } from "../engine.js";
import { AppError } from "../errors.js";
import type { Passage } from "../schemas.js";

export const MAX_LISTED_PASSAGES = 500;

export function passageUri(id: string): string {
  return `passage://${id}`;
}

function title(p: Passage): string {
  const where = p.city ? `${p.city.en} ${p.city.zh}` : "Introduction 导言";
  const who = p.speaker?.en ?? p.speaker?.zh;
  return who ? `${where} · ${p.kind} · ${who}` : `${where} · ${p.kind}`;
}

export function registerPassageResources(server: McpServer, engine: () => Engine): void {
  server.registerResource(
    "passage",
    new ResourceTemplate("passage://{id}", {
      list: async () => {
        const e = engine();
        // In D1 scale mode the passages are in D1, not in memory: the first ones are read from there.
        const passages = e.listPassages && e.passages.length === 0 ? await e.listPassages(MAX_LISTED_PASSAGES) : e.passages.slice(0, MAX_LISTED_PASSAGES);
        return { resources: passages.map((p) => ({ uri: passageUri(p.id), name: p.id, title: title(p), mimeType: "application/json" })) };
      },
    }),
    { title: "Corpus passage", description: "One passage of the corpus, Chinese and English", mimeType: "application/json" },
    async (uri, variables) => {
      const id = String(Array.isArray(variables.id) ? variables.id[0] : variables.id);
      const passage = await engine().retriever.findById(decodeURIComponent(id));
      if (!passage) throw new AppError("not_found", `No passage with id ${JSON.stringify(id.slice(0, 200))}`);
      return { contents: [{ uri: uri.href, mimeType: "application/json", text: JSON.stringify(passage) }] };
    },
  );
}
