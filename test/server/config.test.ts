import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { describe, it } from "node:test";
import { ConfigError, readConfig } from "../../src/server/config.js";

describe("server configuration", () => {
  it("runs locally with no credentials at all", () => {
    const config = readConfig({});
    assert.equal(config.port, 3978);
    assert.equal(config.host, "127.0.0.1");
    assert.deepEqual(config.bot, {});
    assert.deepEqual(config.storage, { kind: "file", dir: ".data" });
    assert.equal(config.addinDir, "dist/addin");
    assert.equal(config.tls, undefined);
  });

  it("takes HTTPS only with both a certificate and a key", () => {
    assert.deepEqual(readConfig({ SSL_CRT_FILE: "c.crt", SSL_KEY_FILE: "c.key" }).tls, { certFile: "c.crt", keyFile: "c.key" });
    assert.throws(() => readConfig({ SSL_CRT_FILE: "c.crt" }), /both SSL_CRT_FILE and SSL_KEY_FILE/);
  });

  it("chooses Azure Blob Storage when a connection string is set", () => {
    const config = readConfig({ AZURE_STORAGE_CONNECTION_STRING: "UseDevelopmentStorage=true", AZURE_STORAGE_CONTAINER: "norms" });
    assert.deepEqual(config.storage, { kind: "blob", connectionString: "UseDevelopmentStorage=true", container: "norms" });
    assert.throws(() => readConfig({ AZURE_STORAGE_CONNECTION_STRING: "x", AZURE_STORAGE_CONTAINER: "Bad_Name" }), /AZURE_STORAGE_CONTAINER/);
  });

  it("reads bot credentials, taking the Agents Toolkit's SECRET_ name too", () => {
    const config = readConfig({ BOT_ID: "id", SECRET_BOT_PASSWORD: "pw", BOT_TENANT_ID: "t", TAB_APP_ID: "tab" });
    assert.deepEqual(config.bot, { appId: "id", appPassword: "pw", tenantId: "t" });
  });

  it("refuses production without credentials, and a SingleTenant bot without a tenant", () => {
    assert.throws(
      () => readConfig({ NODE_ENV: "production" }),
      (e: unknown) => e instanceof ConfigError && /BOT_ID/.test(e.message),
    );
    assert.throws(
      () => readConfig({ NODE_ENV: "production", BOT_ID: "id", BOT_PASSWORD: "pw", BOT_TENANT_ID: "t" }),
      /TAB_APP_ID/,
      "production also needs token validation for the norms API",
    );
    assert.deepEqual(readConfig({ TAB_APP_ID: "app", TAB_APP_ID_URI: "api://x/app", AUTH_TENANT_ID: "t" }).auth, {
      tenantId: "t",
      audiences: ["app", "api://x/app"],
    });
    assert.throws(() => readConfig({ BOT_ID: "id", BOT_PASSWORD: "pw" }), /BOT_TENANT_ID/);
    assert.throws(() => readConfig({ PORT: "eighty" }), /PORT/);
  });

  it("keeps the development identity for a machine with no credentials at all", () => {
    // With a bot or a Graph app configured, the norms API must check tokens: refuse to start without TAB_APP_ID.
    assert.throws(() => readConfig({ BOT_ID: "id", BOT_PASSWORD: "pw", BOT_TENANT_ID: "t" }), /BOT_ID is set but TAB_APP_ID is not/);
    assert.throws(() => readConfig({ GRAPH_CLIENT_ID: "g", GRAPH_CLIENT_SECRET: "s", GRAPH_TENANT_ID: "t" }), /GRAPH_CLIENT_ID is set but TAB_APP_ID is not/);
    assert.equal(readConfig({}).auth, undefined, "no credentials: the development identity");
    assert.ok(readConfig({ BOT_ID: "id", BOT_PASSWORD: "pw", BOT_TENANT_ID: "t", TAB_APP_ID: "tab" }).auth);
  });

  it("makes the server refuse to start in production without credentials, with a clear message", () => {
    const result = spawnSync(process.execPath, ["--import", "tsx", "src/server/main.ts"], {
      env: { ...process.env, NODE_ENV: "production", BOT_ID: "", BOT_PASSWORD: "" },
      encoding: "utf8",
      timeout: 30_000,
    });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /cannot start: NODE_ENV=production needs bot credentials/);
    assert.doesNotMatch(result.stderr, /\n\s+at /, "no stack trace");
  });

  it("turns Microsoft Graph on only with an app id, a tenant and a secret or certificate", () => {
    assert.equal(readConfig({}).graph, undefined);
    assert.equal(readConfig({}).scanIntervalMs, 15 * 60_000);
    const graph = readConfig({ GRAPH_CLIENT_ID: "g", SECRET_GRAPH_CLIENT_SECRET: "s", BOT_TENANT_ID: "t", PREREAD_SCAN_MINUTES: "5", TAB_APP_ID: "tab" });
    assert.deepEqual(graph.graph, { tenantId: "t", clientId: "g", clientSecret: "s" });
    assert.equal(graph.scanIntervalMs, 5 * 60_000);
    assert.throws(() => readConfig({ GRAPH_CLIENT_ID: "g", GRAPH_CLIENT_SECRET: "s" }), /GRAPH_TENANT_ID/);
    assert.throws(() => readConfig({ GRAPH_CLIENT_ID: "g", GRAPH_TENANT_ID: "t" }), /GRAPH_CLIENT_SECRET .* or a certificate/);
    assert.throws(
      () => readConfig({ GRAPH_CLIENT_ID: "g", GRAPH_TENANT_ID: "t", GRAPH_CERTIFICATE_FILE: "k.pem" }),
      /both GRAPH_CERTIFICATE_FILE and GRAPH_CERTIFICATE_THUMBPRINT/,
    );
    assert.throws(
      () => readConfig({ GRAPH_CLIENT_ID: "g", GRAPH_TENANT_ID: "t", GRAPH_CERTIFICATE_FILE: "k.pem", GRAPH_CERTIFICATE_THUMBPRINT: "abc" }),
      /64 hex digits/,
    );
    assert.throws(() => readConfig({ GRAPH_AUTHORITY_HOST: "http://login.example" }), /GRAPH_AUTHORITY_HOST/);
  });
});
