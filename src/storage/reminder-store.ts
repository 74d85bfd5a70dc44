// One record per meeting the pre-read check has looked at: which change of it was reminded about,
// and what the organiser answered. A conditional write (eTag) is the claim on a meeting, so two
// scanners, or a scanner restarted mid-scan, never send the same reminder twice.
import type { Storage } from "botbuilder";
import { isConflict } from "./storage-contract.js";

export type ReminderState = "sending" | "sent" | "dismissed" | "snoozed";

export interface ReminderRecord {
  mailbox: string;
  eventId: string;
  /** The meeting's version that was reminded about: a fingerprint of what the rules read. */
  version: string;
  state: ReminderState;
  at: string;
  /** For "snoozed": remind again from then on. */
  until?: string;
}

/**
 * Reminder records are pruned this long after their last change (Blob Storage's lifecycle rule in
 * infra/azure.json, the file store's sweep): by then the meeting they are about is long over.
 */
export const REMINDER_RETENTION_DAYS = 30;

/** A claim not confirmed as sent by then is taken as a crashed scanner's, and may be retried. */
export const CLAIM_TIMEOUT_MS = 10 * 60_000;

/** Every reminder record's key starts so: the lifecycle rule in infra/azure.json and the file store's sweep prune by it. */
export const REMINDER_KEY_PREFIX = "pre-read/";
const keyOf = (mailbox: string, eventId: string) => `${REMINDER_KEY_PREFIX}${mailbox}/${eventId}`;
type Stored = ReminderRecord & { eTag?: string };

export type ClaimDecision = { claimed: true } | { claimed: false; why: "already-reminded" | "dismissed" | "snoozed" | "in-progress" | "lost-race" };

export class ReminderStore {
  constructor(private readonly storage: Storage) {}

  async get(mailbox: string, eventId: string): Promise<Stored | undefined> {
    const key = keyOf(mailbox, eventId);
    return (await this.storage.read([key]))[key] as Stored | undefined;
  }

  /** Decides whether this meeting's current version needs a reminder, and claims it if so. */
  async claim(mailbox: string, eventId: string, version: string, now: Date): Promise<ClaimDecision> {
    const current = await this.get(mailbox, eventId);
    if (current) {
      // "Not needed for this meeting" holds for every later change too.
      if (current.state === "dismissed") return { claimed: false, why: "dismissed" };
      if (current.state === "snoozed") {
        const waiting = current.until !== undefined && Date.parse(current.until) > now.getTime();
        if (waiting && current.version === version) return { claimed: false, why: "snoozed" };
      } else if (current.version === version) {
        if (current.state === "sent") return { claimed: false, why: "already-reminded" };
        if (now.getTime() - Date.parse(current.at) < CLAIM_TIMEOUT_MS) return { claimed: false, why: "in-progress" };
      }
    }
    const record: Stored = { mailbox, eventId, version, state: "sending", at: now.toISOString(), eTag: current?.eTag ?? "" };
    try {
      await this.storage.write({ [keyOf(mailbox, eventId)]: record });
    } catch (error) {
      if (isConflict(error)) return { claimed: false, why: "lost-race" };
      throw error;
    }
    return { claimed: true };
  }

  private async update(mailbox: string, eventId: string, change: Partial<ReminderRecord>): Promise<boolean> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const current = await this.get(mailbox, eventId);
      if (!current) return false;
      try {
        await this.storage.write({ [keyOf(mailbox, eventId)]: { ...current, ...change, eTag: current.eTag ?? "*" } });
        return true;
      } catch (error) {
        if (!isConflict(error)) throw error;
      }
    }
    return false;
  }

  markSent(mailbox: string, eventId: string, now: Date): Promise<boolean> {
    return this.update(mailbox, eventId, { state: "sent", at: now.toISOString() });
  }

  /** The message could not be sent: let the next scan try again. */
  async release(mailbox: string, eventId: string): Promise<void> {
    await this.storage.delete([keyOf(mailbox, eventId)]);
  }

  dismiss(mailbox: string, eventId: string, now: Date): Promise<boolean> {
    return this.update(mailbox, eventId, { state: "dismissed", at: now.toISOString() });
  }

  snooze(mailbox: string, eventId: string, until: Date, now: Date): Promise<boolean> {
    return this.update(mailbox, eventId, { state: "snoozed", at: now.toISOString(), until: until.toISOString() });
  }
}
