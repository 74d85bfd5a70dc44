import longMessageWithoutFyi from "../../../src/rules/message/long-message-without-fyi.js";
import { ruleTester } from "../rule-tester.js";

const longUpdate = "The migration finished overnight and every service is back on the new cluster. ".repeat(14);

ruleTester.run(longMessageWithoutFyi, {
  valid: [
    "The migration finished overnight.",
    { text: `FYI. ${longUpdate}`, why: "already says FYI" },
    { text: `${longUpdate} Can you check the dashboards by Friday?`, why: "it asks something" },
    { text: longUpdate, norms: { longMessageWords: 500 }, why: "the team allows longer" },
  ],
  invalid: [{ text: longUpdate, findings: [{ fixText: "FYI, no response needed." }] }],
});
