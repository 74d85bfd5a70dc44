// Norms in plain words, in the reader's language: one part of each language's catalogue,
// picked on its own so a surface bundles only the words it shows.
import { norms as en, type NormsWords } from "./en/norms.js";
import { norms as de } from "./de/norms.js";
import { norms as fr } from "./fr/norms.js";
import { norms as es } from "./es/norms.js";
import { picker } from "./language.js";

export type { NormsWords };

/** The words for a language tag ("de-AT"); English for a language we do not write. */
export const normsWordsFor = picker<NormsWords>({ en, de, fr, es });
