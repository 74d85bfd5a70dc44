// The norms tab, in the reader's language: one part of each language's catalogue,
// picked on its own so a surface bundles only the words it shows.
import { tab as en, type TabWords } from "./en/tab.js";
import { tab as de } from "./de/tab.js";
import { tab as fr } from "./fr/tab.js";
import { tab as es } from "./es/tab.js";
import { picker } from "./language.js";

export type { TabWords };

/** The words for a language tag ("de-AT"); English for a language we do not write. */
export const tabWordsFor = picker<TabWords>({ en, de, fr, es });
