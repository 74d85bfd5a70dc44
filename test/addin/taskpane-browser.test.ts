// The real built task pane in Debian's Chromium, served by our server, with a fake Office injected
// before the page loads and the office.js CDN address answered by a local stub.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { chromiumMissing, launchChromium } from "../helpers/chromium.js";
import { buildAddin } from "../../scripts/build-addin.js";
import { findingWordsFor, uiWordsFor } from "../../src/i18n/index.js";
import { createApp } from "../../src/server/app.js";
import { build } from "esbuild";
import { MEETING, type FakeItemData } from "../../fakes/office.js";

/** How long a step may take to show: an upper bound for a busy two-core machine, where the bundle alone took 10 s to load with two other suites running. */
const WAIT = 30_000;

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** The shared fake Office (fake-office.ts), bundled for the page by esbuild. */
async function bundleFakeOffice(): Promise<string> {
  const result = await build({
    entryPoints: ["test/addin/fake-office-page.ts"],
    bundle: true,
    write: false,
    format: "iife",
    target: "es2020",
    platform: "browser",
  });
  return result.outputFiles[0]!.text;
}

const MESSAGE: FakeItemData = { itemType: "message", subject: "Deck", to: [{ emailAddress: "ken@contoso.com", displayName: "Ken" }] };

let server: Server;
let base: string;
let dir: string;
let browser: Browser;
let fakeOffice: string;

async function openPane(state: FakeItemData, width = 320): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 640 } });
  await page.route("https://appsforoffice.microsoft.com/**", (route) => route.fulfill({ contentType: "text/javascript", body: "/* office.js stub */" }));
  await page.route(
    (url) => !/^(?:https?:\/\/127\.0\.0\.1|about:|data:)/.test(url.toString()) && !url.hostname.endsWith("appsforoffice.microsoft.com"),
    (route) => route.abort(),
  );
  // Dates cross into the page as strings; the fake answers Date objects as Outlook does.
  const revive = "for (const k of ['start', 'end']) if (window.__fakeState[k]) window.__fakeState[k] = new Date(window.__fakeState[k]);";
  await page.addInitScript({ content: `window.__fakeState = ${JSON.stringify(state)}; ${revive}\n${fakeOffice}` });
  await page.goto(`${base}/addin/taskpane.html`);
  return page;
}

