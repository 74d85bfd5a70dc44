// The add-in's norms: the person's own norms from the real norms API on 127.0.0.1, cached, and never
// a reason to hold up a send.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { NORMS_WAIT_MS, onSend } from "../../src/addin/event-handlers.js";
import { mailboxZone } from "../../src/addin/mailbox-zone.js";
import { normsLoader } from "../../src/addin/norms-source.js";
import { checkMessage, DEFAULT_NORMS } from "../../src/rules/index.js";
import { developmentVerifier } from "../../src/server/auth/entra-token.js";
import { createApp } from "../../src/server/app.js";
import { FileStorage } from "../../src/storage/file-storage.js";
import { NormsStore } from "../../src/storage/norms-store.js";
import { createFakeOffice, fakeEvent } from "../../fakes/office.js";

let dir: string;
let server: Server;
let base: string;
const quiet = { info: () => undefined, error: () => undefined };

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "async-coach-addin-norms-"));
  const store = new NormsStore(new FileStorage(dir));
  await store.set("user:development-user", { rules: { "missing-response-level": "off" }, timeZone: "Europe/Berlin" }, "Ana", undefined);
  server = createApp({ logger: quiet, normsApi: { store, verify: developmentVerifier() } }).listen(0, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the add-in's norms", () => {
  it("reads the person's own norms with their token, and reuses them for a few minutes", async () => {
    let requests = 0;
    let clock = 0;
    const tokens: string[] = [];
    const load = normsLoader({
      getToken: async () => (tokens.push("t"), "sso-token"),
      apiBase: base,
      fetcher: (input, init) => (requests++, fetch(input, init)),
      now: () => clock,
    });
    const norms = await load();
    assert.equal(norms.timeZone, "Europe/Berlin");
    assert.equal(norms.rules["missing-response-level"], "off");
    await load();
    assert.equal(requests, 1, "cached");
    clock += 6 * 60_000;
    await load();
    assert.equal(requests, 2, "read again after five minutes");
  });

  it("keeps the last norms when the server is gone, and fails without any (the check then uses defaults)", async () => {
    let clock = 0;
    let apiBase = base;
    const load = normsLoader({
      getToken: async () => "t",
      get apiBase() {
        return apiBase;
      },
      now: () => clock,
    } as any);
    await load();
    apiBase = "http://127.0.0.1:9";
    clock += 10 * 60_000;
    assert.equal((await load()).timeZone, "Europe/Berlin");
    const fresh = normsLoader({ getToken: async () => "t", apiBase: "http://127.0.0.1:9" });
    await assert.rejects(fresh());
    const noSso = normsLoader({ getToken: () => Promise.reject(new Error("13003: SSO is not supported")), apiBase: base });
    await assert.rejects(noSso(), /13003/);
  });

  it("a send follows the person's norms, and goes ahead on the defaults when the norms are slow", async () => {
    const draft = { bodyHtml: "<p>Can you send me the signed SOW?</p>" };
    const load = normsLoader({ getToken: async () => "t", apiBase: base });
    const followed = fakeEvent();
    await onSend(followed, { office: createFakeOffice(draft).office, loadNorms: load });
    assert.deepEqual(followed.calls, [{ allowEvent: true }], "missing-response-level is off in these norms");

    const slow = fakeEvent();
    const started = Date.now();
    await onSend(slow, { office: createFakeOffice(draft).office, loadNorms: () => new Promise(() => undefined) });
    assert.equal(slow.calls[0]?.allowEvent, false, "defaults: the ask without a level is flagged");
    assert.ok(Date.now() - started < NORMS_WAIT_MS + 1000);
  });

  it("judges 'today' in the mailbox's own time zone until the person saves norms; saved norms keep theirs", async () => {
    const { office } = createFakeOffice({ mailboxTimeZone: "Tokyo Standard Time" });
    assert.equal(mailboxZone(office as never), "Asia/Tokyo");
    assert.equal(mailboxZone({ context: { mailbox: { userProfile: { timeZone: "Europe/Berlin" } } } }), "Europe/Berlin");
    const offline = await normsLoader({ getToken: async () => "t", apiBase: undefined, defaultZone: () => "Asia/Tokyo" })();
    assert.equal(offline.timeZone, "Asia/Tokyo");
    // Monday 7 December, 08:30 in Tokyo, still Sunday in UTC: "today" is a working day for the writer.
    const now = new Date("2026-12-06T23:30:00Z");
    const draft = { channel: "email" as const, bodyText: "Can you send me the figures today?" };
    const ids = (norms: typeof offline) => checkMessage(draft, norms, now).findings.map((f) => f.ruleId);
    assert.ok(!ids(offline).includes("unworkable-deadline"), "Monday in Tokyo");
    assert.ok(ids(DEFAULT_NORMS).includes("unworkable-deadline"), "in UTC it is still Sunday");
    const saved = await normsLoader({ getToken: async () => "t", apiBase: base, defaultZone: () => "Asia/Tokyo" })();
    assert.equal(saved.timeZone, "Europe/Berlin", "the person's own norms name their zone");
  });
});
