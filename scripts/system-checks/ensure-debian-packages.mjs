/**
 * The rule `npm test` follows for what it needs from the system: when something is missing and this is root on
 * Debian/Ubuntu, install it with apt-get (one line saying so; `apt-get update` first only when the package lists
 * are absent or stale); otherwise stop before anything runs, with one message naming the exact command.
 * Everything machine-specific (PATH, uid, apt's list folder, how apt-get is run) comes from `ctx`, so tests can
 * simulate a bare machine with a fake apt-get instead of changing the real one.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { asAdmin, findProgram } from "./find-program.mjs";
import { missingRequirements, requirementFor } from "./system-requirements.mjs";

const APT_LISTS_DIR = "/var/lib/apt/lists";

/**
 * @returns {{ ok: true, installed: string[] } | { ok: false, message: string }}
 */
export function ensureDebianPackages(names, ctx) {
  const missing = missingRequirements(names, ctx);
  if (missing.length === 0) return { ok: true, installed: [] };

  const aptGet = findProgram("apt-get", ctx.env.PATH);
  const isDebian = ctx.isDebian ?? existsSync("/etc/debian_version");
  // TEST_PREREQS_INSTALL=0: a root user who wants to be told, not have packages installed for them.
  const mayInstall = ctx.isRoot && isDebian && aptGet && ctx.env.TEST_PREREQS_INSTALL !== "0";
  if (!mayInstall) return { ok: false, message: stopMessage(missing, ctx.isRoot, isDebian) };

  ctx.log(`npm test: installing ${missing.join(" ")} with apt-get (missing on this machine; needed once) …`);
  const runApt = ctx.runApt ?? ((args) => runAptGet(aptGet, args, ctx.env));
  let updated = false;
  const update = () => {
    updated = true;
    return runApt(["update", "-qq"]);
  };
  if (!hasPackageLists(ctx.aptListsDir ?? APT_LISTS_DIR)) update();
  let install = runApt(["install", "-y", "-qq", ...missing]);
  // Lists from an old image can point at files the mirror no longer has: refresh them once and retry.
  if (!install.ok && !updated && update().ok) install = runApt(["install", "-y", "-qq", ...missing]);
  if (!install.ok) {
    const tail = install.output.trim().split("\n").slice(-15).join("\n");
    return { ok: false, message: `apt-get could not install ${missing.join(" ")}:\n${tail}\n\n${command(missing, true)}` };
  }

  const stillMissing = missingRequirements(missing, ctx);
  if (stillMissing.length > 0) return { ok: false, message: stopMessage(stillMissing, ctx.isRoot, true, "still ") };
  return { ok: true, installed: missing };
}

function stopMessage(missing, isRoot, isDebian, still = "") {
  const whats = missing.map((name) => `  - ${requirementFor(name).what}`).join("\n");
  const where = isDebian
    ? ""
    : "\n(That is the Debian/Ubuntu command; elsewhere install the same with the system's package manager, and set " +
      "CHROMIUM_PATH if the browser is not on PATH as `chromium`.)";
  return `npm test needs, and this machine ${still}lacks:\n${whats}\nInstall ${missing.length === 1 ? "it" : "them"} with:\n\n  ${command(missing, isRoot)}\n\nthen run npm test again.${where}`;
}

function command(packages, isRoot) {
  return `${asAdmin("apt-get update", isRoot)} && ${asAdmin(`apt-get install -y ${packages.join(" ")}`, isRoot)}`;
}

/** apt-get has package lists once `apt-get update` has run (fresh container images ship without them). */
function hasPackageLists(dir) {
  return existsSync(dir) && readdirSync(dir).some((file) => file.includes("_Packages"));
}

function runAptGet(aptGet, args, env) {
  const out = spawnSync(aptGet, args, {
    env: { ...env, DEBIAN_FRONTEND: "noninteractive" },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 256 * 1024 * 1024,
  });
  return { ok: out.status === 0, output: `${out.stdout ?? ""}${out.stderr ?? ""}${out.error?.message ?? ""}` };
}
