// /api/pre-read/me: turning one's own pre-read reminders on and off from the personal tab.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { entraTokenVerifier } from "../../src/server/auth/entra-token.js";
import { createApp } from "../../src/server/app.js";
import { ConversationStore } from "../../src/storage/conversation-store.js";
import { FileStorage } from "../../src/storage/file-storage.js";
import { WatchStore } from "../../src/storage/watch-store.js";
import { ANA, AUDIENCE, startSigningKeys, TENANT, type SigningKeys } from "../helpers/entra.js";

let keys: SigningKeys;
let dir: string;
const servers: Server[] = [];
const quiet = { info: () => undefined, error: () => undefined };

async function api(withWatches: boolean) {
  const storage = new FileStorage(dir);
  const conversations = new ConversationStore(storage);
  const watches = new WatchStore(storage);
  const verify = entraTokenVerifier({ tenantId: TENANT, audiences: [AUDIENCE], jwksUri: keys.jwksUri });
  const server = createApp({ logger: quiet, preReadApi: { verify, conversations, ...(withWatches ? { watches } : {}) } }).listen(0, "127.0.0.1");
  servers.push(server);
  await new Promise((r) => server.once("listening", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/pre-read/me`;
  const token = await keys.token();
  const raw = (headers: Record<string, string>, body?: string) =>
    fetch(base, { method: "PUT", headers: { authorization: `Bearer ${token}`, ...headers }, ...(body !== undefined ? { body } : {}) });
  const call = async (method: string, body?: unknown, auth = true) => {
    const res = await fetch(base, {
      method,
      headers: { "content-type": "application/json", ...(auth ? { authorization: `Bearer ${token}` } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    return { status: res.status, body: (await res.json()) as Record<string, any> };
  };
  return { call, raw, conversations, watches };
}

describe("GET and PUT /api/pre-read/me", () => {
  before(async () => {
    keys = await startSigningKeys();
    dir = mkdtempSync(join(tmpdir(), "async-coach-pre-read-api-"));
  });
  after(() => {
    keys.close();
    for (const s of servers) s.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("says the check is unavailable without Graph, and refuses to turn it on", async () => {
    const { call } = await api(false);
    assert.deepEqual((await call("GET")).body, { available: false, watching: false, hasChat: false });
    const put = await call("PUT", { watching: true });
    assert.equal(put.status, 409);
    assert.match(put.body.error, /not switched on/);
  });

  it("turns reminders on once the person has a chat with the bot, and off again", async () => {
    const { call, conversations, watches } = await api(true);
    assert.equal((await call("GET", undefined, false)).status, 401);
    const noChat = await call("PUT", { watching: true });
    assert.equal(noChat.status, 409);
    assert.match(noChat.body.error, /open a chat with it in Teams first/);
    await conversations.save(
      { channelId: "msteams", serviceUrl: "https://smba.example/", conversation: { id: "a:1", conversationType: "personal" } as any },
      ANA,
    );
    assert.deepEqual((await call("PUT", { watching: true })).body, { available: true, watching: true, hasChat: true });
    assert.equal(await watches.isWatching(ANA), true);
    assert.equal((await call("PUT", { watching: "yes" })).status, 400);
    assert.deepEqual((await call("PUT", { watching: false })).body, { available: true, watching: false, hasChat: true });
    assert.equal(await watches.isWatching(ANA), false);
  });

  it("changes nothing for a body that is not JSON (415) or an empty one (400)", async () => {
    const { raw, conversations, watches } = await api(true);
    await conversations.save(
      { channelId: "msteams", serviceUrl: "https://smba.example/", conversation: { id: "a:1", conversationType: "personal" } as any },
      ANA,
    );
    assert.equal((await raw({ "content-type": "text/plain" }, '{"watching":true}')).status, 415);
    assert.equal((await raw({ "content-type": "application/json" })).status, 400);
    assert.equal(await watches.isWatching(ANA), false);
  });
});
