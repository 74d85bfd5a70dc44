import couldBeAsync from "../../../src/rules/invite/could-be-async.js";
import { ruleTester } from "../rule-tester.js";

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
