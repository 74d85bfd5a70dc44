// Norms survive a restart of the real server process: saved through the bot, the process stopped
// and started again on the same data folder, then read back.
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { freePort, start as startProcess, waitForHttp, type Started } from "../helpers/processes.js";

let base = "";
let dataDir: string;
let server: Started | undefined;

async function start(): Promise<void> {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = startProcess(process.execPath, ["--import", "tsx", "src/server/main.ts"], {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, NODE_ENV: "development", BOT_ID: "" },
  });
  await waitForHttp(`${base}/healthz`, server);
}

async function stop(): Promise<void> {
  if (!server) return;
  await server.stop();
  server = undefined;
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
    assert.equal(server!.output().match(/Pre-meeting pre-read check: off .*set GRAPH_CLIENT_ID/g)?.length, 1);
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
