import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { htmlToText } from "../../../src/rules/text/html.js";
import { isJoinLink, stripJoinInfo } from "../../../src/rules/text/join-info.js";
import { prepareBody } from "../../../src/rules/text/prepare.js";
import { splitSentences } from "../../../src/rules/text/sentences.js";

const own = (bodyText: string) => prepareBody({ bodyText }, { invite: false }).text;

describe("HTML to text", () => {
  it("decodes entities, breaks blocks into lines and keeps link addresses", () => {
    const text = htmlToText('<div>Hi&nbsp;Noor,</div><p>Review the <a href="https://contoso.com/memo">memo</a> &amp; reply.</p>');
    assert.equal(text, "Hi Noor,\nReview the memo [https://contoso.com/memo] & reply.");
  });
  it("keeps the text of HTML nested deeper than any mail, without reading every level", () => {
    const deep = `${"<div><b>".repeat(5000)}Can you review it?${"</b></div>".repeat(5000)}<p>Thanks</p>`;
    assert.equal(htmlToText(deep), "Can you review it?\nThanks");
    assert.equal(htmlToText(`${"<b>".repeat(50_000)}hello`), "hello");
  });
  it("turns lists into bullets and numbers, and drops styles and scripts", () => {
    const text = htmlToText("<style>p{color:red}</style><ul><li>one</li><li>two</li></ul><ol><li>a</li><li>b</li></ol><script>x()</script>");
    assert.equal(text, "* one\n* two\n1. a\n2. b");
  });
});

describe("quoted replies", () => {
  const cases: [string, string][] = [
    ["Gmail", "Thanks!\n\nOn Mon, Mar 2, 2026 at 8:15 AM Li Wei <li@contoso.com> wrote:\n> Can you share it?"],
    ["split header", "Thanks!\n\nOn Mon, Mar 2, 2026 at 8:15 AM Li Wei <li@contoso.com>\nwrote:\n> Can you share it?"],
    ["Outlook", "Thanks!\n\n-----Original Message-----\nFrom: Li\nCan you share it?"],
    [
      "Outlook header block",
      "Thanks!\n________________________________\nFrom: Li Wei <li@contoso.com>\nSent: Monday, March 2, 2026 8:15 AM\nTo: Amy\nSubject: deck\n\nCan you share it?",
    ],
    ["forward", "Thanks!\n\n---------- Forwarded message ---------\nFrom: Li\nCan you share it?"],
    ["German", "Thanks!\n\nAm Mo., 2. März 2026 um 08:15 Uhr schrieb Li Wei <li@contoso.com>:\n> Can you share it?"],
    [
      "Lotus Notes forward",
      "Thanks!\n---------------------- Forwarded by Li Wei/HOU/ECT on 03/02/2026 08:15 AM ---------------------------\nCan you share it?",
    ],
    [
      "Lotus Notes forward, wrapped",
      "Thanks!\n---------------------- Forwarded by Li Wei/HOU/ECT on 03/02/2026 08:15\nAM ---------------------------\nCan you share it?",
    ],
    ["Lotus Notes sender line", 'Thanks!\n\n"Li Wei" <li@contoso.com> on 03/02/2026 08:15:02 AM\nTo: Amy\ncc:\nSubject: deck\nCan you share it?'],
    ["Lotus Notes header block", "Thanks!\n\nLi Wei@ECT\n\n03/02/2026 08:15 AM\n\nTo: Amy Chen/HOU/ECT@ECT\ncc:\nSubject: deck\n\nCan you share it?"],
    ["Outlook on one line", "Thanks!\nFrom: Li Wei Sent: Monday, March 2, 2026 8:15 AM To: Amy Subject: deck\nCan you share it?"],
  ];
  for (const [name, body] of cases) {
    it(`removes a ${name} quote`, () => assert.equal(own(body.replace("Thanks!", "Done, merged.")), "Done, merged."));
  }
  it("removes '>' lines anywhere", () => assert.equal(own("> quoted\nMine"), "Mine"));
});

describe("signatures", () => {
  it("removes a sign-off and everything after it", () => {
    assert.equal(own("Can you review it?\n\nThanks,\nAmy\nProduct | Contoso\nNeed help? Visit https://x"), "Can you review it?");
    assert.equal(own("Can you review it?\n\nBest regards,\nJune Ho"), "Can you review it?");
    assert.equal(own("Done, see the ticket. Kind regards,\nJune"), "Done, see the ticket.");
    assert.equal(own("Looks good.\n-- \nAmy Smith\nCEO"), "Looks good.");
    assert.equal(own("Looks good.\n\nSent from my iPhone"), "Looks good.");
  });
  it("keeps content that merely starts like a sign-off", () => {
    assert.equal(own("Best option is A.\nCan you confirm?"), "Best option is A.\nCan you confirm?");
    assert.equal(own("Thanks for the notes, can you add the EU numbers?"), "Thanks for the notes, can you add the EU numbers?");
  });
});

