// Preview: a sample draft checked in the browser under the norms being edited, so a team sees what
// a change does before saving it. The draft never leaves the page.
import { checkMessage, hasWords, ruleTitle, type Norms } from "../rules/index.js";
import { custom, el } from "./dom.js";

const SEVERITY_LABEL = { error: "Fix", warning: "Consider", info: "Note" } as const;

export class Preview {
  readonly element: HTMLElement;
  private readonly draft: HTMLElement & { value: string };
  private readonly channel: HTMLElement & { value: string };
  private readonly output: HTMLElement;
  private norms: Norms | undefined;

  constructor(initial: Norms) {
    this.norms = initial;
    this.draft = custom("fluent-text-area", { id: "preview-draft", rows: "5", resize: "vertical", placeholder: "Can you review the launch plan?" }, "Sample draft") as HTMLElement & { value: string };
    this.channel = custom(
      "fluent-select",
      { id: "preview-channel", "aria-labelledby": "preview-channel-label" },
      custom("fluent-option", { value: "chat" }, "Teams chat"),
      custom("fluent-option", { value: "email" }, "E-mail"),
    ) as HTMLElement & { value: string };
    this.output = el("div", { id: "preview-output", "aria-live": "polite" });
    this.element = el(
      "section",
      { class: "preview", "aria-labelledby": "preview-title" },
      el("h2", { id: "preview-title" }, "Preview"),
      el("p", { class: "hint" }, "Paste a sample draft to see what the checks say under the norms in the form. It stays in this page."),
      el("div", { class: "field" }, el("span", { class: "label", id: "preview-channel-label" }, "Sent as"), this.channel),
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
    const text = this.draft.value;
    if (!text.trim()) {
      this.output.replaceChildren(el("p", { class: "hint" }, "Findings appear here as you type."));
      return;
    }
    if (!this.norms) {
      this.output.replaceChildren(el("p", { class: "warning" }, "Fix the fields marked above to see the preview."));
      return;
    }
    const report = checkMessage({ channel: this.channel.value === "email" ? "email" : "chat", bodyText: text }, this.norms);
    if (!hasWords(report)) {
      this.output.replaceChildren(el("p", { class: "hint" }, "Nothing to check: the draft has no words."));
      return;
    }
    if (report.findings.length === 0) {
      this.output.replaceChildren(el("p", { class: "good", "data-testid": "preview-good" }, "Nothing to add: this draft is good to send."));
      return;
    }
    this.output.replaceChildren(
      el(
        "ul",
        { class: "findings", "aria-label": "What the checks say" },
        ...report.findings.map((f) =>
          el(
            "li",
            { class: `finding ${f.severity}`, "data-rule": f.ruleId },
            el("span", { class: "badge" }, SEVERITY_LABEL[f.severity]),
            " ",
            el("strong", { class: "rule" }, ruleTitle(f.ruleId)),
            el("span", { class: "message" }, f.message),
          ),
        ),
      ),
    );
  }
}
