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
  ],
  invalid: [
    "This is unacceptable. I already told you the numbers were wrong.",
    "Why didn't you check the figures before sending them to the client?!!",
    "I'm so frustrated - for the third time, the report is missing the EU data.",
    { text: `So which option do we pick?\n\n${quotedThread(5)}`, why: "six messages and still asking" },
  ],
});
