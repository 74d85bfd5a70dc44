// The norms API with real token validation: a signing key set served on localhost, tokens signed
// with jose, keys looked up by `kid`.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import express from "express";
import { entraTokenVerifier } from "../../src/server/auth/entra-token.js";
import { createApp } from "../../src/server/app.js";
import type { TeamRoles } from "../../src/server/norms-route.js";
import { FileStorage } from "../../src/storage/file-storage.js";
import { NormsStore } from "../../src/storage/norms-store.js";
import { ANA, AUDIENCE, BEN, startSigningKeys, TENANT, type SigningKeys, type TokenOptions } from "../helpers/entra.js";

let keys: SigningKeys;
const dirs: string[] = [];
const servers: Server[] = [];
const token = (o?: TokenOptions) => keys.token(o);

async function listen(app: express.Express): Promise<string> {
  const server = app.listen(0, "127.0.0.1");
  servers.push(server);
  await new Promise((r) => server.once("listening", r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

before(async () => {
  keys = await startSigningKeys();
});
after(() => {
  keys.close();
  for (const s of servers) s.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const GROUP = "55555555-5555-5555-5555-555555555555";
const owners: TeamRoles = {
  isOwner: async (team, user) => team.threadId === "19:abc" && team.groupId === GROUP && user === ANA,
  isTeamMember: async (team, user) => team.threadId === "19:abc" && team.groupId === GROUP && (user === ANA || user === BEN),
  isChatMember: async (chat, user) => {
    if (chat === "19:graph-down") throw new Error("Graph answered 503");
    return chat === "19:chat-1@unq.gbl.spaces" && user === ANA;
  },
};

async function api(dir?: string): Promise<string> {
  const dataDir = dir ?? mkdtempSync(join(tmpdir(), "async-coach-norms-api-"));
  if (!dir) dirs.push(dataDir);
  const verify = entraTokenVerifier({ tenantId: TENANT, audiences: [AUDIENCE], jwksUri: keys.jwksUri });
  const app = createApp({
    logger: { info: () => undefined, error: () => undefined },
    normsApi: { store: new NormsStore(new FileStorage(dataDir)), verify, roles: owners },
  });
  return listen(app);
}

async function call(base: string, method: string, path: string, opts: { token?: string; body?: unknown; ifMatch?: string; raw?: string } = {}) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  if (opts.ifMatch) headers["if-match"] = opts.ifMatch;
  const res = await fetch(`${base}${path}`, {
    method,
    headers,
    ...(opts.raw !== undefined || opts.body !== undefined ? { body: opts.raw ?? JSON.stringify(opts.body) } : {}),
  });
  return { status: res.status, etag: res.headers.get("etag"), body: (await res.json()) as Record<string, any> };
}

describe("token validation", () => {
  it("accepts a valid token and refuses missing, expired, wrong-audience, wrong-issuer and forged ones", async () => {
    const base = await api();
    assert.equal((await call(base, "GET", "/api/norms/user:me", { token: await token() })).status, 200);
    const refused = [
      undefined,
      await token({ expiresIn: "-2h" }),
      await token({ audience: "api://someone-else" }),
      await token({ issuer: "https://login.microsoftonline.com/other-tenant/v2.0" }),
      await token({ key: keys.otherKey }),
      await token({ kid: "unknown-key" }),
      "not.a.jwt",
    ];
    for (const [i, t] of refused.entries()) {
      const res = await call(base, "GET", "/api/norms/user:me", t ? { token: t } : {});
      assert.equal(res.status, 401, `case ${i}`);
    }
  });
});

describe("only a person's delegated token", () => {
  it("refuses app-only tokens, tokens without the access_as_user scope and tokens without an expiry", async () => {
    const base = await api();
    const refused = {
      "app-only": await token({ scp: null, claims: { idtyp: "app", roles: ["Norms.ReadWrite.All"] } }),
      "app-only with a scope": await token({ claims: { idtyp: "app" } }),
      "another scope": await token({ scp: "User.Read" }),
      "no expiry": await token({ noExpiry: true }),
    };
    for (const [name, t] of Object.entries(refused)) {
      assert.equal((await call(base, "GET", "/api/norms/user:me", { token: t })).status, 401, name);
    }
    assert.equal((await call(base, "GET", "/api/norms/user:me", { token: await token() })).status, 200);
  });

  it("answers 503 quickly when the tenant's keys cannot be fetched, and does not ask again for every request", async () => {
    let fetches = 0;
    const failing = express();
    failing.get("/keys", (req) => {
      fetches++;
      req.socket.destroy();
    });
    const keysUrl = await listen(failing);
    const verify = entraTokenVerifier({ tenantId: TENANT, audiences: [AUDIENCE], jwksUri: `${keysUrl}/keys` });
    const dir = mkdtempSync(join(tmpdir(), "async-coach-norms-api-"));
    dirs.push(dir);
    const base = await listen(
      createApp({ logger: { info: () => undefined, error: () => undefined }, normsApi: { store: new NormsStore(new FileStorage(dir)), verify } }),
    );
    const t = await token();
    const started = performance.now();
    for (let i = 0; i < 10; i++) {
      const res = await call(base, "GET", "/api/norms/user:me", { token: t });
      assert.equal(res.status, 503);
      assert.match(res.body.error, /cannot be checked just now/);
    }
    assert.equal(fetches, 1, "one failed fetch is remembered");
    assert.ok(performance.now() - started < 3_000);
  });
});

describe("GET and PUT /api/norms/:scope", () => {
  it("reads defaults, writes with concurrency control, and reads back after a restart", async () => {
    const dir = mkdtempSync(join(tmpdir(), "async-coach-norms-api-"));
    dirs.push(dir);
    const base = await api(dir);
    const ana = await token();
    const first = await call(base, "GET", "/api/norms/team:19:abc", { token: ana });
    assert.equal(first.status, 200);
    assert.equal(first.etag, null);
    assert.equal(first.body.norms.timeZone, "UTC");
    assert.match(first.body.summary.join(" "), /Chat: reply the same business day/);

    const created = await call(base, "PUT", `/api/norms/team:19:abc?groupId=${GROUP}`, {
      token: ana,
      body: { timeZone: "Europe/Berlin", preReadNoticeHours: 48 },
    });
    assert.equal(created.status, 200);
    assert.ok(created.etag);
    assert.equal(created.body.updatedBy, "Ana Diaz");

    assert.equal(
      (await call(base, "PUT", `/api/norms/team:19:abc?groupId=${GROUP}`, { token: ana, body: {} })).status,
      428,
      "If-Match is required once norms exist",
    );
    const updated = await call(base, "PUT", `/api/norms/team:19:abc?groupId=${GROUP}`, {
      token: ana,
      body: { timeZone: "Europe/Paris" },
      ifMatch: created.etag!,
    });
    assert.equal(updated.status, 200);
    const stale = await call(base, "PUT", `/api/norms/team:19:abc?groupId=${GROUP}`, { token: ana, body: { timeZone: "UTC" }, ifMatch: created.etag! });
    assert.equal(stale.status, 412);

    const restarted = await api(dir);
    const after = await call(restarted, "GET", `/api/norms/team:19:abc?groupId=${GROUP}`, { token: ana });
    assert.equal(after.body.norms.timeZone, "Europe/Paris");
    assert.equal(after.etag, updated.etag);
    // Who changed what and when, newest first.
    assert.deepEqual(
      after.body.history.map((c: { by: string }) => c.by),
      ["Ana Diaz", "Ana Diaz"],
    );
    // PUT replaces the whole set: what the body leaves out goes back to its default.
    assert.deepEqual(after.body.history[0].changes, [
      "Working days: Monday to Friday, 09:00–17:00 (Europe/Paris).",
      "Send meeting pre-reads at least 24 hours ahead.",
    ]);
    assert.ok(after.body.history[1].changes.includes("Send meeting pre-reads at least 48 hours ahead."));
    assert.ok(Date.parse(after.body.history[0].at) >= Date.parse(after.body.history[1].at));
  });

  it("answers invalid norms field by field, and a body over 64 KB with 413", async () => {
    const base = await api();
    const ana = await token();
    const invalid = await call(base, "PUT", "/api/norms/user:me", { token: ana, body: { timeZone: "Mars/Base", workingDays: [] } });
    assert.equal(invalid.status, 400);
    assert.ok(invalid.body.details.some((d: string) => d.startsWith("timeZone:")));
    assert.ok(invalid.body.details.some((d: string) => d.startsWith("workingDays:")));
    const big = await call(base, "PUT", "/api/norms/user:me", { token: ana, raw: JSON.stringify({ signalPhrases: { fyi: ["x".repeat(70_000)] } }) });
    assert.equal(big.status, 413);
    assert.match(big.body.error, /65536 bytes/);
    assert.equal((await call(base, "PUT", "/api/norms/user:me", { token: ana, raw: "{oops" })).status, 400);
  });

  it("answers another method with 405 and Allow, after the token check", async () => {
    const base = await api();
    const res = await fetch(`${base}/api/norms/user:me`, { method: "DELETE", headers: { authorization: `Bearer ${await token()}` } });
    assert.equal(res.status, 405);
    assert.equal(res.headers.get("allow"), "GET, PUT");
    assert.equal((await fetch(`${base}/api/norms/user:me`, { method: "DELETE" })).status, 401);
  });

  it("changes nothing for a body that is not JSON (415) or an empty one (400)", async () => {
    const base = await api();
    const ana = await token();
    const saved = await call(base, "PUT", "/api/norms/user:me", { token: ana, body: { timeZone: "Europe/Berlin" } });
    assert.equal(saved.status, 200);
    const put = (headers: Record<string, string>, body?: string) =>
      fetch(`${base}/api/norms/user:me`, { method: "PUT", headers: { authorization: `Bearer ${ana}`, ...headers }, ...(body !== undefined ? { body } : {}) });
    const plain = await put({ "content-type": "text/plain", "if-match": "*" }, '{"timeZone":"UTC"}');
    assert.equal(plain.status, 415);
    assert.match(((await plain.json()) as { error: string }).error, /JSON/);
    assert.equal((await put({ "if-match": "*" })).status, 415, "no body and no content type");
    assert.equal((await put({ "content-type": "application/json", "if-match": "*" })).status, 400, "an empty JSON body");
    assert.equal((await put({ "content-type": "application/json", "if-match": "*" }, "")).status, 400);
    const after = await call(base, "GET", "/api/norms/user:me", { token: ana });
    assert.equal(after.body.norms.timeZone, "Europe/Berlin", "the norms are as they were");
    assert.equal(after.body.history.length, 1, "no change recorded");
  });

  it("lets a member's own checks follow a team's norms, and their own again when they save or stop following", async () => {
    const base = await api();
    const ana = await token();
    const ben = await token({ oid: BEN, name: "Ben" });
    await call(base, "PUT", `/api/norms/team:19:abc?groupId=${GROUP}`, { token: ana, body: { timeZone: "Asia/Tokyo" } });
    const own = await call(base, "PUT", "/api/norms/user:me", { token: ben, body: { timeZone: "Europe/Berlin" } });
    const follow = { team: "team:19:abc", name: "Launch crew", groupId: GROUP };
    const followed = await call(base, "PUT", "/api/norms/user:me/follow", { token: ben, body: follow });
    assert.equal(followed.status, 200);
    assert.deepEqual(followed.body.follows, { team: "team:19:abc", name: "Launch crew" });
    const read = await call(base, "GET", "/api/norms/user:me", { token: ben });
    assert.equal(read.body.norms.timeZone, "Asia/Tokyo", "Outlook's checks read the team's norms");
    assert.equal(read.etag, own.etag, "the ETag stays that of the person's own norms");
    // Someone else's choice is theirs: Ana still reads her own.
    assert.equal((await call(base, "GET", "/api/norms/user:me", { token: ana })).body.follows, null);
    // Not a member, no groupId, not a team, someone else's scope: refused, nothing changed.
    assert.equal(
      (await call(base, "PUT", "/api/norms/user:me/follow", { token: await token({ oid: "77777777-7777-7777-7777-777777777777" }), body: follow })).status,
      403,
    );
    assert.equal((await call(base, "PUT", "/api/norms/user:me/follow", { token: ben, body: { team: "team:19:abc" } })).status, 400);
    assert.equal((await call(base, "PUT", "/api/norms/user:me/follow", { token: ben, body: { ...follow, team: "chat:19:x" } })).status, 400);
    assert.equal((await call(base, "PUT", "/api/norms/team:19:abc/follow", { token: ben, body: follow })).status, 400);
    assert.equal((await call(base, "PUT", `/api/norms/user:${ANA}/follow`, { token: ben, body: follow })).status, 403);
    // Stopping: their own norms again.
    const stopped = await call(base, "DELETE", "/api/norms/user:me/follow", { token: ben });
    assert.equal(stopped.status, 200);
    assert.equal(stopped.body.follows, null);
    assert.equal(stopped.body.norms.timeZone, "Europe/Berlin");
    // Saving their own norms while following is choosing their own.
    await call(base, "PUT", "/api/norms/user:me/follow", { token: ben, body: follow });
    const current = await call(base, "GET", "/api/norms/user:me", { token: ben });
    const saved = await call(base, "PUT", "/api/norms/user:me", { token: ben, ifMatch: current.etag!, body: { timeZone: "Europe/Paris" } });
    assert.equal(saved.status, 200);
    assert.equal(saved.body.follows, null);
    assert.equal((await call(base, "GET", "/api/norms/user:me", { token: ben })).body.norms.timeZone, "Europe/Paris");
  });

  it("lets only team owners change team norms, and people only their own", async () => {
    const base = await api();
    const ben = await token({ oid: BEN, name: "Ben" });
    assert.equal((await call(base, "GET", "/api/norms/team:19:abc", { token: ben })).status, 200, "members read");
    // Who changed what is for members; others read the norms in force only.
    await call(base, "PUT", `/api/norms/team:19:abc?groupId=${GROUP}`, { token: await token(), body: { preReadNoticeHours: 36 } });
    const member = await call(base, "GET", `/api/norms/team:19:abc?groupId=${GROUP}`, { token: ben });
    assert.equal(member.body.history.length, 1);
    assert.equal(member.body.updatedBy, "Ana Diaz");
    const stranger = await call(base, "GET", `/api/norms/team:19:abc?groupId=${GROUP}`, {
      token: await token({ oid: "cccccccc-0000-0000-0000-00000000000c", name: "Cy" }),
    });
    assert.equal(stranger.status, 200);
    assert.equal(stranger.body.norms.preReadNoticeHours, 36);
    assert.deepEqual([stranger.body.history, stranger.body.updatedBy, stranger.body.historyShown], [[], null, false]);
    const withoutGroup = await call(base, "GET", "/api/norms/team:19:abc", { token: ben });
    assert.deepEqual(withoutGroup.body.history, [], "membership needs the team's group id");
    assert.equal((await call(base, "PUT", `/api/norms/team:19:abc?groupId=${GROUP}`, { token: ben, body: {} })).status, 403);
    assert.equal((await call(base, "GET", `/api/norms/user:${ANA}`, { token: ben })).status, 403);
    // Chat norms are for the chat's members.
    assert.equal((await call(base, "PUT", "/api/norms/chat:19:chat-1@unq.gbl.spaces", { token: ben, body: {} })).status, 403);
    assert.equal((await call(base, "PUT", "/api/norms/chat:19:chat-1@unq.gbl.spaces", { token: await token(), body: { preReadNoticeHours: 8 } })).status, 200);
    assert.equal((await call(base, "PUT", "/api/norms/chat:19:graph-down", { token: await token(), body: {} })).status, 503, "Graph failing: nothing saved");
    const noGroup = await call(base, "PUT", "/api/norms/team:19:abc", { token: await token(), body: {} });
    assert.equal(noGroup.status, 400, "ownership needs the team's group id");
    assert.match(noGroup.body.error, /groupId/);
    assert.equal((await call(base, "PUT", "/api/norms/user:me", { token: ben, body: { preReadNoticeHours: 12 } })).status, 200);
    assert.equal((await call(base, "GET", "/api/norms/bogus", { token: ben })).status, 400);
  });
});
