/**
 * `npm install`'s preinstall check: stops with one clear message when the native modules could not be built.
 * Plain Node with no dependencies, because nothing is installed yet when it runs. Skipped on Windows, where
 * node-gyp uses Visual Studio's tools instead and finds them itself.
 */
import { buildToolsMessage, missingBuildTools } from "./lib/build-tools.mjs";
import { runningAsRoot } from "./lib/find-program.mjs";

if (process.platform !== "win32") {
  const missing = missingBuildTools(process.env);
  if (missing.length > 0) {
    console.error(buildToolsMessage(missing, runningAsRoot()));
    process.exit(1);
  }
}
