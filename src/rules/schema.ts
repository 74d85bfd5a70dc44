// The rule module's inputs and outputs. Every surface (CLI, server, bot, add-in) turns its own
// representation into these shapes at its edge; the rules never see a platform type.
import { z } from "zod";

/** Upper bound on any body we analyse; larger inputs are refused at the boundary. */
export const MAX_BODY_CHARS = 1_000_000;

const isoDateTime = z.iso.datetime({ offset: true, local: false });

export const PersonSchema = z.object({
  name: z.string().max(320).optional(),
  email: z.string().max(320).optional(),
});
export type Person = z.infer<typeof PersonSchema>;

export const AttachmentSchema = z.object({
  name: z.string().max(1000),
  size: z.number().int().nonnegative().optional(),
  contentType: z.string().max(200).optional(),
  /** Inline images (signature logos, pasted screenshots) are not a pre-read or an attachment to mention. */
  isInline: z.boolean().default(false),
});
export type Attachment = z.infer<typeof AttachmentSchema>;

/** Header names (any case) to values; only the ones the rules read matter, the rest are ignored. */
export const MailHeadersSchema = z
  .record(z.string().max(200), z.string().max(4000))
  .refine((h) => Object.keys(h).length <= 200, { message: "at most 200 headers" });
export type MailHeaders = z.infer<typeof MailHeadersSchema>;

/** A body is given as plain text, as HTML, or both (then HTML wins: it keeps links and lists). */
const bodyFields = {
  bodyText: z.string().max(MAX_BODY_CHARS).optional(),
  bodyHtml: z.string().max(MAX_BODY_CHARS).optional(),
};

export const MessageDraftSchema = z.object({
  kind: z.literal("message").default("message"),
  channel: z.enum(["email", "chat"]).default("email"),
  subject: z.string().max(2000).default(""),
  ...bodyFields,
  to: z.array(PersonSchema).max(5000).default([]),
  cc: z.array(PersonSchema).max(5000).default([]),
  attachments: z.array(AttachmentSchema).max(500).default([]),
  /** When the draft is (or will be) sent; deadlines are read relative to it. */
  sentAt: isoDateTime.optional(),
  /**
   * Mail headers where the input has them (an .eml file, a received message): List-Id,
   * List-Unsubscribe, Precedence, Auto-Submitted, X-Autoreply tell bulk mail and automatic replies.
   */
  headers: MailHeadersSchema.optional(),
});
export type MessageDraft = z.infer<typeof MessageDraftSchema>;
export type MessageDraftInput = z.input<typeof MessageDraftSchema>;

export const MeetingInviteSchema = z
  .object({
    kind: z.literal("invite").default("invite"),
    subject: z.string().max(2000).default(""),
    ...bodyFields,
    start: isoDateTime,
    end: isoDateTime.optional(),
    isAllDay: z.boolean().default(false),
    organizer: PersonSchema.optional(),
    attendees: z.array(PersonSchema.extend({ optional: z.boolean().default(false) })).max(5000).default([]),
    attachments: z.array(AttachmentSchema).max(500).default([]),
    /** An RRULE value ("FREQ=WEEKLY;BYDAY=TH") or any non-empty description of the pattern. */
    recurrence: z.string().max(2000).optional(),
    isOnlineMeeting: z.boolean().default(false),
    isCancelled: z.boolean().default(false),
    /** When the invite was (or will be) sent: DTSTAMP in iCalendar. */
    sentAt: isoDateTime.optional(),
  })
  .refine((v) => v.end === undefined || Date.parse(v.end) >= Date.parse(v.start), {
    message: "end must not be before start",
    path: ["end"],
  });
export type MeetingInvite = z.infer<typeof MeetingInviteSchema>;
export type MeetingInviteInput = z.input<typeof MeetingInviteSchema>;

/** What the server's /api/check and the CLI's .json files accept: either kind, told apart by `kind`. */
export const CheckInputSchema = z.discriminatedUnion("kind", [
  MessageDraftSchema.extend({ kind: z.literal("message") }),
  MeetingInviteSchema.safeExtend({ kind: z.literal("invite") }),
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
  ruleId: string;
  severity: Severity;
  message: string;
  /** Set on headline findings (missing-response-level, missing-pre-read). */
  confidence?: Confidence;
  range?: TextRange;
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
export function describeZodError(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.length > 0 ? issue.path.map(String).join(".") : "(root)";
    return `${path}: ${issue.message}`;
  });
}
