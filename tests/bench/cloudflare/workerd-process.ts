/** The workerd processes Miniflare starts, read from /proc: which are ours, their CPU time and resident memory. */
import { readdirSync, readFileSync } from "node:fs";

/** The workerd processes this Node process started. */
export function workerdChildren(): number[] {
  const mine = String(process.pid);
  const found: number[] = [];
  for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d)).map(Number)) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (stat.includes("(workerd)") && fields[1] === mine) found.push(pid);
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

/** CPU seconds (user + system) and resident memory in MB of a process, from /proc. */
export function processUsage(pid: number): { cpuS: number; rssMb: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]);
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))![1]);
  return { cpuS: ticks / 100, rssMb: Math.round(rssKb / 1024) };
}