describe("the task pane in a browser", { skip: chromiumMissing }, () => {
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "async-coach-taskpane-"));
    await buildAddin(dir);
    fakeOffice = await bundleFakeOffice();
    server = createApp({ addinDir: dir, logger: { info: () => undefined, error: () => undefined } }).listen(0, "127.0.0.1");
    await new Promise((r) => server.once("listening", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
    mkdirSync("test-artifacts/taskpane", { recursive: true });
  });
  after(async () => {
    await browser?.close();
    server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("flags a draft as it is typed, applies the fix with one click, and clears the finding", { timeout: 180_000 }, async () => {
    const page = await openPane({ ...MESSAGE, bodyHtml: "<p>Thanks for the notes.</p>" });
    await page.getByTestId("good").waitFor();
    await page.evaluate(() => ((window as any).__fake.bodyHtml = "<p>Can you review the deck?</p>"));
    const finding = page.locator('[data-rule="missing-response-level"]');
    await finding.waitFor({ timeout: WAIT });
    await page.screenshot({ path: "test-artifacts/taskpane/message-light.png", fullPage: true });
    await finding.locator("fluent-button").click();
    await finding.waitFor({ state: "detached", timeout: WAIT });
    const body = await page.evaluate(() => (window as any).__fake.bodyHtml as string);
    assert.match(body, /^<p>Need your input by [A-Z][a-z]+day \d{1,2} [A-Z][a-z]+\.<\/p><p>Can you review the deck\?<\/p>$/);
    await page.close();
  });

  it("puts the line after the greeting, keeping Outlook's own markup around it", { timeout: 180_000 }, async () => {
    const page = await openPane({ ...MESSAGE, bodyHtml: "<p>Thanks for the notes.</p>" });
    await page.getByTestId("good").waitFor();
    await page.evaluate(
      () =>
        ((window as any).__fake.bodyHtml =
          '<div class="elementToProof" style="font-family: Aptos">Hi Ken,</div><div class="elementToProof"><br></div><div class="elementToProof">Can you review the deck?</div><div id="Signature"><p>Ana</p></div>'),
    );
    const finding = page.locator('[data-rule="missing-response-level"]');
    await finding.waitFor({ timeout: WAIT });
    await finding.locator("fluent-button").click();
    await finding.waitFor({ state: "detached", timeout: WAIT });
    const body = await page.evaluate(() => (window as any).__fake.bodyHtml as string);
    assert.match(
      body,
      /^<div class="elementToProof" style="font-family: Aptos">Hi Ken,<\/div><p>Need your input by [^<]+<\/p><div class="elementToProof"><br><\/div><div class="elementToProof">Can you review the deck\?<\/div><div id="Signature"><p>Ana<\/p><\/div>$/,
    );
    await page.close();
  });

  it("flags an invite with no pre-read, adds the agenda template with one click, and clears once a topic is filled in", { timeout: 180_000 }, async () => {
    const page = await openPane({ ...MEETING, bodyHtml: "" });
    const finding = page.locator('[data-rule="missing-pre-read"]');
    await finding.waitFor({ timeout: WAIT });
    assert.match(await page.getByTestId("summary").innerText(), /person-hours/);
    await finding.locator("fluent-button").click();
    await page.waitForFunction(() => /^<p>Goal: .*<br>Agenda:<br>1\./.test((window as any).__fake.bodyHtml as string));
    // The template's placeholders are not a pre-read: the finding stays until the organiser fills one in.
    await finding.waitFor({ timeout: WAIT });
    await page.evaluate(() => {
      const fake = (window as any).__fake;
      fake.bodyHtml = (fake.bodyHtml as string).replace(/1\. (?:&lt;|<)[^<>&]*(?:&gt;|>)/, "1. Carrier contract renewal");
    });
    await finding.waitFor({ state: "detached", timeout: WAIT });
    await page.close();
  });

  it("speaks Outlook's display language: a French pane for a French user, the line to add in the draft's language", { timeout: 180_000 }, async () => {
    const page = await openPane({ ...MESSAGE, displayLanguage: "fr-FR", bodyHtml: "<p>Kannst du mir die aktuellen Zahlen schicken?</p>" });
    const finding = page.locator('[data-rule="missing-response-level"]');
    await finding.waitFor({ timeout: WAIT });
    const fr = uiWordsFor("fr");
    assert.equal(await page.evaluate(() => document.documentElement.lang), "fr-FR");
    assert.equal(await page.locator(".intro").innerText(), fr.pane.intro);
    assert.equal(await finding.locator("fluent-badge").innerText(), fr.severity.error);
    assert.equal(await finding.locator(".rule").innerText(), findingWordsFor("fr").rules["missing-response-level"].title);
    assert.match(await finding.locator(".message").innerText(), /^Vous demandez/);
    await page.screenshot({ path: "test-artifacts/taskpane/french.png", fullPage: true });
    await finding.locator("fluent-button").click();
    await finding.waitFor({ state: "detached", timeout: WAIT });
    assert.match(await page.evaluate(() => (window as any).__fake.bodyHtml as string), /^<p>Bitte um Rückmeldung bis /);
    await page.close();
  });

  it("says there is nothing to check in an empty draft, and names rules in words, never by id", { timeout: 180_000 }, async () => {
    const page = await openPane({ ...MESSAGE, bodyHtml: "<p><br></p>" });
    await page.getByTestId("empty").waitFor({ timeout: WAIT });
    assert.match(await page.getByTestId("empty").innerText(), /^Nothing to check yet/);
    assert.equal(await page.getByTestId("good").count(), 0, "not 'Good to send'");
    await page.evaluate(() => ((window as any).__fake.bodyHtml = "<p>Can you send me the deck? WE ARE LATE AGAIN WITH THIS</p>"));
    await page.locator(".finding").nth(1).waitFor({ timeout: WAIT });
    const text = await page.locator("main").innerText();
    assert.match(text, /No response level/);
    assert.match(text, /Better in a call/);
    assert.doesNotMatch(text, /missing-response-level|suggest-call/);
    await page.screenshot({ path: "test-artifacts/taskpane/rule-names.png", fullPage: true });
    await page.close();
  });

  it("follows a dark Office theme, fits 320 px without horizontal scrolling, and has no serious accessibility violations", { timeout: 180_000 }, async () => {
    for (const [name, theme] of [
      ["light", "#ffffff"],
      ["dark", "#1f1f1f"],
    ] as const) {
      const page = await openPane({ ...MESSAGE, bodyHtml: "<p>URGENT!!! Can you send me the deck soon?</p>", bodyBackgroundColor: theme });
      await page.locator(".finding").first().waitFor({ timeout: WAIT });
      assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), name);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${name}: ${overflow}px of horizontal scrolling at 320px`);
      // Evaluated through DevTools: the pane's own CSP rightly refuses inline scripts.
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const result = await (window as any).axe.run(document, { resultTypes: ["violations"] });
        return result.violations
          .filter((v: { impact: string }) => v.impact === "serious" || v.impact === "critical")
          .map((v: { id: string; help: string; nodes: unknown[] }) => `${v.id}: ${v.help} (${v.nodes.length})`);
      });
      assert.deepEqual(violations, [], `${name} theme`);
      await page.screenshot({ path: `test-artifacts/taskpane/findings-${name}.png`, fullPage: true });
      await page.close();
    }
  });
});
