import preReadTooLate from "../../../src/rules/invite/pre-read-too-late.js";
import { ruleTester } from "../rule-tester.js";

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
