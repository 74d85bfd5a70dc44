// npm run bench: how long the rule module takes per check, by input size, against our targets.
// Inputs are realistic: new text with an ask on top, quoted history and a signature below.
import { Bench } from "tinybench";
import { onSend } from "../src/addin/event-handlers.js";
import { checkInvite, checkMessage, type MeetingInviteInput, type MessageDraftInput } from "../src/rules/index.js";
import { createFakeOffice, fakeEvent } from "../fakes/office.js";

const SENT = "2026-03-02T09:00:00Z";
const PARAGRAPH =
  "Thanks for sending the numbers over. I went through the forecast with the finance team this morning, " +
  "and the main open point is how we treat the EU contracts that renew in Q3. ";
const QUOTE = "> On Fri, 27 Feb 2026 at 16:02, Li Wei <li@contoso.com> wrote:\n> Here is the latest forecast, see tab 2.\n";

function email(bytes: number): MessageDraftInput {
  const head = "Hi Dan,\n\nCould you review the hiring plan and send me your comments?\n\n";
  let body = head;
  while (body.length < bytes * 0.6) body += PARAGRAPH;
  body += "\n\nThanks,\nIvy\n\n";
  while (body.length < bytes) body += QUOTE;
  return { channel: "email", subject: "Hiring plan", bodyText: body.slice(0, bytes), sentAt: SENT };
}

function htmlEmail(bytes: number): MessageDraftInput {
  let html = "<div>Hi Dan,</div><div><br></div><div>Could you review the <a href='https://contoso.sharepoint.com/plan.docx'>plan</a>?</div>";
  while (html.length < bytes) html += `<p style="margin:0">${PARAGRAPH}</p>`;
  return { channel: "email", bodyHtml: html.slice(0, bytes), sentAt: SENT };
}

function invite(bytes: number): MeetingInviteInput {
  let body = "Agenda:\n1. Q2 themes\n2. Capacity\n3. Risks\n\n";
  while (body.length < bytes - 600) body += `${PARAGRAPH}\n`;
  body +=
    "________________________________________________________________________________\nMicrosoft Teams meeting\n" +
    "Join on your computer, mobile app or room device\nClick here to join the meeting\nMeeting ID: 311 222 333 44\n" +
    "Passcode: Xy7Qp2\nDownload Teams | Join on the web\nLearn More | Meeting options\n" +
    "________________________________________________________________________________";
  return {
    subject: "Roadmap review",
    bodyText: body,
    start: "2026-03-04T15:00:00Z",
    end: "2026-03-04T16:00:00Z",
    attendees: Array.from({ length: 8 }, (_, i) => ({ email: `p${i}@contoso.com` })),
    sentAt: SENT,
  };
}

interface Case {
  name: string;
  kb: number;
  run: () => unknown;
  targetMs?: number;
}

/** The Smart Alerts handler end to end: Office.js reads (answered at once), check, decision. */
function sendHandler(bytes: number): () => Promise<void> {
  const { office } = createFakeOffice({ bodyHtml: htmlEmail(bytes).bodyHtml ?? "" });
  return async () => {
    const event = fakeEvent();
    await onSend(event, { office });
    if (event.calls.length !== 1) throw new Error("the handler did not complete exactly once");
  };
}

const cases: Case[] = [
  { name: "chat message", kb: 0.1, run: () => checkMessage({ channel: "chat", bodyText: "can you check why the build is red?", sentAt: SENT }) },
  {
    name: "e-mail",
    kb: 1,
    run: (
      (d) => () =>
        checkMessage(d)
    )(email(1024)),
  },
  {
    name: "e-mail",
    kb: 2,
    run: (
      (d) => () =>
        checkMessage(d)
    )(email(2048)),
    targetMs: 0.5,
  },
  {
    name: "e-mail",
    kb: 10,
    run: (
      (d) => () =>
        checkMessage(d)
    )(email(10 * 1024)),
  },
  {
    name: "e-mail",
    kb: 100,
    run: (
      (d) => () =>
        checkMessage(d)
    )(email(100 * 1024)),
    targetMs: 20,
  },
  {
    name: "HTML e-mail",
    kb: 10,
    run: (
      (d) => () =>
        checkMessage(d)
    )(htmlEmail(10 * 1024)),
  },
  {
    name: "HTML e-mail",
    kb: 100,
    run: (
      (d) => () =>
        checkMessage(d)
    )(htmlEmail(100 * 1024)),
    targetMs: 20,
  },
  {
    name: "invite",
    kb: 1,
    run: (
      (d) => () =>
        checkInvite(d)
    )(invite(1024)),
  },
  {
    name: "invite",
    kb: 10,
    run: (
      (d) => () =>
        checkInvite(d)
    )(invite(10 * 1024)),
  },
  {
    name: "invite",
    kb: 100,
    run: (
      (d) => () =>
        checkInvite(d)
    )(invite(100 * 1024)),
    targetMs: 20,
  },
  { name: "Outlook send handler", kb: 100, run: sendHandler(100 * 1024), targetMs: 50 },
];

const bench = new Bench({ time: 800, warmupTime: 200 });
for (const c of cases) bench.add(`${c.name} ${c.kb} KB`, c.run);
await bench.run();

const rows = bench.tasks.map((task, i) => {
  const c = cases[i]!;
  const result = task.result as unknown as { latency: { p50: number; p99: number }; throughput: { mean: number } };
  const median = result.latency.p50;
  return {
    check: `${c.name} ${c.kb} KB`,
    "median ms": median.toFixed(3),
    "p99 ms": result.latency.p99.toFixed(3),
    "checks/s": Math.round(result.throughput.mean),
    target: c.targetMs === undefined ? "" : `< ${c.targetMs} ms median`,
    met: c.targetMs === undefined ? "" : median < c.targetMs ? "yes" : "NO",
  };
});
console.table(rows);

// Linear growth: 10x the input should cost about 10x the time, not 100x.
const median = (label: string) => Number(rows.find((r) => r.check === label)?.["median ms"]);
for (const kind of ["e-mail", "HTML e-mail", "invite"]) {
  const ratio = median(`${kind} 100 KB`) / median(`${kind} 10 KB`);
  console.log(`${kind}: 100 KB / 10 KB = ${ratio.toFixed(1)}x time for 10x size (${ratio < 20 ? "linear" : "SUPERLINEAR"})`);
}
