// The rule module's inputs and outputs. Every surface (CLI, server, bot, add-in) turns its own
// representation into these shapes at its edge; the rules never see a platform type.
// zod's mini build: the same checks and messages as the classic API in a twelfth of the bytes,
// which keeps the add-in's send handler within its download budget.
import * as z from "zod/mini";
import en from "zod/v4/locales/en.js";
import type { RuleId } from "./norms.js";

z.config(en());

/** Upper bound on any body we analyse; larger inputs are refused at the boundary. */
export const MAX_BODY_CHARS = 1_000_000;

/** A string of at most `max` characters. */
export const text = (max: number) => z.string().check(z.maxLength(max));
/** A list of at most `max` items, empty when left out. */
const list = <T extends z.core.SomeType>(item: T, max: number) => z._default(z.array(item).check(z.maxLength(max)), []);

const isoDateTime = z.iso.datetime({ offset: true, local: false });

export const PersonSchema = z.object({
  name: z.optional(text(320)),
  email: z.optional(text(320)),
});

export const AttachmentSchema = z.object({
  name: text(1000),
  size: z.optional(z.int().check(z.nonnegative())),
  contentType: z.optional(text(200)),
  /** Inline images (signature logos, pasted screenshots) are not a pre-read or an attachment to mention. */
  isInline: z._default(z.boolean(), false),
});

/** Header names (any case) to values; only the ones the rules read matter, the rest are ignored. */
export const MailHeadersSchema = z.record(text(200), text(4000)).check(z.refine((h) => Object.keys(h).length <= 200, { message: "at most 200 headers" }));

/** A body is given as plain text, as HTML, or both (then HTML wins: it keeps links and lists). */
const bodyFields = {
  bodyText: z.optional(text(MAX_BODY_CHARS)),
  bodyHtml: z.optional(text(MAX_BODY_CHARS)),
};

export const MessageDraftSchema = z.object({
  kind: z._default(z.literal("message"), "message"),
  channel: z._default(z.enum(["email", "chat"]), "email"),
  subject: z._default(text(2000), ""),
  ...bodyFields,
  to: list(PersonSchema, 5000),
  cc: list(PersonSchema, 5000),
  attachments: list(AttachmentSchema, 500),
  /** When the draft is (or will be) sent; deadlines are read relative to it. */
  sentAt: z.optional(isoDateTime),
  /**
   * Mail headers where the input has them (an .eml file, a received message): List-Id, List-Post,
   * List-Unsubscribe, Precedence, Auto-Submitted, X-Autoreply tell lists, bulk mail and automatic replies.
   */
  headers: z.optional(MailHeadersSchema),
});
export type MessageDraft = z.infer<typeof MessageDraftSchema>;
export type MessageDraftInput = z.input<typeof MessageDraftSchema>;

export const MeetingInviteSchema = z
  .object({
    kind: z._default(z.literal("invite"), "invite"),
    subject: z._default(text(2000), ""),
    ...bodyFields,
    start: isoDateTime,
    end: z.optional(isoDateTime),
    isAllDay: z._default(z.boolean(), false),
    organizer: z.optional(PersonSchema),
    attendees: list(z.extend(PersonSchema, { optional: z._default(z.boolean(), false) }), 5000),
    attachments: list(AttachmentSchema, 500),
    /** An RRULE value ("FREQ=WEEKLY;BYDAY=TH") or any non-empty description of the pattern. */
    recurrence: z.optional(text(2000)),
    isOnlineMeeting: z._default(z.boolean(), false),
    isCancelled: z._default(z.boolean(), false),
    /** When the invite was (or will be) sent: DTSTAMP in iCalendar. */
    sentAt: z.optional(isoDateTime),
  })
  .check(
    z.refine((v) => v.end === undefined || Date.parse(v.end) >= Date.parse(v.start), {
      message: "end must not be before start",
      path: ["end"],
    }),
  );
export type MeetingInvite = z.infer<typeof MeetingInviteSchema>;
export type MeetingInviteInput = z.input<typeof MeetingInviteSchema>;

/** What the server's /api/check and the CLI's .json files accept: either kind, told apart by `kind`. */
export const CheckInputSchema = z.discriminatedUnion("kind", [
  z.extend(MessageDraftSchema, { kind: z.literal("message") }),
  z.safeExtend(MeetingInviteSchema, { kind: z.literal("invite") }),
]);
export type CheckInput = z.infer<typeof CheckInputSchema>;

export const SeveritySchema = z.enum(["error", "warning", "info"]);
export type Severity = z.infer<typeof SeveritySchema>;

/** Offsets are UTF-16 code units into the report's analysed text; line and column are 1-based. */
export interface TextRange {
  start: number;
  end: number;
  line: number;
  column: number;
}

/** A suggested edit: a line to put at the top or bottom of the body. */
export interface Fix {
  description: string;
  position: "top" | "bottom";
  text: string;
}

/**
 * How sure a headline finding is. "high": the send-time check (Smart Alerts) and the pre-read
 * reminders act on it. "low": shown as a softer note where the writer asked for a check.
 */
export type Confidence = "high" | "low";

export interface Finding {
  ruleId: RuleId;
  severity: Severity;
  message: string;
  /** Set on headline findings (missing-response-level, missing-pre-read). */
  confidence?: Confidence;
  /**
   * The calibrated probability that the finding is right, where the learned scorer judged it
   * (missing-response-level in English): "high" from the threshold where validation precision is 0.92.
   */
  score?: number;
  range?: TextRange;
  /** The writer's words the finding speaks of, shortened: the Smart Alerts dialog quotes the ask it means. */
  quote?: string;
  fix?: Fix;
}

export type ResponseLevel = "fyi" | "low" | "input" | "blocking" | "none";

export interface DetectedDeadline {
  /** The words that set it, as written. */
  text: string;
  /** The moment, ISO 8601 with the team's offset. */
  at: string;
  isPast: boolean;
  onNonWorkingDay: boolean;
}

export interface MessageReport {
  kind: "message";
  findings: Finding[];
  detected: {
    /** ISO 639-1 code of the writer's own text ("en", "de"); see language/identify.ts. */
    language: string;
    responseLevel: ResponseLevel;
    asks: number;
    deadline: DetectedDeadline | null;
    words: number;
    /** Bulk mail or an automatic reply: nothing in it is judged as an ask. */
    automated?: "bulk" | "auto-reply";
  };
}

export interface PreReadItems {
  agenda: boolean;
  decision: boolean;
  links: string[];
  attachments: string[];
}

export interface InviteReport {
  kind: "invite";
  findings: Finding[];
  detected: {
    /** ISO 639-1 code of the invite's own text and subject. */
    language: string;
    isMeeting: boolean;
    /** Why the event is not judged as a meeting (cancelled, all-day, no other attendees). */
    notAMeetingBecause?: string;
    preRead: PreReadItems;
    hasJoinInfo: boolean;
    personHours: number;
    attendees: number;
  };
}

export type Report = MessageReport | InviteReport;

/** Turns a zod error into one line per bad field: "timeZone: not a known IANA time zone". */
export function describeZodError(error: z.core.$ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.length > 0 ? issue.path.map(String).join(".") : "(root)";
    return `${path}: ${issue.message}`;
  });
}
