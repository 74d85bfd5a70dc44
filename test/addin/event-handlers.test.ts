import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { onComposeChange, onSend } from "../../src/addin/event-handlers.js";
import { sendWordsFor } from "../../src/i18n/index.js";
import { createFakeOffice, fakeEvent, MEETING, type FakeItemData } from "../../fakes/office.js";

const now = () => new Date("2026-03-02T09:00:00Z");

async function send(data: FakeItemData, extra: { timeoutMs?: number; loadNorms?: () => Promise<never> } = {}) {
  const { office } = createFakeOffice(data);
  const event = fakeEvent();
  const errors: string[] = [];
  await onSend(event, { office, now, recordError: (m) => errors.push(m), ...extra });
  // Every answer is one Outlook would take as given (fake-office.ts lists the documented rules).
  assert.deepEqual(event.violations, []);
  return { calls: event.calls, errors };
}

describe("the check on send (Smart Alerts)", () => {
  it("lets a clean mail go", async () => {
    const { calls } = await send({ bodyHtml: "<p>FYI, no response needed: the wiki moved.</p>" });
    assert.deepEqual(calls, [{ allowEvent: true }]);
  });

  it("stops a mail that asks without a level, with a short specific message and Send anyway", async () => {
    const { calls } = await send({ bodyHtml: "<div>Can you send me the signed SOW?</div>" });
    assert.equal(calls.length, 1);
    const options = calls[0]!;
    assert.equal(options.allowEvent, false);
    assert.match(String(options.errorMessage), /don't say by when\. Add a line such as "Need your input by Tuesday 3 March\."/);
    assert.ok(String(options.errorMessage).length <= 500);
    assert.equal(options.sendModeOverride, "promptUser");
    assert.equal(options.commandId, "openAsyncCoachButton");
    assert.ok(String(options.cancelLabel).length <= 20);
  });

  it('lets a mail go when the rule is unsure (a "Maybe" below the high threshold): it is left to the task pane', async () => {
    const { calls } = await send({ bodyHtml: "<div>Employees are reminded to book their leave in Workday.</div>" });
    assert.deepEqual(calls, [{ allowEvent: true }]);
  });

  it("lets an invite go when its long description may hold a pre-read in words the rule does not read", async () => {
    const prose =
      "We have been going back and forth on the rollout for a while now, and it is time we sat down together with the numbers from the pilot sites and the feedback from the support team in front of us.";
    const { calls } = await send({ ...MEETING, subject: "Rollout", bodyHtml: `<p>${prose}</p>` });
    assert.deepEqual(calls, [{ allowEvent: true }]);
  });

  it("stops an invite with no pre-read and lets one with an agenda go", async () => {
    const stopped = await send(MEETING);
    assert.equal(stopped.calls[0]?.allowEvent, false);
    assert.match(String(stopped.calls[0]?.errorMessage), /no pre-read/);
    const fine = await send({ ...MEETING, bodyHtml: "<p>Agenda:</p><ol><li>Budget</li><li>Hiring</li></ol>" });
    assert.deepEqual(fine.calls, [{ allowEvent: true }]);
  });

  it("lets the item go and records the error when a read fails", async () => {
    const { calls, errors } = await send({ fail: "body", bodyHtml: "Can you send it?" });
    assert.deepEqual(calls, [{ allowEvent: true }]);
    assert.match(errors[0] ?? "", /could not read the body/);
  });

  it("lets the item go when Outlook never answers a read", async () => {
    const { calls, errors } = await send({ hang: "attachments" }, { timeoutMs: 50 });
    assert.deepEqual(calls, [{ allowEvent: true }]);
    assert.match(errors[0] ?? "", /took longer than 50 ms/);
  });

  it("falls back to default norms when they cannot be loaded", async () => {
    const { calls } = await send({ bodyHtml: "Can you send it?" }, { loadNorms: () => Promise.reject(new Error("offline")) });
    assert.equal(calls[0]?.allowEvent, false);
  });

  it("completes exactly once even when completed() itself throws", async () => {
    const { office } = createFakeOffice({ bodyHtml: "Can you send it?" });
    let count = 0;
    const errors: string[] = [];
    await onSend(
      {
        completed: () => {
          count++;
          throw new Error("host gone");
        },
      },
      { office, now, recordError: (m) => errors.push(m) },
    );
    assert.equal(count, 1);
    assert.match(errors.join(" "), /event\.completed failed: host gone/);
  });
});

describe("the fake Office's event", () => {
  it("refuses what Outlook documents as invalid, so the tests above mean something", () => {
    const event = fakeEvent();
    event.completed({
      allowEvent: false,
      errorMessage: "x".repeat(501),
      cancelLabel: "Add the missing line now",
      commandId: "noSuchButton",
      sendModeOverride: "sendAnyway",
    });
    event.completed({ allowEvent: true, errorMessage: "ignored" });
    assert.deepEqual(event.violations, [
      "errorMessage is 501 characters (500 at most)",
      "cancelLabel is 24 characters (20 at most)",
      "commandId noSuchButton is not a control of the manifest",
      "sendModeOverride sendAnyway: only promptUser is supported",
      "completed() called more than once",
      "options other than allowEvent when the item may go",
    ]);
  });

  it("answers later with a full AsyncResult, and throws for a notification Outlook would refuse", async () => {
    const { office } = createFakeOffice({ subject: "Deck" });
    const item = office.context.mailbox.item as unknown as Office.MessageCompose;
    let answeredInside = true;
    const result = await new Promise<Office.AsyncResult<string>>((resolve) => {
      item.subject.getAsync({ asyncContext: "ctx" }, resolve);
      answeredInside = false;
    });
    assert.equal(answeredInside, false);
    assert.deepEqual(
      { status: result.status, value: result.value, asyncContext: result.asyncContext },
      { status: "succeeded", value: "Deck", asyncContext: "ctx" },
    );
    assert.throws(
      () => item.notificationMessages.replaceAsync("k", { type: "informationalMessage", message: "x".repeat(151), icon: "Icon.16x16", persistent: false }),
      /ArgumentOutOfRange/,
    );
    assert.throws(
      () => item.notificationMessages.replaceAsync("k", { type: "informationalMessage", message: "hi" } as Office.NotificationMessageDetails),
      /needs icon and persistent/,
    );
  });
});

describe("nothing to check", () => {
  for (const bodyHtml of ["", "<p><br></p>", "<p>👍</p>"]) {
    it(`lets ${JSON.stringify(bodyHtml)} go without a prompt and shows no hint`, async () => {
      const { calls } = await send({ bodyHtml, to: [{ emailAddress: "ken@contoso.com" }] });
      assert.deepEqual(calls, [{ allowEvent: true }]);
      const fake = createFakeOffice({ bodyHtml });
      const event = fakeEvent();
      const errors: string[] = [];
      await onComposeChange(event, { office: fake.office, now, recordError: (m) => errors.push(m) });
      assert.equal(fake.notifications.size, 0);
      assert.deepEqual(errors, []);
    });
  }
});

describe("in Outlook's display language", () => {
  it("stops a German draft for a German user in German, with the line to add in German", async () => {
    const { calls } = await send({ displayLanguage: "de-DE", bodyHtml: "<p>Kannst du mir die unterschriebene Vereinbarung schicken?</p>" });
    assert.equal(calls[0]?.allowEvent, false);
    assert.equal(
      calls[0]?.errorMessage,
      sendWordsFor("de").rules["missing-response-level"].alert({
        line: "Bitte um Rückmeldung bis Dienstag, 3. März.",
        ask: "Kannst du mir die unterschriebene Vereinbarung schicken?",
      }),
    );
    assert.equal(calls[0]?.cancelLabel, sendWordsFor("de").addIt);
  });

  it("speaks the user's language about a draft in another: French Outlook, English draft", async () => {
    const { calls } = await send({ displayLanguage: "fr-FR", bodyHtml: "<p>Can you send me the signed SOW?</p>" });
    assert.equal(
      calls[0]?.errorMessage,
      sendWordsFor("fr").rules["missing-response-level"].alert({ line: "Need your input by Tuesday 3 March.", ask: "Can you send me the signed SOW?" }),
    );
  });

  it("falls back to English for a display language it does not write", async () => {
    const { calls } = await send({ displayLanguage: "pt-BR", bodyHtml: "<p>Can you send me the signed SOW?</p>" });
    // The dialog quotes the ask it means, and its button says what it does (it opens the pane; it adds nothing).
    assert.match(String(calls[0]?.errorMessage), /^You ask "Can you send me the signed SOW\?" but don't say by when\./);
    assert.equal(calls[0]?.cancelLabel, "Show how to fix");
  });

  it("shows the hint bar in Spanish for a Spanish user", async () => {
    const fake = createFakeOffice({ ...MEETING, displayLanguage: "es-ES" });
    await onComposeChange(fakeEvent(), { office: fake.office, now });
    assert.equal(fake.notifications.get("asyncCoachHint")?.message, sendWordsFor("es").rules["missing-pre-read"].hint);
  });
});

describe("hints while composing", () => {
  it("keeps every hint within Outlook's 150 characters and sets what an informational message needs", async () => {
    for (const data of [
      { bodyHtml: "Can you review the deck?" },
      MEETING,
      ...["de-DE", "fr-FR", "es-ES"].flatMap((displayLanguage) => [
        { bodyHtml: "Can you review the deck?", displayLanguage },
        { ...MEETING, displayLanguage },
      ]),
    ]) {
      const fake = createFakeOffice(data);
      const errors: string[] = [];
      await onComposeChange(fakeEvent(), { office: fake.office, now, recordError: (m) => errors.push(m) });
      assert.deepEqual(errors, [], "the fake throws for a hint Outlook would refuse");
      const hint = fake.notifications.get("asyncCoachHint");
      assert.ok(hint && hint.message.length <= 150 && hint.icon && typeof hint.persistent === "boolean");
      assert.doesNotMatch(hint.message, /missing-|[a-z]+-[a-z]+-[a-z]+/, "no rule ids");
    }
  });

  it("completes without an error when there is no hint to remove (Outlook answers a failed result)", async () => {
    const fake = createFakeOffice({ bodyHtml: "FYI, no response needed: the wiki moved." });
    const event = fakeEvent();
    const errors: string[] = [];
    await onComposeChange(event, { office: fake.office, now, recordError: (m) => errors.push(m) });
    assert.equal(event.calls.length, 1);
    assert.deepEqual(errors, []);
  });

  it("shows a hint bar when a headline rule fires and removes it when it no longer does", async () => {
    const flagged = createFakeOffice({ bodyHtml: "Can you review the deck?" });
    const event = fakeEvent();
    await onComposeChange(event, { office: flagged.office, now });
    assert.equal(event.calls.length, 1);
    assert.match(flagged.notifications.get("asyncCoachHint")?.message ?? "", /say by when you need a reply/);

    const fixed = createFakeOffice({ bodyHtml: "Can you review the deck by Thursday?" });
    fixed.notifications.set("asyncCoachHint", { message: "old", type: "informationalMessage" });
    const again = fakeEvent();
    await onComposeChange(again, { office: fixed.office, now });
    assert.equal(fixed.notifications.has("asyncCoachHint"), false);
    assert.equal(again.calls.length, 1);
  });

  it("completes once when the check fails", async () => {
    const { office } = createFakeOffice({ fail: "subject" });
    const event = fakeEvent();
    await onComposeChange(event, { office, now, recordError: () => undefined });
    assert.equal(event.calls.length, 1);
  });
});
