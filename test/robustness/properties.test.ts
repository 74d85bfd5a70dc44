// Property tests: the rule module never throws on arbitrary input and stays linear in its size.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { checkInvite, checkMessage } from "../../src/rules/index.js";

const SENT = "2026-03-02T09:00:00Z";
// Pieces of real messages, so generated text reaches deep into the rules, not just the tokenizer.
const WORDS = [
  "Can you",
  "review",
  "the deck",
  "by Thursday",
  "?",
  "FYI",
  "urgent",
  "ASAP",
  "!!!",
  "\n",
  "\n\n",
  "> ",
  "On Mon wrote:",
  "Thanks,",
  "Agenda:",
  "1.",
  "- ",
  "https://contoso.com/doc",
  "https://teams.microsoft.com/l/meetup-join/x",
  "EOD",
  "the 20th",
  "in 3 business days",
  "<div>",
  "</div>",
  "<a href='x'>",
  "&amp;",
  "Meeting ID: 1",
  "________________",
  "please",
  "no rush",
  "blocked",
  "Hi",
  "got a minute",
  "Friday's standup",
  "end of next week",
  "  ",
  ".",
  ",",
  "'",
  "\u2019",
  "é",
  "中文",
  "🙂",
];
const realistic = fc.array(fc.constantFrom(...WORDS), { maxLength: 200 }).map((parts) => parts.join(" "));
const anyText = fc.oneof(fc.string({ maxLength: 2000 }), fc.string({ unit: "binary", maxLength: 500 }), realistic);

describe("the rule module on arbitrary input", () => {
  it("never throws on any message text, plain or HTML, e-mail or chat", () => {
    fc.assert(
      fc.property(anyText, fc.boolean(), fc.constantFrom("email", "chat" as const), (text, html, channel) => {
        const report = checkMessage({ channel, sentAt: SENT, ...(html ? { bodyHtml: text } : { bodyText: text }) });
        for (const f of report.findings) {
          assert.ok(f.message.length > 0);
          if (f.range) assert.ok(f.range.start >= 0 && f.range.end >= f.range.start);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("never throws on any invite text", () => {
    fc.assert(
      fc.property(anyText, anyText, fc.integer({ min: 0, max: 20 }), (subject, body, attendees) => {
        checkInvite({
          subject,
          bodyText: body,
          start: "2026-03-04T15:00:00Z",
          end: "2026-03-04T15:30:00Z",
          attendees: Array.from({ length: attendees }, (_, i) => ({ email: `p${i}@contoso.com` })),
          sentAt: SENT,
        });
      }),
      { numRuns: 300 },
    );
  });

  type Body = { bodyText?: string; bodyHtml?: string };
  /**
   * Milliseconds of this process's CPU time to check a body as a message and as an invite. CPU time,
   * not the clock: other test files and browsers share the machine's two cores, and the clock counts
   * the time they take too.
   */
  const time = (input: Body) => {
    const started = process.cpuUsage();
    checkMessage({ sentAt: SENT, ...input });
    checkInvite({ ...input, start: "2026-03-04T15:00:00Z", attendees: [{ email: "a@b.c" }], sentAt: SENT });
    const used = process.cpuUsage(started);
    return (used.user + used.system) / 1000;
  };

  /**
   * 10x the input may take at most 30x the time: linear with headroom for garbage collection and a
   * busy machine, never quadratic (100x). Each size is timed twice and the faster run counts; 50 KB
   * counts as at least 5 ms, since a string that fits in the CPU caches runs out of proportion fast.
   * (Timed by the clock with 4x the input, a linear step on a loaded CI machine once took 8.6x.)
   */
  const assertLinear = (shapes: [string, (n: number) => Body][]) => {
    for (const [name, make] of shapes) {
      time(make(10_000)); // warm up
      const small = Math.max(Math.min(time(make(50_000)), time(make(50_000))), 5);
      const large = Math.min(time(make(500_000)), time(make(500_000)));
      assert.ok(large < small * 30, `${name}: 50 KB took ${small.toFixed(1)} ms, 500 KB took ${large.toFixed(1)} ms`);
    }
  };

  // The shapes an attack on the server used: each preparation step (HTML to text, quotes,
  // signatures, sentences, lists, wrapped lines) must stay linear.
  it("prepares hostile shapes in time linear in their size (50 KB against 500 KB)", { timeout: 120_000 }, () => {
    const shapes: [string, (n: number) => Body][] = [
      ["nested <b>", (n) => ({ bodyHtml: "<b>".repeat(n / 3) })],
      ["nested <div>", (n) => ({ bodyHtml: "<div>".repeat(n / 5) })],
      ["<ol><li> lists", (n) => ({ bodyHtml: "<ol><li>item</li>".repeat(n / 17) })],
      ["unclosed <li>", (n) => ({ bodyHtml: `<ol>${"<li>x".repeat((n - 4) / 5)}` })],
      ["'. ' runs", (n) => ({ bodyText: ". ".repeat(n / 2) })],
      ["Sent: lines", (n) => ({ bodyText: "Sent: Monday\n".repeat(n / 13) })],
      ["From/Sent/To blocks", (n) => ({ bodyText: "From: a\nSent: b\nTo: c\n".repeat(n / 22) })],
      ["list items", (n) => ({ bodyText: "- item one\n".repeat(n / 11) })],
      ["wrapped lines", (n) => ({ bodyText: `${"word ".repeat(14)}\n`.repeat(n / 71) })],
    ];
    assertLinear(shapes);
  });

  // A regression here would hang for hours; the timeout turns it into a failure.
  it("stays linear in the input size (50 KB against 500 KB)", { timeout: 180_000 }, () => {
    // Adversarial shapes: no spaces, no sentence ends, many questions, deep HTML, many list items.
    const shapes: [string, (n: number) => Body][] = [
      ["one long word", (n) => ({ bodyText: "a".repeat(n) })],
      ["questions", (n) => ({ bodyText: "Can you review it by Thursday? ".repeat(n / 31) })],
      ["date words", (n) => ({ bodyText: "by the 20th by EOD Friday before Monday's standup ".repeat(n / 50) })],
      ["spaces and punctuation", (n) => ({ bodyText: " .!?,;:".repeat(n / 7) })],
      ["nested HTML", (n) => ({ bodyHtml: "<div><a href='https://x.com'>".repeat(n / 29) })],
      ["quote markers", (n) => ({ bodyText: "> On Mon wrote:\n".repeat(n / 16) })],
      ["dotted words", (n) => ({ bodyText: "a.b-c+".repeat(n / 6) })],
      ["at signs", (n) => ({ bodyText: "x@y".repeat(n / 3) })],
    ];
    assertLinear(shapes);
  });
});
