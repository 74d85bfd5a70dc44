// The Graph client and msal-node against a local token endpoint and a local Microsoft Graph:
// real token requests and caching, paging, throttling, faults and validation.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { listOrganisedMeetings } from "../../src/graph/calendar.js";
import { GraphClient, GraphError, retryAfterMs } from "../../src/graph/graph-client.js";
import { PageSchema } from "../../src/graph/graph-schemas.js";
import { MsalTokenSource } from "../../src/graph/token-provider.js";
import {
  GRAPH_CLIENT_ID,
  GRAPH_SECRET,
  GRAPH_TENANT,
  makeClientCertificate,
  opensslMissing,
  startFakeGraph,
  startTokenEndpoint,
  type ClientCertificate,
  type FakeEvent,
  type FakeGraph,
  type TokenEndpoint,
} from "../../fakes/graph.js";

let tokens: TokenEndpoint;
let certificate: ClientCertificate;
let graph: FakeGraph;
const window = { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-03-15T00:00:00Z") };

function meetings(n: number, prefix = "m"): FakeEvent[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `${prefix}${i}`,
    subject: `Meeting ${i}`,
    start: new Date(Date.parse("2026-03-02T10:00:00Z") + i * 3_600_000).toISOString(),
    end: new Date(Date.parse("2026-03-02T10:30:00Z") + i * 3_600_000).toISOString(),
    bodyHtml: i % 2 ? "<p>Agenda: 1. Pick a vendor 2. Agree the budget</p>" : "",
  }));
}

function client(options: Partial<ConstructorParameters<typeof GraphClient>[0]> = {}) {
  const source = new MsalTokenSource({
    tenantId: GRAPH_TENANT,
    clientId: GRAPH_CLIENT_ID,
    clientSecret: GRAPH_SECRET,
    authorityHost: tokens.authorityHost,
    authorityMetadata: tokens.authorityMetadata,
    ca: tokens.ca,
  });
  const waits: number[] = [];
  const graphClient = new GraphClient({
    tokens: source,
    baseUrl: graph.baseUrl,
    sleep: async (ms) => void waits.push(ms),
    random: () => 0.5,
    ...options,
  });
  return { graphClient, waits, source };
}

