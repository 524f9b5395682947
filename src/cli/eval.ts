/**
 * npm run eval [-- --file questions.json] [--conversations FILE] [--url http://127.0.0.1:8787] [--verbose]: the
 * evaluation set's metrics per language, then the conversation set's per intent, in-process by default or against
 * a running server.
 */
import { readFile } from "node:fs/promises";
import { z } from "zod";
import { engineBackend, httpBackend } from "../eval/backends.js";
import { EvalQuestionSchema, evaluate, formatTable, summarize } from "../eval/evaluate.js";
import { flagString, parseArgs } from "./args.js";
import { loadEngineFromEnv } from "./load-engine.js";
import { CONVERSATION_FILE, cityNames, engineConversationChat, httpConversationChat, runConversationEval } from "../eval/conversation-run.js";
import { readCorpusDir } from "../corpus/load-dir.js";
import { formatGeneralisation, generalisationReport } from "../eval/generalisation.js";

async function main() {
  const { flags } = parseArgs(process.argv.slice(2));
  const file = flagString(flags, "file") ?? "tests/eval/questions.json";
  const questions = z.array(EvalQuestionSchema).parse(JSON.parse(await readFile(file, "utf8")));
  const url = flagString(flags, "url");
  const loaded = url ? null : await loadEngineFromEnv({ LOG_LEVEL: "silent" });
  const backend = loaded ? engineBackend(loaded.engine) : httpBackend(url!);
  const engine = loaded?.engine ?? null;
  const outcomes = await evaluate(questions, backend);
  console.log(`Evaluation of ${questions.length} questions from ${file}${url ? ` via ${url}` : ""}\n`);
  console.log(formatTable([["zh", summarize(outcomes, "zh")], ["en", summarize(outcomes, "en")], ["all", summarize(outcomes)]]));
  // In-process: each part, the Traditional twins, the full-width corpus and the plain BM25 baseline (generalisation.ts).
  if (loaded && !flagString(flags, "file")) {
    const traditional = z.array(EvalQuestionSchema).parse(JSON.parse(await readFile("tests/eval/questions-hant.json", "utf8")));
    const corpus = (await readCorpusDir(loaded.config.CORPUS_DIR)).files;
    const report = await generalisationReport(loaded.engine, questions, outcomes, { traditional, corpus });
    console.log(`
By part (thresholds set on "tune" only), Traditional script, full-width punctuation; plain BM25 beside:
`);
    console.log(formatGeneralisation(report));
  }
  const failures = outcomes.filter(
    (o) => o.cityRank !== null && o.cityRank !== 1 || (o.question.answerable && (o.passageRank ?? 2) !== 1) || !o.factsFound || !o.refusedCorrectly || !o.languageMatches,
  );
  if (flags.verbose && failures.length) {
    console.log("\nMisses:");
    for (const o of failures) {
      console.log(`- ${o.question.id} [${o.question.lang}] ${o.question.question}`);
      console.log(`    expected ${o.question.city}/${o.question.kind} answerable=${o.question.answerable}; city rank ${o.cityRank}, passage rank ${o.passageRank}; facts ${o.factsFound}; refusal ok ${o.refusedCorrectly}; lang ok ${o.languageMatches}`);
      console.log(`    answer: ${o.answer.answer.slice(0, 240)}`);
    }
  }
  // The conversation set (intents, follow-ups), per intent; with --file, only when --conversations names one.
  const conversations = flagString(flags, "conversations") ?? (flagString(flags, "file") ? undefined : CONVERSATION_FILE);
  if (conversations) {
    const chat = url ? httpConversationChat(url) : engineConversationChat(engine!);
    const names = engine ? cityNames(engine) : cityNames(null, (await evaluate(questions.filter((q) => q.city), backend)).map((o) => ({ answer: o.answer }) as never));
    console.log(`\n${await runConversationEval(conversations, chat, names, Boolean(flags.verbose))}`);
  }
}

main().catch((err) => {
  console.error(`eval failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
