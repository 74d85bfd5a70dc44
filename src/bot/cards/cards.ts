// Typed builders for every card the bot sends: data in, a botbuilder Attachment out.
import { Template } from "adaptivecards-templating";
import { CardFactory, type Attachment } from "botbuilder";
import {
  describeNorms,
  hasWords,
  isConfident,
  isLanguageRead,
  languageName,
  ruleTitle,
  type MessageReport,
  type Norms,
  type Severity,
} from "../../rules/index.js";
import type { PreReadReminder } from "../../pre-read/scan.js";
import { botWordsFor, findingWordsFor, normsWordsFor, uiLanguage, uiWordsFor, type UiWords } from "../../i18n/index.js";
import type { Moment, ScopeName } from "../../i18n/shared.js";
import * as templates from "./templates.js";

type Json = Record<string, unknown>;

const compiled = new Map<object, Template>();
function expand(template: object, data: object): Json {
  let t = compiled.get(template);
  if (!t) {
    t = new Template(template);
    compiled.set(template, t);
  }
  return t.expand({ $root: data }) as Json;
}

const COLOR: Record<Severity | "unsure", string> = { error: "Attention", warning: "Warning", info: "Accent", unsure: "Accent" };
/** A finding's label and colour; a headline finding the rule is unsure of reads as a softer note. */
const look = (f: { severity: Severity; confidence?: "high" | "low" }, ui: UiWords) => {
  const key = isConfident(f) ? f.severity : "unsure";
  return { label: ui.severity[key], color: COLOR[key] };
};

export type { Moment };

/** The language note stands in the summary when the text is in a language the rules do not read. */
const LANGUAGE_NOTE = "language-not-checked";
const notRead = (report: MessageReport) => !isLanguageRead(report.detected.language);

function title(report: MessageReport, moment: Moment, ui: UiWords): string {
  const count = report.findings.filter((f) => f.ruleId !== LANGUAGE_NOTE).length;
  if (!hasWords(report)) return ui.card.nothingToCheck;
  if (notRead(report) && count === 0) return ui.card.notChecked;
  if (count === 0) return ui.card.good[moment];
  return ui.card.toLookAt[moment](count);
}

function summary(report: MessageReport, moment: Moment, ui: UiWords): string {
  if (!hasWords(report)) return ui.card.noWords[moment];
  if (notRead(report)) return ui.card.notRead({ language: languageName(report.detected.language, ui.locale) });
  return ui.card.detected({
    level: ui.levelInline[report.detected.responseLevel],
    deadline: report.detected.deadline?.text ?? null,
  });
}

/**
 * What a fix makes of the draft: the whole improved draft (a string is one), or, for a draft too long
 * for a card, only the lines to add (`linesOnly`); "" when nothing is added.
 */
export type Improved = string | { text: string; linesOnly?: boolean };
const improvedOf = (improved: Improved) => (typeof improved === "string" ? { text: improved, linesOnly: false } : { linesOnly: false, ...improved });

/** The card's data: only what the writer needs to see (a rule's name, not its id), in the reader's language. */
function findingsData(report: MessageReport, improved: Improved, moment: Moment, locale: string | undefined) {
  const ui = uiWordsFor(locale);
  const say = findingWordsFor(locale);
  const { text, linesOnly } = improvedOf(improved);
  return {
    title: title(report, moment, ui),
    summary: summary(report, moment, ui),
    findings: report.findings.filter((f) => f.ruleId !== LANGUAGE_NOTE).map((f) => ({ ...look(f, ui), title: ruleTitle(f.ruleId, say), message: f.message })),
    improvedText: text,
    improvedLines: linesOf(text),
    // Where the lines go stands above them, never inside the text to copy.
    improvedLabel: linesOnly ? ui.card.linesToAdd[moment] : ui.card.improved[moment],
  };
}

/** The lines of a text to show as written, one block each; a blank line before one is a wider gap. */
function linesOf(text: string): { text: string; spacing: "None" | "Medium" }[] {
  const out: { text: string; spacing: "None" | "Medium" }[] = [];
  let gap = false;
  for (const line of text.split("\n")) {
    if (line.trim() === "") {
      gap = out.length > 0;
      continue;
    }
    out.push({ text: line, spacing: gap ? "Medium" : "None" });
    gap = false;
  }
  return out;
}

/** `locale`: the reader's Teams locale ("de-DE"); the report should have been worded in it too. */
export function findingsCard(report: MessageReport, improved: Improved, moment: Moment = "draft", locale?: string): Attachment {
  return CardFactory.adaptiveCard(expand(templates.findingsTemplate, findingsData(report, improved, moment, locale)));
}

export const welcomeCard = (locale?: string): Attachment => CardFactory.adaptiveCard(expand(templates.welcomeTemplate, { w: botWordsFor(locale).welcome }));
/** The help card; `preRead` says whether this server can read calendars for the pre-read reminders. */
export const helpCard = (preRead: boolean, locale?: string): Attachment => {
  const w = botWordsFor(locale).help;
  return CardFactory.adaptiveCard(expand(templates.helpTemplate, { w, watchHelp: preRead ? w.watchOn : w.watchOff }));
};

export interface NormsMeta {
  scope: ScopeName;
  updatedBy?: string | undefined;
  updatedAt?: string | undefined;
  /** The reader's locale from Teams ("en-US"), for dates; en-GB when absent or unknown. */
  locale?: string | undefined;
}

