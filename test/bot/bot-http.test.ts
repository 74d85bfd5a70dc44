// The bot over HTTP, as Teams talks to it: activities POSTed to /api/messages through the real
// CloudAdapter (anonymous auth, no credentials), replies sent to a local connector stub.
import assert from "node:assert/strict";
import type { Server } from "node:http";
import { createServer, type AddressInfo, type Socket } from "node:net";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import express from "express";
import { createAdapter } from "../../src/bot/adapter.js";
import { AsyncCoachBot } from "../../src/bot/async-coach-bot.js";
import { createApp } from "../../src/server/app.js";
import type { Logger } from "../../src/server/log.js";
import { ConversationStore } from "../../src/storage/conversation-store.js";
import { FileStorage } from "../../src/storage/file-storage.js";
import { NormsStore } from "../../src/storage/norms-store.js";

const logged: string[] = [];
const logger: Logger = { info: (m) => logged.push(m), error: (m) => logged.push(m) };
const received: { path: string; body: Record<string, any> }[] = [];

let dir: string;
let bot: Server;
let connector: Server;
let botUrl: string;
let serviceUrl: string;

async function listen(app: express.Express): Promise<[Server, string]> {
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  return [server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`];
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), "async-coach-http-"));
  const stub = express();
  stub.use(express.json({ limit: "5mb" }));
  stub.post(/.*/, (req, res) => {
    received.push({ path: req.path, body: req.body as Record<string, any> });
    res.json({ id: `reply-${received.length}` });
  });
  [connector, serviceUrl] = await listen(stub);
  const storage = new FileStorage(dir);
  const coach = new AsyncCoachBot({ norms: new NormsStore(storage), conversations: new ConversationStore(storage) });
  [bot, botUrl] = await listen(createApp({ logger, bot: { adapter: createAdapter({}, logger), bot: coach } }));
});
after(async () => {
  await new Promise((r) => bot.close(r));
  await new Promise((r) => connector.close(r));
  await rm(dir, { recursive: true, force: true });
});

let counter = 0;
function teamsActivity(overrides: Record<string, unknown>): Record<string, unknown> {
  counter++;
  return {
    type: "message",
    id: `1700000000${counter}`,
    timestamp: "2026-03-02T09:00:00.000Z",
    localTimestamp: "2026-03-02T10:00:00.000+01:00",
    serviceUrl: `${serviceUrl}/_connector/`,
    channelId: "msteams",
    from: { id: "29:1abc", name: "Ana Diaz", aadObjectId: "00000000-0000-0000-0000-0000000000aa" },
    conversation: { conversationType: "personal", tenantId: "tenant-1", id: "a:1personalchat" },
    recipient: { id: "28:bot-id", name: "Async Coach" },
    textFormat: "plain",
    locale: "en-US",
    channelData: { tenant: { id: "tenant-1" } },
    ...overrides,
  };
}

const post = (body: unknown, raw = false) =>
  fetch(`${botUrl}/api/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: raw ? (body as string) : JSON.stringify(body) });

async function repliesTo(activity: Record<string, unknown>): Promise<Record<string, any>[]> {
  const before = received.length;
  const res = await post(activity);
  assert.ok(res.status >= 200 && res.status < 300, `status ${res.status}`);
  return received.slice(before).map((r) => r.body);
}

