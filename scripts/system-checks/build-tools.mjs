/**
 * What node-gyp needs to compile this project's native modules (hnswlib-node always; better-sqlite3 when its
 * prebuilt binary cannot be fetched): a C++ compiler, make and Python 3. Checked before `npm install` builds
 * anything, so a machine without them gets the command to run instead of a node-gyp stack trace.
 */
import { findProgram } from "./find-program.mjs";

/**
 * The tools missing on `env.PATH`, each with the Debian package that provides it.
 * node-gyp's Makefiles call $(CXX), which make defaults to g++; python is found as $PYTHON or python3.
 */
export function missingBuildTools(env) {
  const tools = [
    { tool: env.CXX ? env.CXX.split(" ")[0] : "g++", debianPackage: "g++" },
    { tool: "make", debianPackage: "make" },
    { tool: env.PYTHON || env.npm_config_python || "python3", debianPackage: "python3" },
  ];
  return tools.filter(({ tool }) => !findProgram(tool, env.PATH ?? ""));
}

/** One message: what is missing, why, and the command that installs it (Debian/Ubuntu first, then others). */
export function buildToolsMessage(missing, isRoot) {
  const names = missing.map((m) => m.tool).join(", ");
  const packages = [...new Set(missing.map((m) => m.debianPackage))].join(" ");
  const sudo = isRoot ? "" : "sudo ";
  return (
    `npm install needs a C++ toolchain and Python 3 to build the native modules (hnswlib-node, better-sqlite3).\n` +
    `Not found on PATH: ${names}. Install with:\n\n` +
    `  ${sudo}apt-get install -y ${packages}\n\n` +
    `(Fedora: ${sudo}dnf install -y gcc-c++ make python3; macOS: xcode-select --install), then run npm install again.`
  );
}
