// The norms form: every field of the norms schema as a labelled control. read() turns the controls
// into norms input; validate() runs the same zod schema as the server and puts each error next to
// its field, so nothing invalid is ever sent.
import { zoneAliases } from "../time-zones/names.js";
import { findingWordsFor } from "../i18n/findings.js";
import type { TabWords } from "../i18n/tab.js";
import { tab as english } from "../i18n/en/tab.js";
import { ALL_RULES, languageName, NormsSchema, READ_LANGUAGES, ruleTitle, WEEKDAYS, type Norms, type NormsInput } from "../rules/index.js";
import { custom, el } from "./dom.js";
import { searchAnywhere } from "./fluent.js";

export type FormResult = { ok: true; norms: Norms; input: NormsInput } | { ok: false; errors: Map<string, string> };

/** What every control of the form is: a native or a Fluent UI element with a value. */
type Control = HTMLElement & { value: string; disabled: boolean };
/** A Fluent switch: checked, not value. */
type Toggle = HTMLElement & { checked: boolean; disabled: boolean };

const fieldId = (path: string) => `field-${path.replace(/\./g, "-")}`;

/** "00:00" to "23:30" every half hour, plus any stored time off that grid. */
function timeChoices(extra: string[] = []): string[] {
  const grid = Array.from({ length: 48 }, (_, i) => `${String(Math.floor(i / 2)).padStart(2, "0")}:${i % 2 ? "30" : "00"}`);
  return [...new Set([...grid, ...extra.filter((t) => /^\d\d:\d\d$/.test(t))])].sort();
}

/**
 * What a zone is called besides its id, from the browser's own CLDR data: its name ("India Standard
 * Time", "Central European Time", in the reader's language and in English), its abbreviation where
 * one is used ("CET", "PST") and its offset ("GMT+5:30", "UTC+5:30"). "india" then finds Asia/Calcutta
 * as well as Indiana, and "CET" finds Berlin. Cities and countries come from @vvo/tzdb (../time-zones/names.ts).
 */
function zoneNames(zone: string, locale: string): string {
  const names = new Set<string>();
  for (const [lang, style] of [
    [locale, "longGeneric"],
    ["en", "longGeneric"],
    ["en-GB", "short"],
    ["en-US", "short"],
    ["en", "shortOffset"],
  ] as const) {
    try {
      const part = new Intl.DateTimeFormat(lang, { timeZone: zone, timeZoneName: style }).formatToParts(new Date()).find((p) => p.type === "timeZoneName");
      if (part) names.add(part.value);
    } catch {
      // A zone or style this browser does not know: its id is still searchable.
    }
  }
  for (const name of [...names]) if (name.startsWith("GMT")) names.add(`UTC${name.slice(3)}`);
  // Its main cities, country and former ids: "Mumbai" and "Kolkata" find Asia/Calcutta, "San Francisco" Los Angeles.
  for (const alias of zoneAliases(zone)) names.add(alias);
  return [...names].join(" ");
}

export class NormsForm {
  readonly element: HTMLFormElement;
  private readonly errorSlots = new Map<string, HTMLElement>();
  private readonly controls = new Map<string, Control>();
  private readonly dayToggles = new Map<string, Toggle>();
  private readonly focusToggle: Toggle;

  /** `say`: the form's words, in the reader's language (its `locale` also names the languages and the checks). */
  constructor(
    private readonly say: TabWords["form"] = english.form,
    private readonly locale: string = english.locale,
  ) {
    this.element = el("form", { class: "norms-form", novalidate: true, "aria-label": say.label });
    this.focusToggle = custom("fluent-switch", { id: "field-focusWindow-on" }, say.focusSwitch) as unknown as Toggle;
    this.build();
  }

  /** The error line under a field; announced when it changes. */
  private slot(path: string, control: Control): HTMLElement {
    const error = el("p", { class: "field-error", id: `${fieldId(path)}-error`, "aria-live": "polite", hidden: true });
    this.errorSlots.set(path, error);
    this.controls.set(path, control);
    return error;
  }

  /** A Fluent text or number field: its label is its content. */
  private field(
    tag: "fluent-text-field" | "fluent-number-field" | "fluent-text-area",
    path: string,
    label: string,
    attrs: Record<string, string> = {},
    hint?: string,
  ): HTMLElement {
    const control = custom(tag, { id: fieldId(path), name: path, ...attrs }, label) as unknown as Control;
    const row = el("div", { class: "field" }, control);
    if (hint) row.append(el("p", { class: "hint" }, hint));
    row.append(this.slot(path, control));
    return row;
  }

