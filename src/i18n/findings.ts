// What the checks say: rule names, summaries and messages, in the reader's language: one part of each language's catalogue,
// picked on its own so a surface bundles only the words it shows.
import { findings as en, type FindingWords } from "./en/findings.js";
import { findings as de } from "./de/findings.js";
import { findings as fr } from "./fr/findings.js";
import { findings as es } from "./es/findings.js";
import { picker } from "./language.js";

export type { FindingWords };

/** The words for a language tag ("de-AT"); English for a language we do not write. */
export const findingWordsFor = picker<FindingWords>({ en, de, fr, es });
