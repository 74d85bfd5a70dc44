// Checks run in a small pool of worker threads (piscina), sized to the cores: a heavy draft keeps a
// worker busy, never the event loop, so /healthz and the bot's other turns stay quick. The queue is
// bounded: past it the caller is told to come back (CheckPoolBusyError → 503 with Retry-After).
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import type { CheckInput, Norms, Report } from "../rules/index.js";
import runCheck, { type CheckTask } from "./check-worker.js";

export interface Checker {
  /** `locale`: the reader's language tag, for the findings' words. */
  check(input: CheckInput, norms: Norms, now?: Date, locale?: string): Promise<Report>;
  close(): Promise<void>;
}

/** Checks on the calling thread: for tests and tools that start no pool. */
export const inProcessChecker: Checker = {
  // Synchronous work behind the same promise interface as the pool; a throw becomes a rejection.
  check: (input, norms, now = new Date(), locale) => new Promise((resolve) => resolve(runCheck({ input, norms, now: now.toISOString(), locale }))),
  close: () => Promise.resolve(),
};

export class CheckPoolBusyError extends Error {
  constructor() {
    super("every check worker is busy and the queue is full");
    this.name = "CheckPoolBusyError";
  }
}

export interface CheckPoolOptions {
  /** Worker threads; defaults to the cores available. */
  threads?: number;
  /** Checks that may wait for a worker; past this the pool refuses. Defaults to 8 per thread. */
  maxQueue?: number;
}

/** check-worker.js once built; check-worker.ts when run from source under tsx (tests, npm run dev). */
function workerFile(): string {
  const built = new URL("./check-worker.js", import.meta.url);
  return existsSync(fileURLToPath(built)) ? built.href : new URL("./check-worker.ts", import.meta.url).href;
}

export function createCheckPool(options: CheckPoolOptions = {}): Checker {
  const threads = Math.max(1, options.threads ?? availableParallelism());
  const pool = new Piscina<CheckTask, Report>({
    filename: workerFile(),
    minThreads: 1,
    maxThreads: threads,
    maxQueue: options.maxQueue ?? threads * 8,
    idleTimeout: 60_000,
  });
  return {
    async check(input, norms, now = new Date(), locale) {
      try {
        return await pool.run({ input, norms, now: now.toISOString(), locale });
      } catch (error) {
        if ((error as Error).message === "Task queue is at limit") throw new CheckPoolBusyError();
        throw error;
      }
    },
    close: () => pool.destroy(),
  };
}