/**
 * "30 Nov 2026, 05:07 (Europe/Berlin)": a moment in the norms' own time zone, named as the norms
 * name it (short names such as "GMT+1" read as another zone), in the reader's locale.
 */
export function formatMoment(iso: string, timeZone: string, locale?: string): string {
  const options: Intl.DateTimeFormatOptions = { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone };
  let text: string;
  try {
    text = new Intl.DateTimeFormat(locale ?? "en-GB", options).format(new Date(iso));
  } catch {
    text = new Intl.DateTimeFormat("en-GB", options).format(new Date(iso));
  }
  return `${text} (${timeZone})`;
}

export function normsCard(norms: Norms, meta: NormsMeta): Attachment {
  const w = botWordsFor(meta.locale).norms;
  const changed = meta.updatedAt ? w.changedBy({ by: meta.updatedBy ?? null, when: formatMoment(meta.updatedAt, norms.timeZone, meta.locale) }) : w.defaults;
  const lines = describeNorms(norms, normsWordsFor(meta.locale), uiLanguage(meta.locale));
  return CardFactory.adaptiveCard(expand(templates.normsTemplate, { w, title: w.title({ scope: meta.scope }), lines, changed }));
}

/** What the settings form shows in its inputs: the stored norms, or what the user just typed. */
export type SettingsValues = ReturnType<typeof settingsValuesOf>;

export function settingsValuesOf(norms: Norms) {
  return {
    timeZone: norms.timeZone,
    workingDays: norms.workingDays.join(","),
    workStart: norms.workingHours.start,
    workEnd: norms.workingHours.end,
    focusStart: norms.focusWindow?.start ?? "",
    focusEnd: norms.focusWindow?.end ?? "",
    preReadNoticeHours: String(norms.preReadNoticeHours),
    replyChat: String(norms.replyWithinBusinessDays.chat),
    replyEmail: String(norms.replyWithinBusinessDays.email),
  };
}

export function settingsCard(values: SettingsValues, scope: ScopeName, eTag: string | undefined, errors: string[] = [], locale?: string): Attachment {
  const w = botWordsFor(locale).settings;
  return CardFactory.adaptiveCard(expand(templates.settingsTemplate, { w, title: w.title({ scope }), errors, ...values, eTag: eTag ?? "" }));
}

/** The compose-box dialog: the draft to check. */
export function draftInputCard(draft = "", locale?: string): Json {
  const { card } = uiWordsFor(locale);
  return expand(templates.draftInputTemplate, { draft, heading: card.pasteDraft, label: card.draft, check: card.check });
}

/**
 * The compose-box dialog after a check: findings, the draft to edit, and "Insert" when there is a
 * draft: the improved one, or the writer's own when only the lines to add fit in the card.
 */
export function draftResultCard(report: MessageReport, draft: string, improved: Improved, locale?: string): Json {
  const words = uiWordsFor(locale).card;
  const card = expand(templates.findingsTemplate, findingsData(report, improved, "draft", locale));
  const input = draftInputCard(draft, locale);
  const { text, linesOnly } = improvedOf(improved);
  const insert =
    text && !linesOnly
      ? { type: "Action.Submit", title: words.insertImproved, style: "positive", data: { action: "insert", text } }
      : { type: "Action.Submit", title: words.insert, data: { action: "insert", text: draft } };
  // Teams puts an inserted card in the compose box as it is: say so before the button is pressed.
  const note = hasWords(report) ? [{ type: "TextBlock", text: words.insertNote, wrap: true, isSubtle: true, size: "Small" }] : [];
  return {
    ...card,
    body: [...(card.body as unknown[]), ...(input.body as unknown[]), ...note],
    actions: [{ type: "Action.Submit", title: words.checkAgain, data: { action: "check" } }, ...(hasWords(report) ? [insert] : [])],
  };
}

/** The message that goes into the compose box. */
export const insertCard = (text: string): Attachment => CardFactory.adaptiveCard(expand(templates.insertTemplate, { text }));

/** What a reminder card shows: the scan's reminder, minus who it goes to. */
export type ReminderCardData = Pick<PreReadReminder, "eventId" | "subject" | "start" | "end" | "timeZone" | "webLink" | "personHours" | "attendees"> & {
  findings: { severity: Severity; message: string }[];
};

function when(start: string, end: string, timeZone: string, locale: string): string {
  const day = new Intl.DateTimeFormat(locale, { weekday: "long", day: "numeric", month: "long", timeZone });
  const time = new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", timeZone });
  return `${day.format(new Date(start))}, ${time.format(new Date(start))}–${time.format(new Date(end))} (${timeZone})`;
}

/** `locale`: the organiser's language, when known (the findings should be worded in it too). */
export function preReadReminderCard(data: ReminderCardData, locale?: string): Attachment {
  const missing = data.findings.some((f) => f.severity === "error");
  const ui = uiWordsFor(locale);
  const w = botWordsFor(locale).reminder;
  return CardFactory.adaptiveCard(
    expand(templates.preReadReminderTemplate, {
      w,
      title: missing ? w.noPreRead : w.couldBeClearer,
      subject: data.subject.trim() || w.noSubject,
      when: when(data.start, data.end, data.timeZone, ui.locale),
      cost: w.cost({ personHours: data.personHours, people: data.attendees + 1 }),
      findings: data.findings.map((f) => ({ ...look(f, ui), message: f.message })),
      webLink: data.webLink ?? "",
      eventId: data.eventId,
      start: data.start,
    }),
  );
}
