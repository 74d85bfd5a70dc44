// Team norms kept in a botbuilder Storage, one item per scope: a team ("team:<id>") or a person
// in personal scope ("user:<id>"). Each item records who changed it and when. Writes are
// conditional on the eTag the writer read, so two concurrent edits never silently overwrite.
// A person may follow a team's norms instead of their own: then their checks outside the team
// (Outlook, the 1:1 chat, their reminders) read the team's.
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
const followKeyOf = (userKey: string) => `follows/${userKey}`;

/** The team whose norms a person's own checks follow. */
export interface Followed {
  /** Its norms key, "team:<thread id>". */
  team: string;
  /** Its name when they chose it, for "You follow the norms of …". */
  name: string | null;
  /** Its Microsoft 365 group, to check they are still a member. */
  groupId?: string;
}

/** The norms in force for a scope: a person's are the followed team's, where they follow one. */
export type NormsInForce = StoredNorms & { follows?: Followed };

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

  /** The team a person follows, if any. */
  async followed(userKey: string): Promise<Followed | undefined> {
    const item = (await this.storage.read([followKeyOf(userKey)]))[followKeyOf(userKey)] as Partial<Record<keyof Followed, unknown>> | undefined;
    if (typeof item?.team !== "string" || !item.team.startsWith("team:")) return undefined;
    return {
      team: item.team,
      name: typeof item.name === "string" ? item.name : null,
      ...(typeof item.groupId === "string" ? { groupId: item.groupId } : {}),
    };
  }

  /** Follows a team's norms, or (null) goes back to the person's own. The last choice wins. */
  async follow(userKey: string, followed: Followed | null): Promise<void> {
    if (followed) await this.storage.write({ [followKeyOf(userKey)]: { ...followed, eTag: "*" } });
    else await this.storage.delete([followKeyOf(userKey)]);
  }

  /** The norms a scope's checks follow: for a person who follows a team, the team's. */
  async inForce(key: string): Promise<NormsInForce> {
    const followed = key.startsWith("user:") ? await this.followed(key) : undefined;
    if (!followed) return this.get(key);
    return { ...(await this.get(followed.team)), follows: followed };
  }
}
