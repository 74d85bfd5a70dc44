// Real mail formats: Lotus Notes forward and reply blocks, Outlook and Apple Mail headers,
// hard-wrapped text, characters lost to a wrong charset, and the subject line.
import missingResponseLevel from "../../../src/rules/message/missing-response-level.js";
import { ruleTester } from "../rule-tester.js";

ruleTester.run(missingResponseLevel, {
  valid: [
    {
      text: "Sounds fine to me.\n---------------------- Forwarded by Ann Lee/HOU/ECT on 03/02/2026 09:15 AM ---------------------------\n\nCan you approve the trade?",
      why: "the ask is in a Lotus Notes forward",
    },
    {
      text: "OK, done.\n\n\n\nMark Ito@ECT\n03/01/2026 04:12 PM\nTo: Ann Lee/HOU/ECT@ECT\ncc:\nSubject: rates\n\nCan you send me the rates?",
      why: "a Lotus Notes reply header",
    },
    {
      text: "Agreed.\n\nFrom: Mark Ito@ECT on 03/01/2026 04:12 PM\nTo: Ann Lee/HOU/ECT@ECT\nSubject: rates\n\nCould you check the curve?",
      why: "a Lotus Notes 'From: … on date' header",
    },
    {
      text: "Will do.\n\nOn 2 Mar 2026, at 10:14, Sam Lee <sam@example.com> wrote:\n\nCould you resend the file?",
      why: "Apple Mail's header, without '>' quoting",
    },
    {
      text: "Thanks, that works.\n\nTo: Ann Lee/HOU/ECT@ECT, Raj Patel/LON/ECT@ECT\ncc:\nSubject: Local counsel\n\nCan you guys send the questionnaire?",
      why: "To, cc and Subject lines are a header even without the date line",
    },
    {
      text: "Attached are the revised\nterms.  The EU numbers moved a little but the totals are unchanged from last week's\nversion, which I think is fine.",
      why: "hard-wrapped text with no ask",
    },
    { subject: "Low priority: tidy the wiki", text: "Could someone archive the old pages?", why: "the level is in the subject" },
    { subject: "URGENT - payroll file rejected", text: "Can you resend the file?", why: "urgency in the subject" },
    { subject: "Re: Can you share the Q2 deck?", text: "Done, it's on SharePoint.", why: "a reply's subject is the earlier writer's" },
  ],
  invalid: [
    {
      text: "Hey Marc - any chance you guys might like to join us on the sailing\ntrip in the spring? We have two spare berths.",
      why: "an ask wrapped over two lines",
    },
    {
      text: "Per your note, attached is the schedule for the audit.  Could you check the\ndates against the warehouse calendar and confirm the\nloading bay is free?",
      why: "an ask wrapped over three lines",
    },
    { text: "Just thought I'd check in.? How is the pilot going.? Could you send the\nlatest figures?", why: "lost characters read as question marks" },
    { subject: "Can you share the Q2 deck?", text: "", why: "the ask stands only in the subject" },
    {
      text: "Please send me the signed addendum.\n\n______________________________________________\nDo you Yahoo!? Get your free mailbox today.",
      why: "the footer is gone, the ask remains",
    },
  ],
});
