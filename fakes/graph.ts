// Local stand-ins (for the tests and the benchmarks) for Microsoft Entra ID's token endpoint (HTTPS, self-signed, so msal-node accepts
// it as an authority) and Microsoft Graph's calendar API (HTTP), on 127.0.0.1. They speak the same
// protocol as the real services: OAuth 2.0 client credentials, OData pages with @odata.nextLink,
// Retry-After on 429/503, 401 for an expired token.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer as createHttpsServer, type Server as HttpsServer } from "node:https";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import express from "express";
import { decodeProtectedHeader, importX509, jwtVerify } from "jose";

export const GRAPH_TENANT = "33333333-3333-3333-3333-333333333333";
export const GRAPH_CLIENT_ID = "44444444-4444-4444-4444-444444444444";
export const GRAPH_SECRET = "local-test-secret";

export let opensslMissing: string | false = false;
try {
  execFileSync("openssl", ["version"], { stdio: "ignore" });
} catch {
  opensslMissing = "openssl is not installed (needed for the local token endpoint's certificate)";
}

export interface TokenEndpoint {
  authorityHost: string;
  authorityMetadata: string;
  ca: Buffer;
  /** How many tokens were issued. */
  issued: number;
  valid: Set<string>;
  /** Makes every issued token invalid, as if it had expired. */
  expireAll(): void;
  close(): void;
}

/** A client certificate registered on the app: msal-node signs a client assertion with its key. */
export interface ClientCertificate {
  privateKeyPem: string;
  certificatePem: string;
  thumbprintSha256: string;
}

export function makeClientCertificate(): ClientCertificate {
  const dir = mkdtempSync(join(tmpdir(), "async-coach-client-cert-"));
  const key = join(dir, "key.pem");
  const cert = join(dir, "cert.pem");
  execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=async-coach-graph", "-keyout", key, "-out", cert], {
    stdio: "ignore",
  });
  const certificatePem = readFileSync(cert, "utf8");
  const fingerprint = execFileSync("openssl", ["x509", "-in", cert, "-noout", "-fingerprint", "-sha256"], { encoding: "utf8" });
  const result = { privateKeyPem: readFileSync(key, "utf8"), certificatePem, thumbprintSha256: fingerprint.split("=")[1]!.trim().replace(/:/g, "") };
  rmSync(dir, { recursive: true, force: true });
  return result;
}

export async function startTokenEndpoint(certificate?: ClientCertificate): Promise<TokenEndpoint> {
  const dir = mkdtempSync(join(tmpdir(), "async-coach-token-"));
  const key = join(dir, "key.pem");
  const cert = join(dir, "cert.pem");
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-days",
      "1",
      "-subj",
      "/CN=127.0.0.1",
      "-addext",
      "subjectAltName=IP:127.0.0.1",
      "-keyout",
      key,
      "-out",
      cert,
    ],
    { stdio: "ignore" },
  );
  const ca = readFileSync(cert);
  const state = { issued: 0, valid: new Set<string>() };
  let host = "";
  const app = express();
  app.post(`/${GRAPH_TENANT}/oauth2/v2.0/token`, express.urlencoded({ extended: false }), async (req, res) => {
    const body = req.body as Record<string, string>;
    if (body.grant_type !== "client_credentials" || body.client_id !== GRAPH_CLIENT_ID) {
      res.status(400).json({ error: "unauthorized_client", error_description: "AADSTS700016: unknown client" });
      return;
    }
    if (body.client_assertion) {
      // A certificate credential: a JWT signed with the registered certificate's key, for this endpoint.
      const valid = certificate && (await verifyAssertion(body, certificate, `${host}/${GRAPH_TENANT}/oauth2/v2.0/token`));
      if (!valid) {
        res.status(401).json({ error: "invalid_client", error_description: "AADSTS700027: Client assertion failed signature validation." });
        return;
      }
    } else if (body.client_secret !== GRAPH_SECRET) {
      res.status(401).json({ error: "invalid_client", error_description: "AADSTS7000215: Invalid client secret provided." });
      return;
    }
    if (body.scope !== "https://graph.microsoft.com/.default") {
      res.status(400).json({ error: "invalid_scope", error_description: "AADSTS1002012: scope must be .default" });
      return;
    }
    state.issued++;
    const token = `local-graph-token-${state.issued}`;
    state.valid.add(token);
    res.json({ token_type: "Bearer", expires_in: 3599, ext_expires_in: 3599, access_token: token });
  });
  const server: HttpsServer = createHttpsServer({ key: readFileSync(key), cert: ca }, app);
  server.listen(0, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  rmSync(dir, { recursive: true, force: true });
  host = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const authority = `${host}/${GRAPH_TENANT}`;
  return {
    authorityHost: host,
    authorityMetadata: JSON.stringify({
      token_endpoint: `${authority}/oauth2/v2.0/token`,
      authorization_endpoint: `${authority}/oauth2/v2.0/authorize`,
      end_session_endpoint: `${authority}/oauth2/v2.0/logout`,
      issuer: `${authority}/v2.0`,
      jwks_uri: `${authority}/discovery/v2.0/keys`,
    }),
    ca,
    get issued() {
      return state.issued;
    },
    valid: state.valid,
    expireAll: () => state.valid.clear(),
    close: () => server.close(),
  };
}

