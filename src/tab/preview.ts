// Preview: a sample draft checked in the browser under the norms being edited, so a team sees what
// a change does before saving it. The draft never leaves the page. In the reader's language.
import { findingWordsFor } from "../i18n/findings.js";
import { tabWordsFor } from "../i18n/tab.js";
import { uiWordsFor } from "../i18n/ui.js";
import { checkMessage, hasWords, ruleTitle, type Norms } from "../rules/index.js";
import { custom, el } from "./dom.js";

export class Preview {
  readonly element: HTMLElement;
  private readonly draft: HTMLElement & { value: string };
  private readonly channel: HTMLElement & { value: string };
  private readonly output: HTMLElement;
  private norms: Norms | undefined;
  private readonly say;
  private readonly findings;
  private readonly severity;

  constructor(initial: Norms, locale?: string) {
    this.norms = initial;
    this.say = tabWordsFor(locale).preview;
    this.findings = findingWordsFor(locale);
    this.severity = uiWordsFor(locale).severity;
    const say = this.say;
    this.draft = custom("fluent-text-area", { id: "preview-draft", rows: "5", resize: "vertical", placeholder: say.placeholder }, say.draft) as HTMLElement & {
      value: string;
    };
    this.channel = custom(
      "fluent-select",
      { id: "preview-channel", "aria-labelledby": "preview-channel-label" },
      custom("fluent-option", { value: "chat" }, say.chat),
      custom("fluent-option", { value: "email" }, say.email),
    ) as HTMLElement & { value: string };
    this.output = el("div", { id: "preview-output", "aria-live": "polite" });
    this.element = el(
      "section",
      { class: "preview", "aria-labelledby": "preview-title" },
      el("h2", { id: "preview-title" }, say.title),
      el("p", { class: "hint" }, say.hint),
      el("div", { class: "field" }, el("span", { class: "label", id: "preview-channel-label" }, say.sentAs), this.channel),
      el("div", { class: "field" }, this.draft),
      this.output,
    );
    this.draft.addEventListener("input", () => this.render());
    this.draft.addEventListener("change", () => this.render());
    this.channel.addEventListener("change", () => this.render());
    this.render();
  }

  /** Norms from the form, or undefined while the form has errors. */
  setNorms(norms: Norms | undefined): void {
    this.norms = norms;
    this.render();
  }

  private render(): void {
    const say = this.say;
    const text = this.draft.value;
    if (!text.trim()) {
      this.output.replaceChildren(el("p", { class: "hint" }, say.appearHere));
      return;
    }
    if (!this.norms) {
      this.output.replaceChildren(el("p", { class: "warning" }, say.fixFirst));
      return;
    }
    const report = checkMessage({ channel: this.channel.value === "email" ? "email" : "chat", bodyText: text }, this.norms, new Date(), this.findings);
    if (!hasWords(report)) {
      this.output.replaceChildren(el("p", { class: "hint" }, say.noWords));
      return;
    }
    if (report.findings.length === 0) {
      this.output.replaceChildren(el("p", { class: "good", "data-testid": "preview-good" }, say.good));
      return;
    }
    this.output.replaceChildren(
      el(
        "ul",
        { class: "findings", "aria-label": say.listLabel },
        ...report.findings.map((f) =>
          el(
            "li",
            { class: `finding ${f.severity}`, "data-rule": f.ruleId },
            el("span", { class: "badge" }, this.severity[f.severity]),
            " ",
            el("strong", { class: "rule" }, ruleTitle(f.ruleId, this.findings)),
            el("span", { class: "message" }, f.message),
          ),
        ),
      ),
    );
  }
}
