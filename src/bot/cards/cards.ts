// Typed builders for every card the bot sends: data in, a botbuilder Attachment out.
import { Template } from "adaptivecards-templating";
import { CardFactory, type Attachment } from "botbuilder";
import { describeNorms, isConfident, type MessageReport, type Norms, type Severity } from "../../rules/index.js";
import type { PreReadReminder } from "../../graph/pre-read-scan.js";
import * as templates from "./templates.js";

type Json = Record<string, unknown>;

const compiled = new Map<object, Template>();
function expand(template: object, data: object): Json {
  let t = compiled.get(template);
  if (!t) {
    t = new Template(template);
    compiled.set(template, t);
  }
  return t.expand({ $root: data }) as Json;
}

const LABEL: Record<Severity, { label: string; color: string }> = {
  error: { label: "Fix", color: "Attention" },
  warning: { label: "Consider", color: "Warning" },
  info: { label: "Note", color: "Accent" },
};
/** A headline finding the rule is unsure of reads as a softer note. */
const UNSURE = { label: "Maybe", color: "Accent" };

const LEVEL_WORDS: Record<MessageReport["detected"]["responseLevel"], string> = {
  none: "no response level",
  fyi: "FYI (no reply needed)",
  low: "low urgency",
  input: "reply wanted by a stated time",
  blocking: "blocking",
};

/** The card's data: only what the writer needs to see. */
function findingsData(report: MessageReport, improvedText: string) {
  const count = report.findings.length;
  const deadline = report.detected.deadline ? `, reply by ${report.detected.deadline.text}` : "";
  return {
    title: count === 0 ? "Good to send" : `${count} thing${count === 1 ? "" : "s"} to look at before you send`,
    summary: `Detected: ${LEVEL_WORDS[report.detected.responseLevel]}${deadline}; ${report.detected.asks} ask${report.detected.asks === 1 ? "" : "s"}.`,
    findings: report.findings.map((f) => ({ ...(isConfident(f) ? LABEL[f.severity] : UNSURE), message: f.message, ruleId: f.ruleId })),
    improvedText: improvedText === "" ? "" : improvedText,
  };
}

export function findingsCard(report: MessageReport, improvedText: string): Attachment {
  return CardFactory.adaptiveCard(expand(templates.findingsTemplate, findingsData(report, improvedText)));
}

export const welcomeCard = (): Attachment => CardFactory.adaptiveCard(expand(templates.welcomeTemplate, {}));
export const helpCard = (): Attachment => CardFactory.adaptiveCard(expand(templates.helpTemplate, {}));

export interface NormsMeta {
  scopeLabel: string;
  updatedBy?: string | undefined;
  updatedAt?: string | undefined;
}

export function normsCard(norms: Norms, meta: NormsMeta): Attachment {
  const changed = meta.updatedAt
    ? `Last changed by ${meta.updatedBy ?? "someone"} on ${new Date(meta.updatedAt).toUTCString()}.`
    : "These are the defaults: nobody has changed them yet.";
  return CardFactory.adaptiveCard(
    expand(templates.normsTemplate, { title: `Norms for ${meta.scopeLabel}`, lines: describeNorms(norms), changed }),
  );
}

export function settingsCard(norms: Norms, scopeLabel: string, eTag: string | undefined, errors: string[] = []): Attachment {
  return CardFactory.adaptiveCard(
    expand(templates.settingsTemplate, {
      title: `Change the norms for ${scopeLabel}`,
      errors,
      timeZone: norms.timeZone,
      workingDays: norms.workingDays.join(","),
      workStart: norms.workingHours.start,
      workEnd: norms.workingHours.end,
      focusStart: norms.focusWindow?.start ?? "",
      focusEnd: norms.focusWindow?.end ?? "",
      preReadNoticeHours: norms.preReadNoticeHours,
      replyChat: norms.replyWithinBusinessDays.chat,
      replyEmail: norms.replyWithinBusinessDays.email,
      eTag: eTag ?? "",
    }),
  );
}

/** The compose-box dialog: the draft to check. */
export function draftInputCard(draft = ""): Json {
  return expand(templates.draftInputTemplate, { draft });
}

/** The compose-box dialog after a check: findings, the draft to edit, and "Insert". */
export function draftResultCard(report: MessageReport, draft: string, improvedText: string): Json {
  const card = expand(templates.findingsTemplate, findingsData(report, improvedText));
  const input = draftInputCard(draft);
  return {
    ...card,
    body: [...(card.body as unknown[]), ...(input.body as unknown[])],
    actions: [
      { type: "Action.Submit", title: "Check again", data: { action: "check" } },
      { type: "Action.Submit", title: "Insert improved draft", style: "positive", data: { action: "insert", text: improvedText || draft } },
    ],
  };
}

/** The message that goes into the compose box. */
export const insertCard = (text: string): Attachment => CardFactory.adaptiveCard(expand(templates.insertTemplate, { text }));

/** What a reminder card shows: the scan's reminder, minus who it goes to. */
export type ReminderCardData = Pick<PreReadReminder, "eventId" | "subject" | "start" | "end" | "timeZone" | "webLink" | "personHours" | "attendees"> & {
  findings: { severity: Severity; message: string }[];
};

function when(start: string, end: string, timeZone: string): string {
  const day = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", timeZone });
  const time = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone });
  return `${day.format(new Date(start))}, ${time.format(new Date(start))}–${time.format(new Date(end))} (${timeZone})`;
}

export function preReadReminderCard(data: ReminderCardData): Attachment {
  const missing = data.findings.some((f) => f.severity === "error");
  return CardFactory.adaptiveCard(
    expand(templates.preReadReminderTemplate, {
      title: missing ? "Your meeting has no pre-read yet" : "Your meeting invite could be clearer",
      subject: data.subject.trim() || "(no subject)",
      when: when(data.start, data.end, data.timeZone),
      cost: `${data.personHours} person-hours (${data.attendees + 1} people)`,
      findings: data.findings.map((f) => ({ ...LABEL[f.severity], message: f.message })),
      webLink: data.webLink ?? "",
      eventId: data.eventId,
      start: data.start,
    }),
  );
}