async function verifyAssertion(body: Record<string, string>, certificate: ClientCertificate, audience: string): Promise<boolean> {
  if (body.client_assertion_type !== "urn:ietf:params:oauth:client-assertion-type:jwt-bearer") return false;
  try {
    const header = decodeProtectedHeader(body.client_assertion!);
    const expected = Buffer.from(certificate.thumbprintSha256, "hex").toString("base64url");
    if (header["x5t#S256"] !== expected) return false;
    const key = await importX509(certificate.certificatePem, String(header.alg));
    // Entra allows 5 minutes of clock skew; msal rounds its "nbf" to the nearest second, up to 0.5 s ahead.
    const { payload } = await jwtVerify(body.client_assertion!, key, { audience, issuer: GRAPH_CLIENT_ID, subject: GRAPH_CLIENT_ID, clockTolerance: 300 });
    return typeof payload.jti === "string";
  } catch {
    return false;
  }
}

export interface FakeEvent {
  id: string;
  changeKey?: string;
  subject?: string;
  start: string;
  end: string;
  isOrganizer?: boolean;
  isCancelled?: boolean;
  bodyHtml?: string;
  attendees?: { address: string; name?: string; type?: "required" | "optional" | "resource" }[];
  organizer?: string;
  attachments?: string[];
  /** Served as is instead of the event: for malformed responses. */
  raw?: unknown;
}

type Fault = { status: number; retryAfter?: string } | "malformed-page";

export interface FakeGraph {
  baseUrl: string;
  mailboxes: Map<string, FakeEvent[]>;
  /** Answers queued for a mailbox's next calls, before the real answer. */
  faults: Map<string, Fault[]>;
  /** Mailboxes that always answer 500. */
  broken: Set<string>;
  /** Group chats by id: their members' user ids. */
  chats: Map<string, string[]>;
  /** Teams by group id: their thread id and members with roles. */
  teams: Map<string, { internalId: string; members: { userId: string; roles: string[] }[] }>;
  latencyMs: number;
  requests: number;
  peakInFlight: Map<string, number>;
  close(): Promise<void>;
}

