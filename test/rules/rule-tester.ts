// RuleTester in the style of ESLint's and textlint's: per rule, cases that must not be flagged
// (valid) and cases that must be (invalid). Each case runs through the public checkMessage /
// checkInvite, so text preparation and shared analysis are exercised too.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  checkInvite,
  checkMessage,
  type InviteRule,
  type MeetingInviteInput,
  type MessageDraftInput,
  type MessageRule,
  type NormsInput,
} from "../../src/rules/index.js";

/** Monday 2 March 2026, 09:00 UTC: the default "sent at" of every case. */
export const MONDAY_9AM = "2026-03-02T09:00:00Z";

interface ExpectedFinding {
  ruleId?: string;
  line?: number;
  messageIncludes?: string;
  fixText?: string;
  confidence?: "high" | "low";
}

export type MessageCase =
  | string
  | {
      text?: string;
      html?: string;
      subject?: string;
      headers?: Record<string, string>;
      channel?: "email" | "chat";
      sentAt?: string;
      norms?: NormsInput;
      why?: string;
      findings?: ExpectedFinding[];
    };

export type InviteCase = {
  invite: Partial<MeetingInviteInput>;
  norms?: NormsInput;
  why?: string;
  findings?: ExpectedFinding[];
};

const normaliseMessage = (c: MessageCase) => (typeof c === "string" ? { text: c } : c);

function toDraft(c: Exclude<MessageCase, string>): MessageDraftInput {
  return {
    channel: c.channel ?? "email",
    ...(c.subject !== undefined ? { subject: c.subject } : {}),
    ...(c.headers !== undefined ? { headers: c.headers } : {}),
    ...(c.text !== undefined ? { bodyText: c.text } : {}),
    ...(c.html !== undefined ? { bodyHtml: c.html } : {}),
    sentAt: c.sentAt ?? MONDAY_9AM,
  };
}

/** Two attendees, Wednesday 15:00–15:30 UTC, sent Monday 09:00: a plain meeting to vary. */
export function meeting(overrides: Partial<MeetingInviteInput> = {}): MeetingInviteInput {
  return {
    subject: "Roadmap review",
    start: "2026-03-04T15:00:00Z",
    end: "2026-03-04T15:30:00Z",
    organizer: { email: "organizer@contoso.com" },
    attendees: [{ email: "x@contoso.com" }, { email: "y@contoso.com" }],
    sentAt: MONDAY_9AM,
    ...overrides,
  };
}

function label(c: { text?: string; html?: string; subject?: string; why?: string } | InviteCase): string {
  const body =
    "invite" in c
      ? `${c.invite.subject ?? ""} | ${c.invite.bodyText ?? c.invite.bodyHtml ?? ""}`
      : `${c.subject ? `[${c.subject}] ` : ""}${c.text ?? c.html ?? ""}`;
  const flat = body.replace(/\s+/g, " ").slice(0, 70);
  return c.why ? `${flat} (${c.why})` : flat;
}

function assertFindings(
  ruleId: string,
  found: { ruleId: string; range?: { line: number }; message: string; fix?: { text: string }; confidence?: string }[],
  expected: ExpectedFinding[] | undefined,
) {
  const mine = found.filter((f) => f.ruleId === ruleId);
  // As ESLint's RuleTester: the exact number of findings, one when the case lists none.
  const want = expected?.length ?? 1;
  assert.equal(mine.length, want, `expected ${want} finding(s) of ${ruleId}, got ${mine.length}: ${mine.map((f) => f.message).join(" | ")}`);
  for (const [i, e] of (expected ?? []).entries()) {
    const f = mine[i]!;
    if (e.ruleId) assert.equal(f.ruleId, e.ruleId);
    if (e.line !== undefined) assert.equal(f.range?.line, e.line, "line");
    if (e.messageIncludes) assert.ok(f.message.includes(e.messageIncludes), `message "${f.message}" lacks "${e.messageIncludes}"`);
    if (e.fixText) assert.equal(f.fix?.text, e.fixText);
    if (e.confidence) assert.equal(f.confidence, e.confidence, "confidence");
  }
}

export const ruleTester = {
  run(rule: MessageRule, cases: { valid: MessageCase[]; invalid: MessageCase[] }) {
    describe(rule.id, () => {
      for (const raw of cases.valid) {
        const c = normaliseMessage(raw);
        it(`does not flag: ${label(c)}`, () => {
          const report = checkMessage(toDraft(c), c.norms);
          const mine = report.findings.filter((f) => f.ruleId === rule.id);
          assert.deepEqual(
            mine.map((f) => f.message),
            [],
            "expected no finding",
          );
        });
      }
      for (const raw of cases.invalid) {
        const c = normaliseMessage(raw);
        it(`flags: ${label(c)}`, () => {
          assertFindings(rule.id, checkMessage(toDraft(c), c.norms).findings, c.findings);
        });
      }
    });
  },

  runInvite(rule: InviteRule, cases: { valid: InviteCase[]; invalid: InviteCase[] }) {
    describe(rule.id, () => {
      for (const c of cases.valid) {
        it(`does not flag: ${label(c)}`, () => {
          const report = checkInvite(meeting(c.invite), c.norms);
          const mine = report.findings.filter((f) => f.ruleId === rule.id);
          assert.deepEqual(
            mine.map((f) => f.message),
            [],
            "expected no finding",
          );
        });
      }
      for (const c of cases.invalid) {
        it(`flags: ${label(c)}`, () => {
          assertFindings(rule.id, checkInvite(meeting(c.invite), c.norms).findings, c.findings);
        });
      }
    });
  },
};
