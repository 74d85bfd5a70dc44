// Renders a report into the task pane: a summary, then each finding with what to add and, where
// there is one, a button that applies the fix. Plain DOM plus Fluent UI web components.
import { hasWords, isConfident, isLanguageRead, languageName, ruleTitle, type Finding, type Report } from "../../rules/index.js";

const SEVERITY: Record<Finding["severity"], { label: string; tone: string }> = {
  error: { label: "Fix", tone: "danger" },
  warning: { label: "Consider", tone: "warning" },
  info: { label: "Note", tone: "informative" },
};
/** A headline finding the rule is unsure of reads as a softer note. */
const UNSURE = { label: "Maybe", tone: "informative" };

const LEVEL: Record<string, string> = {
  none: "No response level yet",
  fyi: "FYI: no reply needed",
  low: "Low urgency",
  input: "Reply wanted by a stated time",
  blocking: "Blocking",
};

function el(tag: string, attrs: Record<string, string> = {}, text?: string): HTMLElement {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

export function summaryOf(report: Report): string {
  if (!isLanguageRead(report.detected.language)) return `Not checked: this looks like ${languageName(report.detected.language)}.`;
  if (report.kind === "message") {
    const deadline = report.detected.deadline ? `, by ${report.detected.deadline.text}` : "";
    return `${LEVEL[report.detected.responseLevel] ?? report.detected.responseLevel}${deadline}.`;
  }
  if (!report.detected.isMeeting) return `Not judged as a meeting: ${report.detected.notAMeetingBecause}.`;
  return `Meeting cost: ${report.detected.personHours} person-hours (${report.detected.attendees + 1} people).`;
}

export function renderReport(root: HTMLElement, report: Report, onFix: (finding: Finding) => void): void {
  root.replaceChildren();
  if (report.kind === "message" && !hasWords(report)) {
    root.append(el("p", { class: "empty", "data-testid": "empty" }, "Nothing to check yet. Write your message and I'll check it as you type."));
    return;
  }
  root.append(el("p", { class: "summary", "data-testid": "summary" }, summaryOf(report)));
  if (report.findings.length === 0) {
    root.append(el("p", { class: "good", "data-testid": "good" }, "Good to send: nothing to add."));
    return;
  }
  const list = el("ul", { class: "findings", "aria-label": "What to add before you send" });
  for (const finding of report.findings) {
    const item = el("li", { class: "finding", "data-rule": finding.ruleId });
    const look = isConfident(finding) ? SEVERITY[finding.severity] : UNSURE;
    const badge = el("fluent-badge", { appearance: "lightweight", class: `tone-${look.tone}` }, look.label);
    const title = el("p", { class: "rule" }, ruleTitle(finding.ruleId));
    const message = el("p", { class: "message" }, finding.message);
    item.append(badge, title, message);
    if (finding.fix) {
      const button = el("fluent-button", { appearance: "accent", "aria-label": `${finding.fix.description}: ${finding.fix.text.split("\n")[0]}` }, finding.fix.description);
      button.addEventListener("click", () => onFix(finding));
      item.append(button);
    }
    list.append(item);
  }
  root.append(list);
}

export function renderError(root: HTMLElement, message: string): void {
  root.replaceChildren(el("p", { class: "error", role: "alert" }, message));
}
