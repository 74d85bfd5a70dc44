import noStatedPurpose from "../../../src/rules/invite/no-stated-purpose.js";
import { ruleTester } from "../rule-tester.js";

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
