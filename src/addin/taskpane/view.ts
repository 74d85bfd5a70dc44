// Renders a report into the task pane: a summary, then each finding with what to add and, where
// there is one, a button that applies the fix. Plain DOM plus Fluent UI web components, in the
// words of Outlook's display language.
import type { FindingWords } from "../../i18n/findings.js";
import type { UiWords } from "../../i18n/ui.js";
import { findings as englishFindings } from "../../i18n/en/findings.js";
import { ui as englishUi } from "../../i18n/en/ui.js";
import { hasWords, isConfident, isLanguageRead, languageName, ruleTitle, type Finding, type Report } from "../../rules/index.js";

const TONE: Record<Finding["severity"] | "unsure", string> = { error: "danger", warning: "warning", info: "informative", unsure: "informative" };

function el(tag: string, attrs: Record<string, string> = {}, text?: string): HTMLElement {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The page's static words (written in English in taskpane.html) and its language. */
export function localizePage(doc: Document, ui: UiWords = englishUi): void {
  doc.documentElement.lang = ui.locale;
  const intro = doc.querySelector(".intro");
  if (intro) intro.textContent = ui.pane.intro;
  const results = doc.getElementById("results");
  results?.setAttribute("aria-label", ui.pane.resultsLabel);
  const waiting = results?.querySelector("p");
  if (waiting) waiting.textContent = ui.pane.checking;
}

export function summaryOf(report: Report, ui: UiWords = englishUi): string {
  if (!isLanguageRead(report.detected.language)) return ui.pane.notChecked({ language: languageName(report.detected.language, ui.locale) });
  if (report.kind === "message") {
    const level = ui.level[report.detected.responseLevel];
    return report.detected.deadline ? ui.pane.levelBy({ level, deadline: report.detected.deadline.text }) : ui.pane.level({ level });
  }
  if (!report.detected.isMeeting) return ui.notAMeeting({ reason: report.detected.notAMeetingBecause ?? "" });
  return ui.meetingCost({ personHours: report.detected.personHours, people: report.detected.attendees + 1 });
}

export function renderReport(
  root: HTMLElement,
  report: Report,
  onFix: (finding: Finding) => void,
  ui: UiWords = englishUi,
  say: FindingWords = englishFindings,
): void {
  root.replaceChildren();
  if (report.kind === "message" && !hasWords(report)) {
    root.append(el("p", { class: "empty", "data-testid": "empty" }, ui.pane.empty));
    return;
  }
  root.append(el("p", { class: "summary", "data-testid": "summary" }, summaryOf(report, ui)));
  if (report.findings.length === 0) {
    root.append(el("p", { class: "good", "data-testid": "good" }, ui.pane.good));
    return;
  }
  const list = el("ul", { class: "findings", "aria-label": ui.pane.listLabel });
  for (const finding of report.findings) {
    const item = el("li", { class: "finding", "data-rule": finding.ruleId });
    const look = isConfident(finding) ? finding.severity : "unsure";
    const badge = el("fluent-badge", { appearance: "lightweight", class: `tone-${TONE[look]}` }, ui.severity[look]);
    const title = el("p", { class: "rule" }, ruleTitle(finding.ruleId, say));
    const message = el("p", { class: "message" }, finding.message);
    item.append(badge, title, message);
    if (finding.fix) {
      const button = el(
        "fluent-button",
        { appearance: "accent", "aria-label": `${finding.fix.description}: ${finding.fix.text.split("\n")[0]}` },
        finding.fix.description,
      );
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