describe("the bot over HTTP", () => {
  it("answers a draft through the connector with an Adaptive Card", async () => {
    const replies = await repliesTo(teamsActivity({ text: "Can you review the hiring plan?" }));
    assert.equal(replies.length, 1);
    assert.equal(replies[0]?.attachments?.[0]?.contentType, "application/vnd.microsoft.card.adaptive");
    assert.match(JSON.stringify(replies[0]), /No response level/);
    assert.equal(replies[0]?.replyToId, `1700000000${counter}`);
  });

  it("sends the notes on a channel post to its writer in a 1:1 chat, and only a neutral line to the thread", async () => {
    const from = { id: "29:1channel-writer", name: "Femi Ade", aadObjectId: "00000000-0000-0000-0000-0000000000fe" };
    const inChannel = (id: string) =>
      teamsActivity({
        from,
        text: "<at>Async Coach</at> Can you review the hiring plan?",
        entities: [{ type: "mention", text: "<at>Async Coach</at>", mentioned: { id: "28:bot-id", name: "Async Coach" } }],
        conversation: { conversationType: "channel", tenantId: "tenant-1", id: `19:crew@thread.tacv2;messageid=${id}`, isGroup: true },
        channelData: { tenant: { id: "tenant-1" }, team: { id: "19:crew@thread.tacv2", name: "Crew" }, channel: { id: "19:crew@thread.tacv2" } },
      });
    const before = received.length;
    const thread = await repliesTo(inChannel("1"));
    const calls = received.slice(before);
    // A 1:1 chat opened with the writer, the notes in it, and one line in the thread.
    const opened = calls.find((c) => /\/v3\/conversations\/?$/.test(c.path));
    assert.deepEqual(opened?.body.members, [{ id: from.id, name: from.name }]);
    assert.equal(opened?.body.isGroup, false);
    const notes = calls.find((c) => c.body.attachments && !String(c.body.conversation?.id).startsWith("19:crew"));
    assert.equal(notes?.body.text, "My notes on the message you just posted. Only you can see them.");
    assert.match(JSON.stringify(notes?.body.attachments), /No response level/);
    assert.match(JSON.stringify(notes?.body.attachments), /Next time/, "worded for a message already sent");
    const inThread = thread.filter((a) => a.conversation?.id?.startsWith("19:crew@thread.tacv2"));
    assert.equal(inThread.length, 1);
    assert.equal(inThread[0]?.text, "I've sent you my notes in a 1:1 chat.");
    assert.equal(inThread[0]?.attachments, undefined, "no critique where everyone reads");
    // The next time, the chat opened is used again.
    const second = received.length;
    await repliesTo(inChannel("2"));
    assert.equal(received.slice(second).filter((c) => /\/v3\/conversations\/?$/.test(c.path)).length, 0);
    assert.equal(received.slice(second).filter((c) => c.body.attachments).length, 1);
  });

  it("returns the replies in the response for expectReplies", async () => {
    const res = await post(teamsActivity({ text: "help", deliveryMode: "expectReplies" }));
    assert.equal(res.status, 200);
    const body = (await res.json()) as { activities: Record<string, any>[] };
    assert.match(JSON.stringify(body.activities[0]), /watch my meetings/);
  });

  it("welcomes on conversationUpdate and takes installationUpdate quietly", async () => {
    const welcome = await repliesTo(
      teamsActivity({
        type: "conversationUpdate",
        membersAdded: [{ id: "28:bot-id" }],
        text: undefined,
        channelData: { tenant: { id: "tenant-1" }, eventType: "teamMemberAdded" },
      }),
    );
    assert.match(JSON.stringify(welcome), /Hi, I'm Async Coach/);
    const install = await repliesTo(teamsActivity({ type: "installationUpdate", action: "add", text: undefined }));
    assert.equal(install.length, 0);
  });

  it("answers message-extension invokes in the HTTP response", async () => {
    const res = await post(
      teamsActivity({ type: "invoke", name: "composeExtension/fetchTask", value: { commandId: "checkDraft", commandContext: "compose" }, text: undefined }),
    );
    assert.equal(res.status, 200);
    const body = (await res.json()) as { task: { type: string } };
    assert.equal(body.task.type, "continue");
    const submit = await post(
      teamsActivity({
        type: "invoke",
        name: "composeExtension/submitAction",
        value: { commandId: "checkDraft", data: { action: "check", draft: "Could you sign the NDA?" } },
        text: undefined,
      }),
    );
    assert.match(JSON.stringify(await submit.json()), /No response level/);
  });

  it("ignores unknown activity types", async () => {
    const replies = await repliesTo(teamsActivity({ type: "somethingNew", text: undefined }));
    assert.equal(replies.length, 0);
  });

  it("answers malformed JSON and non-activities with 400, and keeps serving", async () => {
    assert.equal((await post("{not json", true)).status, 400);
    const res = await post({ hello: "world" });
    assert.equal(res.status, 400);
    assert.match(JSON.stringify(await res.json()), /type: .*serviceUrl/s);
    assert.equal((await post([1, 2, 3])).status, 400);
    const replies = await repliesTo(teamsActivity({ text: "help" }));
    assert.equal(replies.length, 1);
  });

  it("sends replies only to this machine without credentials: another serviceUrl is refused, nothing is posted", async () => {
    const before = received.length;
    const res = await post(teamsActivity({ text: "help", serviceUrl: "https://attacker.example/" }));
    assert.equal(res.status, 400);
    assert.match(((await res.json()) as { error: string }).error, /serviceUrl/);
    assert.equal(received.length, before);
  });

  it("logs a failed send to the connector by its status, never by what the connector answered", async () => {
    const echo = express();
    echo.use(express.json({ limit: "1mb" }));
    // A connector that echoes what it was sent, in an error.
    echo.post(/.*/, (req, res) => res.status(400).json({ error: { code: "BadRequest", message: `echo: ${JSON.stringify(req.body)}` } }));
    const [echoServer, echoUrl] = await listen(echo);
    try {
      const before = logged.length;
      const res = await post(teamsActivity({ text: "PRIVATE-DRAFT-7781 can you review the budget?", serviceUrl: `${echoUrl}/` }));
      assert.equal(res.status, 200);
      const lines = logged.slice(before).join("\n");
      assert.match(lines, /bot turn failed \(message\): RestError: HTTP 400 \(BadRequest\)/);
      assert.doesNotMatch(lines, /PRIVATE-DRAFT-7781/);
    } finally {
      await new Promise((r) => echoServer.close(r));
    }
  });

  it("answers a body that is not JSON with 415", async () => {
    const res = await fetch(`${botUrl}/api/messages`, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: JSON.stringify(teamsActivity({ text: "help" })),
    });
    assert.equal(res.status, 415);
    assert.match(((await res.json()) as { error: string }).error, /JSON/);
  });

  it("handles a 100 KB message", async () => {
    const text = `Can you review the plan? ${"Detail about hiring, budget and risk. ".repeat(2700)}`;
    assert.ok(text.length > 100_000);
    const replies = await repliesTo(teamsActivity({ text }));
    assert.equal(replies.length, 1);
    assert.match(JSON.stringify(replies[0]), /No response level/);
  });

  it("logs no message text", async () => {
    await repliesTo(teamsActivity({ text: "Can you approve Project Kingfisher by Friday?" }));
    assert.ok(logged.length > 0);
    assert.ok(
      logged.every((l) => !/Kingfisher|approve/.test(l)),
      logged.join("\n"),
    );
  });
});

