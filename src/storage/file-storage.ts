// botbuilder's Storage interface on the local file system: the embedded default, so `npm start`
// needs no Azure account. One JSON file per key, written atomically (temp file, then rename).
// eTags make writes conditional: a write whose eTag is stale fails instead of overwriting.
// A per-key lock (in process, and an O_EXCL lock file across processes) makes check-then-write atomic.
// A crash leaves nothing in the way: a lock names its owner (pid and start), and a lock or a temp
// file whose owner is gone is taken over or removed at once. A full disk fails the write with
// StorageFullError, and the item keeps its previous version.
import { createHash, randomUUID } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Storage, StoreItems } from "botbuilder";
import { createLockFile, lockHolderIsGone } from "./lock-file.js";
import { isProcessRunning, THIS_PROCESS } from "./process-identity.js";

import { ETagConflictError } from "./storage-contract.js";

/** Raised when the disk is full: nothing was written, the item keeps its previous version. */
export class StorageFullError extends Error {
  readonly code = "STORAGE_FULL";
  constructor(key: string) {
    super(`storage: the disk is full; "${key}" was not written`);
    this.name = "StorageFullError";
  }
}

/** A lock whose owner cannot be checked (another host, an unreadable file) is taken over after this long. */
const LOCK_STALE_MS = 10_000;
/** A lock file being created is empty for a moment; empty for longer, its writer died. */
const EMPTY_LOCK_STALE_MS = 1_000;
const LOCK_WAIT_MS = 5_000;
const TEMP = /\.(\d+)\.(\d+)\.[0-9a-f-]{36}\.tmp$/;

const isDiskFull = (error: unknown) => ["ENOSPC", "EDQUOT"].includes((error as NodeJS.ErrnoException).code ?? "");

export class FileStorage implements Storage {
  private readonly queues = new Map<string, Promise<unknown>>();
  private ready: Promise<unknown> | undefined;

  constructor(private readonly dir: string) {}

  private fileFor(key: string): string {
    // Keys come from Teams ids and may hold any character: hash them into safe names.
    return join(this.dir, `${createHash("sha256").update(key).digest("hex")}.json`);
  }

  private ensureDir(): Promise<unknown> {
    this.ready ??= mkdir(this.dir, { recursive: true }).then(() => this.removeOrphans());
    return this.ready;
  }

  /** Temp files left by a process that is gone (a crash mid-write, a full disk) are removed at start. */
  private async removeOrphans(): Promise<void> {
    for (const name of await readdir(this.dir)) {
      const temp = TEMP.exec(name);
      if (temp && !isProcessRunning({ pid: Number(temp[1]), started: Number(temp[2]) })) {
        await rm(join(this.dir, name), { force: true });
      }
    }
  }

  async read(keys: string[]): Promise<StoreItems> {
    await this.ensureDir();
    const items: StoreItems = {};
    await Promise.all(
      keys.map(async (key) => {
        const item = await this.readOne(key);
        if (item !== undefined) items[key] = item;
      }),
    );
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    await this.ensureDir();
    // Sequential, so a conflict on one key leaves the ones before it written and the rest untouched.
    for (const [key, value] of Object.entries(changes)) {
      await this.withLock(key, async () => {
        const expected = (value as { eTag?: string } | null)?.eTag;
        if (expected !== undefined && expected !== "*") {
          const current = await this.readOne(key);
          if (current !== undefined && current.eTag !== expected) throw new ETagConflictError(key);
          if (current === undefined && expected !== "") throw new ETagConflictError(key);
        }
        const stored = { ...(value as object), eTag: randomUUID() };
        const file = this.fileFor(key);
        const temp = `${file}.${THIS_PROCESS.pid}.${THIS_PROCESS.started}.${randomUUID()}.tmp`;
        try {
          await writeFile(temp, JSON.stringify({ key, value: stored }), { mode: 0o600 });
          await rename(temp, file);
        } catch (error) {
          await rm(temp, { force: true });
          throw isDiskFull(error) ? new StorageFullError(key) : error;
        }
      });
    }
  }

  async delete(keys: string[]): Promise<void> {
    await this.ensureDir();
    for (const key of keys) await this.withLock(key, () => rm(this.fileFor(key), { force: true }));
  }

  /** Deletes the items whose key starts with `prefix` and that were last written before `before`; returns how many. */
  async prune(prefix: string, before: Date): Promise<number> {
    await this.ensureDir();
    let pruned = 0;
    for (const name of await readdir(this.dir)) {
      if (!name.endsWith(".json")) continue;
      const file = join(this.dir, name);
      try {
        if ((await stat(file)).mtimeMs >= before.getTime()) continue;
        const { key } = JSON.parse(await readFile(file, "utf8")) as { key?: unknown };
        if (typeof key !== "string" || !key.startsWith(prefix)) continue;
        const deleted = await this.withLock(key, async () => {
          // Written again since the look: it is current, keep it.
          if ((await stat(file)).mtimeMs >= before.getTime()) return false;
          await rm(file, { force: true });
          return true;
        });
        if (deleted) pruned++;
      } catch {
        // Gone or being replaced right now: the next sweep looks again.
      }
    }
    return pruned;
  }

  private async readOne(key: string): Promise<(Record<string, unknown> & { eTag?: string }) | undefined> {
    try {
      const parsed = JSON.parse(await readFile(this.fileFor(key), "utf8")) as { key: string; value: Record<string, unknown> };
      return parsed.key === key ? parsed.value : undefined;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw error;
    }
  }

  /** Runs `task` holding the key's lock: queued within this process, a lock file across processes. */
  private withLock<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(key) ?? Promise.resolve();
    const run = previous.catch(() => undefined).then(() => this.withFileLock(key, task));
    const settled = run.catch(() => undefined);
    this.queues.set(key, settled);
    void settled.then(() => {
      if (this.queues.get(key) === settled) this.queues.delete(key);
    });
    return run;
  }

  private async withFileLock<T>(key: string, task: () => Promise<T>): Promise<T> {
    const lock = `${this.fileFor(key)}.lock`;
    const deadline = Date.now() + LOCK_WAIT_MS;
    for (;;) {
      try {
        await createLockFile(lock);
        break;
      } catch (error) {
        if (isDiskFull(error)) {
          await rm(lock, { force: true });
          throw new StorageFullError(key);
        }
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
        if (await lockHolderIsGone(lock, LOCK_STALE_MS, EMPTY_LOCK_STALE_MS)) await rm(lock, { force: true });
        else if (Date.now() > deadline) throw new Error(`storage: timed out waiting for the lock on "${key}"`, { cause: error });
        else await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20));
      }
    }
    try {
      return await task();
    } finally {
      await rm(lock, { force: true });
    }
  }
}
