// What the send check decides, from a report: let the item go, or stop it with a short, specific
// message (Smart Alerts shows at most 500 characters) and the one line to add, in the words given
// (the user's Outlook display language): each rule's short form, its `alert`.
import { englishSendWords, type SendWords } from "../i18n/send.js";
import { isConfident, type Report } from "../rules/index.js";

export const MAX_ALERT_CHARS = 500;
/** The ribbon button's id: "Take action" in the Smart Alerts dialog opens our task pane. */
export const TASK_PANE_COMMAND_ID = "openAsyncCoachButton";

export type SendDecision = { allowEvent: true } | { allowEvent: false; errorMessage: string };

function clip(text: string): string {
  return text.length <= MAX_ALERT_CHARS ? text : `${text.slice(0, MAX_ALERT_CHARS - 1)}…`;
}

export function decideOnSend(report: Report, say: SendWords = englishSendWords): SendDecision {
  if (report.kind === "message") {
    // A false alarm stops a person about to send: only a finding the rule is sure of does.
    const finding = report.findings.find((f) => f.ruleId === "missing-response-level" && isConfident(f));
    if (!finding?.fix) return { allowEvent: true };
    const alert = say.rules["missing-response-level"].alert({ line: finding.fix.text, ask: finding.quote ?? null });
    return { allowEvent: false, errorMessage: clip(alert) };
  }
  const finding = report.findings.find((f) => f.ruleId === "missing-pre-read" && isConfident(f));
  if (!finding) return { allowEvent: true };
  return { allowEvent: false, errorMessage: clip(say.rules["missing-pre-read"].alert) };
}
