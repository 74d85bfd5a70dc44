// Everything the invite rules share, computed once per invite and only when a rule asks for it.
import { find as findUrls } from "linkifyjs";
import type { DateTime } from "luxon";
import { findAgenda, type AgendaFindings } from "./language/agenda.js";
import type { Language } from "./language/build.js";
import { plain } from "./language/phrases.js";
import { LETTER_RANGES } from "./text/letters.js";
import type { Norms } from "./norms.js";
import type { MeetingInvite, PreReadItems } from "./schema.js";
import { isJoinLink, isLogisticsLink } from "./text/join-info.js";
import { forwardedInviteText, prepareBody, type PreparedText } from "./text/prepare.js";
import { splitSentences, type Sentence } from "./text/sentences.js";
import { findings, type FindingWords } from "../i18n/en/findings.js";
import { shorten } from "./rule.js";
import type { Reason, RecurrenceWords } from "../i18n/shared.js";
import { formatDay, inZone, workCalendar, type WorkCalendar } from "./work-calendar.js";
import { lazy } from "./lazy.js";
import { identifyLanguage, type LanguageGuess } from "./language/identify.js";
import { languagePack, READ_LANGUAGES } from "./language/index.js";

const LINK_HINT = /:\/\/|www\.|\w\.[a-z]{2,}\//i;

export interface Recurrence extends RecurrenceWords {
  perMonth: number;
}

const HAS_LETTER = new RegExp(`[${LETTER_RANGES}]`);
const SIGNATURE_IMAGE = /^(?:image|outlook-)\w{0,12}\.(?:png|jpe?g|gif)$/i;

export class InviteContext {
  /** When the invite is sent (DTSTAMP), or the time of the check. */
  readonly now: Date;
  readonly cal: WorkCalendar;

  constructor(
    readonly invite: MeetingInvite,
    readonly norms: Norms,
    now: Date,
    /** What the findings say, in the reader's language. */
    readonly say: FindingWords = findings,
  ) {
    this.now = invite.sentAt ? new Date(invite.sentAt) : now;
    this.cal = workCalendar(norms);
  }

  readonly prepared = lazy((): PreparedText => prepareBody(this.invite, { invite: true }));
  readonly text = (): string => this.prepared().text;
  /** The language of the writer's own text (quotes and signatures removed) and subject. */
  readonly writtenIn = lazy((): LanguageGuess => {
    const guess = identifyLanguage(`${this.invite.subject}\n${this.text()}`, this.norms.language);
    // An invite with no description of its own has nothing to misread: it lacks a pre-read in any
    // language. Only its title spoke; the team's language is used when the title's is one we do not read.
    if (!READ_LANGUAGES.has(guess.code) && !HAS_LETTER.test(this.text())) return { code: this.norms.language, fromText: false };
    return guess;
  });
  /** The phrases of that language; English when the rules do not read it (and then only wordless rules run). */
  get language(): Language {
    return languagePack(this.writtenIn().code);
  }
  /** Whether the rules read that language; when not, only rules that read no words run. */
  readonly readable = (): boolean => READ_LANGUAGES.has(this.writtenIn().code);
  readonly sentences = lazy((): Sentence[] => splitSentences(this.text()));
  readonly start = lazy((): DateTime => inZone(this.invite.start, this.cal));
  readonly end = lazy((): DateTime => (this.invite.end ? inZone(this.invite.end, this.cal) : this.start()));
  readonly durationHours = lazy((): number => Math.max(0, this.end().diff(this.start(), "hours").hours));

  /** Attendees other than the organiser. */
  readonly otherAttendees = lazy(() => {
    const organizer = this.invite.organizer?.email?.toLowerCase().replace(/^mailto:/, "");
    return this.invite.attendees.filter((a) => {
      const email = a.email?.toLowerCase().replace(/^mailto:/, "");
      return !organizer || email !== organizer;
    });
  });

  /** Why this event is not a meeting to judge, or null when it is one. */
  readonly notAMeetingBecause = lazy((): Reason | null => {
    if (this.invite.isCancelled || this.language.meetings.cancelledSubject.test(plain(this.invite.subject.trim()))) return "cancelled";
    if (this.invite.isAllDay) return "all-day";
    if (this.otherAttendees().length === 0) return "no-attendees";
    return null;
  });
  readonly isMeeting = (): boolean => this.notAMeetingBecause() === null;

