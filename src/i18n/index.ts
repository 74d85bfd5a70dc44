// The words of every surface in the reader's language: Outlook's displayLanguage, Teams' locale,
// the browser's or the request's Accept-Language. One catalogue per language (en/, de/, fr/, es/),
// in three parts so a surface carries only what it shows: findings (what the checks say), send
// (Outlook's send-time dialog and hint), ui (task pane, cards, tab). English when the language is
// not one we write.
import { findings as enFindings, type FindingWords } from "./en/findings.js";
import { send as enSend, type SendWords } from "./en/send.js";
import { ui as enUi, type UiWords } from "./en/ui.js";
import { bot as enBot, type BotWords } from "./en/bot.js";
import { norms as enNorms, type NormsWords } from "./en/norms.js";
import { tab as enTab, type TabWords } from "./en/tab.js";
import { bot as deBot } from "./de/bot.js";
import { norms as deNorms } from "./de/norms.js";
import { tab as deTab } from "./de/tab.js";
import { bot as frBot } from "./fr/bot.js";
import { norms as frNorms } from "./fr/norms.js";
import { tab as frTab } from "./fr/tab.js";
import { bot as esBot } from "./es/bot.js";
import { norms as esNorms } from "./es/norms.js";
import { tab as esTab } from "./es/tab.js";
import { findings as deFindings } from "./de/findings.js";
import { send as deSend } from "./de/send.js";
import { ui as deUi } from "./de/ui.js";
import { findings as frFindings } from "./fr/findings.js";
import { send as frSend } from "./fr/send.js";
import { ui as frUi } from "./fr/ui.js";
import { findings as esFindings } from "./es/findings.js";
import { send as esSend } from "./es/send.js";
import { ui as esUi } from "./es/ui.js";
import { baseLanguage } from "./shared.js";

export type { BotWords, FindingWords, NormsWords, SendWords, TabWords, UiWords };
export { baseLanguage };

/** The languages Async Coach speaks (its own words; the rules read the same four). */
export const UI_LANGUAGES = ["en", "de", "fr", "es"] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** "de-AT" → "de"; English for a language we do not write, and for none at all. */
export function uiLanguage(locale: string | undefined): UiLanguage {
  const base = baseLanguage(locale);
  return (UI_LANGUAGES as readonly string[]).includes(base) ? (base as UiLanguage) : "en";
}

const FINDINGS: Record<UiLanguage, FindingWords> = { en: enFindings, de: deFindings, fr: frFindings, es: esFindings };
const UI: Record<UiLanguage, UiWords> = { en: enUi, de: deUi, fr: frUi, es: esUi };

const BOT: Record<UiLanguage, BotWords> = { en: enBot, de: deBot, fr: frBot, es: esBot };
const NORMS: Record<UiLanguage, NormsWords> = { en: enNorms, de: deNorms, fr: frNorms, es: esNorms };
const TAB: Record<UiLanguage, TabWords> = { en: enTab, de: deTab, fr: frTab, es: esTab };

export const findingWordsFor = (locale: string | undefined): FindingWords => FINDINGS[uiLanguage(locale)];
export const botWordsFor = (locale: string | undefined): BotWords => BOT[uiLanguage(locale)];
export const normsWordsFor = (locale: string | undefined): NormsWords => NORMS[uiLanguage(locale)];
export const tabWordsFor = (locale: string | undefined): TabWords => TAB[uiLanguage(locale)];
export const uiWordsFor = (locale: string | undefined): UiWords => UI[uiLanguage(locale)];

export { sendWordsFor } from "./send.js";
