/**
 * `npm test`'s own set-up (scripts/ensure-test-prereqs.mjs) on simulated machines: a temporary PATH that lacks
 * chromium, a font file location that may or may not exist, and a fake apt-get (a shell script that records its
 * arguments and "installs" by creating those files). The real apt-get is never run: it is not on these PATHs.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ensureDebianPackages, type SystemContext } from "../../scripts/system-checks/ensure-debian-packages.mjs";
import { missingRequirements } from "../../scripts/system-checks/system-requirements.mjs";

const SCRIPT = resolve("scripts/ensure-test-prereqs.mjs");
const NEEDED = ["chromium", "fonts-wqy-microhei"];

let root: string;
let bin: string;
let fontFile: string;
let aptLog: string;
let aptLists: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "prereqs-"));
  bin = join(root, "bin");
  aptLists = join(root, "apt-lists");
  fontFile = join(root, "fonts", "wqy-microhei.ttc");
  aptLog = join(root, "apt-get.log");
  mkdirSync(bin);
  mkdirSync(aptLists);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function executable(path: string, body: string) {
  writeFileSync(path, `#!/bin/sh\nPATH=/usr/bin:/bin\n${body}\n`);
  chmodSync(path, 0o755);
}

/** A fake apt-get: logs each call; `install` creates chromium and the font unless told to fail or to do nothing. */
function fakeAptGet(behaviour: "installs" | "does-nothing" | "fails-until-update" = "installs") {
  const install =
    behaviour === "does-nothing"
      ? ""
      : `printf '#!/bin/sh\\n' > "${bin}/chromium"; chmod +x "${bin}/chromium"; mkdir -p "$(dirname "${fontFile}")"; touch "${fontFile}"`;
  const gate = behaviour === "fails-until-update" ? `[ -f "${root}/updated" ] || exit 100` : "";
  executable(
    join(bin, "apt-get"),
    `echo "$DEBIAN_FRONTEND $*" >> "${aptLog}"
case "$1" in
  update) touch "${root}/updated" ;;
  install) ${gate}
    ${install} ;;
esac`,
  );
}

function aptCalls(): string[] {
  return existsSync(aptLog) ? readFileSync(aptLog, "utf8").trim().split("\n") : [];
}

function machine(overrides: Partial<SystemContext> = {}): SystemContext & { lines: string[] } {
  const lines: string[] = [];
  return {
    env: { PATH: bin },
    isRoot: true,
    isDebian: true,
    aptListsDir: aptLists,
    fontFiles: [fontFile],
    log: (line) => lines.push(line),
    lines,
    ...overrides,
  };
}

describe("npm test's set-up", () => {
  it("stops before any test, naming the exact command, when chromium is missing and the user is not root", () => {
    // The real script, as `npm test` runs it, with a PATH that has no chromium and installing turned off.
    const run = spawnSync(process.execPath, [SCRIPT], {
      env: { PATH: bin, TEST_PREREQS_INSTALL: "0" },
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("Chromium");
    expect(run.stderr).toMatch(/apt-get update && apt-get install -y chromium/);
  });

  it("as a non-root user on Debian: one message with sudo, and apt-get is not run", () => {
    fakeAptGet();
    const ctx = machine({ isRoot: false });
    const result = ensureDebianPackages(NEEDED, ctx);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain("sudo apt-get update && sudo apt-get install -y chromium fonts-wqy-microhei");
    expect(result.message).toContain("WenQuanYi Micro Hei");
    expect(aptCalls()).toEqual([]);
    expect(ctx.lines).toEqual([]);
  });

  it("as root on Debian without package lists: updates, installs both once with one line, then finds them", () => {
    fakeAptGet();
    const ctx = machine();
    expect(ensureDebianPackages(NEEDED, ctx)).toEqual({ ok: true, installed: NEEDED });
    expect(aptCalls()).toEqual([
      "noninteractive update -qq",
      "noninteractive install -y -qq chromium fonts-wqy-microhei",
    ]);
    expect(ctx.lines).toHaveLength(1);
    expect(ctx.lines[0]).toMatch(/installing chromium fonts-wqy-microhei with apt-get/);

    // Second run: everything is there, so nothing is installed and nothing is said.
    const again = machine();
    expect(ensureDebianPackages(NEEDED, again)).toEqual({ ok: true, installed: [] });
    expect(aptCalls()).toHaveLength(2);
    expect(again.lines).toEqual([]);
  });

  it("skips apt-get update when the package lists exist, and installs only what is missing", () => {
    fakeAptGet();
    writeFileSync(join(aptLists, "deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages.lz4"), "");
    mkdirSync(join(root, "fonts"));
    writeFileSync(fontFile, "");
    expect(ensureDebianPackages(NEEDED, machine())).toEqual({ ok: true, installed: ["chromium"] });
    expect(aptCalls()).toEqual(["noninteractive install -y -qq chromium"]);
  });

  it("refreshes stale package lists once when the install fails, then retries", () => {
    fakeAptGet("fails-until-update");
    writeFileSync(join(aptLists, "old_Packages"), "");
    expect(ensureDebianPackages(NEEDED, machine()).ok).toBe(true);
    expect(aptCalls().map((call) => call.split(" ")[1])).toEqual(["install", "update", "install"]);
  });

  it("says what is still missing when apt-get succeeds but does not provide it", () => {
    fakeAptGet("does-nothing");
    const result = ensureDebianPackages(NEEDED, machine());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/still lacks[\s\S]*Chromium/);
  });

  it("as root with TEST_PREREQS_INSTALL=0, or off Debian, only tells", () => {
    fakeAptGet();
    const told = ensureDebianPackages(NEEDED, machine({ env: { PATH: bin, TEST_PREREQS_INSTALL: "0" } }));
    expect(told.ok).toBe(false);
    if (!told.ok) expect(told.message).toContain("\n  apt-get update && apt-get install -y chromium");
    const elsewhere = ensureDebianPackages(NEEDED, machine({ isDebian: false }));
    expect(elsewhere.ok).toBe(false);
    if (!elsewhere.ok) expect(elsewhere.message).toMatch(/elsewhere install the same/);
    expect(aptCalls()).toEqual([]);
  });

  it("honours CHROMIUM_PATH, and knows PostgreSQL by Debian's initdb and other packages by dpkg", () => {
    executable(join(root, "my-chromium"), "");
    const env = { PATH: bin, CHROMIUM_PATH: join(root, "my-chromium") };
    expect(missingRequirements(["chromium"], { env })).toEqual([]);
    expect(missingRequirements(["chromium"], { env: { ...env, CHROMIUM_PATH: join(root, "nope") } })).toEqual([
      "chromium",
    ]);

    const pgRoot = join(root, "postgresql");
    expect(missingRequirements(["postgresql"], { env, postgresRoot: pgRoot })).toEqual(["postgresql"]);
    mkdirSync(join(pgRoot, "16", "bin"), { recursive: true });
    executable(join(pgRoot, "16", "bin", "initdb"), "");
    expect(missingRequirements(["postgresql"], { env, postgresRoot: pgRoot })).toEqual([]);

    executable(join(bin, "dpkg-query"), `[ "$3" = "jq" ] && printf 'install ok installed' || exit 1`);
    expect(missingRequirements(["jq", "sl"], { env })).toEqual(["sl"]);
  });
});
