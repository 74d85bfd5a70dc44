// The rule module's entry points: checkMessage and checkInvite run the enabled rules over one
// draft or invite and collect their findings. Pure: no I/O, no platform types, safe in a browser.
import { titleIn } from "../i18n/shared.js";
import { findings, type FindingWords } from "../i18n/en/findings.js";
import { InviteContext } from "./invite-context.js";
import { MessageContext } from "./message-context.js";
import { resolveNorms, type Norms, type NormsInput, type RuleId } from "./norms.js";
import type { InviteRule, MessageRule, RuleFinding } from "./rule.js";
import {
  MeetingInviteSchema,
  MessageDraftSchema,
  type CheckInput,
  type Finding,
  type InviteReport,
  type MeetingInviteInput,
  type MessageDraftInput,
  type MessageReport,
  type Report,
  type Severity,
} from "./schema.js";
import { LineIndex } from "./text/sentences.js";

import missingResponseLevel from "./message/missing-response-level.js";
import vagueDeadline from "./message/vague-deadline.js";
import unworkableDeadline from "./message/unworkable-deadline.js";
import unexplainedUrgency from "./message/unexplained-urgency.js";
import mixedSignals from "./message/mixed-signals.js";
import greetingOnly from "./message/greeting-only.js";
import suggestCall from "./message/suggest-call.js";
import longMessageWithoutFyi from "./message/long-message-without-fyi.js";
import missingPreRead from "./invite/missing-pre-read.js";
import noStatedPurpose from "./invite/no-stated-purpose.js";
import preReadTooLate from "./invite/pre-read-too-late.js";
import couldBeAsync from "./invite/could-be-async.js";
import meetingCost from "./invite/meeting-cost.js";
import focusTimeConflict from "./invite/focus-time-conflict.js";
import missingAttachment from "./invite/missing-attachment.js";
import { languageNotCheckedInvite, languageNotCheckedMessage } from "./language-not-checked.js";
import { languagePack, READ_LANGUAGES } from "./language/index.js";
import { plain } from "./language/phrases.js";

export const MESSAGE_RULES: readonly MessageRule[] = [
  missingResponseLevel,
  vagueDeadline,
  unworkableDeadline,
  unexplainedUrgency,
  mixedSignals,
  greetingOnly,
  suggestCall,
  longMessageWithoutFyi,
  languageNotCheckedMessage,
];

export const INVITE_RULES: readonly InviteRule[] = [
  missingPreRead,
  noStatedPurpose,
  preReadTooLate,
  couldBeAsync,
  meetingCost,
  focusTimeConflict,
  missingAttachment,
  languageNotCheckedInvite,
];

/** Every rule once (a rule that judges messages and invites alike is listed under both). */
export const ALL_RULES: readonly (MessageRule | InviteRule)[] = [...new Map([...MESSAGE_RULES, ...INVITE_RULES].map((r) => [r.id, r])).values()];

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function severityFor(id: RuleId, fallback: Severity, norms: Norms): Severity | null {
  const setting = norms.rules[id];
  if (setting === "off") return null;
  return setting ?? fallback;
}

function runRules<C extends { readable(): boolean }>(rules: readonly (MessageRule | InviteRule)[], ctx: C, text: () => string, norms: Norms): Finding[] {
  let lines: LineIndex | undefined;
  const findings: Finding[] = [];
  // In a language the rules do not read, only rules that read no words run.
  const readable = ctx.readable();
  for (const rule of rules) {
    if (!readable && rule.readsWords !== false) continue;
    const severity = severityFor(rule.id, rule.severity, norms);
    if (!severity) continue;
    const reported: RuleFinding[] = (rule.check as unknown as (c: C) => RuleFinding[])(ctx);
    for (const f of reported) {
      const finding: Finding = { ruleId: rule.id, severity, message: f.message };
      if (f.range) {
        lines ??= new LineIndex(text());
        finding.range = { start: f.range.start, end: f.range.end, ...lines.position(f.range.start) };
      }
      if (f.quote) finding.quote = f.quote;
      if (f.fix) finding.fix = f.fix;
      if (f.confidence) finding.confidence = f.confidence;
      if (f.score !== undefined) finding.score = Math.round(f.score * 1000) / 1000;
      findings.push(finding);
    }
  }
  return findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.range?.start ?? 0) - (b.range?.start ?? 0));
}

/**
 * Checks a message draft. `now` is used when the draft has no `sentAt`; `say` words the findings in
 * the reader's language (i18n/findings.ts picks them by locale), English by default. Throws on invalid input.
 */
