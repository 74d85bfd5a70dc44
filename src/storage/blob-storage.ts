// Azure Blob Storage behind botbuilder's Storage: botbuilder-azure-blobs reads and deletes; writes go
// through the Azure SDK here, because botbuilder-azure-blobs has no create-only write: its empty
// eTag means "overwrite". We need "create only if absent" (If-None-Match: *) for the first save of
// a scope's norms and for the claim on a meeting's reminder, so two servers never both win.
import { ContainerClient, RestError } from "@azure/storage-blob";
import type { Storage, StoreItems } from "botbuilder";
import { BlobsStorage } from "botbuilder-azure-blobs";
import { sanitizeBlobKey } from "botbuilder-azure-blobs/lib/sanitizeBlobKey.js";
import { ETagConflictError } from "./storage-contract.js";

export class AzureBlobStorage implements Storage {
  private readonly blobs: BlobsStorage;
  private readonly container: ContainerClient;
  private ready: Promise<unknown> | undefined;

  constructor(connectionString: string, containerName: string) {
    this.blobs = new BlobsStorage(connectionString, containerName);
    this.container = new ContainerClient(connectionString, containerName);
  }

  read(keys: string[]): Promise<StoreItems> {
    return this.blobs.read(keys);
  }

  delete(keys: string[]): Promise<void> {
    return this.blobs.delete(keys);
  }

  async write(changes: StoreItems): Promise<void> {
    this.ready ??= this.container.createIfNotExists();
    await this.ready;
    for (const [key, value] of Object.entries(changes)) {
      const { eTag, ...item } = (value ?? {}) as { eTag?: string };
      // "" creates only; "*" or none overwrites; anything else must match what is stored.
      const conditions = eTag === "" ? { ifNoneMatch: "*" } : eTag && eTag !== "*" ? { ifMatch: eTag } : {};
      const body = Buffer.from(JSON.stringify(item), "utf8");
      try {
        await this.container.getBlockBlobClient(sanitizeBlobKey(key)).upload(body, body.length, {
          conditions,
          blobHTTPHeaders: { blobContentType: "application/json" },
        });
      } catch (error) {
        if (error instanceof RestError && (error.statusCode === 412 || error.statusCode === 409)) throw new ETagConflictError(key);
        throw error;
      }
    }
  }
}
