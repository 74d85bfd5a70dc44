// Negation and scope: a negated urgency is no rush (a level), and urgency in a condition, a
// disclaimer or an auto-reply is not the writer's level at all.
import missingResponseLevel from "../../../src/rules/message/missing-response-level.js";
import unexplainedUrgency from "../../../src/rules/message/unexplained-urgency.js";
import { ruleTester } from "../rule-tester.js";

const NEGATED_URGENCY = [
  "It's honestly not urgent, but could you take a look at the onboarding doc?",
  "None of this is pressing. Can you skim the draft?",
  "Not a blocker for us. Could you check the retry logic?",
  "No emergency here; would you update the runbook?",
  "This isn't time-sensitive. Can you confirm the new cost centre?",
  "Nothing urgent: can you rename the shared folder?",
  "We're not blocked on this, so could you look at the flaky test?",
];

ruleTester.run(missingResponseLevel, {
  valid: NEGATED_URGENCY.map((text) => ({ text, why: "a negated urgency says there is no rush" })),
  invalid: [
    { text: "For anything time-critical, call the front desk. Can you send over the lease terms?", why: "urgency in a condition" },
    { text: "If it's urgent, ping me on Teams. Could you review my pull request?", why: "urgency in a condition" },
    { text: "In case of emergency the on-call number is on the wiki. Can you add yourself to the rota?", why: "urgency in a condition" },
    { text: "Can you approve the expense claim? Urgent matters should go to the finance hotline.", why: "urgency of other matters" },
    { text: "Can you book the Emergency Department meeting room?", why: "'Emergency Department' is a name" },
    { text: "Please forward the Critical Care Unit roster to me.", why: "'Critical Care Unit' is a name" },
    { text: "Could you send the Urgent Response Team's contact list?", why: "a team's name" },
    {
      text: "Could you check the attached invoice?\n\nThis message is confidential and intended only for the addressee. If you received it in error, please notify the sender immediately and delete it.",
      why: "urgency inside a legal disclaimer",
    },
    {
      text: "Please send me the draft contract.\n\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient, notify us at once and destroy all copies.",
      why: "a disclaimer's notice is not the writer's",
    },
  ],
});

ruleTester.run(unexplainedUrgency, {
  valid: [
    ...NEGATED_URGENCY.map((text) => ({ text, why: "negated: no urgency to explain" })),
    { text: "For anything time-critical, call the front desk. Can you send over the lease terms?", why: "a condition" },
    { text: "If it's urgent, ping me on Teams. Could you review my pull request?", why: "a condition" },
    {
      text: "Thanks for the numbers.\n\nThis message is confidential. If you received it in error, please notify the sender immediately and delete it from your system.",
      why: "a disclaimer",
    },
  ],
  invalid: [
    "I need the signed lease immediately.",
    "Please call me right away.",
    "Can you send the figures ASAP?",
    "This is time-sensitive, please reply.",
    "Top priority: update the pricing page.",
  ],
});
