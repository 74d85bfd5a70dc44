// A crash must not block writes afterwards: a real process killed with SIGKILL mid-write leaves a
// lock and a temp file; the next process takes the lock over at once and removes the temp file.
// A full disk (a real, tiny tmpfs) fails a write with StorageFullError and leaves nothing half-written.
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import type { AddressInfo } from "node:net";
import { developmentVerifier } from "../../src/server/auth/entra-token.js";
import { createApp } from "../../src/server/app.js";
import { FileStorage, StorageFullError } from "../../src/storage/file-storage.js";
import { NormsStore } from "../../src/storage/norms-store.js";

const dirs: string[] = [];
after(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function freshDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "async-coach-crash-"));
  dirs.push(dir);
  return dir;
}

/**
 * Starts a writer, waits until it holds a lock mid-write, and kills it with SIGKILL. True when a lock
 * and a temp file were left behind (the writer may rename its temp file between the look and the kill:
 * then the caller tries again).
 */
async function killMidWrite(dir: string): Promise<boolean> {
  const child = spawn(process.execPath, ["--import", "tsx", "test/storage/fixtures/write-forever.ts", dir], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise((resolve) => child.stdout.once("data", resolve));
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const names = await readdir(dir);
    if (names.some((n) => n.endsWith(".lock")) && names.some((n) => n.endsWith(".tmp"))) break;
    await new Promise((r) => setTimeout(r, 2));
  }
  child.kill("SIGKILL");
  await new Promise((resolve) => child.once("exit", resolve));
  const left = await readdir(dir);
  return left.some((n) => n.endsWith(".lock")) && left.some((n) => n.endsWith(".tmp"));
}

describe("FileStorage after a crash", () => {
  it("takes over a dead writer's lock at once and removes its temp files", { timeout: 60_000 }, async () => {
    const dir = await freshDir();
    let locked = false;
    for (let attempt = 0; attempt < 5 && !locked; attempt++) locked = await killMidWrite(dir);
    assert.ok(locked, "the writer was never killed while holding a lock");
    assert.ok(
      (await readdir(dir)).some((n) => n.endsWith(".tmp")),
      "a temp file was left behind to clean up",
    );

    const storage = new FileStorage(dir);
    const started = performance.now();
    for (const k of ["key-0", "key-1", "key-2"]) await storage.write({ [k]: { after: "restart" } });
    const took = performance.now() - started;
    assert.ok(took < 2_000, `writes after the crash took ${took.toFixed(0)} ms (a dead owner's lock used to block them for 10 s)`);
    const names = await readdir(dir);
    assert.deepEqual(
      names.filter((n) => n.endsWith(".tmp") || n.endsWith(".lock")),
      [],
    );
    const items = await storage.read(["key-0", "key-1", "key-2"]);
    assert.deepEqual(
      Object.values(items).map((v) => (v as { after: string }).after),
      ["restart", "restart", "restart"],
    );
  });

  it("keeps the lock of a writer that is still alive", async () => {
    const dir = await freshDir();
    const storage = new FileStorage(dir);
    await storage.write({ k: { v: 1 } });
    // A lock held by this very process (another instance of the store) is not taken over.
    const [file] = (await readdir(dir)).filter((n) => n.endsWith(".json"));
    const { THIS_PROCESS } = await import("../../src/storage/process-identity.js");
    const { writeFile } = await import("node:fs/promises");
    await writeFile(join(dir, `${file}.lock`), JSON.stringify(THIS_PROCESS));
    const other = new FileStorage(dir);
    const write = other.write({ k: { v: 2 } });
    await new Promise((r) => setTimeout(r, 300));
    await rm(join(dir, `${file}.lock`));
    await write;
    assert.equal(((await other.read(["k"])) as { k: { v: number } }).k.v, 2);
  });
});

// A real full disk: a 256 KB tmpfs, where the machine allows mounting one (CI runs as root).
const MOUNT = join(tmpdir(), `async-coach-full-${process.pid}`);
const mounted = (() => {
  try {
    spawnSync("mkdir", ["-p", MOUNT]);
    return spawnSync("mount", ["-t", "tmpfs", "-o", "size=256k", "tmpfs", MOUNT]).status === 0;
  } catch {
    return false;
  }
})();

describe("FileStorage on a full disk", { skip: !mounted && "cannot mount a tmpfs here (needs root)" }, () => {
  after(() => {
    spawnSync("umount", [MOUNT]);
  });

  it("fails the write with StorageFullError, keeps the previous version, and leaves no temp or lock file", async () => {
    const dir = join(MOUNT, "data");
    await mkdir(dir);
    const storage = new FileStorage(dir);
    await storage.write({ norms: { v: "small" } });
    await assert.rejects(storage.write({ norms: { v: "y".repeat(400 * 1024) } }), StorageFullError);
    assert.equal(((await storage.read(["norms"])) as { norms: { v: string } }).norms.v, "small");
    const names = await readdir(dir);
    assert.deepEqual(
      names.filter((n) => n.endsWith(".tmp") || n.endsWith(".lock")),
      [],
    );
    const [file] = names.filter((n) => n.endsWith(".json"));
    JSON.parse(await readFile(join(dir, file!), "utf8"));
    assert.ok(existsSync(dir));
  });

  it("answers a norms write with 507 and keeps the norms as they were", async () => {
    const dir = join(MOUNT, "api");
    await mkdir(dir);
    const store = new NormsStore(new FileStorage(dir));
    const server = createApp({ logger: { info: () => undefined, error: () => undefined }, normsApi: { store, verify: developmentVerifier() } }).listen(
      0,
      "127.0.0.1",
    );
    await new Promise((r) => server.once("listening", r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/norms/user:me`;
    try {
      const put = (body: unknown, ifMatch?: string) =>
        fetch(url, { method: "PUT", headers: { "content-type": "application/json", ...(ifMatch ? { "if-match": ifMatch } : {}) }, body: JSON.stringify(body) });
      const first = await put({ timeZone: "Europe/Berlin" });
      assert.equal(first.status, 200);
      const phrases = Array.from({ length: 100 }, (_, i) => `${"p".repeat(90)}${i}`);
      // Fill the disk so the next write cannot fit.
      await writeFile(join(MOUNT, "filler"), Buffer.alloc(256 * 1024)).catch(() => undefined);
      const full = await put(
        { timeZone: "Europe/Paris", signalPhrases: { fyi: phrases, input: phrases, blocking: phrases } },
        first.headers.get("etag") ?? "*",
      );
      assert.equal(full.status, 507);
      assert.match(((await full.json()) as { error: string }).error, /disk is full/);
      assert.equal((await store.get(`user:development-user`)).norms.timeZone, "Europe/Berlin");
    } finally {
      server.close();
    }
  });
});
