// The settings card's submitted values, turned into team norms. Adaptive Cards submit strings
// ("mon,tue", "09:00", "24"); empty inputs keep the current value, except focus time, where
// empty means "none".
import { bot as english, type BotWords } from "../i18n/en/bot.js";
import { z } from "zod";
import { zoneFor, zonesLike } from "../time-zones/names.js";
import { isTimeZone, type Norms } from "../rules/index.js";
import type { SettingsValues } from "./cards/cards.js";

const text = z.string().max(200).optional();
const number = z.union([z.string().max(20), z.number()]).optional();

export const SettingsFormSchema = z.object({
  action: z.literal("saveNorms"),
  eTag: z.string().max(200).optional(),
  timeZone: text,
  workingDays: text,
  workStart: text,
  workEnd: text,
  focusStart: text,
  focusEnd: text,
  preReadNoticeHours: number,
  replyChat: number,
  replyEmail: number,
});
export type SettingsForm = z.infer<typeof SettingsFormSchema>;

const toNumber = (value: string | number | undefined, fallback: number): number | string => {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  return Number.isFinite(n) ? n : String(value);
};

const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\s_-]+/g, " ")
    .trim();

/**
 * A time zone typed as a city ("Berlin", "new york", "Kyiv"): the one IANA zone named after it, from
 * the runtime's own list; anything else as typed, for the norms schema to judge and name.
 */
export function zoneFromWords(typed: string): string {
  const words = fold(typed);
  if (isTimeZone(typed) || words === "" || typeof Intl.supportedValuesOf !== "function") return typed;
  const known = Intl.supportedValuesOf("timeZone");
  const named = known.filter((zone) => fold(zone.slice(zone.lastIndexOf("/") + 1)) === words);
  if (named.length === 1) return named[0]!;
  // A city that names no zone ("Mumbai", "San Francisco"), a former name ("Kiev"), a country with one zone.
  return zoneFor(typed, known) ?? typed;
}

/** "Did you mean Europe/Berlin?" for a time zone that could not be placed ("Berlinn"); null with nothing close. */
export function zoneSuggestion(typed: string, words: BotWords = english, locale?: string): string | null {
  if (typeof Intl.supportedValuesOf !== "function") return null;
  const zones = zonesLike(typed, Intl.supportedValuesOf("timeZone"));
  if (zones.length === 0) return null;
  let list: string;
  try {
    list = new Intl.ListFormat(locale ?? "en", { type: "disjunction" }).format(zones);
  } catch {
    list = zones.join(", ");
  }
  return words.settings.didYouMean({ zones: list });
}

/** The norms the form asks for: unvalidated, so the norms schema can name each bad field. */
export function normsFromForm(form: SettingsForm, current: Norms): Record<string, unknown> {
  const focusEmpty = !form.focusStart && !form.focusEnd;
  return {
    ...current,
    timeZone: zoneFromWords(form.timeZone?.trim() ?? "") || current.timeZone,
    workingDays:
      form.workingDays !== undefined
        ? form.workingDays
            .split(",")
            .map((d) => d.trim())
            .filter(Boolean)
        : current.workingDays,
    workingHours: { start: form.workStart || current.workingHours.start, end: form.workEnd || current.workingHours.end },
    focusWindow: focusEmpty ? null : { start: form.focusStart ?? "", end: form.focusEnd ?? "" },
    preReadNoticeHours: toNumber(form.preReadNoticeHours, current.preReadNoticeHours),
    replyWithinBusinessDays: {
      ...current.replyWithinBusinessDays,
      chat: toNumber(form.replyChat, current.replyWithinBusinessDays.chat),
      email: toNumber(form.replyEmail, current.replyWithinBusinessDays.email),
    },
  };
}

type Field = keyof BotWords["settings"]["fields"];
const LABELS: [RegExp, Field][] = [
  [/^timeZone/, "timeZone"],
  [/^workingDays/, "workingDays"],
  [/^workingHours/, "workingHours"],
  [/^focusWindow/, "focusWindow"],
  [/^preReadNoticeHours/, "preReadNoticeHours"],
  [/^replyWithinBusinessDays\.chat/, "chat"],
  [/^replyWithinBusinessDays\.email/, "email"],
];

/** "timeZone: not a known IANA time zone" becomes "Time zone: not a known IANA time zone" (the field named in the reader's words). */
export function labelErrors(errors: string[], words: BotWords = english): string[] {
  return errors.map((error) => {
    const [path = "", ...rest] = error.split(": ");
    const field = LABELS.find(([re]) => re.test(path))?.[1];
    const label = field ? words.settings.fields[field] : path;
    return `${label}: ${rest.join(": ")}`;
  });
}

/** The form as the user filled it in, for showing it again beside its errors: nothing typed is lost. */
export function typedValues(form: SettingsForm, current: SettingsValues): SettingsValues {
  const typed = (value: string | number | undefined, fallback: string) => (value === undefined ? fallback : String(value));
  return {
    timeZone: typed(form.timeZone, current.timeZone),
    workingDays: typed(form.workingDays, current.workingDays),
    workStart: typed(form.workStart, current.workStart),
    workEnd: typed(form.workEnd, current.workEnd),
    focusStart: typed(form.focusStart, current.focusStart),
    focusEnd: typed(form.focusEnd, current.focusEnd),
    preReadNoticeHours: typed(form.preReadNoticeHours, current.preReadNoticeHours),
    replyChat: typed(form.replyChat, current.replyChat),
    replyEmail: typed(form.replyEmail, current.replyEmail),
  };
}