describe("the bot with credentials configured", () => {
  it("refuses a request without a valid token", async () => {
    const storage = new FileStorage(dir);
    const coach = new AsyncCoachBot({ norms: new NormsStore(storage), conversations: new ConversationStore(storage) });
    const adapter = createAdapter({ appId: "11111111-2222-3333-4444-555555555555", appPassword: "not-a-real-secret", tenantId: "tenant-1" }, logger);
    const [server, url] = await listen(createApp({ logger, bot: { adapter, bot: coach, requireToken: true } }));
    try {
      const before = received.length;
      const noToken = await fetch(`${url}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(teamsActivity({ text: "help" })),
      });
      assert.equal(noToken.status, 401);
      const forged = await fetch(`${url}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: "Bearer eyJhbGciOiJIUzI1NiJ9.eyJhdWQiOiJ4In0.c2lnbmF0dXJl" },
        body: JSON.stringify(teamsActivity({ text: "help" })),
      });
      assert.equal(forged.status, 401);
      assert.equal(received.length, before, "the bot did not run");
      const malformed = await fetch(`${url}/api/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
      assert.equal(malformed.status, 401, "no token: refused before the body is looked at");
    } finally {
      await new Promise((r) => server.close(r));
    }
  });

  it("refuses forged tokens with 401 and a short error, and answers 503 when the signing keys cannot be fetched; one log line each, no stack", async () => {
    const storage = new FileStorage(dir);
    const coach = new AsyncCoachBot({ norms: new NormsStore(storage), conversations: new ConversationStore(storage) });
    const appId = "11111111-2222-3333-4444-555555555555";
    const lines: string[] = [];
    const log = { info: (m: string) => lines.push(m), error: (m: string) => lines.push(m) };
    // Bot Framework's keys at a local address where nothing listens: the fetch fails at once, offline or not.
    const adapter = createAdapter(
      { appId, appPassword: "not-a-real-secret", tenantId: "tenant-1", openIdMetadataUrl: "http://127.0.0.1:9/.well-known/openidconfiguration" },
      log,
    );
    const [server, url] = await listen(createApp({ logger: log, bot: { adapter, bot: coach, requireToken: true } }));
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
    const now = Math.floor(Date.now() / 1000);
    const teams = "https://smba.trafficmanager.net/amer/";
    const claims = { iss: "https://api.botframework.com", aud: appId, exp: now + 3600, serviceurl: teams };
    const send = (token: string) =>
      fetch(`${url}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify(teamsActivity({ text: "help", serviceUrl: teams })),
      });
    const stderr: string[] = [];
    const originalError = console.error;
    console.error = (...args: unknown[]) => stderr.push(args.map(String).join(" "));
    try {
      const forged = {
        "alg none": `${b64({ alg: "none", typ: "JWT" })}.${b64(claims)}.`,
        HS256: `${b64({ alg: "HS256", typ: "JWT" })}.${b64(claims)}.c2lnbmF0dXJl`,
        expired: `${b64({ alg: "RS256", kid: "k1" })}.${b64({ ...claims, exp: now - 7200 })}.c2lnbmF0dXJl`,
        "another app": `${b64({ alg: "RS256", kid: "k1" })}.${b64({ ...claims, aud: "someone-else" })}.c2lnbmF0dXJl`,
      };
      for (const [name, token] of Object.entries(forged)) {
        const res = await send(token);
        assert.equal(res.status, 401, name);
        assert.deepEqual(await res.json(), { error: "unauthorized" }, name);
      }
      const selfSigned = await send(`${b64({ alg: "RS256", kid: "k1" })}.${b64(claims)}.c2lnbmF0dXJl`);
      assert.equal(selfSigned.status, 503);
      assert.equal(selfSigned.headers.get("retry-after"), "30");
      assert.deepEqual(await selfSigned.json(), { error: "the token cannot be checked just now: try again shortly" });
    } finally {
      console.error = originalError;
      await new Promise((r) => server.close(r));
    }
    assert.deepEqual(stderr, [], "botbuilder printed nothing");
    const refusals = lines.filter((l) => l.startsWith("bot: "));
    assert.equal(refusals.length, 5);
    assert.ok(
      refusals.every((l) => !l.includes("\n") && l.length < 300),
      refusals.join(" | "),
    );
  });
  it("answers 503 within a bound when the keys endpoint never answers, and opens no fetch per request", { timeout: 60_000 }, async () => {
    // A keys endpoint that accepts connections and never answers (issue 24, N5): each connection is counted.
    const sockets: Socket[] = [];
    const silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((r) => silent.listen(0, "127.0.0.1", r));
    const port = (silent.address() as AddressInfo).port;
    const storage = new FileStorage(dir);
    const coach = new AsyncCoachBot({ norms: new NormsStore(storage), conversations: new ConversationStore(storage) });
    const appId = "11111111-2222-3333-4444-555555555555";
    const log = { info: () => undefined, error: () => undefined };
    const adapter = createAdapter(
      { appId, appPassword: "not-a-real-secret", tenantId: "tenant-1", openIdMetadataUrl: `http://127.0.0.1:${port}/.well-known/openidconfiguration` },
      log,
    );
    const [server, url] = await listen(createApp({ logger: log, bot: { adapter, bot: coach, requireToken: true } }));
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
    const teams = "https://smba.trafficmanager.net/amer/";
    const token = `${b64({ alg: "RS256", kid: "k1" })}.${b64({ iss: "https://api.botframework.com", aud: appId, exp: Math.floor(Date.now() / 1000) + 3600, serviceurl: teams })}.c2lnbmF0dXJl`;
    const send = () =>
      fetch(`${url}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify(teamsActivity({ text: "help", serviceUrl: teams })),
      });
    try {
      // 22 at once: a few checks wait on the keys, the rest are refused at once; all get 503, none hangs.
      const answers = await Promise.all(Array.from({ length: 22 }, send));
      assert.deepEqual(
        answers.map((a) => a.status),
        Array.from({ length: 22 }, () => 503),
      );
      assert.ok(sockets.length <= 8, `${sockets.length} connections to the keys endpoint for 22 requests`);
      // Then refused at once for 30 s: no new connection.
      const before = sockets.length;
      const again = await send();
      assert.equal(again.status, 503);
      assert.equal(again.headers.get("retry-after"), "30");
      assert.equal(sockets.length, before, "no new fetch while the keys were just found unreachable");
    } finally {
      for (const s of sockets) s.destroy();
      silent.close();
      await new Promise((r) => server.close(r));
    }
  });
});
