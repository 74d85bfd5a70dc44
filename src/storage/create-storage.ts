// Chooses the Storage implementation from configuration: Azure Blob Storage in production
// (botbuilder-azure-blobs plus create-only writes), else the embedded file-backed store in a data folder.
import type { Storage } from "botbuilder";
import { AzureBlobStorage } from "./blob-storage.js";
import { FileStorage } from "./file-storage.js";

export type StorageConfig = { kind: "file"; dir: string } | { kind: "blob"; connectionString: string; container: string };

export function createStorage(config: StorageConfig): Storage {
  return config.kind === "blob" ? new AzureBlobStorage(config.connectionString, config.container) : new FileStorage(config.dir);
}
