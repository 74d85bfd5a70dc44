import focusTimeConflict from "../../../src/rules/invite/focus-time-conflict.js";
import { ruleTester } from "../rule-tester.js";

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
