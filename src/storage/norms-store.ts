// Team norms kept in a botbuilder Storage, one item per scope: a team ("team:<id>") or a person
// in personal scope ("user:<id>"). Each item records who changed it and when. Writes are
// conditional on the eTag the writer read, so two concurrent edits never silently overwrite.
import type { Storage } from "botbuilder";
import { DEFAULT_NORMS, describeChanges, parseNorms, type Norms } from "../rules/index.js";
import { isConflict } from "./storage-contract.js";

/** One saved change: who, when, and what in plain words. */
export interface NormsChange {
  by: string;
  at: string;
  changes: string[];
}

/** How many past changes a scope keeps. */
export const HISTORY_LENGTH = 20;

export interface StoredNorms {
  norms: Norms;
  /** Absent for defaults that were never saved. */
  eTag?: string;
  updatedBy?: string;
  updatedAt?: string;
  /** Newest first. */
  history: NormsChange[];
}

function readHistory(value: unknown): NormsChange[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter(
      (c: Partial<Record<keyof NormsChange, unknown>> | null): c is NormsChange =>
        typeof c?.by === "string" && typeof c?.at === "string" && Array.isArray(c?.changes),
    )
    .map((c) => ({ by: c.by, at: c.at, changes: c.changes.filter((l): l is string => typeof l === "string") }))
    .slice(0, HISTORY_LENGTH);
}

export type NormsUpdate = { ok: true; stored: StoredNorms } | { ok: false; reason: "invalid"; errors: string[] } | { ok: false; reason: "conflict" };

const keyOf = (scope: string) => `norms/${scope}`;

export class NormsStore {
  constructor(private readonly storage: Storage) {}

  async get(scope: string): Promise<StoredNorms> {
    const item = (await this.storage.read([keyOf(scope)]))[keyOf(scope)] as
      { norms: unknown; eTag?: string; updatedBy?: string; updatedAt?: string; history?: unknown } | undefined;
    if (!item) return { norms: DEFAULT_NORMS, history: [] };
    // Stored norms are validated again: defaults added later fill in, and a corrupt item is not trusted.
    const parsed = parseNorms(item.norms);
    return {
      norms: parsed.ok ? parsed.norms : DEFAULT_NORMS,
      ...(item.eTag ? { eTag: item.eTag } : {}),
      ...(item.updatedBy ? { updatedBy: item.updatedBy } : {}),
      ...(item.updatedAt ? { updatedAt: item.updatedAt } : {}),
      history: readHistory(item.history),
    };
  }

  /**
   * Saves norms if nobody saved others since `expectedETag` was read. With no expected eTag the
   * write only succeeds when nothing is stored yet.
   */
  async set(scope: string, input: unknown, by: string, expectedETag: string | undefined): Promise<NormsUpdate> {
    const result = parseNorms(input);
    if (!result.ok) return { ok: false, reason: "invalid", errors: result.errors };
    // A first save expects nothing stored: both stores enforce that (eTag "" creates only); looking
    // first answers the common case without a failed write.
    const current = await this.get(scope);
    if (expectedETag === undefined && current.eTag !== undefined) return { ok: false, reason: "conflict" };
    const at = new Date().toISOString();
    const change = { by, at, changes: describeChanges(current.norms, result.norms) };
    const history = [change, ...current.history].slice(0, HISTORY_LENGTH);
    const item = { norms: result.norms, updatedBy: by, updatedAt: at, history, eTag: expectedETag ?? "" };
    try {
      await this.storage.write({ [keyOf(scope)]: item });
    } catch (error) {
      if (isConflict(error)) return { ok: false, reason: "conflict" };
      throw error;
    }
    return { ok: true, stored: await this.get(scope) };
  }
}
