// botbuilder's Storage interface on the local file system: the embedded default, so `npm start`
// needs no Azure account. One JSON file per key, written atomically (temp file, then rename).
// eTags make writes conditional: a write whose eTag is stale fails instead of overwriting.
// A per-key lock (in process, and an O_EXCL lock file across processes) makes check-then-write atomic.
import { createHash, randomUUID } from "node:crypto";
import { mkdir, open, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Storage, StoreItems } from "botbuilder";

/** Raised when a conditional write finds a newer version: the caller re-reads and retries. */
export class ETagConflictError extends Error {
  readonly code = "ETAG_CONFLICT";
  constructor(key: string) {
    super(`storage: the item "${key}" was changed by someone else (eTag mismatch)`);
    this.name = "ETagConflictError";
  }
}

const LOCK_STALE_MS = 10_000;
const LOCK_WAIT_MS = 5_000;

export class FileStorage implements Storage {
  private readonly queues = new Map<string, Promise<unknown>>();
  private ready: Promise<unknown> | undefined;

  constructor(private readonly dir: string) {}

  private fileFor(key: string): string {
    // Keys come from Teams ids and may hold any character: hash them into safe names.
    return join(this.dir, `${createHash("sha256").update(key).digest("hex")}.json`);
  }

  private ensureDir(): Promise<unknown> {
    this.ready ??= mkdir(this.dir, { recursive: true });
    return this.ready;
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
        const temp = `${file}.${process.pid}.${randomUUID()}.tmp`;
        await writeFile(temp, JSON.stringify({ key, value: stored }), { mode: 0o600 });
        await rename(temp, file);
      });
    }
  }

  async delete(keys: string[]): Promise<void> {
    await this.ensureDir();
    for (const key of keys) await this.withLock(key, () => rm(this.fileFor(key), { force: true }));
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
        const handle = await open(lock, "wx");
        await handle.close();
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
        // A lock left by a crashed process is taken over once it is stale.
        const age = await stat(lock).then((s) => Date.now() - s.mtimeMs, () => 0);
        if (age > LOCK_STALE_MS) await rm(lock, { force: true });
        else if (Date.now() > deadline) throw new Error(`storage: timed out waiting for the lock on "${key}"`);
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
