// Checks run in worker threads: a heavy draft keeps a worker busy, not the server. Past the queue
// bound the server says so with 503 and Retry-After.
import assert from "node:assert/strict";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, describe, it } from "node:test";
import { createApp } from "../../src/server/app.js";
import { createCheckPool, inProcessChecker, type Checker } from "../../src/server/check-pool.js";

const silent = { info: () => undefined, error: () => undefined };
/** A draft that takes the rule module a while: 900 KB of sentence ends. */
const HEAVY = JSON.stringify({ kind: "message", bodyText: ". ".repeat(450_000) });

async function serve(checker: Checker): Promise<{ base: string; server: Server }> {
  const server = createApp({ logger: silent, checker }).listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

const check = (base: string, body: string) => fetch(`${base}/api/check`, { method: "POST", headers: { "content-type": "application/json" }, body });

/** The slowest /healthz answer while `heavy` checks are in flight. */
async function slowestHealthz(base: string, heavy: number): Promise<{ slowest: number; statuses: number[] }> {
  const inFlight = Array.from({ length: heavy }, () => check(base, HEAVY).then(async (r) => (await r.arrayBuffer(), r.status)));
  let slowest = 0;
  let done = false;
  void Promise.all(inFlight).then(() => (done = true));
  await new Promise((r) => setTimeout(r, 20));
  while (!done) {
    const started = performance.now();
    await (await fetch(`${base}/healthz`)).arrayBuffer();
    slowest = Math.max(slowest, performance.now() - started);
  }
  return { slowest, statuses: await Promise.all(inFlight) };
}

describe("checks off the event loop", () => {
  const pool = createCheckPool({ threads: 2 });
  after(() => pool.close());

  // Responsiveness, not speed: the same heavy checks, on the event loop and in the pool. On the event
  // loop /healthz waits for them (that is what an attack did); in the pool it does not. Compared, not
  // timed against a bound: other test files share the two cores (the bench has the figures).
  it("keeps /healthz answering while heavy checks run, where the event loop would hold it up", async () => {
    const pooled = await serve(pool);
    const onLoop = await serve(inProcessChecker);
    try {
      // Both workers started and the rule module loaded in each: measured is answering, not a cold start.
      await Promise.all([check(pooled.base, HEAVY), check(pooled.base, HEAVY)].map(async (r) => (await r).arrayBuffer()));
      const inPool = await slowestHealthz(pooled.base, 6);
      const blocked = await slowestHealthz(onLoop.base, 6);
      assert.deepEqual(inPool.statuses, [200, 200, 200, 200, 200, 200]);
      assert.ok(blocked.slowest > 4 * inPool.slowest, `event loop: ${blocked.slowest.toFixed(0)} ms, pool: ${inPool.slowest.toFixed(0)} ms`);
    } finally {
      pooled.server.close();
      onLoop.server.close();
    }
  });

  it("answers 503 with Retry-After once the queue is full, and the checks it took still succeed", async () => {
    const small = createCheckPool({ threads: 1, maxQueue: 1 });
    const { base, server } = await serve(small);
    try {
      const answers = await Promise.all(Array.from({ length: 6 }, () => check(base, HEAVY)));
      const statuses = answers.map((r) => r.status);
      assert.ok(statuses.includes(503), `statuses ${statuses.join(", ")}`);
      assert.ok(statuses.includes(200), `statuses ${statuses.join(", ")}`);
      const busy = answers.find((r) => r.status === 503)!;
      assert.equal(busy.headers.get("retry-after"), "2");
      assert.match(((await busy.json()) as { error: string }).error, /busy/);
    } finally {
      server.close();
      await small.close();
    }
  });
});
