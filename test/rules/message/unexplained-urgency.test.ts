import unexplainedUrgency from "../../../src/rules/message/unexplained-urgency.js";
import { ruleTester } from "../rule-tester.js";

ruleTester.run(unexplainedUrgency, {
  valid: [
    "URGENT: checkout is down for all EU customers. Need someone from payments now.",
    "Please approve ASAP, the release is blocked until you do.",
    "Can you send the contract today? The customer signs tomorrow morning.",
    "Can you review by Thursday?",
  ],
  invalid: [{ text: "URGENT!!! Call me.", findings: [{ messageIncludes: '"URGENT"' }] }, "Please send me the slides ASAP.", "Need this immediately."],
});
