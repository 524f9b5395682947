/**
 * `npm install`'s toolchain check: stops with one clear message when the native modules could not be built.
 * It is the preinstall script of this local package (a dependency of the project, copied in because .npmrc sets
 * install-links), not of the project itself: npm runs the project's own preinstall only after every dependency has
 * been built, whereas the dependencies' preinstall scripts all run before any dependency's install (node-gyp).
 * Plain Node with no dependencies, because nothing else is installed yet. Skipped on Windows, where node-gyp uses
 * Visual Studio's tools and finds them itself.
 */
import { buildToolsMessage, missingBuildTools } from "./build-tools.mjs";
import { runningAsRoot } from "./find-program.mjs";

if (process.platform !== "win32") {
  const missing = missingBuildTools(process.env);
  if (missing.length > 0) {
    console.error(buildToolsMessage(missing, runningAsRoot()));
    process.exit(1);
  }
}
