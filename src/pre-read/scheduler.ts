// Runs a job on an interval without overlap: a tick that finds the last run still going is skipped.
// With several server instances, leasedJob makes one of them run it per interval.
import { hostname } from "node:os";
import type { ScanLease } from "../storage/scan-lease.js";
export interface Scheduler {
  start(): void;
  stop(): Promise<void>;
  /** Runs once now (unless a run is going), and resolves when it is done. */
  runNow(): Promise<void>;
}

export function intervalScheduler(job: () => Promise<void>, intervalMs: number, onError: (error: Error) => void): Scheduler {
  let timer: ReturnType<typeof setInterval> | undefined;
  let running: Promise<void> | undefined;
  const run = (): Promise<void> => {
    if (running) return running;
    running = job()
      .catch((error: Error) => onError(error))
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  return {
    start() {
      if (timer) return;
      void run();
      timer = setInterval(() => void run(), intervalMs);
      timer.unref();
    },
    async stop() {
      clearInterval(timer);
      timer = undefined;
      await running;
    },
    runNow: run,
  };
}

/** What one instance's tick did. */
export type LeasedRun = "ran" | "held-elsewhere" | "done-recently";

/** This instance, in the record of the last scan: who scanned (for logs, and to find the holder). */
const THIS_INSTANCE = `${hostname()}:${process.pid}`;

export interface LeasedJobOptions {
  intervalMs: number;
  now?: () => Date;
  onLeaseLost?: (error: Error) => void;
}

/**
 * Runs `job` at most once per interval across every instance that shares `lease`: the instance holding
 * the lease runs it, unless another one finished a run less than an interval ago. A run that started
 * and never finished (its instance died, so its lease expired) is taken over at once. The lease is
 * renewed while the job runs; if it is lost anyway, the reminders' own claims still prevent duplicates.
 */
export function leasedJob(lease: ScanLease, job: () => Promise<void>, options: LeasedJobOptions): () => Promise<LeasedRun> {
  const now = options.now ?? (() => new Date());
  // Ticks of different instances drift; a tenth of an interval of slack keeps one run per interval.
  const recent = options.intervalMs * 0.9;
  return async () => {
    const held = await lease.acquire();
    if (!held) return "held-elsewhere";
    const renewing = setInterval(() => void held.renew().catch((error: Error) => options.onLeaseLost?.(error)), lease.durationMs / 3);
    renewing.unref();
    try {
      const last = await held.lastScan();
      if (last?.finishedAt && now().getTime() - Date.parse(last.startedAt) < recent) return "done-recently";
      const startedAt = now().toISOString();
      await held.recordScan({ startedAt, by: THIS_INSTANCE });
      await job();
      await held.recordScan({ startedAt, finishedAt: now().toISOString(), by: THIS_INSTANCE });
      return "ran";
    } finally {
      clearInterval(renewing);
      await held.release().catch(() => undefined); // an expired lease frees itself
    }
  };
}
