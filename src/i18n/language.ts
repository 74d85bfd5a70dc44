// Which of its languages Async Coach speaks to a reader: the base of their language tag, or English.
import { baseLanguage } from "./shared.js";

export { baseLanguage };

/** The languages Async Coach speaks (its own words; the rules read the same four). */
export const UI_LANGUAGES = ["en", "de", "fr", "es"] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** "de-AT" → "de"; English for a language we do not write, and for none at all. */
export function uiLanguage(locale: string | undefined): UiLanguage {
  const base = baseLanguage(locale);
  return (UI_LANGUAGES as readonly string[]).includes(base) ? (base as UiLanguage) : "en";
}

/** A part of the catalogues, one table per language, picked by a language tag ("de-AT"). */
export function picker<Words>(words: Record<UiLanguage, Words>): (locale: string | undefined) => Words {
  return (locale) => words[uiLanguage(locale)];
}