describe("meeting join boilerplate", () => {
  it("tells join links from documents", () => {
    for (const url of [
      "https://teams.microsoft.com/l/meetup-join/19%3ameeting/0",
      "https://contoso.zoom.us/j/123",
      "https://meet.google.com/abc-defg-hij",
      "https://fabrikam.webex.com/meet/jdoe",
      "https://aka.ms/JoinTeamsMeeting",
      "tel:+15550100",
    ])
      assert.equal(isJoinLink(url), true, url);
    for (const url of ["https://contoso.sharepoint.com/doc.docx", "https://docs.google.com/document/d/1", "https://wiki.contoso.com/pm"]) {
      assert.equal(isJoinLink(url), false, url);
    }
  });
  it("removes join blocks and keeps the topics around them", () => {
    const lines = [
      "Agenda:",
      "1. Budget",
      "________________",
      "Microsoft Teams meeting",
      "Meeting ID: 1 2 3",
      "________________",
      "2026-03-04 review of results",
    ];
    const result = stripJoinInfo(lines);
    assert.deepEqual(result.lines, ["Agenda:", "1. Budget", "2026-03-04 review of results"]);
    assert.equal(result.hasJoinInfo, true);
  });
});

describe("sentences", () => {
  it("splits on lines and sentence ends, not on abbreviations, and keeps offsets", () => {
    const text = "Hi Ken,\nCan you send it, e.g. by Friday? Thanks. Mr. Lee agrees.";
    const sentences = splitSentences(text);
    assert.deepEqual(
      sentences.map((s) => s.text),
      ["Hi Ken,", "Can you send it, e.g. by Friday?", "Thanks.", "Mr. Lee agrees."],
    );
    for (const s of sentences) assert.equal(text.slice(s.start, s.end), s.text);
  });
});

describe("Google Calendar descriptions", () => {
  it("reads HTML written into the plain description, keeping its lines", () => {
    const text = prepareBody({ bodyText: "Plan: <b>final</b> call\nSecond line &amp; more" }, { invite: true }).text;
    assert.equal(text, "Plan: final call\nSecond line & more");
  });
  it("drops the generated Meet block between Google's fences", () => {
    const fence = "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-";
    const body = `Agenda: pricing\n${fence}\nJoin with Google Meet: https://meet.google.com/abc-defg-hij\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\nPlease do not edit this section.\n${fence}`;
    const prepared = prepareBody({ bodyText: body }, { invite: true });
    assert.equal(prepared.text, "Agenda: pricing");
    assert.equal(prepared.hasJoinInfo, true);
  });
});

describe("real mail's own text", () => {
  it("joins lines a mail client wrapped at a fixed width, and leaves lists and short lines alone", () => {
    const body = [
      "Per your note, attached is the schedule for the audit.  Could you check the",
      "dates against the warehouse calendar and confirm the loading bay is free for",
      "the two days?",
      "",
      "- first item",
      "- second item",
      "Thanks,",
    ].join("\n");
    const sentences = splitSentences(own(body)).map((s) => s.text);
    assert.ok(
      sentences.includes("Could you check the dates against the warehouse calendar and confirm the loading bay is free for the two days?"),
      sentences.join(" | "),
    );
    assert.ok(sentences.includes("- first item") && sentences.includes("- second item"));
  });

  it("reads a question mark that stands for a lost character as a space", () => {
    assert.equal(
      own("Hi Harry,\n?\nLong time.? How's things?? Maybe in power technology?since then"),
      "Hi Harry,\n\nLong time.  How's things?? Maybe in power technology since then",
    );
  });

  it("drops legal disclaimers and confidentiality banners, but keeps a short note that mentions confidentiality", () => {
    const disclaimer =
      "This e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender immediately and delete it.";
    assert.equal(own(`Can you send the draft?\n\n${disclaimer}`), "Can you send the draft?");
    assert.equal(own("Can you send the draft?\n\n*****CONFIDENTIAL COMMUNICATION*****"), "Can you send the draft?");
    assert.equal(own("Please keep this confidential and delete the old draft."), "Please keep this confidential and delete the old draft.");
  });

  it("drops a free-mail footer below a rule", () => {
    assert.equal(own("Please send the form.\n\n_________________________________________\nDo You Yahoo!?\nGet your free mailbox."), "Please send the form.");
  });
});
