import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { readIcs, repairUnfoldedLines } from "../../src/cli/read-ics.js";

const calendar = (...eventLines: string[]) =>
  ["BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", "UID:x", "DTSTAMP:20260302T090000Z", ...eventLines, "END:VEVENT", "END:VCALENDAR"].join("\r\n");

describe("reading iCalendar", () => {
  it("reads every field of an Outlook-style event", () => {
    const [planning, sync] = readIcs(readFileSync("test/cli/fixtures/invites.ics", "utf8"));
    const invite = planning?.invite;
    assert.ok(invite);
    // 16:00 "W. Europe Standard Time" (its VTIMEZONE: +01:00 in March) is 15:00 UTC.
    assert.equal(new Date(invite.start).toISOString(), "2026-03-04T15:00:00.000Z");
    assert.equal(new Date(invite.end ?? "").toISOString(), "2026-03-04T16:00:00.000Z");
    assert.equal(invite.subject, "Q2 planning");
    assert.equal(invite.bodyText, "Agenda:\n1. Hiring plan\n2. Budget split between teams\n3. Risks for the launch");
    assert.match(invite.bodyHtml ?? "", /<ol><li>Hiring plan<\/li>/);
    assert.deepEqual(invite.organizer, { name: "Olga", email: "olga@fabrikam.com" });
    assert.deepEqual(invite.attendees, [{ name: "Pat", email: "pat@fabrikam.com", optional: false }]);
    assert.equal(invite.sentAt, "2026-03-02T09:00:00Z");

    const second = sync?.invite;
    assert.equal(new Date(second?.start ?? "").toISOString(), "2026-03-05T09:00:00.000Z", "Europe/Berlin");
    assert.equal(new Date(second?.end ?? "").toISOString(), "2026-03-05T09:30:00.000Z", "DURATION:PT30M");
    assert.equal(second?.recurrence, "FREQ=WEEKLY;BYDAY=TH");
    assert.equal(second?.attendees?.[1]?.optional, true);
  });

  it("maps a Windows zone name with no VTIMEZONE to IANA", () => {
    const [event] = readIcs(calendar("DTSTART;TZID=Pacific Standard Time:20260304T090000", "SUMMARY:x"));
    assert.equal(new Date(event?.invite?.start ?? "").toISOString(), "2026-03-04T17:00:00.000Z");
  });

  it("unescapes Outlook's HTML description as text, like the plain one", () => {
    const [event] = readIcs(
      calendar(
        "DTSTART:20260304T090000Z",
        "SUMMARY:x",
        "X-ALT-DESC;FMTTYPE=text/html:<html><head><style>p {margin:0\\;}</style></head><body><p>Hi all\\,</p>\\n<ol><li>Budget</li></ol></body></html>",
      ),
    );
    assert.equal(event?.invite?.bodyHtml, "<html><head><style>p {margin:0;}</style></head><body><p>Hi all,</p>\n<ol><li>Budget</li></ol></body></html>");
  });

  it("reads floating times in the team's zone", () => {
    const [event] = readIcs(calendar("DTSTART:20260304T090000", "SUMMARY:x"), "Asia/Tokyo");
    assert.equal(new Date(event?.invite?.start ?? "").toISOString(), "2026-03-04T00:00:00.000Z");
  });

  it("reads all-day events, attachments and cancellations", () => {
    const [event] = readIcs(
      calendar("DTSTART;VALUE=DATE:20260320", "STATUS:CANCELLED", "ATTACH;FMTTYPE=application/pdf:https://contoso.com/files/plan%20v2.pdf"),
    );
    assert.equal(event?.invite?.isAllDay, true);
    assert.equal(event?.invite?.isCancelled, true);
    assert.deepEqual(event?.invite?.attachments, [{ name: "plan v2.pdf", contentType: "application/pdf", isInline: false }]);
  });

  it("reads a description that a writer broke over raw lines", () => {
    const source = calendar("DTSTART:20260304T090000Z", "DESCRIPTION:Dear team,", "", "Please bring your questions.", "SUMMARY:Review");
    assert.match(repairUnfoldedLines(source), /DESCRIPTION:Dear team,\\n\\nPlease bring your questions\./);
    const [event] = readIcs(source);
    assert.equal(event?.invite?.bodyText, "Dear team,\n\nPlease bring your questions.");
    assert.equal(event?.invite?.subject, "Review");
  });

  it("returns an error for an event it cannot read, and reads the others", () => {
    const source = [
      "BEGIN:VCALENDAR",
      "BEGIN:VEVENT",
      "SUMMARY:no start",
      "END:VEVENT",
      "BEGIN:VEVENT",
      "DTSTART:20260304T090000Z",
      "SUMMARY:ok",
      "END:VEVENT",
      "END:VCALENDAR",
    ].join("\n");
    const events = readIcs(source);
    assert.equal(events[0]?.error, "the event has no valid DTSTART");
    assert.equal(events[1]?.invite?.subject, "ok");
  });

  it("throws a clear error for text that is not iCalendar", () => {
    assert.throws(() => readIcs("hello world"), /not valid iCalendar|no VCALENDAR/);
  });
});
