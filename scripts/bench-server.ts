// npm run bench:server: does one heavy request freeze the server? The built server runs in its own
// process; N clients loop the worst input we know on POST /api/check while one client times
// GET /healthz. Then the throughput of /api/check on a 2 KB e-mail. Figures from before the checks
// ran in a worker pool are printed beside today's.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";

/** Measured on this machine (2 cores) on 2026-11-30, before checks moved off the event loop. */
const BEFORE: Record<string, { p50: number; p99: number }> = {
  "0 heavy clients": { p50: 0.4, p99: 4.1 },
  "1 heavy client": { p50: 412.3, p99: 1140.0 },
  "4 heavy clients": { p50: 1422.5, p99: 1638.5 },
};
const BEFORE_CHECK_RPS = 1252;

const PROBE_SECONDS = 6;
const port = 44000 + Math.floor(Math.random() * 2000);
const base = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(join(tmpdir(), "async-coach-bench-server-"));

/** The worst input we know: deeply nested HTML, just under the 1 MB body limit. */
const WORST = JSON.stringify({ kind: "message", bodyHtml: "<b>".repeat(333_000) });
const EMAIL_2KB = JSON.stringify({
  kind: "message",
  subject: "Hiring plan",
  bodyText: `Hi Dan,\n\nCould you review the hiring plan and send me your comments?\n\n${"Thanks for sending the numbers over. I went through the forecast with the finance team this morning. ".repeat(18)}\n\nThanks,\nIvy`,
  sentAt: "2026-03-02T09:00:00Z",
});

const server = spawn(process.execPath, ["dist/server/main.js"], {
  env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, NODE_ENV: "development", BOT_ID: "" },
  stdio: "ignore",
});
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${base}/healthz`)).ok) break;
  } catch {
    if (i > 100) throw new Error("server did not start: run npm run build first");
  }
  await new Promise((r) => setTimeout(r, 100));
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function probe(heavyClients: number) {
  let running = true;
  const statuses: Record<string, number> = {};
  const heavy = Array.from({ length: heavyClients }, async () => {
    while (running) {
      const res = await fetch(`${base}/api/check`, { method: "POST", headers: { "content-type": "application/json" }, body: WORST });
      await res.arrayBuffer();
      statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      if (res.status === 503) await new Promise((r) => setTimeout(r, 50));
    }
  });
  const latencies: number[] = [];
  const end = Date.now() + PROBE_SECONDS * 1000;
  while (Date.now() < end) {
    const started = performance.now();
    await (await fetch(`${base}/healthz`)).arrayBuffer();
    latencies.push(performance.now() - started);
  }
  running = false;
  await Promise.all(heavy);
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), statuses };
}

const rows: Record<string, string | number>[] = [];
for (const n of [0, 1, 4]) {
  const name = `${n} heavy client${n === 1 ? "" : "s"}`;
  const r = await probe(n);
  const before = BEFORE[name];
  rows.push({
    "/healthz while": name,
    "p50 ms": r.p50.toFixed(1),
    "p99 ms": r.p99.toFixed(1),
    "before p50 ms": before?.p50 ?? "",
    "before p99 ms": before?.p99 ?? "",
    "heavy answers":
      Object.entries(r.statuses)
        .map(([s, c]) => `${c}× ${s}`)
        .join(", ") || "-",
  });
}
console.table(rows);

const check = await autocannon({
  url: `${base}/api/check`,
  method: "POST",
  headers: { "content-type": "application/json" },
  body: EMAIL_2KB,
  connections: 10,
  duration: 8,
});
console.table([
  {
    "/api/check, 2 KB e-mail, 10 connections": "",
    "checks/s": Math.round(check.requests.average),
    "p50 ms": check.latency.p50,
    "p99 ms": check.latency.p99,
    "non-2xx": check.non2xx,
    "before checks/s": BEFORE_CHECK_RPS,
  },
]);

server.kill("SIGTERM");
rmSync(dataDir, { recursive: true, force: true });
