import missingResponseLevel from "../../../src/rules/message/missing-response-level.js";
import { ruleTester } from "../rule-tester.js";

ruleTester.run(missingResponseLevel, {
  valid: [
    // A level or a reply-by time is stated.
    "Can you review the deck by Thursday noon?",
    "Please send the signed invoice by EOD.",
    "Could you look at this before tomorrow's standup?",
    "Please approve the PO by the 20th.",
    "Can you review this within 2 business days?",
    "Could you confirm before Friday?",
    "Can you send it over today?",
    "I need your comments no later than 10 March.",
    "Can you sign off on the budget by end of next week?",
    "Need your input by COB Wednesday on the hiring plan.",
    { text: "Urgent: prod checkout is down, need someone from payments on the bridge now.", why: "blocking" },
    { text: "This is blocking the release. Can you approve the PR?", why: "says what it blocks" },
    { text: "We're stuck on the data migration until someone grants us access. Can you?", why: "blocking" },
    { text: "No rush, but could you send me the slides from the offsite?", why: "low urgency stated" },
    { text: "Not urgent: could you update the onboarding page with the new VPN steps?", why: "low urgency stated" },
    { text: "When you get a chance, could you check the Q3 numbers?", why: "low urgency stated; vague-deadline speaks to it" },
    { text: "FYI, no action needed: the wiki moves to Confluence on Monday.", why: "no ask, FYI" },
    { text: "Heads up - the build server restarts tonight.", why: "no ask" },
    // No ask at all.
    "Thanks for the update!",
    "Congrats to everyone on shipping v2!",
    "Hope you had a great weekend! The release went out on Friday.",
    { text: "Here are the notes from today.\n\nLet me know if you have any questions.", why: "polite formula" },
    { text: "Please find the minutes attached.", why: "polite formula" },
    { text: "Please note the office is closed on Monday.", why: "notice, not a request" },
    { text: "Feel free to reach out if anything comes up.", why: "polite formula" },
    { text: "how was your weekend?", channel: "chat", why: "small talk" },
    // Asks that are not the writer's: quoted replies and signatures.
    { text: "Great, thanks!\n\nOn Tue, 3 Mar 2026 at 10:02, Sam Lee <sam@contoso.com> wrote:\n> Can you send the deck?", why: "the ask is in the quote" },
    { text: "Done.\n\n-----Original Message-----\nFrom: Ana\nSent: Monday\nTo: Tom\nSubject: deck\n\nCould you send me the deck?", why: "below Original Message" },
    { text: "Sorted, see the ticket.\n\nFrom: Ana Diaz <ana@contoso.com>\nSent: Monday, March 2, 2026 8:00 AM\nTo: Tom <tom@contoso.com>\nSubject: VPN\n\nCan you reset my token?", why: "Outlook header block" },
    { text: "Thanks for sorting this out.\n\nBest regards,\nJane Doe\nHead of Operations | Fabrikam\nQuestions? Call us on +1 555 0100", why: "question in the signature" },
    { html: "<p>Thanks all, the launch went <b>well</b> &amp; on time.</p>", why: "HTML with no ask" },
  ],
  invalid: [
    { text: "Can you take a look at the Q3 forecast?", findings: [{ line: 1, fixText: "Need your input by Tuesday 3 March." }] },
    "Could you send over the updated slides?",
    "Would you be able to cover my on-call shift?",
    "Please review the attached contract.",
    "Please approve the PO in Coupa.",
    "Let me know what you think of the draft.",
    "Thoughts on the new logo?",
    "Any update on the vendor contract?",
    "Do you have the login for the staging box?",
    "Who owns the billing service now?",
    "Where can I find the brand guidelines?",
    "I need your sign-off on the budget.",
    "We need someone to own the migration.",
    "Looking for a volunteer to run the retro.",
    "It would be great if you could update the wiki page.",
    "Waiting on your approval to merge.",
    "Kindly share the updated invoice.",
    "Send me the deck please.",
    "Mind reviewing my PR?",
    "Are you OK with me pushing the release?",
    "Should we cancel the offsite given the budget freeze?",
    { text: "Is the deploy still planned for Thursday?", why: "a date that is not a reply-by time" },
    { text: "Can we move our 1:1 to Tuesday?", why: "a date that is not a reply-by time" },
    { text: "hey can u check why the build is red", channel: "chat" },
    { text: "pls send me the invoice", channel: "chat" },
    { text: "Hi Ana,\n\nQuick one: which Jira project should support tickets go to?\n\nThanks,\nTom", findings: [{ line: 3 }] },
    { html: "<p>Hi team,</p><p>Can someone confirm the venue for the team dinner?</p><p>Thanks</p>", why: "HTML" },
    {
      text: "Sounds good. Can you also add the EU numbers?\n\nOn Tue, 3 Mar 2026 at 10:02, Sam <sam@contoso.com> wrote:\n> FYI, no response needed.",
      why: "the FYI is in the quote, the ask is new",
    },
    { text: "Can you send the report soon?", why: "'soon' is no date" },
    { text: "Can you review the contract?", channel: "chat", sentAt: "2026-03-02T10:00:00Z", findings: [{ fixText: "Need your input by Monday 2 March." }], why: "chat: same business day" },
  ],
});

// Phrasings beyond plain questions and imperatives.
ruleTester.run(missingResponseLevel, {
  valid: [
    { text: "Here is how the rollout works.\n\nDoes that make sense?", why: "a closer that checks understanding" },
    { text: "The fix is merged. Hope that helps!", why: "pleasantry" },
    { text: "What a week! The release is finally out.", why: "exclamation, not a question" },
    { text: "What we decided: ship on Monday.", why: "a heading, not a question" },
    { text: "I'd love your thoughts on the draft by Wednesday.", why: "has a date" },
  ],
  invalid: [
    "I was wondering if you could send me the latest forecast.",
    "Please could you send the invoice to accounts.",
    "Would love your feedback on the new onboarding flow.",
    "Approval needed for the Q3 marketing budget.",
    "Need your sign-off on the vendor contract.",
    "Looking forward to your reply.",
    "Would it be possible to move our review to next month",
    "Is anyone able to cover the support rota",
    { text: "how do I get access to the finance share", channel: "chat" },
    { text: "which branch should we release from", channel: "chat" },
    "Requesting access to the design system repo.",
  ],
});

ruleTester.run(missingResponseLevel, {
  valid: [{ text: "Can you send me the deck for Thursday's board meeting?", why: "needed for a dated meeting" }],
  invalid: [],
});

ruleTester.run(missingResponseLevel, {
  valid: [{ text: "The new dashboard is live at https://bi.contoso.com/report?id=42&tab=sales for everyone.", why: "a '?' in a link is not a question" }],
  invalid: [],
});
