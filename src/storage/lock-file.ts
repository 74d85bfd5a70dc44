// A lock file that names its process (pid, start, host), shared by the file store's per-key locks and
// the local scan lease: created only if absent, and taken over once its holder is gone.
import { open, readFile, stat } from "node:fs/promises";
import { isProcessRunning, THIS_PROCESS, type ProcessId } from "./process-identity.js";

/** Creates the lock file only if it is absent (EEXIST otherwise), naming this process. */
export async function createLockFile(path: string): Promise<void> {
  const handle = await open(path, "wx");
  try {
    await handle.writeFile(JSON.stringify(THIS_PROCESS));
  } finally {
    await handle.close();
  }
}

/**
 * Whether the holder of a lock file is gone, so the lock may be taken over now: its process has ended
 * (on this host), or, where that cannot be checked (another host, an unreadable file), the file is
 * older than `staleMs` (`emptyStaleMs` while it is empty: a lock being created is empty for a moment).
 */
export async function lockHolderIsGone(path: string, staleMs: number, emptyStaleMs = staleMs): Promise<boolean> {
  let text: string;
  let age: number;
  try {
    [text, age] = await Promise.all([readFile(path, "utf8"), stat(path).then((s) => Date.now() - s.mtimeMs)]);
  } catch {
    return false; // released in the meantime: the next try takes it
  }
  let owner: ProcessId | undefined;
  try {
    owner = JSON.parse(text) as ProcessId;
  } catch {
    return age > (text === "" ? emptyStaleMs : staleMs);
  }
  if (typeof owner?.pid !== "number" || typeof owner.started !== "number") return age > staleMs;
  if (owner.host !== THIS_PROCESS.host) return age > staleMs;
  return !isProcessRunning(owner);
}
