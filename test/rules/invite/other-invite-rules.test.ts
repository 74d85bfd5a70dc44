import couldBeAsync from "../../../src/rules/invite/could-be-async.js";
import focusTimeConflict from "../../../src/rules/invite/focus-time-conflict.js";
import meetingCost from "../../../src/rules/invite/meeting-cost.js";
import missingAttachment from "../../../src/rules/invite/missing-attachment.js";
import noStatedPurpose from "../../../src/rules/invite/no-stated-purpose.js";
import preReadTooLate from "../../../src/rules/invite/pre-read-too-late.js";
import { ruleTester } from "../rule-tester.js";

// The default meeting: Wednesday 4 March 15:00–15:30 UTC, 2 attendees + organizer, sent Monday 09:00.
ruleTester.runInvite(noStatedPurpose, {
  valid: [
    { invite: { subject: "Decide the Q3 hiring plan" } },
    { invite: { subject: "Sync", bodyText: "Agenda:\n1. Vendor shortlist\n2. Budget" }, why: "the body says what for" },
    { invite: { subject: "Catch up", bodyText: "I'd like to walk through the new onboarding flow and get your reactions before launch." } },
  ],
  invalid: [
    { invite: { subject: "Sync" } },
    { invite: { subject: "Quick catch-up" } },
    { invite: { subject: "Weekly 1:1" } },
    { invite: { subject: "" }, findings: [{ messageIncludes: "no title" }] },
    { invite: { subject: "Touch base", bodyText: "See you!" } },
  ],
});

ruleTester.runInvite(preReadTooLate, {
  valid: [
    { invite: {}, why: "54 hours' notice" },
    { invite: { start: "2026-03-02T15:00:00Z", end: "2026-03-02T15:30:00Z" }, norms: { preReadNoticeHours: 4 }, why: "6 hours is enough for this team" },
    { invite: { start: "2026-03-01T15:00:00Z", end: "2026-03-01T15:30:00Z" }, why: "already past: not a question of notice" },
  ],
  invalid: [
    { invite: { start: "2026-03-02T15:00:00Z", end: "2026-03-02T15:30:00Z" }, findings: [{ messageIncludes: "starts in 6 hours" }] },
    { invite: { start: "2026-03-02T09:30:00Z", end: "2026-03-02T10:00:00Z" }, findings: [{ messageIncludes: "30 minutes" }] },
  ],
});

ruleTester.runInvite(couldBeAsync, {
  valid: [
    { invite: { subject: "Decide the logging vendor" } },
    { invite: { subject: "Weekly status", bodyText: "Agenda:\n1. Status updates\n2. Decide whether to slip the launch" }, why: "a decision on the agenda" },
  ],
  invalid: [
    { invite: { subject: "Weekly status" } },
    { invite: { subject: "Team meeting", bodyText: "Round-robin updates from each squad." } },
    { invite: { subject: "Daily standup", recurrence: "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR" }, findings: [{ messageIncludes: "each time" }] },
  ],
});

ruleTester.runInvite(meetingCost, {
  valid: [{ invite: { attendees: [] }, why: "not a meeting" }],
  invalid: [
    { invite: {}, findings: [{ messageIncludes: "1.5 person-hours (3 people × 30 min)" }] },
    {
      invite: { recurrence: "FREQ=WEEKLY;BYDAY=TH", end: "2026-03-04T16:00:00Z" },
      findings: [{ messageIncludes: "3 person-hours (3 people × 1 h). It repeats every week: about 13 person-hours a month" }],
    },
  ],
});

ruleTester.runInvite(focusTimeConflict, {
  valid: [
    { invite: {}, why: "15:00 is after the focus window" },
    { invite: { start: "2026-03-04T10:00:00Z", end: "2026-03-04T10:30:00Z" }, norms: { focusWindow: null }, why: "no focus window" },
    { invite: { start: "2026-03-07T10:00:00Z", end: "2026-03-07T10:30:00Z" }, why: "Saturday is not a working day" },
    { invite: { start: "2026-03-04T12:00:00Z", end: "2026-03-04T12:30:00Z" }, why: "starts as focus time ends" },
  ],
  invalid: [
    { invite: { start: "2026-03-04T10:00:00Z", end: "2026-03-04T10:30:00Z" }, findings: [{ messageIncludes: "Wednesday 10:00–10:30" }] },
    { invite: { start: "2026-03-04T08:30:00Z", end: "2026-03-04T09:30:00Z" }, why: "overlaps the start" },
    {
      invite: { start: "2026-03-04T14:00:00Z", end: "2026-03-04T14:30:00Z" },
      norms: { timeZone: "Asia/Tokyo", focusWindow: { start: "22:00", end: "23:59" } },
      why: "23:00 in Tokyo",
    },
  ],
});

ruleTester.runInvite(missingAttachment, {
  valid: [
    { invite: { bodyText: "Deck attached.", attachments: [{ name: "deck.pptx" }] } },
    { invite: { bodyText: "Deck attached: https://contoso.sharepoint.com/deck.pptx" }, why: "linked instead" },
    { invite: { bodyText: "Agenda:\n1. Budget\n2. Hiring" } },
  ],
  invalid: [
    { invite: { bodyText: "Draft contract attached; we'll go through section 4." }, findings: [{ messageIncludes: '"attached"' }] },
    { invite: { bodyText: "Please see the attachment before we meet." } },
  ],
});
