// The norms tab, in the reader's language: one part of each language's catalogue,
// picked on its own so a surface bundles only the words it shows.
import { tab as en, type TabWords } from "./en/tab.js";
import { tab as de } from "./de/tab.js";
import { tab as fr } from "./fr/tab.js";
import { tab as es } from "./es/tab.js";
import { uiLanguage, type UiLanguage } from "./language.js";

export type { TabWords };

const WORDS: Record<UiLanguage, TabWords> = { en, de, fr, es };

/** The words for a language tag ("de-AT"); English for a language we do not write. */
export const tabWordsFor = (locale: string | undefined): TabWords => WORDS[uiLanguage(locale)];
