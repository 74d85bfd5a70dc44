// The bot through a real Teams client: Microsoft 365 Agents Playground's web UI in headless Chromium,
// in front of the built server with its embedded defaults. The steps are a new user's path; each
// asserts on what the UI shows and leaves a screenshot in test-artifacts/playground/.
import assert from "node:assert/strict";
import { mkdirSync, rmSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import type { Browser, Locator, Page } from "playwright-core";
import { chromiumMissing, launchChromium } from "../helpers/chromium.js";
import { startBotInPlayground, type BotUnderTest } from "../helpers/playground.js";

const ARTIFACTS = "test-artifacts/playground";
const RULE_IDS = /missing-response-level|missing-pre-read|suggest-call|unexplained-urgency|vague-deadline|mixed-signals|greeting-only/;

let bot: BotUnderTest;
let browser: Browser;
let page: Page;
let step = 0;
const pageErrors: string[] = [];

async function screenshot(name: string): Promise<void> {
  step += 1;
  await page.screenshot({ path: `${ARTIFACTS}/${String(step).padStart(2, "0")}-${name}.png` });
}

/** Cards in the conversation (not in a dialog). */
const chatCards = () => page.locator(".ac-adaptiveCard").filter({ hasNot: page.locator("[role=dialog]") });
const composeBox = () => page.locator('[data-lexical-editor="true"][role="textbox"]');
const dialog = () => page.getByRole("dialog");

/** Waits for the bot's next card after `before` cards, and returns it. */
async function nextCard(before: number): Promise<Locator> {
  await page.waitForFunction((n) => document.querySelectorAll(".ac-adaptiveCard").length > n, before, { timeout: 30_000 });
  return chatCards().last();
}

/** Types a message into the compose box, sends it, and returns the bot's card in answer. */
async function send(text: string): Promise<Locator> {
  const before = await chatCards().count();
  await composeBox().fill(text);
  await page.getByRole("button", { name: "Send Message" }).click();
  return nextCard(before);
}

/** Runs one of our message-extension commands from a Playground menu and returns its dialog. */
async function runActionCommand(commandId: string): Promise<Locator> {
  await page.getByRole("menuitem", { name: "Action Command" }).click();
  await page.getByPlaceholder("Input command id or leave blanks").fill(commandId);
  await page.getByRole("button", { name: "Create" }).click();
  await dialog().locator(".ac-adaptiveCard").waitFor({ timeout: 30_000 });
  return dialog();
}

describe("the bot in Microsoft 365 Agents Playground", { skip: chromiumMissing, timeout: 180_000 }, () => {
  before(async () => {
    rmSync(ARTIFACTS, { recursive: true, force: true });
    mkdirSync(ARTIFACTS, { recursive: true });
    bot = await startBotInPlayground();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on("pageerror", (error) => pageErrors.push(error.message));
    // Requests to the internet are aborted below; the client reports each as a failed resource or,
    // for Fluent's animation worklet, a failed worklet script. Anything else is an error of ours.
    page.on("console", (message) => {
      if (message.type() !== "error") return;
      const text = message.text();
      if (/Failed to load resource|Failed to load worklet module script: https:\/\/(?!127\.0\.0\.1|localhost)/.test(text)) return;
      pageErrors.push(text);
    });
    // Only the two local servers: the Playground's fonts and telemetry come from the internet.
    await page.route(
      (url) => !/^(?:https?:\/\/(?:127\.0\.0\.1|localhost)[:/]|about:|data:|blob:)/.test(url.toString()),
      (route) => route.abort(),
    );
    await page.goto(bot.playgroundUrl);
  });

  after(async () => {
    await browser?.close();
    await bot?.stop();
  });

  it("welcomes a new user with a card whose buttons work", async () => {
    const welcome = chatCards().first();
    await welcome.getByText("Hi, I'm Async Coach").waitFor({ timeout: 30_000 });
    await screenshot("welcome");
    let before = await chatCards().count();
    await welcome.getByRole("button", { name: "Show our norms" }).click();
    const norms = await nextCard(before);
    await norms.getByText("Norms for you").waitFor();
    before = await chatCards().count();
    await welcome.getByRole("button", { name: "Help" }).click();
    const help = await nextCard(before);
    await help.getByText("What I can do").waitFor();
    await screenshot("welcome-buttons");
  });

  it("answers help with every command, by its name", async () => {
    const help = await send("help");
    const text = await help.innerText();
    for (const command of ["check", "norms", "settings", "watch my meetings", "stop watching", "help"]) {
      assert.match(text, new RegExp(`^${command}$`, "m"), command);
    }
    assert.match(text, /your Teams admin can switch them on/);
    await screenshot("help");
  });

  it("flags a draft with no response level and offers the improved draft", async () => {
    const card = await send("Can you send me the signed SOW?");
    const text = await card.innerText();
    assert.match(text, /1 thing to look at before you send/);
    assert.match(text, /No response level/);
    assert.match(text, /Improved draft, ready to copy:\s+Need your input by \w+day \d{1,2} \w+\.\s+Can you send me the signed SOW\?/);
    assert.doesNotMatch(text, RULE_IDS);
    await screenshot("draft-flagged");
  });

  it("says a good draft is good to send, and that an emoji has nothing to check", async () => {
    assert.match(await (await send("FYI, no response needed: the wiki moved to the new space.")).innerText(), /^Good to send/);
    assert.match(await (await send("👍")).innerText(), /^Nothing to check/);
    await screenshot("draft-good");
  });

  it("shows the norms", async () => {
    const text = await (await send("norms")).innerText();
    assert.match(text, /^Norms for you/);
    assert.match(text, /nobody has changed them yet/);
    await screenshot("norms");
  });

  it("keeps what was typed beside a settings error, saves valid settings, and shows them, all in the one card", async () => {
    const form = await send("settings");
    await form.getByRole("textbox", { name: /Time zone/ }).fill("Europe/Berlinn");
    const cards = await chatCards().count();
    await form.getByRole("button", { name: "Save norms" }).click();
    // The form is updated in place (Teams' pattern): no second form to save by mistake.
    await page.getByText(/Not saved\. Please fix:/).waitFor({ timeout: 30_000 });
    const invalid = chatCards().last();
    assert.match(await invalid.innerText(), /Not saved\. Please fix:\s+• Time zone: not a known IANA time zone/);
    assert.equal(await invalid.getByRole("textbox", { name: /Time zone/ }).inputValue(), "Europe/Berlinn");
    assert.equal(await chatCards().count(), cards, "no new card");
    await screenshot("settings-invalid");

    await invalid.getByRole("textbox", { name: /Time zone/ }).fill("Europe/Berlin");
    await invalid.getByRole("button", { name: "Save norms" }).click();
    await page.getByRole("paragraph").filter({ hasText: "Saved. Your checks here and in Outlook follow these norms from now on." }).waitFor();
    // The form became the norms as saved.
    const saved = chatCards().last();
    await saved.getByText(/Monday to Friday, 09:00–17:00 \(Europe\/Berlin\)/).waitFor({ timeout: 30_000 });
    assert.equal(await saved.getByRole("button", { name: "Save norms" }).count(), 0, "the old form is gone");
    assert.equal(await chatCards().count(), cards);
    await screenshot("settings-saved");

    const norms = await (await send("norms")).innerText();
    assert.match(norms, /\(Europe\/Berlin\)/);
    // The Playground's locale is en-US.
    assert.match(norms, /Last changed by Alex Wilber on \w{3} \d{1,2}, \d{4}, \d\d:\d\d [AP]M \(Europe\/Berlin\)\./);
    assert.doesNotMatch(norms, /GMT|UTC/);
    await screenshot("norms-after-settings");
  });

  it("checks a draft from the compose box's message extension, inserts it, and checks the sent card's text", async () => {
    await page.getByRole("button", { name: "Trigger Message Extension App" }).click();
    const checkDraft = await runActionCommand("checkDraft");
    await checkDraft.getByText("Paste your draft").waitFor();
    await checkDraft.getByRole("textbox").first().fill("Can you review the pricing memo?");
    await checkDraft.getByRole("button", { name: "Check", exact: true }).click();
    await checkDraft.getByText("1 thing to look at before you send").waitFor({ timeout: 30_000 });
    const result = await checkDraft.innerText();
    assert.match(result, /No response level/);
    assert.doesNotMatch(result, RULE_IDS);
    // Before Insert is pressed, the dialog says what it does: a card that cannot be edited in the compose box.
    assert.match(result, /Insert puts the draft into the compose box as a card, which cannot be edited there/);
    await screenshot("compose-extension-result");

    await checkDraft.getByRole("button", { name: "Insert improved draft" }).click();
    await dialog().waitFor({ state: "detached", timeout: 30_000 });
    await screenshot("compose-extension-inserted");
    const before = await chatCards().count();
    await page.getByRole("button", { name: "Send Message" }).click();
    // The bot's answer is about the sent card's text, not about its markup.
    const answer = await (await nextCard(before)).innerText();
    assert.match(answer, /reply wanted by a stated time/);
    assert.doesNotMatch(answer, /no response level; 0 asks|What I can do/);
    await screenshot("compose-extension-sent-card-checked");
  });

  it("checks a sent message from its menu, in words for a sent message", async () => {
    await send("Could you approve the PO?");
    // The person's own message, not the bot's card below it, which shows the draft's lines too.
    const mine = page.locator(`xpath=//span[normalize-space(.)="Could you approve the PO?"][not(ancestor::*[contains(@class, "ac-adaptiveCard")])]`);
    const row = page
      .locator("div")
      .filter({ has: mine })
      .filter({ has: page.getByRole("button", { name: "Show more information" }) })
      .last();
    await row.getByRole("button", { name: "Show more information" }).click();
    const checked = await runActionCommand("checkMessage");
    await checked.getByText("1 thing this message could have said").waitFor({ timeout: 30_000 });
    const text = await checked.innerText();
    assert.match(text, /No response level/);
    assert.doesNotMatch(text, /before you send|Insert/);
    assert.doesNotMatch(text, RULE_IDS);
    await screenshot("message-action");
    await checked.getByRole("button", { name: "Close" }).click();
  });

  it("tells a user who can switch on the pre-read check when this server has no Graph access", async () => {
    await composeBox().fill("watch my meetings");
    await page.getByRole("button", { name: "Send Message" }).click();
    await page
      .getByText(/only your Teams admin can give Async Coach/)
      .last()
      .waitFor({ timeout: 30_000 });
    await screenshot("watch-without-graph");
  });

  it("logged no error in the client", () => {
    assert.deepEqual(pageErrors, []);
  });
});