export function checkMessage(draft: MessageDraftInput, norms?: NormsInput | Norms, now: Date = new Date(), say: FindingWords = findings): MessageReport {
  const resolved = resolveNorms(norms);
  const ctx = new MessageContext(MessageDraftSchema.parse(draft), resolved, now, say);
  const findings = runRules(MESSAGE_RULES, ctx, ctx.text, resolved);
  const readable = ctx.readable();
  // Unread text has no asks or level we could stand behind.
  const deadline = readable ? ctx.deadline() : null;
  return {
    kind: "message",
    findings,
    detected: {
      language: ctx.writtenIn().code,
      responseLevel: readable ? ctx.responseLevel() : "none",
      asks: readable ? ctx.asks().length : 0,
      deadline: deadline && {
        text: deadline.text,
        at: deadline.at.toISO() ?? "",
        isPast: deadline.isPast,
        onNonWorkingDay: deadline.onNonWorkingDay,
      },
      words: ctx.words(),
      ...(ctx.automated() ? { automated: ctx.automated()! } : {}),
    },
  };
}

/** Checks a meeting invite, as checkMessage does a draft. Throws on invalid input. */
export function checkInvite(invite: MeetingInviteInput, norms?: NormsInput | Norms, now: Date = new Date(), say: FindingWords = findings): InviteReport {
  const resolved = resolveNorms(norms);
  const ctx = new InviteContext(MeetingInviteSchema.parse(invite), resolved, now, say);
  const findings = runRules(INVITE_RULES, ctx, ctx.text, resolved);
  const notAMeeting = ctx.notAMeetingBecause();
  return {
    kind: "invite",
    findings,
    detected: {
      language: ctx.writtenIn().code,
      isMeeting: notAMeeting === null,
      ...(notAMeeting ? { notAMeetingBecause: say.notAMeeting[notAMeeting] } : {}),
      preRead: ctx.preRead(),
      hasJoinInfo: ctx.prepared().hasJoinInfo,
      personHours: ctx.personHours(),
      attendees: ctx.otherAttendees().length,
    },
  };
}

/** Checks either kind of input, told apart by `kind`: what every surface calls. */
export function check(input: CheckInput, norms?: NormsInput | Norms, now: Date = new Date(), say: FindingWords = findings): Report {
  return input.kind === "message" ? checkMessage(input, norms, now, say) : checkInvite(input, norms, now, say);
}

/**
 * Whether a surface that interrupts (the send-time check, a reminder) may act on a finding: every
 * finding but a headline rule's low-confidence one. Those are shown as a softer note where the
 * writer asked for a check (task pane, bot, CLI).
 */
export function isConfident(finding: Pick<Finding, "confidence">): boolean {
  return finding.confidence !== "low";
}

/** The short name people see for a rule ("No pre-read"), in the words given; the id itself for an unknown one. */
export function ruleTitle(ruleId: string, say: FindingWords = findings): string {
  return titleIn(say.rules, ruleId);
}

/**
 * Whether a draft has anything to judge: at least one word. Empty and emoji-only drafts get
 * "nothing to check" on every surface, not "good to send".
 */
export function hasWords(report: MessageReport): boolean {
  return report.detected.words > 0;
}

/** Whether the rules read the language a report says the text is in ("en"); the others are not judged. */
export function isLanguageRead(code: string): boolean {
  return READ_LANGUAGES.has(code);
}
export { languageName } from "./language/identify.js";
export { READ_LANGUAGES } from "./language/index.js";

/** The body with a fix applied: what the writer gets when they accept it. */
export function applyFix(body: string, fix: { position: "top" | "bottom"; text: string }): string {
  if (body.trim() === "") return fix.text;
  if (fix.position === "bottom") return `${body.trimEnd()}\n\n${fix.text}`;
  // "At the top" is after the greeting: "Hi Sam," stays the first line.
  const lines = body.split("\n");
  const first = lines.findIndex((line) => line.trim() !== "");
  if (first < 0 || !isGreetingLine(lines[first] ?? "")) return `${fix.text}\n\n${body}`;
  const rest = lines
    .slice(first + 1)
    .join("\n")
    .replace(/^\s*\n/, "");
  return [...lines.slice(0, first + 1), "", fix.text, ...(rest.trim() === "" ? [] : ["", rest])].join("\n");
}

// Salutations that open a letter in the four languages, besides the greetings of each language's asks.
const SALUTATION = /^(?:dear|to whom|liebe[rs]?|sehr geehrte[rs]?|cher|chère|chers|madame|monsieur|estimad[oa]s?|querid[oa]s?)\b/i;

/** A first line that greets: "Hi Sam,", "Dear all,", "Hallo Tom!", "Bonjour à tous,". */
export function isGreetingLine(line: string): boolean {
  const text = line.trim();
  if (text.length > 80) return false;
  const plainText = plain(text);
  return SALUTATION.test(text) || [...READ_LANGUAGES].some((code) => languagePack(code).asks.greeting.test(plainText));
}

export { describeChanges, describeNorms } from "./norms-summary.js";
export * from "./schema.js";
export * from "./norms.js";
export type { MessageRule, InviteRule } from "./rule.js";
