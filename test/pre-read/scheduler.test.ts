import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { intervalScheduler } from "../../src/pre-read/scheduler.js";

describe("the scan scheduler", () => {
  it("runs on the interval, never two runs at once, and stops cleanly", async () => {
    let running = 0;
    let overlap = false;
    let runs = 0;
    const scheduler = intervalScheduler(
      async () => {
        running++;
        if (running > 1) overlap = true;
        runs++;
        await new Promise((r) => setTimeout(r, 35)); // longer than the interval
        running--;
      },
      10,
      () => undefined,
    );
    scheduler.start();
    await new Promise((r) => setTimeout(r, 200));
    await scheduler.stop();
    const after = runs;
    assert.equal(overlap, false);
    assert.ok(runs >= 2 && runs <= 8, `${runs} runs of 35 ms in 200 ms with a 10 ms interval`);
    await new Promise((r) => setTimeout(r, 50));
    assert.equal(runs, after, "no run after stop");
  });

  it("reports a failed run and keeps going", async () => {
    const errors: string[] = [];
    let runs = 0;
    const scheduler = intervalScheduler(
      async () => {
        runs++;
        throw new Error(`run ${runs} failed`);
      },
      10,
      (e) => errors.push(e.message),
    );
    await scheduler.runNow();
    await scheduler.runNow();
    assert.deepEqual(errors, ["run 1 failed", "run 2 failed"]);
  });

  it("runNow during a run joins that run instead of starting another", async () => {
    let runs = 0;
    const scheduler = intervalScheduler(
      async () => void (runs++, await new Promise((r) => setTimeout(r, 20))),
      1000,
      () => undefined,
    );
    await Promise.all([scheduler.runNow(), scheduler.runNow(), scheduler.runNow()]);
    assert.equal(runs, 1);
  });
});
