import missingAttachment from "../../../src/rules/invite/missing-attachment.js";
import { ruleTester } from "../rule-tester.js";

ruleTester.runInvite(missingAttachment, {
  valid: [
    { invite: { bodyText: "Deck attached.", attachments: [{ name: "deck.pptx" }] } },
    { invite: { bodyText: "Deck attached: https://contoso.sharepoint.com/deck.pptx" }, why: "linked instead" },
    { invite: { bodyText: "Agenda:\n1. Budget\n2. Hiring" } },
  ],
  invalid: [
    { invite: { bodyText: "Draft contract attached; we'll go through section 4." }, findings: [{ messageIncludes: '"attached"' }] },
    { invite: { bodyText: "Please see the attachment before we meet." } },
  ],
});
