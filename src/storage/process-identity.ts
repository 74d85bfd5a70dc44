// Which process this is, in a form another process can check: the pid alone is not enough, since
// a restarted server (in a container, often) gets the same pid again. The start time tells a new
// process from the one that wrote a lock before a crash.
import { readFileSync } from "node:fs";
import { hostname } from "node:os";

export interface ProcessId {
  pid: number;
  /** When the process started, in ms since the epoch. */
  started: number;
  host: string;
}

export const THIS_PROCESS: ProcessId = {
  pid: process.pid,
  started: Math.round(Date.now() - process.uptime() * 1000),
  host: hostname(),
};

/** Seconds since the epoch at which Linux booted; null elsewhere. */
function bootTime(): number | null {
  try {
    const line = /^btime (\d+)$/m.exec(readFileSync("/proc/stat", "utf8"));
    return line ? Number(line[1]) : null;
  } catch {
    return null;
  }
}

const BOOT = bootTime();
/** Linux reports process start times in clock ticks; 100 a second on every common build. */
const TICKS_PER_SECOND = 100;

/** When a running process started (ms since the epoch), from /proc; null where that cannot be read. */
function startOf(pid: number): number | null {
  if (BOOT === null) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may hold spaces and parentheses: count fields after its closing ")".
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[19]);
    return Number.isFinite(ticks) ? BOOT * 1000 + (ticks / TICKS_PER_SECOND) * 1000 : null;
  } catch {
    return null;
  }
}

/** True when the process is still running: the same pid, started at the same time (within 2 s). */
export function isProcessRunning(owner: Pick<ProcessId, "pid" | "started">): boolean {
  if (owner.pid === THIS_PROCESS.pid) return Math.abs(owner.started - THIS_PROCESS.started) < 2_000;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    // ESRCH: no such process. EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  const started = startOf(owner.pid);
  return started === null || Math.abs(started - owner.started) < 2_000;
}