describe("Microsoft Graph client", { skip: opensslMissing }, () => {
  before(async () => {
    certificate = makeClientCertificate();
    tokens = await startTokenEndpoint(certificate);
    graph = await startFakeGraph(tokens);
  });
  after(async () => {
    tokens?.close();
    await graph?.close();
  });

  it("gets a token from the local authority with msal-node and reuses it from msal's cache", async () => {
    const before = tokens.issued;
    const { source } = client();
    const first = await source.token();
    const second = await source.token();
    assert.match(first, /^local-graph-token-\d+$/);
    assert.equal(second, first);
    assert.equal(tokens.issued - before, 1, "one token request for two calls");
  });

  it("signs in with a certificate instead of a secret", async () => {
    const before = tokens.issued;
    const source = new MsalTokenSource({
      tenantId: GRAPH_TENANT,
      clientId: GRAPH_CLIENT_ID,
      certificate: { thumbprintSha256: certificate.thumbprintSha256, privateKey: certificate.privateKeyPem },
      authorityHost: tokens.authorityHost,
      authorityMetadata: tokens.authorityMetadata,
      ca: tokens.ca,
    });
    assert.match(await source.token(), /^local-graph-token-\d+$/);
    assert.equal(tokens.issued - before, 1);
    const other = makeClientCertificate();
    const wrong = new MsalTokenSource({
      tenantId: GRAPH_TENANT,
      clientId: GRAPH_CLIENT_ID,
      certificate: { thumbprintSha256: certificate.thumbprintSha256, privateKey: other.privateKeyPem },
      authorityHost: tokens.authorityHost,
      authorityMetadata: tokens.authorityMetadata,
      ca: tokens.ca,
    });
    await assert.rejects(wrong.token(), /AADSTS700027|invalid_client/);
  });

  it("refuses a wrong secret with Entra's error, not a crash", async () => {
    const source = new MsalTokenSource({
      tenantId: GRAPH_TENANT,
      clientId: GRAPH_CLIENT_ID,
      clientSecret: "wrong",
      authorityHost: tokens.authorityHost,
      authorityMetadata: tokens.authorityMetadata,
      ca: tokens.ca,
    });
    await assert.rejects(source.token(), /invalid_client|AADSTS7000215/);
  });

  it("pages through calendarView by @odata.nextLink and fetches attachment names", async () => {
    const events = meetings(120);
    events[3]!.attachments = ["Budget.xlsx"];
    graph.mailboxes.set("pager@contoso.com", events);
    const { graphClient } = client();
    const before = graph.requests;
    const page = await listOrganisedMeetings(graphClient, "pager@contoso.com", window);
    assert.equal(page.meetings.length, 120);
    assert.equal(graph.requests - before, 3 + 1, "three pages of 50 and one attachment list");
    assert.deepEqual(page.meetings[3]!.invite.attachments, [{ name: "Budget.xlsx", size: 1234, contentType: "application/pdf", isInline: false }]);
    assert.equal(page.meetings[0]!.invite.start, "2026-03-02T10:00:00.000Z");
    assert.match(page.meetings[0]!.webLink ?? "", /^https:\/\/outlook\.office365\.com\//);
  });

  it("honours Retry-After on 429, retries a 503, and never has more than 4 calls in flight per mailbox", async () => {
    graph.mailboxes.set("busy@contoso.com", meetings(10, "b"));
    graph.faults.set("busy@contoso.com", [{ status: 429, retryAfter: "2" }, { status: 503 }]);
    const { graphClient, waits } = client();
    const page = await listOrganisedMeetings(graphClient, "busy@contoso.com", window);
    assert.equal(page.meetings.length, 10);
    assert.equal(waits[0], 2000 + 125, "Retry-After seconds, plus jitter");
    assert.ok(waits[1]! >= 1000 && waits[1]! < 1500, `backoff after the 503: ${waits[1]}`);
    assert.equal(graphClient.stats.throttled, 1);

    // 12 calls at once for one mailbox: at most 4 reach Graph together.
    graph.latencyMs = 30;
    const many = await Promise.all(
      Array.from({ length: 12 }, () =>
        graphClient.get(
          "wide@contoso.com",
          "/users/busy@contoso.com/calendarView?startDateTime=2026-03-01T00:00:00Z&endDateTime=2026-03-02T00:00:00Z",
          PageSchema,
        ),
      ),
    );
    graph.latencyMs = 0;
    assert.equal(many.length, 12);
    assert.equal(graphClient.stats.peakInFlightPerMailbox, 4);
  });

  it("gives up after the capped retries with a clear error", async () => {
    graph.mailboxes.set("down@contoso.com", meetings(1, "d"));
    graph.faults.set(
      "down@contoso.com",
      Array.from({ length: 10 }, () => ({ status: 503 })),
    );
    const { graphClient, waits } = client({ maxRetries: 3 });
    await assert.rejects(
      listOrganisedMeetings(graphClient, "down@contoso.com", window),
      (e: unknown) => e instanceof GraphError && e.status === 503 && /Graph answered 503 \(ServiceUnavailable\)/.test(e.message),
    );
    assert.equal(waits.length, 3);
    graph.faults.delete("down@contoso.com");
  });

  it("skips a malformed event and keeps the others; refuses a malformed page", async () => {
    const events = meetings(3, "x");
    events.splice(1, 0, { id: "bad", start: "", end: "", raw: { id: "bad", subject: 42, start: "tomorrow" } });
    graph.mailboxes.set("odd@contoso.com", events);
    const { graphClient } = client();
    const reasons: string[] = [];
    const page = await listOrganisedMeetings(graphClient, "odd@contoso.com", window, (why) => reasons.push(why));
    assert.equal(page.meetings.length, 3);
    assert.equal(page.malformed, 1);
    assert.match(reasons[0] ?? "", /subject|start/);
    graph.faults.set("odd@contoso.com", ["malformed-page"]);
    await assert.rejects(listOrganisedMeetings(graphClient, "odd@contoso.com", window), /malformed response \(value\)/);
  });

  it("gets a fresh token when Graph says the token expired", async () => {
    graph.mailboxes.set("late@contoso.com", meetings(2, "l"));
    const { graphClient } = client();
    await listOrganisedMeetings(graphClient, "late@contoso.com", window);
    const before = tokens.issued;
    tokens.expireAll();
    const page = await listOrganisedMeetings(graphClient, "late@contoso.com", window);
    assert.equal(page.meetings.length, 2);
    assert.equal(tokens.issued - before, 1);
    assert.equal(graphClient.stats.tokenRefreshes, 1);
  });

  it("times out a call that hangs", async () => {
    graph.mailboxes.set("slow@contoso.com", meetings(1, "s"));
    graph.latencyMs = 400;
    const { graphClient } = client({ timeoutMs: 100, maxRetries: 1 });
    await assert.rejects(listOrganisedMeetings(graphClient, "slow@contoso.com", window), /timed out after 100 ms/);
    graph.latencyMs = 0;
  });

  it("reads Retry-After as seconds or as an HTTP date", () => {
    assert.equal(retryAfterMs("3"), 3000);
    assert.equal(retryAfterMs(new Date(Date.parse("2026-01-01T00:00:10Z")).toUTCString(), Date.parse("2026-01-01T00:00:00Z")), 10_000);
    assert.equal(retryAfterMs("soon"), undefined);
    assert.equal(retryAfterMs(null), undefined);
  });
});
