/**
 * `npm install`'s toolchain check (scripts/system-checks) on simulated PATHs: which tools count as missing, the
 * message naming what to install, and the wiring that makes npm run it before node-gyp builds anything.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildToolsMessage, missingBuildTools } from "../../scripts/system-checks/build-tools.mjs";

const CHECK = resolve("scripts/system-checks/check-build-tools.mjs");

let bin: string;
beforeEach(() => {
  bin = mkdtempSync(join(tmpdir(), "build-tools-"));
});
afterEach(() => rmSync(bin, { recursive: true, force: true }));

function fakeTools(...names: string[]) {
  for (const name of names) {
    writeFileSync(join(bin, name), "#!/bin/sh\n");
    chmodSync(join(bin, name), 0o755);
  }
}

describe("toolchain check before npm install builds native modules", () => {
  it("finds nothing missing when g++, make and python3 are on PATH", () => {
    fakeTools("g++", "make", "python3");
    expect(missingBuildTools({ PATH: bin })).toEqual([]);
  });

  it("names the missing tools and the apt-get command that installs them", () => {
    fakeTools("python3");
    const missing = missingBuildTools({ PATH: bin });
    expect(missing.map((m) => m.tool)).toEqual(["g++", "make"]);
    const message = buildToolsMessage(missing, false);
    expect(message).toContain("Not found on PATH: g++, make.");
    expect(message).toContain("sudo apt-get install -y g++ make\n");
    expect(buildToolsMessage(missing, true)).toContain("  apt-get install -y g++ make\n");
  });

  it("accepts the compiler in CXX and the Python in PYTHON, as node-gyp does", () => {
    fakeTools("clang++", "make");
    writeFileSync(join(bin, "py"), "");
    expect(missingBuildTools({ PATH: bin }).map((m) => m.tool)).toEqual(["g++", "python3"]);
    fakeTools("py");
    expect(missingBuildTools({ PATH: bin, CXX: "clang++ -std=c++17", PYTHON: join(bin, "py") })).toEqual([]);
  });

  it("the script exits 1 with the message on a bare PATH, and 0 with the tools", () => {
    const bare = spawnSync(process.execPath, [CHECK], { env: { PATH: bin }, encoding: "utf8" });
    expect(bare.status).toBe(1);
    expect(bare.stderr).toContain("Not found on PATH: g++, make, python3.");
    expect(bare.stderr).toMatch(/apt-get install -y g\+\+ make python3/);
    fakeTools("g++", "make", "python3");
    const ok = spawnSync(process.execPath, [CHECK], { env: { PATH: bin }, encoding: "utf8" });
    expect(ok.status).toBe(0);
    expect(ok.stderr).toBe("");
  });

  it("is wired to run before node-gyp: a copied-in local dependency whose preinstall runs the check", () => {
    // npm runs the project's own preinstall after the dependencies are built; a dependency's preinstall runs
    // before any dependency's install (node-gyp). A linked (not copied) local dependency is built last of all.
    const pkg = JSON.parse(readFileSync("package.json", "utf8"));
    expect(pkg.dependencies["city-climate-qa-system-checks"]).toBe("file:scripts/system-checks");
    const checks = JSON.parse(readFileSync("scripts/system-checks/package.json", "utf8"));
    expect(checks.scripts.preinstall).toBe("node check-build-tools.mjs");
    expect(readFileSync(".npmrc", "utf8")).toMatch(/^install-links=true$/m);
  });
});
