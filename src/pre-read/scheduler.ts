// Runs a job on an interval without overlap: a tick that finds the last run still going is skipped.
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
