import suggestCall from "../../../src/rules/message/suggest-call.js";
import { ruleTester } from "../rule-tester.js";

const quotedThread = (n: number) =>
  Array.from({ length: n }, (_, i) => `On Mon, 2 Mar 2026 at 0${i}:00, Person ${i} <p${i}@contoso.com> wrote:\n> I still think we should wait.`).join("\n");

ruleTester.run(suggestCall, {
  valid: [
    "Can you review the deck by Thursday?",
    "Thanks, that was really helpful!",
    { text: `Agreed, let's ship it.\n\n${quotedThread(5)}`, why: "a long thread that ends in agreement" },
    { text: "The NASA and ESA teams meet on Friday.", why: "acronyms are not shouting" },
    { text: "Please send the DACH and NORAM KPI numbers for the QBR.", why: "region codes and acronyms" },
    { text: "PROJ-142 and PROJ-143 both wait on the SSO fix.", why: "ticket keys" },
    { text: "The EMEA OKR review moves to Thursday.", why: "capitals that are names" },
    { text: "FYI the AWS EC2 ELB setup changed in LATAM and APAC.", why: "product names and regions" },
    { text: "Can you check the GL CODES for the new cost centres?", why: "two capitalised words are not a shout" },
  ],
  invalid: [
    "This is unacceptable. I already told you the numbers were wrong.",
    "Why didn't you check the figures before sending them to the client?!!",
    "I'm so frustrated - for the third time, the report is missing the EU data.",
    { text: `So which option do we pick?\n\n${quotedThread(5)}`, why: "six messages and still asking" },
    { text: "WHY IS THE REPORT STILL NOT DONE", why: "a shouted sentence" },
    { text: "I NEED THESE NUMBERS NOW, not next week.", why: "a shouted run" },
    { text: "Please stop changing the plan. THIS IS THE LAST TIME I ASK!!!", why: "shouting and !!!" },
  ],
});
