// Azure Blob Storage through botbuilder-azure-blobs, against the real Azure Storage emulator
// (Azurite, from npm), which this test starts on a free local port and stops again.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createStorage } from "../../src/storage/create-storage.js";
import { NormsStore } from "../../src/storage/norms-store.js";
import { startAzurite, type Azurite } from "../helpers/azurite.js";
import { ReminderStore } from "../../src/storage/reminder-store.js";

let azurite: Azurite;
let connectionString: string;

before(async () => {
  azurite = await startAzurite();
  connectionString = azurite.connectionString;
});

after(async () => {
  await azurite?.stop();
});

describe("team norms in Azure Blob Storage (Azurite)", { timeout: 60_000 }, () => {
  it("saves, reads back, and survives a new storage client (a restart)", async () => {
    const store = new NormsStore(createStorage({ kind: "blob", connectionString, container: "norms-test" }));
    const saved = await store.set("team:19:abc@thread.tacv2", { timeZone: "Europe/Paris" }, "Ana", undefined);
    assert.equal(saved.ok, true);
    const again = new NormsStore(createStorage({ kind: "blob", connectionString, container: "norms-test" }));
    const read = await again.get("team:19:abc@thread.tacv2");
    assert.equal(read.norms.timeZone, "Europe/Paris");
    assert.equal(read.updatedBy, "Ana");
    assert.ok(read.eTag);
  });

  it("lets one of two concurrent edits win and tells the other", async () => {
    const store = new NormsStore(createStorage({ kind: "blob", connectionString, container: "norms-race" }));
    await store.set("team:1", {}, "setup", undefined);
    const { eTag } = await store.get("team:1");
    const results = await Promise.all([
      store.set("team:1", { preReadNoticeHours: 48 }, "Ana", eTag),
      store.set("team:1", { preReadNoticeHours: 12 }, "Ben", eTag),
    ]);
    assert.deepEqual(results.map((r) => r.ok).sort(), [false, true]);
    const loser = results.find((r) => !r.ok);
    assert.equal(loser && !loser.ok && loser.reason, "conflict");
    const final = await store.get("team:1");
    const winner = results.find((r) => r.ok);
    assert.equal(final.norms.preReadNoticeHours, winner && winner.ok ? winner.stored.norms.preReadNoticeHours : -1);
  });

  it("refuses a first save when someone saved in between", async () => {
    const store = new NormsStore(createStorage({ kind: "blob", connectionString, container: "norms-first" }));
    assert.equal((await store.set("team:2", {}, "Ana", undefined)).ok, true);
    const second = await store.set("team:2", { preReadNoticeHours: 1 }, "Ben", undefined);
    assert.equal(!second.ok && second.reason, "conflict");
  });

  it("lets exactly one of two concurrent first writes create an item (the claim on a meeting)", async () => {
    const storage = createStorage({ kind: "blob", connectionString, container: "claims" });
    const other = createStorage({ kind: "blob", connectionString, container: "claims" });
    const reminders = [new ReminderStore(storage), new ReminderStore(other)];
    for (let round = 0; round < 5; round++) {
      const now = new Date("2026-03-02T09:00:00Z");
      const results = await Promise.all(reminders.map((r) => r.claim("ana", `event-${round}`, "v1", now)));
      assert.deepEqual(results.map((r) => r.claimed).sort(), [false, true], `round ${round}`);
    }
  });

  it("keeps names and phrases outside ASCII intact", async () => {
    const store = new NormsStore(createStorage({ kind: "blob", connectionString, container: "unicode" }));
    const saved = await store.set("team:ü", { signalPhrases: { fyi: ["zur Info – keine Antwort nötig", "参考までに"] } }, "Zoë Øster 李", undefined);
    assert.equal(saved.ok, true);
    const read = await store.get("team:ü");
    assert.equal(read.updatedBy, "Zoë Øster 李");
    assert.deepEqual(read.norms.signalPhrases.fyi, ["zur Info – keine Antwort nötig", "参考までに"]);
  });
});
