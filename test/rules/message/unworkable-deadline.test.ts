import unworkableDeadline from "../../../src/rules/message/unworkable-deadline.js";
import { ruleTester } from "../rule-tester.js";

// Every case is sent on Monday 2 March 2026 at 09:00 UTC.
ruleTester.run(unworkableDeadline, {
  valid: [
    "Can you review the deck by Thursday?",
    "Please send it by 5 March.",
    { text: "Can you reply by Saturday?", norms: { workingDays: ["mon", "tue", "wed", "thu", "fri", "sat"] }, why: "Saturday is a working day for this team" },
    { text: "Can you reply by Sunday?", norms: { workingDays: ["sun", "mon", "tue", "wed", "thu"] }, why: "a Sunday-to-Thursday week" },
  ],
  invalid: [
    { text: "Can you review the deck by Saturday?", findings: [{ messageIncludes: "Use Friday 6 March or Monday 9 March" }] },
    { text: "Please send the figures by 1 March.", findings: [{ messageIncludes: "already passed" }], why: "the day before it is sent" },
    { text: "Can you reply by Friday?", norms: { workingDays: ["sun", "mon", "tue", "wed", "thu"] }, why: "Friday is off for this team" },
    {
      text: "Can you send it today?",
      sentAt: "2026-03-08T10:00:00Z",
      findings: [{ messageIncludes: "Use Monday 9 March." }],
      why: "written on a Sunday: the Friday before has passed, so only the Monday is offered",
    },
  ],
});
