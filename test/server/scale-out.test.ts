// Scale-out as App Service runs it: three server processes over one Azure Storage account (Azurite),
// against the local fake Graph and token endpoint, sending reminders to a local Bot Connector stub.
// One instance scans per interval: Graph is read as often as by one instance alone, every reminder is
// sent once, and when the instance holding the scan lease is killed mid-scan, another carries on.
import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { ContainerClient } from "@azure/storage-blob";
import express from "express";
import type { ConversationReference } from "botbuilder";
import { AzureBlobStorage } from "../../src/storage/blob-storage.js";
import { ConversationStore } from "../../src/storage/conversation-store.js";
import { WatchStore } from "../../src/storage/watch-store.js";
import {
  GRAPH_CLIENT_ID,
  GRAPH_SECRET,
  GRAPH_TENANT,
  opensslMissing,
  startFakeGraph,
  startTokenEndpoint,
  type FakeGraph,
  type TokenEndpoint,
} from "../../fakes/graph.js";
import { startAzurite, type Azurite } from "../helpers/azurite.js";
import { freePort, start, waitForHttp, type Started } from "../helpers/processes.js";

const PEOPLE = ["aaaaaaaa-5555-0000-0000-000000000001", "bbbbbbbb-5555-0000-0000-000000000002", "cccccccc-5555-0000-0000-000000000003"];
const INTERVAL_S = 3;
const SCAN_LINE = /pre-read check: 3 mailboxes/g;

let azurite: Azurite;
let tokens: TokenEndpoint;
let graph: FakeGraph;
let connector: Server;
let serviceUrl: string;
let dir: string;
const received: string[] = [];
const servers: Started[] = [];

function meeting(id: string, hoursAhead: number) {
  const start = new Date(Date.now() + hoursAhead * 3_600_000);
  return { id, subject: `Planning ${id}`, start: start.toISOString(), end: new Date(start.getTime() + 3_600_000).toISOString(), bodyHtml: "" };
}

/** The people who asked for reminders, with the 1:1 chats the bot has with them, in the container. */
async function seed(container: string): Promise<void> {
  const storage = new AzureBlobStorage(azurite.connectionString, container);
  const conversations = new ConversationStore(storage);
  const watches = new WatchStore(storage);
  for (const person of PEOPLE) {
    const reference: Partial<ConversationReference> = {
      channelId: "msteams",
      serviceUrl,
      conversation: { id: `a:personal-${person}`, conversationType: "personal", isGroup: false, name: "" },
      bot: { id: "28:bot", name: "Async Coach" },
      user: { id: `29:${person}`, name: person, aadObjectId: person },
    };
    await conversations.save(reference, person);
    await watches.watch(person, person);
  }
}

async function startServer(container: string): Promise<Started> {
  const port = await freePort();
  const metadata = join(dir, "authority.json");
  const ca = join(dir, "ca.pem");
  const server = start(process.execPath, ["--import", "tsx", "src/server/main.ts"], {
    env: {
      PATH: process.env.PATH,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: join(dir, `unused-${port}`),
      AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
      AZURE_STORAGE_CONTAINER: container,
      GRAPH_CLIENT_ID,
      GRAPH_CLIENT_SECRET: GRAPH_SECRET,
      GRAPH_TENANT_ID: GRAPH_TENANT,
      GRAPH_AUTHORITY_HOST: tokens.authorityHost,
      GRAPH_AUTHORITY_METADATA_FILE: metadata,
      GRAPH_CA_FILE: ca,
      GRAPH_BASE_URL: graph.baseUrl,
      TAB_APP_ID: "00000000-0000-4000-8000-0000000000a1",
      AUTH_TENANT_ID: GRAPH_TENANT,
      PREREAD_SCAN_MINUTES: String(INTERVAL_S / 60),
    },
  });
  servers.push(server);
  await waitForHttp(`http://127.0.0.1:${port}/healthz`, server, 30_000);
  return server;
}

