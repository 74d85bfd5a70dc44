import assert from "node:assert/strict";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { after, before, describe, it } from "node:test";
import { createApp } from "../../src/server/app.js";
import type { Logger } from "../../src/server/log.js";

const logged: string[] = [];
const logger: Logger = { info: (m) => logged.push(m), error: (m) => logged.push(m) };
let server: Server;
let base: string;

before(async () => {
  server = createApp({ logger }).listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

const post = (body: string, type = "application/json") => fetch(`${base}/api/check`, { method: "POST", headers: { "content-type": type }, body });

describe("the server", () => {
  it("answers /healthz", async () => {
    const res = await fetch(`${base}/healthz`);
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { status: "ok" });
  });

  it("sends safe headers on every response, and HSTS only over HTTPS", async () => {
    for (const path of ["/healthz", "/nope"]) {
      const res = await fetch(`${base}${path}`);
      assert.match(res.headers.get("content-security-policy") ?? "", /default-src 'self'/);
      assert.equal(res.headers.get("x-content-type-options"), "nosniff");
      assert.equal(res.headers.get("x-powered-by"), null);
      assert.equal(res.headers.get("strict-transport-security"), null, "this is plain HTTP");
    }
  });

  it("words the findings in the caller's language (Accept-Language), English for any other", async () => {
    const body = JSON.stringify({ kind: "message", bodyText: "Can you send me the signed SOW?", sentAt: "2026-03-02T09:00:00Z" });
    const ask = (language: string) =>
      fetch(`${base}/api/check`, { method: "POST", headers: { "content-type": "application/json", "accept-language": language }, body }).then((r) => r.json());
    const german = await ask("de-AT,de;q=0.9,en;q=0.5");
    assert.match(german.findings[0].message, /^Du bittest um etwas/);
    assert.equal(german.findings[0].fix.text, "Need your input by Tuesday 3 March.", "the line to add stays in the draft's language");
    const other = await ask("pt-BR");
    assert.match(other.findings[0].message, /^You ask "Can you send me the signed SOW\?"/);
  });

  it("answers a known route asked with another method with 405 and Allow, an unknown one with 404", async () => {
    const cases: [string, string, string][] = [
      ["GET", "/api/check", "POST"],
      ["PUT", "/healthz", "GET, HEAD"],
      ["DELETE", "/api/check", "POST"],
    ];
    for (const [method, path, allow] of cases) {
      const res = await fetch(`${base}${path}`, { method });
      assert.equal(res.status, 405, `${method} ${path}`);
      assert.equal(res.headers.get("allow"), allow);
    }
    assert.equal((await fetch(`${base}/api/nothing`)).status, 404);
  });

  it("reads the mail headers a client sends: bulk mail asks nothing", async () => {
    const draft = { kind: "message", bodyText: "Can you fill in our survey?", headers: { "List-Unsubscribe": "<mailto:u@news.example.com>" } };
    const res = await post(JSON.stringify(draft));
    assert.equal(res.status, 200);
    const report = (await res.json()) as { findings: unknown[]; detected: { automated?: string } };
    assert.equal(report.detected.automated, "bulk");
    assert.deepEqual(report.findings, []);
  });

  it("checks a message draft", async () => {
    const res = await post(JSON.stringify({ kind: "message", bodyText: "Can you send me the deck?", sentAt: "2026-03-02T09:00:00Z" }));
    assert.equal(res.status, 200);
    const report = (await res.json()) as { kind: string; findings: { ruleId: string; fix?: { text: string } }[] };
    assert.equal(report.kind, "message");
    assert.deepEqual(
      report.findings.map((f) => f.ruleId),
      ["missing-response-level"],
    );
    assert.equal(report.findings[0]?.fix?.text, "Need your input by Tuesday 3 March.");
  });

  it("checks a meeting invite", async () => {
    const res = await post(
      JSON.stringify({
        kind: "invite",
        subject: "Sync",
        start: "2026-03-04T15:00:00Z",
        end: "2026-03-04T15:30:00Z",
        attendees: [{ email: "a@contoso.com" }],
        sentAt: "2026-03-02T09:00:00Z",
      }),
    );
    const report = (await res.json()) as { detected: { isMeeting: boolean }; findings: { ruleId: string }[] };
    assert.equal(report.detected.isMeeting, true);
    assert.ok(report.findings.some((f) => f.ruleId === "missing-pre-read"));
  });

  it("answers invalid JSON with 400 and keeps serving", async () => {
    const res = await post("{not json");
    assert.equal(res.status, 400);
    assert.match(((await res.json()) as { error: string }).error, /not valid JSON/);
    assert.equal((await fetch(`${base}/healthz`)).status, 200);
  });

  it("names each bad field of an invalid draft", async () => {
    const res = await post(JSON.stringify({ kind: "invite", start: "next week", attendees: "everyone" }));
    assert.equal(res.status, 400);
    const body = (await res.json()) as { details: string[] };
    assert.ok(
      body.details.some((d) => d.startsWith("start:")),
      body.details.join("; "),
    );
    assert.ok(
      body.details.some((d) => d.startsWith("attendees:")),
      body.details.join("; "),
    );
  });

  it("refuses a body without a kind, and one that is not JSON", async () => {
    assert.equal((await post(JSON.stringify({ bodyText: "hi" }))).status, 400);
    assert.equal((await post("hello", "text/plain")).status, 415);
  });

  it("answers a body over 1 MB with 413", async () => {
    const res = await post(JSON.stringify({ kind: "message", bodyText: "x".repeat(1024 * 1024 + 10) }));
    assert.equal(res.status, 413);
  });

  it("logs no draft content", async () => {
    const secret = "Can you approve the Zanzibar acquisition by Friday?";
    await post(JSON.stringify({ kind: "message", bodyText: secret, subject: "Project Zanzibar" }));
    await post(`{"kind":"message","bodyText":"Zanzibar`);
    assert.ok(logged.length > 0);
    assert.ok(
      logged.every((line) => !line.includes("Zanzibar")),
      logged.join("\n"),
    );
  });
});
