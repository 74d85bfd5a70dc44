import mixedSignals from "../../../src/rules/message/mixed-signals.js";
import { ruleTester } from "../rule-tester.js";

ruleTester.run(mixedSignals, {
  valid: [
    "FYI, no response needed: the wiki moved.",
    "Can you review the deck by Thursday?",
    { text: "FYI the deploy is tomorrow.", why: "a date, but no ask" },
    { text: "Heads up: the staging cluster is rebuilt tonight, no action needed.", why: "'action needed' under a 'no' is no ask" },
  ],
  invalid: [
    "FYI, no response needed - but I need your sign-off today.",
    "FYI: this is blocking the release.",
    "Just so you know, can you approve the PO by Friday?",
  ],
});
