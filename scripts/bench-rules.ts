// npm run bench [-- --save] [-- --against DIR]: how long the rule module takes per check, by input
// size, against our targets, beside the figures saved last (scripts/bench-figures.json; --save writes
// this run's). --against DIR also times the rule module of another checkout (an earlier commit) on the
// same 2 KB e-mail, the two interleaved call by call: on a machine whose speed drifts, the only fair
// way to say "no slower than before".
// Inputs are realistic: new text with an ask on top, quoted history and a signature below. Also in
// this run: retext-equality (a well-known prose linter) on the same 2 KB e-mail, and the send
// handler's download size with the learned scorer's weights in it.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { retext } from "retext";
import retextEquality from "retext-equality";
import { Bench } from "tinybench";
import { buildAddin } from "./build-addin.js";
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

const equality = retext().use(retextEquality);
const twoKb = email(2048).bodyText ?? "";

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
  { name: "retext-equality, same e-mail", kb: 2, run: () => equality.runSync(equality.parse(twoKb)) },
];

const bench = new Bench({ time: 800, warmupTime: 200 });
for (const c of cases) bench.add(`${c.name} ${c.kb} KB`, c.run);
await bench.run();

const FIGURES = join(import.meta.dirname, "bench-figures.json");
interface SavedFigures {
  note: string;
  medians: Record<string, number>;
  sendHandlerGzipBytes: number;
}
const previous: SavedFigures | null = existsSync(FIGURES) ? (JSON.parse(readFileSync(FIGURES, "utf8")) as SavedFigures) : null;

const rows = bench.tasks.map((task, i) => {
  const c = cases[i]!;
  const result = task.result as unknown as { latency: { p50: number; p99: number }; throughput: { mean: number } };
  const median = result.latency.p50;
  const label = `${c.name} ${c.kb} KB`;
  const before = previous?.medians[label];
  return {
    check: label,
    "median ms": median.toFixed(3),
    "p99 ms": result.latency.p99.toFixed(3),
    "checks/s": Math.round(result.throughput.mean),
    "previous median ms": before === undefined ? "" : before.toFixed(3),
    target: c.targetMs === undefined ? "" : `< ${c.targetMs} ms median`,
    met: c.targetMs === undefined ? "" : median < c.targetMs ? "yes" : "NO",
  };
});
console.table(rows);
if (previous) console.log(`previous figures: ${previous.note}`);

// Linear growth: 10x the input should cost about 10x the time, not 100x.
const median = (label: string) => Number(rows.find((r) => r.check === label)?.["median ms"]);
for (const kind of ["e-mail", "HTML e-mail", "invite"]) {
  const ratio = median(`${kind} 100 KB`) / median(`${kind} 10 KB`);
  console.log(`${kind}: 100 KB / 10 KB = ${ratio.toFixed(1)}x time for 10x size (${ratio < 20 ? "linear" : "SUPERLINEAR"})`);
}
const twoKbMs = median("e-mail 2 KB");
const equalityMs = median("retext-equality, same e-mail 2 KB");
const faster = equalityMs / twoKbMs;
console.log(`2 KB e-mail: ${faster.toFixed(1)}x faster than retext-equality on the same text (target: at least 5x): ${faster >= 5 ? "met" : "NOT MET"}`);
const before2Kb = previous?.medians["e-mail 2 KB"];
if (before2Kb !== undefined) {
  const change = twoKbMs / before2Kb;
  console.log(
    `2 KB e-mail: ${twoKbMs.toFixed(3)} ms against ${before2Kb.toFixed(3)} ms previously (${change <= 1 ? "no slower" : `${((change - 1) * 100).toFixed(0)} % slower`})`,
  );
}

// The send handler's download, with the model's weights in it.
const dir = mkdtempSync(join(tmpdir(), "async-coach-bench-"));
const builds = await buildAddin(dir);
rmSync(dir, { recursive: true, force: true });
const sendHandlerGzipBytes = builds.find((b) => b.file.endsWith("launchevent.js"))?.gzipBytes ?? Number.NaN;
const budget = 300 * 1024;
console.log(
  `send handler (launchevent.js): ${(sendHandlerGzipBytes / 1024).toFixed(1)} KB gzipped` +
    `${previous ? ` (previously ${(previous.sendHandlerGzipBytes / 1024).toFixed(1)} KB)` : ""}; budget 300 KB: ${sendHandlerGzipBytes <= budget ? "met" : "NOT MET"}`,
);

const against = process.argv[process.argv.indexOf("--against") + 1];
if (process.argv.includes("--against") && against) {
  type Check = (d: MessageDraftInput) => unknown;
  const before = (await import(join(resolve(against), "src/rules/index.ts"))) as { checkMessage: Check };
  const draft = email(2048);
  const a: number[] = [];
  const b: number[] = [];
  for (let k = 0; k < 6000; k++) {
    let t = performance.now();
    before.checkMessage(draft);
    const ta = performance.now() - t;
    t = performance.now();
    checkMessage(draft);
    const tb = performance.now() - t;
    if (k >= 1000) {
      a.push(ta);
      b.push(tb);
    }
  }
  const med = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  const ratio = med(b) / med(a);
  console.log(
    `2 KB e-mail, interleaved with ${against}: ${(med(b) * 1000).toFixed(0)} µs here, ${(med(a) * 1000).toFixed(0)} µs there (median of 5,000 each): ` +
      `${ratio <= 1 ? `${((1 - ratio) * 100).toFixed(0)} % faster` : `${((ratio - 1) * 100).toFixed(0)} % SLOWER`}`,
  );
}

if (process.argv.includes("--save")) {
  const figures: SavedFigures = {
    note: process.env.BENCH_NOTE ?? `saved ${new Date().toISOString().slice(0, 10)}`,
    medians: Object.fromEntries(rows.map((r) => [r.check, Number(r["median ms"])])),
    sendHandlerGzipBytes,
  };
  writeFileSync(FIGURES, `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`saved to ${FIGURES}`);
}
