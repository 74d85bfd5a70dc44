import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ItemReadError, readComposeItem } from "../../src/addin/office-item.js";
import { createFakeOffice } from "../../fakes/office.js";

const NOW = new Date("2026-03-02T09:00:00Z");

describe("reading the Outlook item", () => {
  it("reads every field of a message draft", async () => {
    const { office, reads } = createFakeOffice({
      subject: "SOW",
      bodyHtml: "<p>Can you send the SOW?</p>",
      to: [{ emailAddress: "ken@contoso.com", displayName: "Ken" }],
      cc: [{ emailAddress: "amy@contoso.com" }],
      attachments: [{ name: "sow.pdf", size: 1200, isInline: false }],
    });
    const input = await readComposeItem(office, NOW);
    assert.deepEqual(input, {
      kind: "message",
      channel: "email",
      subject: "SOW",
      bodyHtml: "<p>Can you send the SOW?</p>",
      to: [{ name: "Ken", email: "ken@contoso.com" }],
      cc: [{ email: "amy@contoso.com" }],
      attachments: [{ name: "sow.pdf", size: 1200, isInline: false }],
      sentAt: "2026-03-02T09:00:00.000Z",
    });
    assert.deepEqual(reads, ["subject", "body", "attachments", "to", "cc"], "one read at a time, in order");
  });

  it("reads every field of a meeting being organised", async () => {
    const { office } = createFakeOffice({
      itemType: "appointment",
      subject: "Roadmap review",
      bodyHtml: "<p>Agenda</p>",
      start: new Date("2026-03-04T15:00:00Z"),
      end: new Date("2026-03-04T15:30:00Z"),
      requiredAttendees: [{ emailAddress: "x@contoso.com", displayName: "X" }],
      optionalAttendees: [{ emailAddress: "y@contoso.com" }],
      organizer: { emailAddress: "org@contoso.com", displayName: "Org" },
      recurrence: { recurrenceType: "weekly" },
      isAllDayEvent: false,
    });
    const input = await readComposeItem(office, NOW);
    assert.equal(input.kind, "invite");
    if (input.kind !== "invite") return;
    assert.equal(input.start, "2026-03-04T15:00:00.000Z");
    assert.equal(input.end, "2026-03-04T15:30:00.000Z");
    assert.deepEqual(input.attendees, [
      { name: "X", email: "x@contoso.com", optional: false },
      { email: "y@contoso.com", optional: true },
    ]);
    assert.deepEqual(input.organizer, { name: "Org", email: "org@contoso.com" });
    assert.equal(input.recurrence, "FREQ=WEEKLY");
  });

  it("names what it could not read when a getAsync fails", async () => {
    const { office } = createFakeOffice({ fail: "body" });
    await assert.rejects(
      readComposeItem(office, NOW),
      (e: unknown) => e instanceof ItemReadError && /could not read the body: body is unavailable/.test(e.message),
    );
  });
});

describe("the task pane's summary", () => {
  it("says a draft in another language is not checked, and names the language", async () => {
    const { summaryOf } = await import("../../src/addin/taskpane/view.js");
    const { checkMessage } = await import("../../src/rules/index.js");
    assert.equal(
      summaryOf(checkMessage({ channel: "email", bodyText: "Potresti approvare il preventivo entro giovedì? Grazie mille." })),
      "Not checked: this looks like Italian.",
    );
    assert.match(summaryOf(checkMessage({ channel: "email", bodyText: "Can you review the deck?" })), /^No response level yet/);
  });

  it("states the level in plain words, with the writer's own deadline quoted, never 'Blocking.' or 'by on Friday'", async () => {
    const { summaryOf } = await import("../../src/addin/taskpane/view.js");
    const { checkMessage } = await import("../../src/rules/index.js");
    const now = new Date("2026-03-02T09:00:00Z");
    const norms = (await import("../../src/rules/index.js")).DEFAULT_NORMS;
    assert.equal(
      summaryOf(checkMessage({ channel: "email", bodyText: "Can you send the figures on Friday?" }, norms, now)),
      'Reply wanted by a stated time: "on Friday".',
    );
    const urgent = summaryOf(
      checkMessage({ channel: "email", bodyText: "Urgent: can you restart the export job? The release is blocked until it runs." }, norms, now),
    );
    assert.equal(urgent, "Urgent: it holds up work.");
  });
});