const scans = (server: Started) => server.output().match(SCAN_LINE)?.length ?? 0;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(what: string, ready: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await ready())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}:\n${servers.map((s) => s.output().slice(-1500)).join("\n---\n")}`);
    await sleep(100);
  }
}

describe("three server instances over one storage account", { skip: opensslMissing, timeout: 180_000 }, () => {
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "async-coach-scale-"));
    [azurite, tokens] = await Promise.all([startAzurite(), startTokenEndpoint()]);
    graph = await startFakeGraph(tokens);
    await writeFile(join(dir, "authority.json"), tokens.authorityMetadata);
    await writeFile(join(dir, "ca.pem"), tokens.ca);
    const stub = express();
    stub.use(express.json({ limit: "5mb" }));
    stub.post(/^\/+v3\/conversations\/([^/]+)\/activities/, (req, res) => {
      received.push(decodeURIComponent((req.params as Record<string, string>)[0] ?? ""));
      res.json({ id: `activity-${received.length}` });
    });
    connector = stub.listen(0, "127.0.0.1");
    await new Promise((r) => connector.once("listening", r));
    serviceUrl = `http://127.0.0.1:${(connector.address() as AddressInfo).port}/`;
  });
  after(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    connector?.close();
    await graph?.close();
    tokens?.close();
    await azurite?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("read Graph as often as one instance, send every reminder once, and carry on when the scanning instance dies", async () => {
    // One instance alone: how many Graph requests one scan makes.
    for (const [i, person] of PEOPLE.entries()) graph.mailboxes.set(person, [meeting(`solo-${i}`, 3)]);
    await seed("solo");
    const solo = await startServer("solo");
    await until("the lone instance's first scan", () => scans(solo) >= 1, 30_000);
    const perScan = graph.requests;
    assert.ok(perScan >= PEOPLE.length, `one scan reads every mailbox (${perScan} requests)`);
    await until("its second scan", () => scans(solo) >= 2, 30_000);
    await solo.stop();
    assert.equal(graph.requests, 2 * perScan, "each scan reads the same");
    assert.equal(received.length, PEOPLE.length, "one reminder per meeting");

    // Three instances on one container, over five intervals.
    received.length = 0;
    for (const [i, person] of PEOPLE.entries()) graph.mailboxes.set(person, [meeting(`shared-${i}`, 3)]);
    await seed("shared");
    const three = await Promise.all([startServer("shared"), startServer("shared"), startServer("shared")]);
    const before = graph.requests;
    const started = Date.now();
    await sleep(5 * INTERVAL_S * 1000);
    const intervals = (Date.now() - started) / (INTERVAL_S * 1000);
    const requests = graph.requests - before;
    const totalScans = three.reduce((n, s) => n + scans(s), 0);
    // Scans start at most once per 0.9 interval (instances' ticks drift), plus the one each start may bring.
    assert.ok(
      requests <= perScan * (Math.ceil(intervals / 0.9) + 1),
      `${requests} requests in ${intervals.toFixed(1)} intervals; one instance makes ${perScan} per scan`,
    );
    assert.ok(totalScans >= Math.floor(intervals) - 1, `${totalScans} scans in ${intervals.toFixed(1)} intervals`);
    assert.ok(requests < 2 * perScan * Math.floor(intervals), "far fewer than three instances scanning each");
    assert.deepEqual([...received].sort(), PEOPLE.map((p) => `a:personal-${p}`).sort(), "every reminder sent once");

    // Kill the instance holding the lease in the middle of a scan; the others carry on.
    graph.latencyMs = 1_500;
    const record = new ContainerClient(azurite.connectionString, "shared").getBlockBlobClient("leases/pre-read-scan");
    let holderPid = 0;
    await until(
      "a scan in progress",
      async () => {
        // Read while the holder may be rewriting it: a read cut short by the new version is "not yet".
        const text = await record.downloadToBuffer().then(
          (b) => b.toString(),
          () => "",
        );
        const last = JSON.parse(text || "{}") as { finishedAt?: string; by?: string };
        if (last.finishedAt || !last.by) return false;
        holderPid = Number(last.by.split(":").pop());
        return true;
      },
      30_000,
    );
    const holder = three.find((s) => s.child.pid === holderPid);
    assert.ok(holder, `the lease holder (pid ${holderPid}) is one of the three`);
    holder.child.kill("SIGKILL");
    graph.latencyMs = 0;
    const survivors = three.filter((s) => s !== holder);
    const scansBefore = survivors.reduce((n, s) => n + scans(s), 0);
    received.length = 0;
    graph.mailboxes.get(PEOPLE[0]!)!.push(meeting("after-the-kill", 3));
    // The dead holder's lease expires (15 s) and a survivor takes over the unfinished scan.
    await until("a reminder for the meeting booked after the kill", () => received.length >= 1, 40_000);
    // A scan logs its line after it has sent its reminders.
    await until("a survivor's scan to finish", () => survivors.reduce((n, s) => n + scans(s), 0) > scansBefore, 20_000);
    await sleep(2 * INTERVAL_S * 1000);
    assert.deepEqual(received, [`a:personal-${PEOPLE[0]}`], "sent once");
  });
});
