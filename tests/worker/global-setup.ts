/**
 * Runs in Node before the workerd project: builds src/generated/worker-index.json.txt from the seed corpus, which
 * the Worker imports (the folder is git-ignored, so a fresh clone has none).
 */
import { execFileSync } from "node:child_process";

export default function setup(): void {
  execFileSync(process.execPath, ["--import", "tsx", "src/cli/build-worker-index.ts"], { stdio: "inherit" });
}
