import assert from "node:assert/strict";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { FileStorage } from "../../src/storage/file-storage.js";
import { ETagConflictError } from "../../src/storage/storage-contract.js";
import { NormsStore } from "../../src/storage/norms-store.js";

const dirs: string[] = [];
async function freshDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "async-coach-storage-"));
  dirs.push(dir);
  return dir;
}
after(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe("FileStorage", () => {
  it("writes, reads back with an eTag, and deletes", async () => {
    const storage = new FileStorage(await freshDir());
    await storage.write({ "team:19:abc@thread.tacv2": { value: 1 } });
    const read = await storage.read(["team:19:abc@thread.tacv2", "missing"]);
    assert.deepEqual(Object.keys(read), ["team:19:abc@thread.tacv2"]);
    assert.equal((read["team:19:abc@thread.tacv2"] as { value: number }).value, 1);
    assert.match(String((read["team:19:abc@thread.tacv2"] as { eTag: string }).eTag), /^[0-9a-f-]{36}$/);
    await storage.delete(["team:19:abc@thread.tacv2"]);
    assert.deepEqual(await storage.read(["team:19:abc@thread.tacv2"]), {});
  });

  it("refuses a write with a stale eTag and keeps the newer value", async () => {
    const storage = new FileStorage(await freshDir());
    await storage.write({ k: { v: "first" } });
    const { k } = (await storage.read(["k"])) as { k: { eTag: string } };
    await storage.write({ k: { v: "second", eTag: k.eTag } });
    await assert.rejects(storage.write({ k: { v: "stale", eTag: k.eTag } }), ETagConflictError);
    assert.equal(((await storage.read(["k"])) as { k: { v: string } }).k.v, "second");
  });

  it("lets exactly one of many concurrent conditional writes win", async () => {
    const storage = new FileStorage(await freshDir());
    await storage.write({ k: { n: 0 } });
    const { k } = (await storage.read(["k"])) as { k: { eTag: string } };
    const results = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => storage.write({ k: { n: i + 1, eTag: k.eTag } })));
    assert.equal(results.filter((r) => r.status === "fulfilled").length, 1);
    assert.equal(results.filter((r) => r.status === "rejected").length, 19);
  });

  it("keeps data across instances (a restart) and leaves no temp or lock files", async () => {
    const dir = await freshDir();
    await new FileStorage(dir).write({ a: { x: 1 }, b: { y: 2 } });
    const reopened = await new FileStorage(dir).read(["a", "b"]);
    assert.deepEqual(Object.keys(reopened).sort(), ["a", "b"]);
    const files = await readdir(dir);
    assert.ok(
      files.every((f) => f.endsWith(".json")),
      files.join(", "),
    );
  });

  it("serialises writers in two storage instances on one folder", async () => {
    const dir = await freshDir();
    const one = new FileStorage(dir);
    const two = new FileStorage(dir);
    await one.write({ k: { n: 0 } });
    const { k } = (await one.read(["k"])) as { k: { eTag: string } };
    const results = await Promise.allSettled([one.write({ k: { n: 1, eTag: k.eTag } }), two.write({ k: { n: 2, eTag: k.eTag } })]);
    assert.equal(results.filter((r) => r.status === "fulfilled").length, 1);
  });
});

describe("NormsStore", () => {
  it("gives defaults for a scope never saved, and saves with who and when", async () => {
    const store = new NormsStore(new FileStorage(await freshDir()));
    const initial = await store.get("team:1");
    assert.equal(initial.eTag, undefined);
    assert.equal(initial.norms.timeZone, "UTC");
    const saved = await store.set("team:1", { timeZone: "Europe/Berlin" }, "Ana", undefined);
    assert.equal(saved.ok, true);
    const read = await store.get("team:1");
    assert.equal(read.norms.timeZone, "Europe/Berlin");
    assert.equal(read.updatedBy, "Ana");
    assert.ok(read.eTag);
  });

  it("does not lose either of two concurrent edits silently", async () => {
    const store = new NormsStore(new FileStorage(await freshDir()));
    await store.set("team:1", {}, "setup", undefined);
    const { eTag } = await store.get("team:1");
    const [a, b] = await Promise.all([
      store.set("team:1", { preReadNoticeHours: 48 }, "Ana", eTag),
      store.set("team:1", { preReadNoticeHours: 12 }, "Ben", eTag),
    ]);
    assert.deepEqual([a.ok, b.ok].sort(), [false, true], "one wins, the other is told");
    const loser = a.ok ? b : a;
    assert.equal(!loser.ok && loser.reason, "conflict");
  });

  it("refuses invalid norms field by field and stores nothing", async () => {
    const store = new NormsStore(new FileStorage(await freshDir()));
    const result = await store.set("team:1", { timeZone: "Nowhere/Land", preReadNoticeHours: -5 }, "Ana", undefined);
    assert.equal(result.ok, false);
    assert.ok(!result.ok && result.reason === "invalid" && result.errors.length === 2);
    assert.equal((await store.get("team:1")).eTag, undefined);
  });
});
