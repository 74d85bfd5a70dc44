// What every storage backend (file, Azure Blob) promises beyond botbuilder's Storage interface: a
// write whose eTag no longer matches fails with ETagConflictError, and nothing is written.

/** Raised when a conditional write finds a newer version: the caller re-reads and retries. */
export class ETagConflictError extends Error {
  readonly code = "ETAG_CONFLICT";
  constructor(key: string) {
    super(`storage: the item "${key}" was changed by someone else (eTag mismatch)`);
    this.name = "ETagConflictError";
  }
}

/** Whether a write lost to a newer version (both backends say so with ETagConflictError). */
export function isConflict(error: unknown): boolean {
  return error instanceof ETagConflictError;
}
