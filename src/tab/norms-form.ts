// The norms form: every field of the norms schema as a labelled control. read() turns the controls
// into norms input; validate() runs the same zod schema as the server and puts each error next to
// its field, so nothing invalid is ever sent.
import { INVITE_RULES, MESSAGE_RULES, NormsSchema, WEEKDAYS, type Norms, type NormsInput } from "../rules/index.js";
import { el } from "./dom.js";

const DAY_LABELS: Record<string, string> = {
  mon: "Monday", tue: "Tuesday", wed: "Wednesday", thu: "Thursday", fri: "Friday", sat: "Saturday", sun: "Sunday",
};
const PHRASE_LABELS = {
  fyi: "Phrases that mean “no reply needed”",
  input: "Phrases that ask for input",
  blocking: "Phrases that mean “this is blocking”",
} as const;
const SETTINGS = ["error", "warning", "info", "off"] as const;

export type FormResult = { ok: true; norms: Norms; input: NormsInput } | { ok: false; errors: Map<string, string> };

const fieldId = (path: string) => `field-${path.replace(/\./g, "-")}`;

export class NormsForm {
  readonly element: HTMLFormElement;
  private readonly errorSlots = new Map<string, HTMLElement>();
  private readonly controls = new Map<string, HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>();

  constructor(private readonly readOnly: boolean) {
    this.element = el("form", { class: "norms-form", novalidate: true, "aria-label": "Change the norms" });
    this.build();
  }

  private slot(path: string, control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement): HTMLElement {
    const error = el("p", { class: "field-error", id: `${fieldId(path)}-error`, hidden: true });
    this.errorSlots.set(path, error);
    this.controls.set(path, control);
    control.setAttribute("aria-describedby", error.id);
    if (this.readOnly) control.disabled = true;
    return error;
  }

  private input(path: string, label: string, attrs: Record<string, string>, hint?: string): HTMLElement {
    const id = fieldId(path);
    const control = el("input", { id, name: path, ...attrs });
    const row = el("div", { class: "field" }, el("label", { for: id }, label));
    if (hint) row.append(el("p", { class: "hint" }, hint));
    row.append(control, this.slot(path, control));
    return row;
  }

  private fieldset(legend: string, ...children: Node[]): HTMLFieldSetElement {
    return el("fieldset", {}, el("legend", {}, legend), ...children);
  }

  private build(): void {
    const zones = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
    const zoneList = el("datalist", { id: "time-zones" }, ...zones.map((z) => el("option", { value: z })));

    const days = el("div", { class: "days", role: "group", "aria-label": "Working days" });
    for (const day of WEEKDAYS) {
      const id = fieldId(`workingDays-${day}`);
      const box = el("input", { type: "checkbox", id, name: "workingDays", value: day });
      if (this.readOnly) box.disabled = true;
      days.append(el("span", { class: "day" }, box, el("label", { for: id }, DAY_LABELS[day]!)));
    }
    const daysError = el("p", { class: "field-error", id: "field-workingDays-error", hidden: true });
    this.errorSlots.set("workingDays", daysError);

    const focusToggle = el("input", { type: "checkbox", id: "field-focusWindow-on", name: "focusWindow.on" });
    if (this.readOnly) focusToggle.disabled = true;

    const rules = el("div", { class: "rules" });
    for (const rule of [...MESSAGE_RULES, ...INVITE_RULES]) {
      const path = `rules.${rule.id}`;
      const id = fieldId(path);
      const select = el(
        "select",
        { id, name: path },
        el("option", { value: "" }, `Default (${rule.severity})`),
        ...SETTINGS.map((s) => el("option", { value: s }, s === "off" ? "Off" : s[0]!.toUpperCase() + s.slice(1))),
      );
      rules.append(
        el("div", { class: "field rule" }, el("label", { for: id }, rule.id), el("p", { class: "hint" }, rule.summary), select, this.slot(path, select)),
      );
    }

    const phrases = Object.entries(PHRASE_LABELS).map(([kind, label]) => {
      const path = `signalPhrases.${kind}`;
      const id = fieldId(path);
      const area = el("textarea", { id, name: path, rows: "3" });
      return el("div", { class: "field" }, el("label", { for: id }, label), el("p", { class: "hint" }, "One per line, on top of the built-in ones."), area, this.slot(path, area));
    });

    this.element.append(
      zoneList,
      this.fieldset(
        "Working time",
        this.input("timeZone", "Time zone", { type: "text", list: "time-zones", autocomplete: "off", spellcheck: "false" }, "An IANA name, such as Europe/Berlin."),
        days,
        daysError,
        el(
          "div",
          { class: "pair" },
          this.input("workingHours.start", "Working hours start", { type: "time" }),
          this.input("workingHours.end", "Working hours end", { type: "time" }),
        ),
      ),
      this.fieldset(
        "Focus time",
        el("div", { class: "field checkbox" }, focusToggle, el("label", { for: focusToggle.id }, "Protect a daily focus window with no meetings")),
        el(
          "div",
          { class: "pair" },
          this.input("focusWindow.start", "Focus time starts", { type: "time" }),
          this.input("focusWindow.end", "Focus time ends", { type: "time" }),
        ),
      ),
      this.fieldset(
        "Replies and pre-reads",
        this.input("replyWithinBusinessDays.chat", "Chat: reply within (business days)", { type: "number", min: "0", max: "30", step: "1" }, "0 means the same business day."),
        this.input("replyWithinBusinessDays.email", "E-mail: reply within (business days)", { type: "number", min: "0", max: "30", step: "1" }),
        this.input("replyWithinBusinessDays.blocking", "Blocking requests: reply within (business days)", { type: "number", min: "0", max: "30", step: "1" }),
        this.input("preReadNoticeHours", "Send pre-reads at least (hours before the meeting)", { type: "number", min: "0", max: "336", step: "1" }),
        this.input("longMessageWords", "Suggest “FYI” for messages with no ask longer than (words)", { type: "number", min: "20", max: "10000", step: "1" }),
      ),
      this.fieldset("Signal phrases", ...phrases),
      this.fieldset("Checks", rules),
    );
    focusToggle.addEventListener("change", () => this.syncFocus());
  }

