/**
 * npm run mcp: the MCP server over stdio, for assistants that start it as a local command (Claude Desktop, VS Code,
 * Cursor). Same tools and resources as /mcp. stdout belongs to the protocol, so everything else goes to stderr:
 * the engine's build messages and the model hooks' log. One local client, so no rate limit; the model-call queue
 * still applies through the engine's own timeout and fallback.
 */
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { parseConfig } from "../config.js";
import { loadNodeEngine } from "../entry/node-engine.js";
import { createNodeLlmHooks } from "../entry/node-llm.js";
import { createMcpServer } from "../mcp/mcp-server.js";
import { createNodeEmbeddings } from "../providers/embeddings-node.js";

const stderrLog = (record: Record<string, unknown>) => process.stderr.write(`${JSON.stringify(record)}\n`);

async function main(): Promise<McpServer> {
  const config = parseConfig(process.env);
  const engine = await loadNodeEngine({
    config,
    embedder: createNodeEmbeddings(config),
    llm: await createNodeLlmHooks(config, stderrLog),
    log: (msg) => process.stderr.write(`${msg}\n`),
  });
  const server = createMcpServer({ engine: () => engine, log: stderrLog });
  await server.connect(new StdioServerTransport());
  process.stderr.write(`city-climate-qa MCP server on stdio (${engine.passages.length} passages)\n`);
  return server;
}

main().catch((err) => {
  process.stderr.write(`fatal: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
