import meetingCost from "../../../src/rules/invite/meeting-cost.js";
import { ruleTester } from "../rule-tester.js";

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
