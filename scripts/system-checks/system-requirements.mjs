/**
 * What the test suite needs from the system beyond npm packages, each named by the Debian package that provides it,
 * with a check that looks at what the tests really use (chromium on PATH or at CHROMIUM_PATH, the font as fontconfig
 * sees it, PostgreSQL's initdb), so something installed another way counts too. Any other name is taken as a plain
 * Debian package and checked with dpkg-query. Every check reads PATH and file locations from `ctx`, so tests can
 * simulate a machine that lacks them.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { findProgram } from "./find-program.mjs";

const DEBIAN_FONT_FILES = ["/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"];
const DEBIAN_POSTGRES_ROOT = "/usr/lib/postgresql";

const KNOWN = {
  chromium: {
    what: "Chromium (the browser tests drive it)",
    isPresent: (ctx) =>
      ctx.env.CHROMIUM_PATH ? existsSync(ctx.env.CHROMIUM_PATH) : Boolean(findProgram("chromium", ctx.env.PATH)),
  },
  "fonts-wqy-microhei": {
    what: "the CJK font WenQuanYi Micro Hei (without it Chinese renders as boxes)",
    // fontconfig is what chromium asks; the file is the fallback when fc-list itself is not installed.
    isPresent: (ctx) =>
      fontconfigLists(/WenQuanYi Micro Hei/i, ctx) || (ctx.fontFiles ?? DEBIAN_FONT_FILES).some((f) => existsSync(f)),
  },
  postgresql: {
    what: "the PostgreSQL server (initdb, pg_ctl)",
    // Debian keeps the server binaries off PATH, under /usr/lib/postgresql/<major>/bin.
    isPresent: (ctx) =>
      Boolean(findProgram("initdb", ctx.env.PATH)) || hasInitdbUnder(ctx.postgresRoot ?? DEBIAN_POSTGRES_ROOT),
  },
};

/** The requirement behind a Debian package name: a known one, or the package itself as dpkg records it. */
export function requirementFor(name) {
  return (
    KNOWN[name] ?? {
      what: `the Debian package ${name}`,
      isPresent: (ctx) => dpkgInstalled(name, ctx),
    }
  );
}

/** The names among `names` whose requirement is not met on this machine (as `ctx` describes it). */
export function missingRequirements(names, ctx) {
  return names.filter((name) => !requirementFor(name).isPresent(ctx));
}

function fontconfigLists(familyPattern, ctx) {
  if (!findProgram("fc-list", ctx.env.PATH)) return false;
  const out = spawnSync("fc-list", [":", "family"], { env: ctx.env, encoding: "utf8" });
  return out.status === 0 && familyPattern.test(out.stdout);
}

function hasInitdbUnder(root) {
  if (!existsSync(root)) return false;
  return readdirSync(root).some((major) => existsSync(join(root, major, "bin", "initdb")));
}

function dpkgInstalled(name, ctx) {
  if (!findProgram("dpkg-query", ctx.env.PATH)) return false;
  const out = spawnSync("dpkg-query", ["-W", "-f=${Status}", name], { env: ctx.env, encoding: "utf8" });
  return out.status === 0 && out.stdout.includes("install ok installed");
}
