// The pre-meeting pre-read check: for everyone who asked ("watch my meetings"), read the meetings
// they organise from Graph, run the invite rules under their norms, and send one reminder per
// meeting and change when the invite falls short, early enough to act on. Bodies are read to
// judge them and then dropped: nothing of a meeting's text is logged or stored.
import { createHash } from "node:crypto";
import pLimit from "p-limit";
import { checkInvite, isConfident, type Finding, type MeetingInviteInput, type Norms } from "../rules/index.js";
import type { ReminderStore } from "../storage/reminder-store.js";
import type { TeamReach, Watcher } from "../storage/watch-store.js";
import { listOrganisedMeetings, type UpcomingMeeting } from "../graph/calendar.js";
import type { GraphClient } from "../graph/graph-client.js";

/** What a reminder says; the bot turns it into a card. */
export interface PreReadReminder {
  /** The organiser: their mailbox and whom the reminder goes to. */
  userId: string;
  eventId: string;
  subject: string;
  start: string;
  end: string;
  timeZone: string;
  webLink: string | undefined;
  personHours: number;
  attendees: number;
  findings: Pick<Finding, "ruleId" | "severity" | "message">[];
  /** For someone watched through their team: how to open a 1:1 chat if there is none yet. */
  team?: TeamReach;
}

export interface ReminderSender {
  /** "sent", or "no-conversation" when the person has no chat with the bot to be messaged in. */
  send(reminder: PreReadReminder): Promise<"sent" | "no-conversation">;
}

export interface ScanLogger {
  info(message: string): void;
  error(message: string): void;
}

export interface PreReadScannerOptions {
  graph: GraphClient;
  watchers: () => Promise<Watcher[]>;
  normsFor: (watcher: Watcher) => Promise<Norms>;
  reminders: ReminderStore;
  sender: ReminderSender;
  logger: ScanLogger;
  /** Extra lead on top of the norms' pre-read notice, so a scan always comes before the deadline. */
  leadMs?: number;
  /** Mailboxes scanned at once (each has its own 4-request limit in the Graph client). */
  mailboxConcurrency?: number;
  now?: () => Date;
}

export interface ScanResult {
  mailboxes: number;
  failedMailboxes: number;
  /** Reminders that could not be delivered; they are tried again at the next scan. */
  failedReminders: number;
  meetings: number;
  malformed: number;
  reminded: number;
  durationMs: number;
}

/** A fingerprint of what the rules read, so attendees' replies (which change Graph's changeKey) are not a "change". */
export function fingerprint(invite: MeetingInviteInput): string {
  const relevant = {
    subject: invite.subject,
    body: invite.bodyHtml ?? invite.bodyText ?? "",
    start: invite.start,
    end: invite.end,
    attendees: (invite.attendees ?? []).map((a) => `${a.email ?? a.name ?? ""}${a.optional ? "?" : ""}`).sort(),
    attachments: (invite.attachments ?? []).map((a) => a.name).sort(),
  };
  return createHash("sha256").update(JSON.stringify(relevant)).digest("base64url").slice(0, 22);
}

export class PreReadScanner {
  private readonly o: Required<Omit<PreReadScannerOptions, "graph" | "watchers" | "normsFor" | "reminders" | "sender" | "logger">>;

  constructor(private readonly deps: PreReadScannerOptions) {
    this.o = { leadMs: deps.leadMs ?? 30 * 60_000, mailboxConcurrency: deps.mailboxConcurrency ?? 32, now: deps.now ?? (() => new Date()) };
  }

  async scan(): Promise<ScanResult> {
    const started = Date.now();
    const watchers = await this.deps.watchers();
    const result: ScanResult = { mailboxes: watchers.length, failedMailboxes: 0, failedReminders: 0, meetings: 0, malformed: 0, reminded: 0, durationMs: 0 };
    const limit = pLimit(this.o.mailboxConcurrency);
    await Promise.all(
      watchers.map((watcher) =>
        limit(async () => {
          try {
            const { meetings, malformed, reminded, failed } = await this.scanMailbox(watcher);
            result.meetings += meetings;
            result.malformed += malformed;
            result.reminded += reminded;
            result.failedReminders += failed;
          } catch (error) {
            // One mailbox failing (no licence, throttled for too long, gone) never stops the others.
            result.failedMailboxes++;
            this.deps.logger.error(`pre-read check: mailbox ${watcher.userId} skipped: ${(error as Error).message}`);
          }
        }),
      ),
    );
    result.durationMs = Date.now() - started;
    return result;
  }

  private async scanMailbox(watcher: Watcher): Promise<{ meetings: number; malformed: number; reminded: number; failed: number }> {
    const norms = await this.deps.normsFor(watcher);
    const now = this.o.now();
    const noticeMs = norms.preReadNoticeHours * 3_600_000;
    const window = { start: now, end: new Date(now.getTime() + noticeMs + this.o.leadMs) };
    const page = await listOrganisedMeetings(this.deps.graph, watcher.userId, window, (why) =>
      this.deps.logger.info(`pre-read check: skipped a malformed event in mailbox ${watcher.userId} (${why})`),
    );
    let reminded = 0;
    let failed = 0;
    for (const meeting of page.meetings) {
      try {
        if (await this.consider(watcher, meeting, norms, now)) reminded++;
      } catch (error) {
        // One reminder that cannot be delivered does not hold up the mailbox's other meetings.
        failed++;
        this.deps.logger.error(`pre-read check: a reminder for mailbox ${watcher.userId} was not delivered: ${(error as Error).message}`);
      }
    }
    return { meetings: page.meetings.length, malformed: page.malformed, reminded, failed };
  }

  /** True when a reminder was sent for this meeting. */
  private async consider(watcher: Watcher, meeting: UpcomingMeeting, norms: Norms, now: Date): Promise<boolean> {
    const start = Date.parse(meeting.invite.start);
    if (start <= now.getTime()) return false;
    const report = checkInvite(meeting.invite, norms, now);
    if (!report.detected.isMeeting) return false;
    // Errors and warnings are worth a message; notes (info) and findings the rules are unsure of are not.
    const findings = report.findings.filter((f) => f.severity !== "info" && isConfident(f));
    if (findings.length === 0) return false;
    const version = fingerprint(meeting.invite);
    const claim = await this.deps.reminders.claim(watcher.userId, meeting.id, version, now);
    if (!claim.claimed) return false;
    let outcome: "sent" | "no-conversation";
    try {
      outcome = await this.deps.sender.send({
        userId: watcher.userId,
        eventId: meeting.id,
        subject: meeting.invite.subject ?? "",
        start: meeting.invite.start,
        end: meeting.invite.end ?? meeting.invite.start,
        timeZone: norms.timeZone,
        webLink: meeting.webLink,
        personHours: report.detected.personHours,
        attendees: report.detected.attendees,
        findings: findings.map(({ ruleId, severity, message }) => ({ ruleId, severity, message })),
        ...(watcher.team ? { team: watcher.team } : {}),
      });
    } catch (error) {
      await this.deps.reminders.release(watcher.userId, meeting.id);
      throw error;
    }
    if (outcome !== "sent") {
      await this.deps.reminders.release(watcher.userId, meeting.id);
      return false;
    }
    await this.deps.reminders.markSent(watcher.userId, meeting.id, now);
    return true;
  }
}
