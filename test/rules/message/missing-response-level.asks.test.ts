// What is an ask, in the forms people write: one or two words, chat spelling, "kindly", requests
// to the readers in the third person, needs stated to the reader.
import missingResponseLevel from "../../../src/rules/message/missing-response-level.js";
import { ruleTester } from "../rule-tester.js";

ruleTester.run(missingResponseLevel, {
  valid: [
    { text: "Thoughts? No rush.", why: "a level" },
    { text: "pls review the PR, it's blocking the deploy", channel: "chat", why: "blocking" },
  ],
  invalid: [
    // One- and two-word questions.
    { text: "Thoughts?", channel: "chat", why: "one word" },
    { text: "Approved?", channel: "chat" },
    { text: "ETA?", channel: "chat" },
    { text: "OK to ship?", channel: "chat" },
    // Eyes and help.
    "Would really appreciate a second pair of eyes on this.",
    "Could use your eyes on the migration plan.",
    "I'd love your take on the new pricing tiers.",
    // Chat spelling.
    { text: "pls can u review the PR", channel: "chat", findings: [{ confidence: "high" }] },
    { text: "can u send me ur notes from the call", channel: "chat" },
    { text: "need ur approval on the PO", channel: "chat" },
    { text: "cld u check the config for prod", channel: "chat" },
    // Kindly.
    "Kindly advise on the next steps.",
    // The readers in the third person.
    "All team leads are required to submit headcount plans.",
    "Each presenter should upload their slides to the shared folder.",
    "Employees are reminded to book their leave in Workday.",
    "Finance requests that all budget holders send their accruals.",
    // Needs addressed to the reader.
    "I still need write access to the analytics bucket.",
    "We're missing your timesheet for February.",
    "I need the signed PO from you.",
    "Just wondering why the invoice went to the old address.",
    "An answer on the venue would help.",
    "We'd like the signed forms back from your team.",
    "Thanks Ravi - could you also send the Q4 file?",
  ],
});
