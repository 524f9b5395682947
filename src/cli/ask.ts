/** npm run ask -- "问题" [--lang zh|en] [--k N]: one answer with its citations, in the terminal. */
import { ChatRequestSchema } from "../schemas.js";
import { flagString, parseArgs } from "./args.js";
import { loadEngineFromEnv } from "./load-engine.js";

async function main() {
  const { flags, positional } = parseArgs(process.argv.slice(2));
  const question = positional.join(" ");
  const parsed = ChatRequestSchema.safeParse({
    question,
    lang: flagString(flags, "lang") ?? "auto",
    k: flagString(flags, "k") ? Number(flagString(flags, "k")) : undefined,
  });
  if (!parsed.success) {
    console.error(`usage: npm run ask -- "your question" [--lang auto|zh|en] [--k 1..10]\n${parsed.error.issues.map((i) => i.message).join("\n")}`);
    process.exit(2);
  }
  const { engine } = await loadEngineFromEnv();
  for await (const event of engine.chat.events(parsed.data)) {
    if (event.type === "token") process.stdout.write(event.data.text);
    if (event.type !== "done") continue;
    const a = event.data;
    process.stdout.write("\n\n");
    for (const c of a.citations) {
      const where = [c.city ? `${c.city.zh} ${c.city.en}` : "intro", c.kind, c.speaker?.en ?? c.speaker?.zh].filter(Boolean).join(" · ");
      console.log(`[${c.n}] ${where} (score ${c.score.toFixed(2)}, ${c.id})`);
      if (c.zh) console.log(`    中文: ${c.zh}`);
      if (c.en) console.log(`    EN:   ${c.en}`);
    }
    for (const w of a.warnings ?? []) console.log(`warning: ${w}`);
    console.log(`\n(${a.mode}, ${a.lang}, answerable=${a.answerable}; retrieve ${a.timings.retrieveMs} ms, generate ${a.timings.generateMs} ms)`);
  }
}

main().catch((err) => {
  console.error(`ask failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
