// Every Adaptive Card the bot can send renders without errors in a real browser, through the
// adaptivecards JS renderer, in Debian's Chromium. Screenshots go to test-artifacts/cards/.
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { chromiumMissing, launchChromium } from "../helpers/chromium.js";
import {
  draftInputCard,
  draftResultCard,
  findingsCard,
  helpCard,
  insertCard,
  normsCard,
  preReadReminderCard,
  settingsCard,
  settingsValuesOf,
  welcomeCard,
} from "../../src/bot/cards/cards.js";
import { improvedText } from "../../src/bot/async-coach-bot.js";
import { checkMessage, DEFAULT_NORMS } from "../../src/rules/index.js";

const require = createRequire(import.meta.url);
const renderer = readFileSync(require.resolve("adaptivecards/dist/adaptivecards.min.js"), "utf8");

const flagged = checkMessage({ channel: "chat", bodyText: "URGENT!!! Can you send me the deck soon?", sentAt: "2026-03-02T09:00:00Z" });
const clean = checkMessage({ channel: "chat", bodyText: "FYI, no response needed: the wiki moved.", sentAt: "2026-03-02T09:00:00Z" });
const unsure = checkMessage({ channel: "chat", bodyText: "Employees are reminded to book their leave in Workday.", sentAt: "2026-03-02T09:00:00Z" });
const draft = "Can you review the pricing memo?";
const draftReport = checkMessage({ channel: "chat", bodyText: draft, sentAt: "2026-03-02T09:00:00Z" });

const cards: Record<string, unknown> = {
  "findings-flagged": findingsCard(flagged, improvedText("URGENT!!! Can you send me the deck soon?", flagged)).content,
  "findings-clean": findingsCard(clean, "").content,
  "findings-unsure": findingsCard(unsure, "").content,
  welcome: welcomeCard().content,
  help: helpCard(true).content,
  "help-without-graph": helpCard(false).content,
  "findings-sent": findingsCard(flagged, "", "sent").content,
  "findings-empty": findingsCard(checkMessage({ channel: "chat", bodyText: "👍🎉" }), "").content,
  norms: normsCard(DEFAULT_NORMS, { scope: { kind: "team", team: "Platform" }, updatedBy: "Ana", updatedAt: "2026-03-02T09:00:00Z" }).content,
  settings: settingsCard(settingsValuesOf(DEFAULT_NORMS), { kind: "team", team: "Platform" }, "etag-1").content,
  "settings-errors": settingsCard(settingsValuesOf(DEFAULT_NORMS), { kind: "personal" }, "etag-1", [
    "Time zone: not a known IANA time zone",
    "Working days: at least one working day",
  ]).content,
  "draft-input": draftInputCard(),
  "draft-result": draftResultCard(draftReport, draft, improvedText(draft, draftReport)),
  insert: insertCard("Need your input by Tuesday 3 March.\n\nCan you review the pricing memo?").content,
  "pre-read-reminder": preReadReminderCard({
    eventId: "AAMkAD=",
    subject: "Launch review",
    start: "2026-03-03T14:00:00Z",
    end: "2026-03-03T15:00:00Z",
    timeZone: "Europe/Berlin",
    webLink: "https://outlook.office365.com/owa/?itemid=AAMkAD%3D&exvsurl=1&path=/calendar/item",
    personHours: 6,
    attendees: 5,
    findings: [
      { severity: "error", message: "This meeting has no pre-read. Add an agenda, the decision to take, or a link to the document to read first." },
      { severity: "warning", message: "Say what the meeting is for." },
    ],
  }).content,
  "pre-read-reminder-no-link": preReadReminderCard({
    eventId: "x",
    subject: " ",
    start: "2026-03-03T14:00:00Z",
    end: "2026-03-03T14:30:00Z",
    timeZone: "UTC",
    webLink: undefined,
    personHours: 1,
    attendees: 1,
    findings: [{ severity: "warning", message: "Say what the meeting is for." }],
  }).content,
};

let browser: Browser;
let page: Page;

describe("Adaptive Cards in a browser", { skip: chromiumMissing }, () => {
  before(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 480, height: 900 } });
    // Nothing leaves this machine.
    await page.route(/^(?!about:|data:)/, (route) => route.abort());
    await page.setContent('<!doctype html><html><body style="font-family: sans-serif; margin: 12px"><div id="card"></div></body></html>');
    await page.addScriptTag({ content: renderer });
    mkdirSync("test-artifacts/cards", { recursive: true });
  });
  after(async () => {
    await browser?.close();
  });

  const render = (json: string) =>
    page.evaluate((payload) => {
      const AC = (window as unknown as { AdaptiveCards: any }).AdaptiveCards;
      const adaptive = new AC.AdaptiveCard();
      const context = new AC.SerializationContext();
      adaptive.parse(JSON.parse(payload), context);
      const events: string[] = [];
      for (let i = 0; i < context.eventCount; i++) {
        const e = context.getEventAt(i);
        events.push(`${e.phase}/${e.event}: ${e.message}`);
      }
      const validation = adaptive.validateProperties();
      for (let i = 0; i < validation.validationEvents.length; i++) {
        const e = validation.validationEvents[i];
        events.push(`validate/${e.event}: ${e.message}`);
      }
      const host = document.getElementById("card")!;
      host.innerHTML = "";
      const element = adaptive.render();
      if (element) host.appendChild(element);
      return { events, rendered: Boolean(element), text: host.innerText, width: host.scrollWidth };
    }, json);

  it("would catch a broken card (the check can fail)", async () => {
    const broken = { type: "AdaptiveCard", version: "1.5", body: [{ type: "TextBox", text: "x" }, { type: "Input.Text" }] };
    const result = await render(JSON.stringify(broken));
    assert.ok(result.events.length >= 2, result.events.join("; "));
  });

  it("shows a finding the rule is unsure of as 'Maybe', a sure one as 'Fix'", async () => {
    const soft = await render(JSON.stringify(cards["findings-unsure"]));
    assert.match(soft.text, /Maybe/);
    assert.doesNotMatch(soft.text, /\bFix\b/);
    const sure = await render(JSON.stringify(cards["draft-result"]));
    assert.match(sure.text, /\bFix\b/);
  });

  for (const [name, card] of Object.entries(cards)) {
    it(`renders the ${name} card`, async () => {
      const json = JSON.stringify(card);
      assert.doesNotMatch(json, /\$\{/, "every template value is bound");
      assert.equal((card as { version: string }).version, "1.5", "Teams renders schema 1.5");
      const result = await render(json);
      assert.deepEqual(result.events, [], "no parse or validation events");
      assert.ok(result.rendered, "render() returned an element");
      assert.ok(result.text.trim().length > 0, "the card shows text");
      await page.locator("#card").screenshot({ path: `test-artifacts/cards/${name}.png` });
    });
  }
});
