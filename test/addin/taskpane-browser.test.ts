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
import { createApp } from "../../src/server/app.js";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

interface FakeState {
  itemType: "message" | "appointment";
  body: string;
  theme: string;
}

/**
 * Runs in the page before any script: a minimal Office with a compose item whose body can change.
 * Plain JavaScript source, so the test's compiler adds no helpers the page lacks.
 */
const FAKE_OFFICE = `
(function (state) {
  var ok = function (value) { return { status: "succeeded", value: value }; };
  var answer = function (value) {
    return function () { var cb = arguments[arguments.length - 1]; setTimeout(function () { cb(ok(value())); }, 0); };
  };
  var item = {
    itemType: state.itemType,
    subject: { getAsync: answer(function () { return state.itemType === "message" ? "Deck" : "Sync"; }) },
    body: {
      getAsync: answer(function () { return state.body; }),
      prependAsync: function (html, opts, cb) { state.body = html + state.body; setTimeout(function () { cb(ok(undefined)); }, 0); }
    },
    getAttachmentsAsync: answer(function () { return []; }),
    to: { getAsync: answer(function () { return [{ emailAddress: "ken@contoso.com", displayName: "Ken" }]; }) },
    cc: { getAsync: answer(function () { return []; }) },
    start: { getAsync: answer(function () { return new Date("2026-03-04T15:00:00Z"); }) },
    end: { getAsync: answer(function () { return new Date("2026-03-04T15:30:00Z"); }) },
    requiredAttendees: { getAsync: answer(function () { return [{ emailAddress: "x@contoso.com" }, { emailAddress: "y@contoso.com" }]; }) },
    optionalAttendees: { getAsync: answer(function () { return []; }) },
    addHandlerAsync: function () {}
  };
  window.Office = {
    onReady: function (cb) { setTimeout(cb, 0); },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Html: "html", Text: "text" },
    EventType: { RecipientsChanged: "olkRecipientsChanged", AppointmentTimeChanged: "olkAppointmentTimeChanged", AttachmentsChanged: "olkAttachmentsChanged" },
    MailboxEnums: { ItemType: { Message: "message", Appointment: "appointment" } },
    context: { officeTheme: { bodyBackgroundColor: state.theme }, mailbox: { item: item } }
  };
  window.__fake = state;
})`;

let server: Server;
let base: string;
let dir: string;
let browser: Browser;

async function openPane(state: FakeState, width = 320): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 640 } });
  await page.route("https://appsforoffice.microsoft.com/**", (route) => route.fulfill({ contentType: "text/javascript", body: "/* office.js stub */" }));
  await page.route((url) => !/^(?:https?:\/\/127\.0\.0\.1|about:|data:)/.test(url.toString()) && !url.hostname.endsWith("appsforoffice.microsoft.com"), (route) => route.abort());
  await page.addInitScript({ content: `${FAKE_OFFICE}(${JSON.stringify(state)});` });
  await page.goto(`${base}/addin/taskpane.html`);
  return page;
}

describe("the task pane in a browser", { skip: chromiumMissing }, () => {
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "async-coach-taskpane-"));
    await buildAddin(dir);
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

  it("flags a draft as it is typed, applies the fix with one click, and clears the finding", { timeout: 60_000 }, async () => {
    const page = await openPane({ itemType: "message", body: "<p>Thanks for the notes.</p>", theme: "#ffffff" });
    await page.getByTestId("good").waitFor();
    await page.evaluate(() => ((window as any).__fake.body = "<p>Can you review the deck?</p>"));
    const finding = page.locator('[data-rule="missing-response-level"]');
    await finding.waitFor({ timeout: 10_000 });
    await page.screenshot({ path: "test-artifacts/taskpane/message-light.png", fullPage: true });
    await finding.locator("fluent-button").click();
    await finding.waitFor({ state: "detached", timeout: 10_000 });
    const body = await page.evaluate(() => (window as any).__fake.body as string);
    assert.match(body, /^<p>Need your input by [A-Z][a-z]+day \d{1,2} [A-Z][a-z]+\.<\/p><p>Can you review the deck\?<\/p>$/);
    await page.close();
  });

  it("flags an invite with no pre-read and adds an agenda with one click", { timeout: 60_000 }, async () => {
    const page = await openPane({ itemType: "appointment", body: "", theme: "#ffffff" });
    const finding = page.locator('[data-rule="missing-pre-read"]');
    await finding.waitFor({ timeout: 10_000 });
    assert.match(await page.getByTestId("summary").innerText(), /person-hours/);
    await finding.locator("fluent-button").click();
    await finding.waitFor({ state: "detached", timeout: 10_000 });
    assert.match(await page.evaluate(() => (window as any).__fake.body as string), /^<p>Goal: .*<br>Agenda:<br>1\./);
    await page.close();
  });

  it("follows a dark Office theme, fits 320 px without horizontal scrolling, and has no serious accessibility violations", { timeout: 60_000 }, async () => {
    for (const [name, theme] of [["light", "#ffffff"], ["dark", "#1f1f1f"]] as const) {
      const page = await openPane({ itemType: "message", body: "<p>URGENT!!! Can you send me the deck soon?</p>", theme });
      await page.locator(".finding").first().waitFor({ timeout: 10_000 });
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
