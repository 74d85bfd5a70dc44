// Preview: a sample draft checked in the browser under the norms being edited, so a team sees what
// a change does before saving it. The draft never leaves the page.
import { checkMessage, type Norms } from "../rules/index.js";
import { el } from "./dom.js";

const SEVERITY_LABEL = { error: "Fix", warning: "Consider", info: "Note" } as const;

export class Preview {
  readonly element: HTMLElement;
  private readonly draft: HTMLTextAreaElement;
  private readonly channel: HTMLSelectElement;
  private readonly output: HTMLElement;
  private norms: Norms | undefined;

  constructor(initial: Norms) {
    this.norms = initial;
    this.draft = el("textarea", { id: "preview-draft", rows: "5", placeholder: "Can you review the launch plan?" });
    this.channel = el(
      "select",
      { id: "preview-channel" },
      el("option", { value: "chat" }, "Teams chat"),
      el("option", { value: "email" }, "E-mail"),
    );
    this.output = el("div", { id: "preview-output", "aria-live": "polite" });
    this.element = el(
      "section",
      { class: "preview", "aria-labelledby": "preview-title" },
      el("h2", { id: "preview-title" }, "Preview"),
      el("p", { class: "hint" }, "Paste a sample draft to see what the checks say under the norms in the form. It stays in this page."),
      el("div", { class: "field" }, el("label", { for: "preview-channel" }, "Sent as"), this.channel),
      el("div", { class: "field" }, el("label", { for: "preview-draft" }, "Sample draft"), this.draft),
      this.output,
    );
    this.draft.addEventListener("input", () => this.render());
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
    const report = checkMessage({ channel: this.channel.value as "chat" | "email", bodyText: text }, this.norms);
    if (report.findings.length === 0) {
      this.output.replaceChildren(el("p", { class: "good", "data-testid": "preview-good" }, "Nothing to add: this draft is good to send."));
      return;
    }
    this.output.replaceChildren(
      el(
        "ul",
        { class: "findings", "aria-label": "What the checks say" },
        ...report.findings.map((f) =>
          el("li", { class: `finding ${f.severity}`, "data-rule": f.ruleId }, el("span", { class: "badge" }, SEVERITY_LABEL[f.severity]), ` ${f.message}`),
        ),
      ),
    );
  }
}
