// The scan lease on both backends (a blob lease on Azurite, a lock file locally): one holder at a
// time, a dead holder's lease taken over, and leasedJob running one scan per interval across instances.
// Also the file store's sweep of old reminder records.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtemp, readdir, rm, utimes } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { leasedJob } from "../../src/pre-read/scheduler.js";
import { reminderPruner } from "../../src/storage/create-storage.js";
import { FileStorage } from "../../src/storage/file-storage.js";
import { ReminderStore } from "../../src/storage/reminder-store.js";
import { BlobScanLease, FileScanLease, type ScanLease } from "../../src/storage/scan-lease.js";
import { startAzurite, type Azurite } from "../helpers/azurite.js";

let azurite: Azurite;
let dir: string;
before(async () => {
  azurite = await startAzurite();
  dir = await mkdtemp(join(tmpdir(), "async-coach-lease-"));
});
after(async () => {
  await azurite?.stop();
  await rm(dir, { recursive: true, force: true });
});

const backends: Record<string, (name: string) => ScanLease> = {
  "a blob lease (Azurite)": (name) => new BlobScanLease(azurite.connectionString, `lease-${name}`, 15_000),
  "a lock file": (name) => new FileScanLease(join(dir, name)),
};

for (const [backend, make] of Object.entries(backends)) {
  describe(`the scan lease: ${backend}`, { timeout: 60_000 }, () => {
    it("has one holder at a time, and is free again once released", async () => {
      const [a, b] = [make("one"), make("one")];
      const held = await a.acquire();
      assert.ok(held);
      assert.equal(await b.acquire(), undefined);
      await held.renew();
      assert.equal(await b.acquire(), undefined);
      await held.release();
      const next = await b.acquire();
      assert.ok(next);
      await next.release();
    });

    it("keeps the record of the last scan for the next holder", async () => {
      const held = (await make("record").acquire())!;
      assert.equal(await held.lastScan(), undefined);
      await held.recordScan({ startedAt: "2026-03-02T09:00:00.000Z", finishedAt: "2026-03-02T09:00:04.000Z" });
      await held.release();
      const next = (await make("record").acquire())!;
      assert.deepEqual(await next.lastScan(), { startedAt: "2026-03-02T09:00:00.000Z", finishedAt: "2026-03-02T09:00:04.000Z" });
      await next.release();
    });

    it("three instances ticking together run the job once per interval", async () => {
      let clock = Date.parse("2026-03-02T09:00:00Z");
      let runs = 0;
      const instances = [1, 2, 3].map(() =>
        leasedJob(
          make("interval"),
          async () => {
            runs++;
            await new Promise((r) => setTimeout(r, 20));
          },
          { intervalMs: 60_000, now: () => new Date(clock) },
        ),
      );
      const first = await Promise.all(instances.map((tick) => tick()));
      assert.equal(first.filter((r) => r === "ran").length, 1, first.join(", "));
      // Later in the same interval, each in turn finds the lease free and the scan done.
      const again = [];
      for (const tick of instances) again.push(await tick());
      assert.deepEqual(again, ["done-recently", "done-recently", "done-recently"]);
      clock += 60_000;
      const later = await Promise.all(instances.map((tick) => tick()));
      assert.equal(later.filter((r) => r === "ran").length, 1);
      assert.equal(runs, 2);
    });

    it("a run that started and never finished is taken over at once by the next holder", async () => {
      const held = (await make("crash").acquire())!;
      await held.recordScan({ startedAt: new Date().toISOString() });
      await held.release(); // as its expiry would, after the holder died
      let runs = 0;
      const outcome = await leasedJob(make("crash"), async () => void runs++, { intervalMs: 60_000 })();
      assert.equal(outcome, "ran");
      assert.equal(runs, 1);
    });
  });
}

describe("the lock-file lease when its holder dies", () => {
  it("is taken over as soon as the process that held it is gone", async () => {
    const leaseDir = join(dir, "killed");
    // Another process takes the lease and exits without releasing it.
    execFileSync(process.execPath, [
      "--import",
      "tsx",
      "-e",
      `import("./src/storage/scan-lease.ts").then(async (m) => { const held = await new m.FileScanLease(${JSON.stringify(leaseDir)}).acquire(); process.exit(held ? 0 : 1); })`,
    ]);
    assert.ok((await readdir(join(leaseDir, "leases"))).includes("pre-read-scan.lock"), "the dead process left its lock");
    const held = await new FileScanLease(leaseDir).acquire();
    assert.ok(held, "taken over");
    await held.release();
  });
});

describe("pruning reminder records in the file store", () => {
  it("deletes records last changed more than 30 days ago, and keeps current ones and everything else", async () => {
    const data = join(dir, "prune");
    const storage = new FileStorage(data);
    const reminders = new ReminderStore(storage);
    const now = new Date("2026-03-02T09:00:00Z");
    await reminders.claim("ana", "old-meeting", "v1", now);
    await reminders.claim("ana", "recent-meeting", "v1", now);
    await storage.write({ "norms/team:old": { norms: {}, eTag: "*" } });
    // Age the old reminder and the norms record to 31 days (what the file system says, as the lifecycle rule reads).
    const aged = new Date(now.getTime() - 31 * 86_400_000);
    for (const name of await readdir(data)) {
      const file = join(data, name);
      const { key } = JSON.parse(await import("node:fs/promises").then((fs) => fs.readFile(file, "utf8"))) as { key: string };
      if (key.endsWith("old-meeting") || key.startsWith("norms/")) await utimes(file, aged, aged);
    }
    assert.equal(await reminderPruner(storage)(now), 1);
    assert.equal(await reminders.get("ana", "old-meeting"), undefined);
    assert.equal((await reminders.get("ana", "recent-meeting"))?.state, "sending");
    assert.ok((await storage.read(["norms/team:old"]))["norms/team:old"], "norms are never pruned");
  });
});
