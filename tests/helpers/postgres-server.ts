/**
 * A real PostgreSQL server for tests, from Debian's package: initdb + pg_ctl in a temporary folder, on a free
 * loopback port, with its unix socket in that folder, password authentication (scram), stopped and removed after.
 * As root the server runs as the `postgres` user (PostgreSQL refuses to run as root) through runuser.
 *
 * When the binaries are missing (issue 16's rule): as root on Debian/Ubuntu they are installed once with apt-get,
 * with a line saying so; otherwise this throws one message naming the command to run.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { freePort } from "./processes.js";

const PG_ROOT = "/usr/lib/postgresql";
const INSTALL_COMMAND = "apt-get install -y postgresql";

export interface PostgresServer {
  /** postgres://app:…@127.0.0.1:PORT/postgres */
  url: string;
  port: number;
  password: string;
  stop(): Promise<void>;
}

/** The newest installed server's bin folder, or null. */
function findBinDir(): string | null {
  if (!existsSync(PG_ROOT)) return null;
  const versions = readdirSync(PG_ROOT)
    .filter((v) => existsSync(join(PG_ROOT, v, "bin", "pg_ctl")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(PG_ROOT, versions[0], "bin") : null;
}

const isRoot = () => process.getuid?.() === 0;

function ensureBinDir(): string {
  const found = findBinDir();
  if (found) return found;
  const debian = existsSync("/etc/debian_version") && existsSync("/usr/bin/apt-get");
  if (!isRoot() || !debian) {
    throw new Error(`PostgreSQL server binaries not found under ${PG_ROOT}; install them with: sudo ${INSTALL_COMMAND}`);
  }
  console.error(`[test setup] PostgreSQL is not installed; installing it once: ${INSTALL_COMMAND}`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  let run = spawnSync("apt-get", ["install", "-y", "--no-install-recommends", "postgresql"], { stdio: "inherit", env });
  if (run.status !== 0) {
    spawnSync("apt-get", ["update"], { stdio: "inherit", env });
    run = spawnSync("apt-get", ["install", "-y", "--no-install-recommends", "postgresql"], { stdio: "inherit", env });
  }
  const bin = findBinDir();
  if (run.status !== 0 || !bin) throw new Error(`installing PostgreSQL failed; run: ${INSTALL_COMMAND}`);
  return bin;
}

/** Runs a server binary, as the `postgres` user when we are root. */
function pgRun(bin: string, tool: string, args: string[]): void {
  const [cmd, argv] = isRoot() ? ["runuser", ["-u", "postgres", "--", join(bin, tool), ...args]] : [join(bin, tool), args];
  execFileSync(cmd as string, argv as string[], { stdio: ["ignore", "pipe", "pipe"], cwd: tmpdir() });
}

export async function startPostgres(): Promise<PostgresServer> {
  const bin = ensureBinDir();
  const root = mkdtempSync(join(tmpdir(), "cqa-pg-"));
  const data = join(root, "data");
  const password = `pw-${Math.random().toString(36).slice(2)}-${Date.now()}`;
  const pwfile = join(root, "pwfile");
  writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  if (isRoot()) {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString());
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString());
    chownSync(root, uid, gid);
    chownSync(pwfile, uid, gid);
  }
  const superuser = isRoot() ? "postgres" : userInfo().username;
  pgRun(bin, "initdb", ["-D", data, "-U", superuser, "-A", "scram-sha-256", `--pwfile=${pwfile}`, "-E", "UTF8", "--locale=C", "--no-sync"]);
  const port = await freePort();
  const options = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off`;
  pgRun(bin, "pg_ctl", ["-D", data, "-o", options, "-l", join(root, "server.log"), "-w", "-t", "60", "start"]);
  let stopped = false;
  return {
    url: `postgres://${superuser}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    port,
    password,
    async stop() {
      if (stopped) return;
      stopped = true;
      try {
        pgRun(bin, "pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  };
}