  readonly agenda = lazy((): AgendaFindings => findAgenda(this.text(), this.sentences(), this.invite.subject, this.language));

  /** Links to documents: every address in the body that is not a join, dial-in, options, map, booking or help link. */
  readonly documentLinks = lazy((): string[] => documentLinksIn(this.text()));

  /** Attached files, not the images of a signature ("image001.png", as Outlook names them). */
  readonly attachments = lazy((): string[] => this.invite.attachments.filter((a) => !a.isInline && !SIGNATURE_IMAGE.test(a.name)).map((a) => a.name));

  /** An invite forwarded with a note: what the original said, read when the note itself holds no pre-read. */
  readonly forwarded = lazy((): { agenda: AgendaFindings; links: string[] } | null => {
    const text = forwardedInviteText(this.invite);
    if (!HAS_LETTER.test(text)) return null;
    return { agenda: findAgenda(text, splitSentences(text), "", this.language), links: documentLinksIn(text) };
  });

  readonly preRead = lazy((): PreReadItems => {
    const own = this.agenda();
    const links = this.documentLinks();
    const attachments = this.attachments();
    if (own.agenda || own.decision || links.length > 0 || attachments.length > 0) return { agenda: own.agenda, decision: own.decision, links, attachments };
    const original = this.forwarded();
    return { agenda: original?.agenda.agenda ?? false, decision: original?.agenda.decision ?? false, links: original?.links ?? [], attachments };
  });

  readonly hasPreRead = (): boolean => {
    const p = this.preRead();
    return p.agenda || p.decision || p.links.length > 0 || p.attachments.length > 0;
  };

  /** Everyone's time: the attendees plus the organiser. */
  readonly people = (): number => this.otherAttendees().length + 1;
  readonly personHours = (): number => Math.round(this.people() * this.durationHours() * 100) / 100;

  readonly recurrence = lazy((): Recurrence | null => parseRecurrence(this.invite.recurrence));

  /** A piece of the writer's text, shortened and in the reader's quotation marks. */
  quote(text: string): string {
    return this.say.quote(shorten(text));
  }

  formatDay(day: DateTime): string {
    return formatDay(day, inZone(this.now, this.cal), this.say.locale);
  }
}

/** Links to documents: every address in the text that is not a join, dial-in, options, map, booking or help link. */
function documentLinksIn(text: string): string[] {
  // linkify is thorough but slow on long text: give it only lines that can hold an address.
  const candidates = text
    .split("\n")
    .filter((line) => LINK_HINT.test(line))
    .join("\n");
  const links = findUrls(candidates, "url")
    .map((l) => l.href)
    .filter((href) => /^https?:/i.test(href) && !isJoinLink(href) && !isLogisticsLink(href));
  return [...new Set(links)];
}

/** Person-hours as a message gives them: 1.5, 24 (whole from ten up). */
export function roundPersonHours(hours: number): number {
  return hours >= 10 ? Math.round(hours) : Math.round(hours * 10) / 10;
}

const PER_MONTH: Record<string, number> = { DAILY: 30.4, WEEKLY: 4.35, MONTHLY: 1, YEARLY: 1 / 12 };

/** Reads an RRULE ("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH") into a rough monthly frequency. */
export function parseRecurrence(rule: string | undefined): Recurrence | null {
  if (!rule || rule.trim() === "") return null;
  const parts = new Map(
    rule
      .replace(/^RRULE:/i, "")
      .split(";")
      .map((p) => p.split("=") as [string, string | undefined])
      .map(([k, v]) => [k.trim().toUpperCase(), (v ?? "").trim().toUpperCase()]),
  );
  const freq = parts.get("FREQ") ?? "";
  const base = PER_MONTH[freq];
  if (base === undefined) return { unit: null, interval: 1, workingDays: false, perMonth: 1 };
  const interval = Math.max(1, Number(parts.get("INTERVAL")) || 1);
  const byDay = parts.get("BYDAY")?.split(",").filter(Boolean).length ?? 0;
  let perMonth = base / interval;
  if (freq === "DAILY" && byDay > 0) perMonth = (byDay * 4.35) / interval;
  if (freq === "WEEKLY" && byDay > 1) perMonth = (byDay * 4.35) / interval;
  const unit = ({ DAILY: "day", WEEKLY: "week", MONTHLY: "month", YEARLY: "year" } as const)[freq as "DAILY"] ?? null;
  return { unit, interval, workingDays: freq === "DAILY" && byDay === 5, perMonth };
}
