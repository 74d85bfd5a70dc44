// The reply-by belongs to the ask: it stands in the ask's sentence, or in a sentence with a
// deadline word about it. A time word elsewhere, the writer's own promise or a date that names a
// thing is not a reply-by.
import missingResponseLevel from "../../../src/rules/message/missing-response-level.js";
import { ruleTester } from "../rule-tester.js";

ruleTester.run(missingResponseLevel, {
  valid: [
    "Could you check it before we go live on Thursday?",
    "The auditors arrive on the 18th, so could you tidy the ledger before then?",
    "Can you review the draft? The deadline is Friday.",
    "Could you send the scans? They're due on the 9th.",
    "Can you sign the NDA? We need it back no later than Wednesday.",
    "Ring me tomorrow at 11 about the lease.",
    "Let's talk at 3:15 about the hiring plan.",
    "Could you send the figures Thursday EOD?",
    { text: "Can you send it this morning?", sentAt: "2026-03-02T10:30:00Z", why: "the morning is not over at 10:30: by its end" },
    { text: "I need it now, the demo starts at 2 and we can't start without it.", why: "urgent, and says why" },
    "Please get the slides to me first thing Monday.",
    "Can you confirm the numbers by 10:00 GMT?",
    "Please finish the audit pack by the end of Q3.",
    "Would you book the venue before Easter?",
    "Can you send it over by 4?",
    { text: "Could you update the tracker?", subject: "[Reply by Thu] tracker", why: "the reply-by is in the subject" },
    { text: "Which vendor should we keep?", subject: "Decision needed Friday: vendor", why: "the reply-by is in the subject" },
    { text: "Can you check the lease? We have to return it by Friday.", why: "an obligation makes a bare 'by' firm" },
    { text: "Could you RSVP? If I don't hear from you by Thursday I'll book for two.", why: "a reply awaited by a time" },
    { text: "Would you send the slides? Responses needed by Monday.", why: "a hand-in by a time" },
  ],
  invalid: [
    { text: "Great chatting yesterday. Can you share the contract template?", why: "the time is in another sentence" },
    { text: "I'm sending the revised budget on Friday. Can you check the travel line?", why: "the writer's own promise" },
    { text: "I'll circulate the minutes tomorrow. Could you add your action items?", why: "the writer's own promise" },
    { text: "Could you pull the error logs from before Tuesday's deploy?", why: "names a past event" },
    { text: "Can you send the Tuesday report to Legal?", why: "'Tuesday' names the report" },
    { text: "Do you still have the slides from the Thursday workshop?", why: "'Thursday' names the workshop" },
    { text: "We met on the 4th to discuss pricing. Can you summarise the options?", why: "a past date in another sentence" },
    { text: "Is the launch still scheduled for Monday?", why: "the date is when the launch happens" },
    { text: "Could you send the final Q2 numbers?", why: "'Q2' names the numbers" },
    { text: "Can you add the notes from today's standup to the wiki?", why: "'today's standup' names a meeting" },
    { text: "Could you send the receipts for the offsite on 2 February?", why: "a past date names a past event" },
    { text: "Can you check the lease? The landlord hopes to finish the repairs by May.", why: "news with a date is no reply-by" },
    { text: "saw ur msg this morning :) can u ping the vendor?", channel: "chat", why: "the time is before the smiley, in another sentence" },
    // A possessive names the thing: "Priya's Monday update".
    { text: "Can you share Priya's Monday update with the board?", why: "'Monday' names Priya's update" },
    { text: "Could you check Ana's Friday figures against the ledger?", why: "'Friday' names the figures" },
    // Numbers that are not times, spans that are periods, and "now".
    { text: "Could you re-check rows 12 to 18 in the ledger?", why: "a range of rows" },
    { text: "Can you print pages 3-9 for the auditors?", why: "a range of pages" },
    { text: "Can you approve my leave for 3-7 August?", why: "a span of days is the leave, not a reply-by" },
    { text: "Could you sign off my holiday from 10 to 14 July?", why: "a span of days is the holiday" },
    { text: "Does anyone know why the tests take so long now?", why: "'now' is the present, not a moment to reply by" },
    // The past tense: the time belongs to what happened.
    { text: "Who approved the invoice this morning?", sentAt: "2026-03-02T15:00:00Z", why: "who approved it, this morning" },
    { text: "Did you get the contract on Monday?", sentAt: "2026-03-04T09:00:00Z", why: "a past Monday" },
  ],
});