  private get focusOn(): HTMLInputElement {
    return this.element.querySelector<HTMLInputElement>("#field-focusWindow-on")!;
  }

  private syncFocus(): void {
    for (const part of ["start", "end"]) this.controls.get(`focusWindow.${part}`)!.disabled = this.readOnly || !this.focusOn.checked;
  }

  private value(path: string): string {
    return this.controls.get(path)!.value.trim();
  }

  private number(path: string): number | string {
    const raw = this.value(path);
    return raw === "" || Number.isNaN(Number(raw)) ? raw : Number(raw);
  }

  write(norms: Norms): void {
    const set = (path: string, value: string | number) => (this.controls.get(path)!.value = String(value));
    set("timeZone", norms.timeZone);
    for (const box of this.element.querySelectorAll<HTMLInputElement>('input[name="workingDays"]')) {
      box.checked = norms.workingDays.includes(box.value as Norms["workingDays"][number]);
    }
    set("workingHours.start", norms.workingHours.start);
    set("workingHours.end", norms.workingHours.end);
    this.focusOn.checked = norms.focusWindow !== null;
    set("focusWindow.start", norms.focusWindow?.start ?? "09:00");
    set("focusWindow.end", norms.focusWindow?.end ?? "12:00");
    this.syncFocus();
    for (const channel of ["chat", "email", "blocking"] as const) set(`replyWithinBusinessDays.${channel}`, norms.replyWithinBusinessDays[channel]);
    set("preReadNoticeHours", norms.preReadNoticeHours);
    set("longMessageWords", norms.longMessageWords);
    for (const kind of ["fyi", "input", "blocking"] as const) set(`signalPhrases.${kind}`, norms.signalPhrases[kind].join("\n"));
    for (const rule of [...MESSAGE_RULES, ...INVITE_RULES]) set(`rules.${rule.id}`, norms.rules[rule.id] ?? "");
  }

  read(): NormsInput {
    const lines = (path: string) => this.controls.get(path)!.value.split("\n").map((l) => l.trim()).filter(Boolean);
    const rules: Record<string, string> = {};
    for (const rule of [...MESSAGE_RULES, ...INVITE_RULES]) {
      const setting = this.value(`rules.${rule.id}`);
      if (setting) rules[rule.id] = setting;
    }
    // Values go to the schema as typed; it, not the form, decides what is valid.
    return {
      timeZone: this.value("timeZone"),
      workingDays: [...this.element.querySelectorAll<HTMLInputElement>('input[name="workingDays"]:checked')].map((b) => b.value),
      workingHours: { start: this.value("workingHours.start"), end: this.value("workingHours.end") },
      focusWindow: this.focusOn.checked ? { start: this.value("focusWindow.start"), end: this.value("focusWindow.end") } : null,
      replyWithinBusinessDays: {
        chat: this.number("replyWithinBusinessDays.chat"),
        email: this.number("replyWithinBusinessDays.email"),
        blocking: this.number("replyWithinBusinessDays.blocking"),
      },
      preReadNoticeHours: this.number("preReadNoticeHours"),
      longMessageWords: this.number("longMessageWords"),
      signalPhrases: { fyi: lines("signalPhrases.fyi"), input: lines("signalPhrases.input"), blocking: lines("signalPhrases.blocking") },
      rules,
    } as NormsInput;
  }

  /** Validates with the server's schema and shows each error beside its field. */
  validate(): FormResult {
    const input = this.read();
    const result = NormsSchema.safeParse(input);
    const errors = new Map<string, string>();
    if (!result.success) {
      for (const issue of result.error.issues) {
        const path = this.slotFor(issue.path.map(String));
        const message = issue.code === "invalid_type" && issue.expected === "number" ? "Enter a number." : sentence(issue.message);
        if (!errors.has(path)) errors.set(path, message);
      }
    }
    this.showErrors(errors);
    return result.success ? { ok: true, norms: result.data, input } : { ok: false, errors };
  }

  /** The longest field path that prefixes the issue's path ("signalPhrases.fyi.2" → "signalPhrases.fyi"). */
  private slotFor(path: string[]): string {
    for (let n = path.length; n > 0; n--) {
      const candidate = path.slice(0, n).join(".");
      if (this.errorSlots.has(candidate)) return candidate;
    }
    return path[0] === "focusWindow" ? "focusWindow.end" : "timeZone";
  }

  showErrors(errors: Map<string, string>): void {
    for (const [path, slot] of this.errorSlots) {
      const message = errors.get(path);
      slot.hidden = !message;
      slot.textContent = message ?? "";
      const control = this.controls.get(path);
      if (control && message) control.setAttribute("aria-invalid", "true");
      else control?.removeAttribute("aria-invalid");
    }
  }
}

function sentence(message: string): string {
  const text = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
