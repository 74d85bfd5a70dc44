// With a certificate configured (office-addin-dev-certs writes one for sideloading), the real
// server process answers over HTTPS.
import assert from "node:assert/strict";
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { request } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";

let openssl = true;
try {
  execFileSync("openssl", ["version"], { stdio: "ignore" });
} catch {
  openssl = false;
}

let server: ChildProcess | undefined;
const dir = mkdtempSync(join(tmpdir(), "async-coach-tls-"));
after(() => {
  server?.kill("SIGTERM");
  rmSync(dir, { recursive: true, force: true });
});

function get(port: number, ca: Buffer): Promise<{ status: number; body: string; hsts?: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path: "/healthz", ca, servername: "localhost", checkServerIdentity: () => undefined }, (res) => {
      let body = "";
      res.on("data", (c: Buffer) => (body += c.toString()));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          body,
          ...(res.headers["strict-transport-security"] ? { hsts: String(res.headers["strict-transport-security"]) } : {}),
        }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

describe("HTTPS for sideloading", { skip: !openssl && "openssl is not installed" }, () => {
  it("serves over HTTPS with SSL_CRT_FILE and SSL_KEY_FILE", { timeout: 60_000 }, async () => {
    const cert = join(dir, "localhost.crt");
    const key = join(dir, "localhost.key");
    execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost", "-keyout", key, "-out", cert], {
      stdio: "ignore",
    });
    const port = 43000 + Math.floor(Math.random() * 2000);
    server = spawn(process.execPath, ["--import", "tsx", "src/server/main.ts"], {
      env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dir, SSL_CRT_FILE: cert, SSL_KEY_FILE: key, BOT_ID: "" },
      stdio: "ignore",
    });
    const ca = readFileSync(cert);
    let answer: { status: number; body: string } | undefined;
    for (let i = 0; i < 200 && !answer; i++) {
      answer = await get(port, ca).catch(() => undefined);
      if (!answer) await new Promise((r) => setTimeout(r, 100));
    }
    assert.deepEqual(answer, { status: 200, body: '{"status":"ok"}', hsts: "max-age=31536000; includeSubDomains" }, "HSTS over HTTPS");
  });
});
