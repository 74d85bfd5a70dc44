// Team norms kept in a botbuilder Storage, one item per scope: a team ("team:<id>") or a person
// in personal scope ("user:<id>"). Each item records who changed it and when. Writes are
// conditional on the eTag the writer read, so two concurrent edits never silently overwrite.
import type { Storage } from "botbuilder";
import { DEFAULT_NORMS, parseNorms, type Norms } from "../rules/index.js";
import { ETagConflictError } from "./file-storage.js";

export interface StoredNorms {
  norms: Norms;
  /** Absent for defaults that were never saved. */
  eTag?: string;
  updatedBy?: string;
  updatedAt?: string;
}

export type NormsUpdate =
  | { ok: true; stored: StoredNorms }
  | { ok: false; reason: "invalid"; errors: string[] }
  | { ok: false; reason: "conflict" };

const keyOf = (scope: string) => `norms/${scope}`;

export function isConflict(error: unknown): boolean {
  if (error instanceof ETagConflictError) return true;
  // Azure Blob storage answers a failed condition with HTTP 412.
  const e = error as { statusCode?: number; code?: string; message?: string };
  return e?.statusCode === 412 || e?.code === "ConditionNotMet" || /precondition|etag/i.test(e?.message ?? "");
}

export class NormsStore {
  constructor(private readonly storage: Storage) {}

  async get(scope: string): Promise<StoredNorms> {
    const item = (await this.storage.read([keyOf(scope)]))[keyOf(scope)] as
      | { norms: unknown; eTag?: string; updatedBy?: string; updatedAt?: string }
      | undefined;
    if (!item) return { norms: DEFAULT_NORMS };
    // Stored norms are validated again: defaults added later fill in, and a corrupt item is not trusted.
    const parsed = parseNorms(item.norms);
    return {
      norms: parsed.ok ? parsed.norms : DEFAULT_NORMS,
      ...(item.eTag ? { eTag: item.eTag } : {}),
      ...(item.updatedBy ? { updatedBy: item.updatedBy } : {}),
      ...(item.updatedAt ? { updatedAt: item.updatedAt } : {}),
    };
  }

  /**
   * Saves norms if nobody saved others since `expectedETag` was read. With no expected eTag the
   * write only succeeds when nothing is stored yet.
   */
  async set(scope: string, input: unknown, by: string, expectedETag: string | undefined): Promise<NormsUpdate> {
    const result = parseNorms(input);
    if (!result.ok) return { ok: false, reason: "invalid", errors: result.errors };
    // A first save expects nothing stored. The file store enforces that itself (eTag ""); Azure Blob
    // writes have no create-only condition in botbuilder-azure-blobs, so look first.
    if (expectedETag === undefined && (await this.get(scope)).eTag !== undefined) return { ok: false, reason: "conflict" };
    const item = { norms: result.norms, updatedBy: by, updatedAt: new Date().toISOString(), eTag: expectedETag ?? "" };
    try {
      await this.storage.write({ [keyOf(scope)]: item });
    } catch (error) {
      if (isConflict(error)) return { ok: false, reason: "conflict" };
      throw error;
    }
    return { ok: true, stored: await this.get(scope) };
  }
}
