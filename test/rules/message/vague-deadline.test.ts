import vagueDeadline from "../../../src/rules/message/vague-deadline.js";
import { ruleTester } from "../rule-tester.js";

ruleTester.run(vagueDeadline, {
  valid: [
    "Can you send the report by Friday?",
    { text: "We'll ship the fix soon.", why: "no ask" },
    { text: "When you get a chance, could you check the numbers by Thursday?", why: "a date is given too" },
    "Could you review the PR?",
    { text: "Can you review the deck? No rush, sometime next week is fine.", why: "'no rush' says the time is open on purpose" },
    { text: "Could you check the Q3 numbers when you get a chance? No rush.", why: "the same, after the timing" },
  ],
  invalid: [
    { text: "Can you send the report soon?", findings: [{ messageIncludes: '"soon"' }] },
    { text: "When you get a chance, could you check the Q3 numbers?", findings: [{ messageIncludes: "by Tuesday 3 March" }] },
    "Please update the wiki at some point.",
    "Could you review my PR at your earliest convenience?",
  ],
});
