// One pre-read scan per interval across every server instance over the same storage. A lease says who
// scans now: on Azure, a lease on a blob (Azure Storage's own distributed lock, which expires by itself
// when its holder dies); locally, a lock file naming its process. Beside the lease, a small record says
// when the last scan started and whether it finished, so instances that wake later skip the interval.
import { randomUUID } from "node:crypto";
import { mkdir, readFile, rename, rm, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { ContainerClient, RestError } from "@azure/storage-blob";
import { z } from "zod";
import { createLockFile, lockHolderIsGone } from "./lock-file.js";

const LastScanSchema = z.object({ startedAt: z.iso.datetime(), finishedAt: z.iso.datetime().optional(), by: z.string().optional() });
export type LastScan = z.infer<typeof LastScanSchema>;

/** The lease while this instance holds it. */
export interface HeldLease {
  lastScan(): Promise<LastScan | undefined>;
  recordScan(scan: LastScan): Promise<void>;
  /** Keeps the lease; throws when it was lost (expired and taken by another instance). */
  renew(): Promise<void>;
  release(): Promise<void>;
}

export interface ScanLease {
  /** How long the lease lasts unrenewed: a dead holder's lease is free after this. */
  readonly durationMs: number;
  /** The lease, or undefined while another instance holds it. */
  acquire(): Promise<HeldLease | undefined>;
}

function parseLastScan(text: string): LastScan | undefined {
  if (text.trim() === "") return undefined;
  try {
    const parsed = LastScanSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined; // a torn or foreign record counts as no record: at worst one extra scan
  }
}

/** Azure Blob Storage: a lease on one blob, whose content is the last scan's record. */
export class BlobScanLease implements ScanLease {
  private readonly container: ContainerClient;
  private ready: Promise<unknown> | undefined;

  /** Blob leases last 15 to 60 seconds: the shortest, renewed every 5 s, frees a dead holder's soonest. */
  constructor(
    connectionString: string,
    containerName: string,
    readonly durationMs = 15_000,
    private readonly blobName = "leases/pre-read-scan",
  ) {
    this.container = new ContainerClient(connectionString, containerName);
  }

  async acquire(): Promise<HeldLease | undefined> {
    const blob = this.container.getBlockBlobClient(this.blobName);
    this.ready ??= this.container.createIfNotExists().then(async () => {
      // The blob must exist to be leased; create it empty unless it is there.
      await blob.upload("", 0, { conditions: { ifNoneMatch: "*" } }).catch((error: unknown) => {
        if (!(error instanceof RestError && (error.statusCode === 409 || error.statusCode === 412))) throw error;
      });
    });
    await this.ready;
    const lease = blob.getBlobLeaseClient(randomUUID());
    try {
      await lease.acquireLease(this.durationMs / 1000);
    } catch (error) {
      if (error instanceof RestError && error.statusCode === 409) return undefined; // LeaseAlreadyPresent
      throw error;
    }
    const conditions = { leaseId: lease.leaseId };
    return {
      lastScan: async () => parseLastScan((await blob.downloadToBuffer()).toString("utf8")),
      recordScan: async (scan) => {
        const body = JSON.stringify(scan);
        await blob.upload(body, Buffer.byteLength(body), { conditions, blobHTTPHeaders: { blobContentType: "application/json" } });
      },
      renew: async () => {
        await lease.renewLease();
      },
      release: async () => {
        await lease.releaseLease();
      },
    };
  }
}

/** The embedded file store: a lock file naming its process, taken over once that process is gone (or, on another
 * host, once it was not renewed for a whole lease). */
export class FileScanLease implements ScanLease {
  private readonly lock: string;
  private readonly record: string;

  constructor(
    private readonly dir: string,
    readonly durationMs = 30_000,
  ) {
    this.lock = join(dir, "leases", "pre-read-scan.lock");
    this.record = join(dir, "leases", "pre-read-scan.json");
  }

  async acquire(): Promise<HeldLease | undefined> {
    await mkdir(join(this.dir, "leases"), { recursive: true });
    if (!(await this.take())) return undefined;
    return {
      lastScan: async () => parseLastScan(await readFile(this.record, "utf8").catch(() => "")),
      recordScan: async (scan) => {
        const temp = `${this.record}.${process.pid}.tmp`;
        await writeFile(temp, JSON.stringify(scan));
        await rename(temp, this.record);
      },
      renew: async () => {
        const now = new Date();
        await utimes(this.lock, now, now);
      },
      release: () => rm(this.lock, { force: true }),
    };
  }

  /** Creates the lock file, or takes it over from a holder that is gone (see lock-file.ts). */
  private async take(): Promise<boolean> {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        await createLockFile(this.lock);
        return true;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
        if (!(await lockHolderIsGone(this.lock, this.durationMs))) return false;
        await rm(this.lock, { force: true });
      }
    }
    return false;
  }
}
