/**
 * `npm test`'s own set-up (the `pretest` script): makes sure what the suite needs from the system is there before
 * any test runs: installs it when it may (root on Debian/Ubuntu), or stops with the command to run.
 * Usage: node scripts/ensure-test-prereqs.mjs [more Debian packages…]
 */
import { ensureDebianPackages } from "./system-checks/ensure-debian-packages.mjs";
import { runningAsRoot } from "./system-checks/find-program.mjs";

// Debian packages the suite needs: the browser suite (chromium and a CJK font) and the PostgreSQL feedback tests.
const NEEDED = ["chromium", "fonts-wqy-microhei", "postgresql"];

const result = ensureDebianPackages([...NEEDED, ...process.argv.slice(2)], {
  env: process.env,
  isRoot: runningAsRoot(),
  log: (line) => console.log(line),
});
if (!result.ok) {
  console.error(result.message);
  process.exit(1);
}
