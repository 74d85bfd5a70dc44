// Norms survive a restart of the real server process: saved through the bot, the process stopped
// and started again on the same data folder, then read back.
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";

const port = 41000 + Math.floor(Math.random() * 2000);
const base = `http://127.0.0.1:${port}`;
let dataDir: string;
let server: ChildProcess | undefined;
let output = "";

async function start(): Promise<void> {
  server = spawn(process.execPath, ["--import", "tsx", "src/server/main.ts"], {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, NODE_ENV: "development", BOT_ID: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("server did not start");
}

async function stop(): Promise<void> {
  const s = server;
  if (!s || s.exitCode !== null) return;
  await new Promise((resolve) => {
    s.once("exit", resolve);
    s.kill("SIGTERM");
  });
}

after(async () => {
  await stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const activity = (extra: Record<string, unknown>) => ({
  type: "message",
  id: String(Date.now()),
  serviceUrl: "http://127.0.0.1:9/unused",
  channelId: "msteams",
  deliveryMode: "expectReplies",
  from: { id: "29:1", name: "Ana", aadObjectId: "aad-ana" },
  recipient: { id: "28:bot", name: "Async Coach" },
  conversation: { id: "19:team-general@thread.tacv2", conversationType: "channel" },
  channelData: { team: { id: "19:team@thread.tacv2", name: "Platform" } },
  ...extra,
});

async function send(extra: Record<string, unknown>): Promise<string> {
  const res = await fetch(`${base}/api/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(activity(extra)) });
  assert.equal(res.status, 200);
  return JSON.stringify(await res.json());
}

describe("team norms across a restart", () => {
  it("are still there after the server stops and starts again", { timeout: 90_000 }, async () => {
    dataDir = await mkdtemp(join(tmpdir(), "async-coach-restart-"));
    await start();
    // Without Graph credentials the server runs as before and says once how to turn the check on.
    assert.equal(output.match(/Pre-meeting pre-read check: off .*set GRAPH_CLIENT_ID/g)?.length, 1);
    const saved = await send({ value: { action: "saveNorms", eTag: "", timeZone: "America/New_York", preReadNoticeHours: "36" } });
    assert.match(saved, /Saved/);
    await stop();
    await start();
    const norms = await send({ text: "<at>Async Coach</at> norms" });
    assert.match(norms, /Norms for the Platform team/);
    assert.match(norms, /America\/New_York/);
    assert.match(norms, /at least 36 hours ahead/);
    assert.match(norms, /Last changed by Ana/);
  });
});
