// Chooses the Storage implementation from configuration: Azure Blob Storage in production
// (botbuilder-azure-blobs plus create-only writes), else the embedded file-backed store in a data folder.
import type { Storage } from "botbuilder";
import { AzureBlobStorage } from "./blob-storage.js";
import { FileStorage } from "./file-storage.js";
import { REMINDER_KEY_PREFIX, REMINDER_RETENTION_DAYS } from "./reminder-store.js";
import { BlobScanLease, FileScanLease, type ScanLease } from "./scan-lease.js";

export type StorageConfig = { kind: "file"; dir: string } | { kind: "blob"; connectionString: string; container: string };

export function createStorage(config: StorageConfig): Storage {
  return config.kind === "blob" ? new AzureBlobStorage(config.connectionString, config.container) : new FileStorage(config.dir);
}

/** The lease that lets one server instance scan calendars per interval, on the same storage. */
export function createScanLease(config: StorageConfig): ScanLease {
  return config.kind === "blob" ? new BlobScanLease(config.connectionString, config.container) : new FileScanLease(config.dir);
}

/**
 * Deletes reminder records older than REMINDER_RETENTION_DAYS, for the file store; Blob Storage does
 * it itself (the lifecycle rule in infra/azure.json), so there it is a no-op.
 */
export function reminderPruner(storage: Storage): (now: Date) => Promise<number> {
  if (!(storage instanceof FileStorage)) return () => Promise.resolve(0);
  return (now) => storage.prune(REMINDER_KEY_PREFIX, new Date(now.getTime() - REMINDER_RETENTION_DAYS * 86_400_000));
}