  /** A Fluent select, named by a visible label. */
  private select(path: string, label: string, choices: [value: string, text: string][]): HTMLElement {
    const id = fieldId(path);
    const control = el(
      "fluent-select" as "div",
      { id, name: path, "aria-labelledby": `${id}-label` },
      ...choices.map(([value, text]) => custom("fluent-option", { value }, text)),
    ) as unknown as Control;
    return el("div", { class: "field" }, el("span", { class: "label", id: `${id}-label` }, label), control, this.slot(path, control));
  }

  /** The language drafts too short to tell are read in: one of the languages the rules read, each named in the reader's language. */
  private languageSelect(): HTMLElement {
    const field = this.select(
      "language",
      this.say.language,
      [...READ_LANGUAGES].map((code) => [code, languageName(code, this.locale)]),
    );
    field.insertBefore(el("p", { class: "hint" }, this.say.languageHint), field.lastChild);
    return field;
  }

  private timeSelect(path: string, label: string): HTMLElement {
    return this.select(
      path,
      label,
      timeChoices().map((t) => [t, t]),
    );
  }

  private fieldset(legend: string, ...children: Node[]): HTMLFieldSetElement {
    return el("fieldset", {}, el("legend", {}, legend), ...children);
  }

  /** The IANA time zones, searchable as you type by city, name, abbreviation or offset. */
  private timeZonePicker(): HTMLElement {
    const zones = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : ["UTC"];
    const path = "timeZone";
    const id = fieldId(path);
    const control = el(
      "fluent-combobox" as "div",
      { id, name: path, autocomplete: "list", placeholder: this.say.timeZoneSearch },
      ...["UTC", ...zones.filter((z) => z !== "UTC")].map((zone) => custom("fluent-option", { value: zone }, zone)),
    ) as unknown as Control & { control?: HTMLInputElement };
    searchAnywhere(control, (zone) => zoneNames(zone, this.locale));
    // The combobox's text box lives in its shadow root, out of reach of a <label for>: name it there.
    customElements.whenDefined("fluent-combobox").then(
      () => requestAnimationFrame(() => control.control?.setAttribute("aria-label", this.say.timeZone)),
      () => undefined,
    );
    return el(
      "div",
      { class: "field" },
      el("span", { class: "label", id: `${id}-label` }, this.say.timeZone),
      control,
      el("p", { class: "hint" }, this.say.timeZoneHint),
      this.slot(path, control),
    );
  }

  private build(): void {
    const days = el("div", { class: "days", role: "group", "aria-labelledby": "working-days-label" });
    for (const day of WEEKDAYS) {
      const toggle = custom("fluent-switch", { id: fieldId(`workingDays-${day}`), "data-day": day }, this.say.weekdays[day]) as unknown as Toggle;
      this.dayToggles.set(day, toggle);
      days.append(toggle);
    }
    const daysError = el("p", { class: "field-error", id: "field-workingDays-error", "aria-live": "polite", hidden: true });
    this.errorSlots.set("workingDays", daysError);

    const say = this.say;
    const ruleWords = findingWordsFor(this.locale);
    const rules = el("div", { class: "rules" });
    for (const rule of ALL_RULES) {
      const path = `rules.${rule.id}`;
      const id = fieldId(path);
      const control = el(
        "fluent-select" as "div",
        { id, name: path, "aria-labelledby": `${id}-label`, "aria-describedby": `${id}-hint` },
        custom("fluent-option", { value: "" }, say.defaultSetting({ setting: say.settings[rule.severity] })),
        ...(["error", "warning", "info", "off"] as const).map((s) => custom("fluent-option", { value: s }, say.settings[s])),
      ) as unknown as Control;
      rules.append(
        el(
          "div",
          { class: "field rule" },
          el("span", { class: "label", id: `${id}-label` }, ruleTitle(rule.id, ruleWords)),
          el("p", { class: "hint", id: `${id}-hint` }, ruleWords.rules[rule.id].summary, " ", el("code", { class: "rule-id" }, rule.id)),
          control,
          this.slot(path, control),
        ),
      );
    }

    const phrases = (["fyi", "input", "blocking"] as const).map((kind) =>
      this.field("fluent-text-area", `signalPhrases.${kind}`, say.phrases[kind], { rows: "3", resize: "vertical" }, say.phrasesHint),
    );
    const number = (min: string, max: string) => ({ min, max, step: "1", "hide-step": "" });

    this.element.append(
      this.fieldset(
        say.workingTime,
        this.timeZonePicker(),
        el("span", { class: "label", id: "working-days-label" }, say.workingDays),
        days,
        daysError,
        el("div", { class: "pair" }, this.timeSelect("workingHours.start", say.workStart), this.timeSelect("workingHours.end", say.workEnd)),
      ),
      this.fieldset(
        say.focusTime,
        el("div", { class: "field" }, this.focusToggle),
        el("div", { class: "pair" }, this.timeSelect("focusWindow.start", say.focusStart), this.timeSelect("focusWindow.end", say.focusEnd)),
      ),
      this.fieldset(
        say.replies,
        this.field("fluent-number-field", "replyWithinBusinessDays.chat", say.replyChat, number("0", "30"), say.replyChatHint),
        this.field("fluent-number-field", "replyWithinBusinessDays.email", say.replyEmail, number("0", "30")),
        this.field("fluent-number-field", "replyWithinBusinessDays.blocking", say.replyBlocking, number("0", "30")),
        this.field("fluent-number-field", "preReadNoticeHours", say.preReadNotice, number("0", "336")),
        this.field("fluent-number-field", "longMessageWords", say.longMessage, number("20", "10000")),
        this.languageSelect(),
      ),
      this.fieldset(say.signalPhrases, ...phrases),
      this.fieldset(say.checks, el("p", { class: "hint" }, say.checksHint), rules),
    );
    this.focusToggle.addEventListener("change", () => this.syncFocus());
  }

