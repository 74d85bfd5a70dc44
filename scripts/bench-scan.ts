// npm run bench:scan: the pre-read scan over 250, 500 and 1,000 mailboxes with 20 meetings each, on
// the local fake Graph with 50 ms latency per call. Reminder claims go to the real file storage;
// reminders to a counting sender. Prints time, requests, peak memory and concurrency per size.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GraphClient } from "../src/graph/graph-client.js";
import { PreReadScanner } from "../src/pre-read/scan.js";
import { DEFAULT_NORMS } from "../src/rules/index.js";
import { FileStorage } from "../src/storage/file-storage.js";
import { ReminderStore } from "../src/storage/reminder-store.js";
import { startFakeGraph, type FakeEvent } from "../fakes/graph.js";

const LATENCY_MS = 50;
const MEETINGS = 20;
const SIZES = [250, 500, 1000];
const NOW = new Date("2026-03-02T06:00:00Z");

function calendar(mailbox: number): FakeEvent[] {
  return Array.from({ length: MEETINGS }, (_, i) => {
    const start = new Date(NOW.getTime() + (1 + i) * 3_600_000);
    return {
      id: `${mailbox}-${i}`,
      subject: `Sync ${i}`,
      start: start.toISOString(),
      end: new Date(start.getTime() + 30 * 60_000).toISOString(),
      // Half have an agenda; one in ten carries an attachment (one more Graph call each).
      bodyHtml: i % 2 ? "<p>Agenda: 1. Status 2. Decide the next step</p>" : "",
      ...(i % 10 === 3 ? { attachments: ["Notes.docx"] } : {}),
    };
  });
}

const graph = await startFakeGraph(undefined, LATENCY_MS);
for (let m = 0; m < Math.max(...SIZES); m++) graph.mailboxes.set(`user-${m}`, calendar(m));

interface Row {
  mailboxes: number;
  seconds: number;
  perMailboxMs: number;
  requests: number;
  reminders: number;
  peakRssMb: number;
  peakInFlight: number;
}
const rows: Row[] = [];
for (const size of SIZES) {
  const dir = mkdtempSync(join(tmpdir(), "async-coach-bench-scan-"));
  const client = new GraphClient({ tokens: { token: () => Promise.resolve("bench") }, baseUrl: graph.baseUrl });
  let reminders = 0;
  const scanner = new PreReadScanner({
    graph: client,
    watchers: () => Promise.resolve(Array.from({ length: size }, (_, m) => ({ userId: `user-${m}`, name: `User ${m}`, since: NOW.toISOString() }))),
    normsFor: () => Promise.resolve(DEFAULT_NORMS),
    reminders: new ReminderStore(new FileStorage(dir)),
    sender: { send: () => (reminders++, Promise.resolve("sent" as const)) },
    logger: { info: () => undefined, error: (m) => console.error(m) },
    now: () => NOW,
  });
  graph.requests = 0;
  graph.peakInFlight.clear();
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
  const started = performance.now();
  const result = await scanner.scan();
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  if (result.failedMailboxes > 0) throw new Error(`${result.failedMailboxes} mailboxes failed`);
  rows.push({
    mailboxes: size,
    seconds,
    perMailboxMs: (seconds * 1000) / size,
    requests: graph.requests,
    reminders,
    peakRssMb: peakRss / 2 ** 20,
    peakInFlight: Math.max(...graph.peakInFlight.values()),
  });
  rmSync(dir, { recursive: true, force: true });
}
await graph.close();

console.log(`\npre-read scan: ${MEETINGS} meetings per mailbox, ${LATENCY_MS} ms per Graph call, 32 mailboxes at once\n`);
console.log("| mailboxes | total s | ms per mailbox | Graph requests | reminders | peak RSS MB | peak in flight per mailbox |");
console.log("|---:|---:|---:|---:|---:|---:|---:|");
for (const r of rows) {
  console.log(
    `| ${r.mailboxes} | ${r.seconds.toFixed(2)} | ${r.perMailboxMs.toFixed(2)} | ${r.requests} | ${r.reminders} | ${r.peakRssMb.toFixed(0)} | ${r.peakInFlight} |`,
  );
}
const growth = rows.at(-1)!.seconds / rows[0]!.seconds;
const sizeGrowth = rows.at(-1)!.mailboxes / rows[0]!.mailboxes;
console.log(`\n${sizeGrowth}× the mailboxes took ${growth.toFixed(2)}× the time (linear: ${sizeGrowth}×).`);
const ok = rows.every((r) => r.peakInFlight <= 4) && growth < sizeGrowth * 1.5;
console.log(ok ? "Targets met: at most 4 calls in flight per mailbox; time grows linearly." : "Targets NOT met.");
process.exitCode = ok ? 0 : 1;
