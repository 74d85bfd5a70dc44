// What only looks like an ask: rhetorical questions, closers and offers in the forms real people
// write, bulk mail and automatic replies (by their headers or subject), questions in signatures.
import missingResponseLevel from "../../../src/rules/message/missing-response-level.js";
import { ruleTester } from "../rule-tester.js";

ruleTester.run(missingResponseLevel, {
  valid: [
    // Rhetorical.
    "Isn't it great to finally have the new office?",
    "Did we ship it on time? We did, and with a day to spare.",
    "Who knew the printer could jam so badly? And why does it always happen on deadline day?",
    // Closers and offers.
    { text: "here's the recording https://contoso.sharepoint.com/v/rec lmk if it doesn't load", channel: "chat" },
    "Thanks again for your time today, and I look forward to hearing from you.",
    "Here's the deck. Give me a shout if the link doesn't open.",
    "Notes are in the wiki. Holler if anything looks off.",
    "The report is attached. Ping me if you hit any snags.",
    "Drop me a line if you have trouble with the form.",
    "Let me know if anything else comes up.",
    "If you need the raw data, just ask.",
    "Happy to walk you through it if that helps.",
    "Should you have any questions, please contact me directly.",
    "If you'd prefer a call instead, just say.",
    // Procedures: steps under a condition are standing guidance.
    "If the alarm sounds, leave by the nearest exit. Then wait at the assembly point.",
    "If a customer asks for a refund, check the receipt. After that, log it in the till.",
    // Signature footers.
    { text: "Please find attached the invoice.\n\nRegards,\nJo\n\nPlease consider the environment before printing this email.", why: "a print footer" },
    {
      text: "Thanks, received.\n\nKind regards,\nSam Obi\nSenior Planner\nNorthwind Logistics\nUnit 4, Harbour Park\nLeeds LS1 4AA\nT 0113 496 0000\nM 07700 900123\nOut of hours? Call the duty desk.\nwww.northwind.example",
      why: "a long signature with a question in it",
    },
    "If you have any conflicts with the new rota, please swap with a colleague.",
    // Pleasantries.
    "How was your weekend? The release went out on Friday.",
    { text: "how's the new job treating you", channel: "chat" },
    // Bulk mail and its calls to action.
    {
      text: "Our spring webinar series is here. Register now and save your seat! Can you afford to miss it?",
      headers: { "List-Unsubscribe": "<mailto:unsubscribe@news.example.com>" },
      why: "a newsletter",
    },
    { text: "Please complete the staff survey.", headers: { Precedence: "bulk" }, why: "bulk mail" },
    // Automatic replies.
    {
      subject: "Automatic reply: Q3 invoices",
      text: "I'm out of the office until Monday 9 March. For anything urgent, please contact Priya.",
      why: "an automatic reply by its subject",
    },
    {
      subject: "Re: contracts",
      text: "Thank you for your message. I am currently on leave and will reply on my return. Could you resend anything time-critical to legal@contoso.com?",
      headers: { "Auto-Submitted": "auto-replied" },
      why: "an automatic reply by its header",
    },
    { subject: "Out of Office: budget", text: "Can you contact Sam while I'm away?", why: "out of office" },
    // Questions in signatures.
    { text: "Thanks for the update.\n\n--\nJo Bloggs\nWhy not try our new app? https://app.example.com", why: "in the signature" },
    { text: "Noted, thanks.\n\nKind regards,\nLee Park\nFacilities | Contoso\nNeed a desk? Book it in Condeco.", why: "in the signature" },
  ],
  invalid: [
    {
      text: "Could you share your views on the canteen?",
      headers: { "List-Id": "<staff.contoso.com>", "List-Post": "<mailto:staff@contoso.com>" },
      why: "a person's question to a discussion list is still a question",
    },
    { text: "Can you believe the vendor's quote? Could you push back on the price?", why: "a rhetorical opener, then a real ask" },
    { text: "Let me know if you can join the review.", why: "'if you can' asks for an answer" },
    { text: "If the figures look right, please approve the PO.", why: "a condition on the object, not the reader's situation" },
    { text: "If you have traded with them this month I would like to know.", why: "a condition, then a request for a reply" },
  ],
});
