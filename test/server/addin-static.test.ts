import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { createApp } from "../../src/server/app.js";

let dir: string;
let server: Server;
let base: string;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), "async-coach-addin-static-"));
  writeFileSync(join(dir, "launchevent.js"), "/* bundle */");
  writeFileSync(join(dir, "norms.html"), "<!doctype html><title>tab</title>");
  server = createApp({ addinDir: dir, tabDir: dir, logger: { info: () => undefined, error: () => undefined } }).listen(0, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the add-in's static files", () => {
  it("are served with a policy that lets Outlook frame them and load office.js, and nothing else", async () => {
    const res = await fetch(`${base}/addin/launchevent.js`);
    assert.equal(res.status, 200);
    assert.equal(await res.text(), "/* bundle */");
    const csp = res.headers.get("content-security-policy") ?? "";
    assert.match(csp, /script-src 'self' https:\/\/appsforoffice\.microsoft\.com/);
    assert.match(csp, /frame-ancestors 'self' https:\/\/outlook\.office\.com/);
    assert.equal(res.headers.get("x-frame-options"), null, "frame-ancestors decides, not X-Frame-Options");
    assert.equal(res.headers.get("x-content-type-options"), "nosniff");
    // Outlook on the web loads the ribbon icons from its own origin.
    assert.equal(res.headers.get("cross-origin-resource-policy"), "cross-origin");
  });

  it("the norms tab is served so Teams, Outlook and the Microsoft 365 app can frame it, with scripts from us only", async () => {
    const res = await fetch(`${base}/tab/norms.html`);
    assert.equal(res.status, 200);
    const csp = res.headers.get("content-security-policy") ?? "";
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.match(csp, /connect-src 'self'/);
    for (const host of ["https://teams.microsoft.com", "https://\\*\\.cloud\\.microsoft", "https://outlook\\.office\\.com"]) {
      assert.match(csp, new RegExp(`frame-ancestors [^;]*${host}`));
    }
    assert.equal(res.headers.get("x-frame-options"), null);
    assert.equal((await fetch(`${base}/tab/../package.json`)).status, 404);
  });

  it("include every ribbon icon the manifest names, at its size", async () => {
    const { PNG } = await import("pngjs");
    const { readFileSync } = await import("node:fs");
    const manifest = JSON.parse(readFileSync("appPackage/manifest.json", "utf8"));
    const urls: string[] = manifest.extensions[0].ribbons[0].tabs[0].groups[0].icons.map((i: { url: string }) => i.url);
    for (const url of urls) {
      const path = url.replace("https://${{WEB_DOMAIN}}/addin/", "src/addin/pages/");
      const png = PNG.sync.read(readFileSync(path));
      const size = Number(/icon-(\d+)\.png$/.exec(path)?.[1]);
      assert.deepEqual([png.width, png.height], [size, size], path);
    }
    assert.equal(urls.length, 3);
  });

  it("answer 404 for files that do not exist, and other pages keep refusing frames", async () => {
    assert.equal((await fetch(`${base}/addin/nope.js`)).status, 404);
    const health = await fetch(`${base}/healthz`);
    assert.equal(health.headers.get("x-frame-options"), "SAMEORIGIN");
  });
});