function graphEvent(e: FakeEvent) {
  if (e.raw !== undefined) return e.raw;
  const utc = (iso: string) => ({ dateTime: iso.replace(/Z$/, "").replace(/(\.\d+)?$/, ".0000000"), timeZone: "UTC" });
  return {
    id: e.id,
    changeKey: e.changeKey ?? "ck-1",
    subject: e.subject ?? "Planning",
    start: utc(e.start),
    end: utc(e.end),
    isAllDay: false,
    isCancelled: e.isCancelled ?? false,
    isOrganizer: e.isOrganizer ?? true,
    organizer: { emailAddress: { name: "Organiser", address: e.organizer ?? "organiser@contoso.com" } },
    attendees: (e.attendees ?? [{ address: "kim@contoso.com" }, { address: "lee@contoso.com" }]).map((a) => ({
      type: a.type ?? "required",
      status: { response: "none", time: "0001-01-01T00:00:00Z" },
      emailAddress: { name: a.name ?? a.address, address: a.address },
    })),
    body: { contentType: "html", content: e.bodyHtml ?? "" },
    hasAttachments: (e.attachments?.length ?? 0) > 0,
    isOnlineMeeting: true,
    webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(e.id)}&exvsurl=1&path=/calendar/item`,
    type: "singleInstance",
    seriesMasterId: null,
    createdDateTime: "2026-01-01T08:00:00.0000000Z",
    lastModifiedDateTime: "2026-01-01T08:00:00.0000000Z",
  };
}

export async function startFakeGraph(tokens: { valid: Set<string> } | undefined, latencyMs = 0): Promise<FakeGraph> {
  const state: FakeGraph = {
    baseUrl: "",
    mailboxes: new Map(),
    faults: new Map(),
    broken: new Set(),
    teams: new Map(),
    chats: new Map(),
    latencyMs,
    requests: 0,
    peakInFlight: new Map(),
    close: async () => undefined,
  };
  const inFlight = new Map<string, number>();
  const app = express();
  app.use("/v1.0/users/:user", async (req, res, next) => {
    state.requests++;
    const user = req.params.user;
    const now = (inFlight.get(user) ?? 0) + 1;
    inFlight.set(user, now);
    state.peakInFlight.set(user, Math.max(state.peakInFlight.get(user) ?? 0, now));
    res.on("finish", () => inFlight.set(user, (inFlight.get(user) ?? 1) - 1));
    res.on("close", () => undefined);
    if (state.latencyMs) await new Promise((r) => setTimeout(r, state.latencyMs));
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    if (tokens && (!token || !tokens.valid.has(token))) {
      res.status(401).json({ error: { code: "InvalidAuthenticationToken", message: "Access token has expired or is not yet valid." } });
      return;
    }
    if (state.broken.has(user)) {
      res.status(500).json({ error: { code: "generalException", message: "General exception while processing." } });
      return;
    }
    const fault = state.faults.get(user)?.shift();
    if (fault === "malformed-page") {
      res.json({ value: "not a list" });
      return;
    }
    if (fault) {
      if (fault.retryAfter) res.set("Retry-After", fault.retryAfter);
      res.status(fault.status).json({ error: { code: fault.status === 429 ? "TooManyRequests" : "ServiceUnavailable", message: "Try again later." } });
      return;
    }
    next();
  });
  app.get("/v1.0/users/:user/calendarView", (req, res) => {
    const events = state.mailboxes.get(req.params.user);
    if (!events) {
      res.status(404).json({ error: { code: "ErrorItemNotFound", message: "The mailbox was not found." } });
      return;
    }
    if (!req.query.startDateTime || !req.query.endDateTime) {
      res.status(400).json({ error: { code: "ErrorInvalidParameter", message: "startDateTime and endDateTime are required." } });
      return;
    }
    const from = Date.parse(String(req.query.startDateTime));
    const to = Date.parse(String(req.query.endDateTime));
    const inWindow = events.filter((e) => e.raw !== undefined || (Date.parse(e.end) > from && Date.parse(e.start) < to));
    const top = Math.min(Number(req.query.$top ?? 10), 1000);
    const skip = Number(req.query.$skip ?? 0);
    const page = inWindow.slice(skip, skip + top);
    const body: Record<string, unknown> = {
      "@odata.context": `${state.baseUrl}/$metadata#users('${req.params.user}')/calendarView`,
      value: page.map(graphEvent),
    };
    if (skip + top < inWindow.length) {
      const url = new URL(`${state.baseUrl}${req.path.replace(/^\/v1\.0/, "")}`);
      for (const [k, v] of Object.entries(req.query)) url.searchParams.set(k, String(v));
      url.searchParams.set("$skip", String(skip + top));
      body["@odata.nextLink"] = url.toString().replace(`${url.origin}${url.pathname}`, `${state.baseUrl}/users/${req.params.user}/calendarView`);
    }
    res.json(body);
  });
  app.get("/v1.0/users/:user/events/:id/attachments", (req, res) => {
    const event = state.mailboxes.get(req.params.user)?.find((e) => e.id === req.params.id);
    if (!event) {
      res.status(404).json({ error: { code: "ErrorItemNotFound", message: "The specified object was not found in the store." } });
      return;
    }
    res.json({ value: (event.attachments ?? []).map((name) => ({ name, size: 1234, contentType: "application/pdf", isInline: false })) });
  });
  app.use("/v1.0/teams/:group", (req, res, next) => {
    state.requests++;
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    if (tokens && (!token || !tokens.valid.has(token))) {
      res.status(401).json({ error: { code: "InvalidAuthenticationToken", message: "Access token has expired or is not yet valid." } });
      return;
    }
    if (!state.teams.has(req.params.group)) {
      res.status(404).json({ error: { code: "NotFound", message: "No team found with Group Id" } });
      return;
    }
    next();
  });
  app.get("/v1.0/teams/:group", (req, res) => {
    res.json({ id: req.params.group, internalId: state.teams.get(req.params.group)!.internalId, displayName: "Team" });
  });
  app.get("/v1.0/teams/:group/members", (req, res) => {
    // Supports the one filter Graph documents for looking up a member by user id.
    const userId = /aadUserConversationMember\/userId eq '([^']+)'/.exec(String(req.query.$filter ?? ""))?.[1];
    const members = state.teams.get(req.params.group)!.members.filter((m) => !userId || m.userId === userId);
    res.json({
      value: members.map((m) => ({
        "@odata.type": "#microsoft.graph.aadUserConversationMember",
        id: `m-${m.userId}`,
        roles: m.roles,
        userId: m.userId,
        displayName: m.userId,
      })),
    });
  });
  app.get("/v1.0/chats/:chat/members", (req, res) => {
    state.requests++;
    const members = state.chats.get(req.params.chat);
    if (!members) {
      res.status(404).json({ error: { code: "NotFound", message: "Chat not found" } });
      return;
    }
    res.json({
      value: members.map((userId) => ({ "@odata.type": "#microsoft.graph.aadUserConversationMember", id: `m-${userId}`, userId, roles: ["owner"] })),
    });
  });
  const server: Server = app.listen(0, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  state.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1.0`;
  state.close = () => new Promise((r) => server.close(() => r()));
  return state;
}