  private syncFocus(): void {
    for (const part of ["start", "end"]) this.controls.get(`focusWindow.${part}`)!.disabled = !this.focusToggle.checked;
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
    // A stored time off the half-hour grid (08:45) becomes a choice of its own.
    for (const [path, time] of [
      ["workingHours.start", norms.workingHours.start],
      ["workingHours.end", norms.workingHours.end],
      ["focusWindow.start", norms.focusWindow?.start ?? "09:00"],
      ["focusWindow.end", norms.focusWindow?.end ?? "12:00"],
    ] as const) {
      const select = this.controls.get(path)!;
      if (!select.querySelector(`[value="${time}"]`)) {
        const later = [...select.querySelectorAll("fluent-option")].find((o) => (o.getAttribute("value") ?? "") > time);
        select.insertBefore(custom("fluent-option", { value: time }, time), later ?? null);
      }
      set(path, time);
    }
    set("timeZone", norms.timeZone);
    for (const [day, toggle] of this.dayToggles) toggle.checked = norms.workingDays.includes(day as Norms["workingDays"][number]);
    this.focusToggle.checked = norms.focusWindow !== null;
    this.syncFocus();
    for (const channel of ["chat", "email", "blocking"] as const) set(`replyWithinBusinessDays.${channel}`, norms.replyWithinBusinessDays[channel]);
    set("preReadNoticeHours", norms.preReadNoticeHours);
    set("longMessageWords", norms.longMessageWords);
    set("language", norms.language);
    for (const kind of ["fyi", "input", "blocking"] as const) set(`signalPhrases.${kind}`, norms.signalPhrases[kind].join("\n"));
    for (const rule of ALL_RULES) set(`rules.${rule.id}`, norms.rules[rule.id] ?? "");
  }

  read(): NormsInput {
    const lines = (path: string) =>
      this.controls
        .get(path)!
        .value.split("\n")
        .map((l) => l.trim())
        .filter(Boolean);
    const rules: Record<string, string> = {};
    for (const rule of ALL_RULES) {
      const setting = this.value(`rules.${rule.id}`);
      if (setting) rules[rule.id] = setting;
    }
    // Values go to the schema as typed; it, not the form, decides what is valid.
    return {
      timeZone: this.value("timeZone"),
      workingDays: [...this.dayToggles].filter(([, toggle]) => toggle.checked).map(([day]) => day),
      workingHours: { start: this.value("workingHours.start"), end: this.value("workingHours.end") },
      focusWindow: this.focusToggle.checked ? { start: this.value("focusWindow.start"), end: this.value("focusWindow.end") } : null,
      replyWithinBusinessDays: {
        chat: this.number("replyWithinBusinessDays.chat"),
        email: this.number("replyWithinBusinessDays.email"),
        blocking: this.number("replyWithinBusinessDays.blocking"),
      },
      preReadNoticeHours: this.number("preReadNoticeHours"),
      longMessageWords: this.number("longMessageWords"),
      language: this.value("language"),
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
        const message = issue.code === "invalid_type" && issue.expected === "number" ? this.say.enterNumber : sentence(issue.message);
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
