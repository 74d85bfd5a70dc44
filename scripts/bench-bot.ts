// npm run bench:bot: load on POST /api/messages of the built server (anonymous local mode, its own
// process), with the bot's replies going to a connector stub here. Prints activities/s and latency.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import express from "express";

const TARGET_RPS = 300;
const TARGET_P99_MS = 100;
/** Requests in flight at once: a busy tenant's chats, not a flood. */
const CONNECTIONS = 10;
const port = 42000 + Math.floor(Math.random() * 2000);
const dataDir = mkdtempSync(join(tmpdir(), "async-coach-bench-"));

let replies = 0;
const stub = express();
stub.use(express.json({ limit: "1mb" }));
stub.post(/.*/, (_req, res) => {
  replies++;
  res.json({ id: String(replies) });
});
const stubServer = stub.listen(0, "127.0.0.1");
await new Promise((r) => stubServer.once("listening", r));
const serviceUrl = `http://127.0.0.1:${(stubServer.address() as AddressInfo).port}/`;

const server = spawn(process.execPath, [...(process.env.BENCH_PROFILE ? ["--cpu-prof", "--cpu-prof-dir=/tmp/prof"] : []), "dist/server/main.js"], {
  env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, NODE_ENV: "development", BOT_ID: "" },
  stdio: "ignore",
});
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break;
  } catch {
    if (i > 100) throw new Error("server did not start: run npm run build first");
  }
  await new Promise((r) => setTimeout(r, 100));
}

const drafts = [
  "Can you review the hiring plan?",
  "FYI, no response needed: the wiki moved to Confluence.",
  "Could you approve the PO by Thursday? Procurement is waiting on it.",
  "hey, got a minute?",
  "URGENT!!! send me the deck",
];
const activity = (i: number) =>
  JSON.stringify({
    type: "message",
    id: `bench-${i}`,
    serviceUrl,
    channelId: "msteams",
    from: { id: `29:user-${i % 50}`, name: "Bench User", aadObjectId: `aad-${i % 50}` },
    recipient: { id: "28:bot", name: "Async Coach" },
    conversation: { id: `a:chat-${i % 50}`, conversationType: "personal" },
    text: drafts[i % drafts.length],
  });

let n = 0;
const result = await autocannon({
  url: `http://127.0.0.1:${port}/api/messages`,
  method: "POST",
  headers: { "content-type": "application/json" },
  connections: CONNECTIONS,
  duration: 10,
  requests: [{ setupRequest: (req) => ({ ...req, body: activity(n++) }) }],
});

server.kill("SIGTERM");
stubServer.close();
rmSync(dataDir, { recursive: true, force: true });

const rps = result.requests.average;
const ok = result.non2xx === 0 && result.errors === 0;
console.table([
  {
    connections: CONNECTIONS,
    "activities/s": Math.round(rps),
    "p50 ms": result.latency.p50,
    "p99 ms": result.latency.p99,
    requests: result.requests.total,
    "bot replies": replies,
    "non-2xx": result.non2xx,
    errors: result.errors,
  },
]);
console.log(
  `target: >= ${TARGET_RPS} activities/s and p99 < ${TARGET_P99_MS} ms: ${rps >= TARGET_RPS && result.latency.p99 < TARGET_P99_MS && ok ? "met" : "NOT met"}`,
);
