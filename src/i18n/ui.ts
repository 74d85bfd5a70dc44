// The task pane and the bot's check cards, in the reader's language: one part of each language's catalogue,
// picked on its own so a surface bundles only the words it shows.
import { ui as en, type UiWords } from "./en/ui.js";
import { ui as de } from "./de/ui.js";
import { ui as fr } from "./fr/ui.js";
import { ui as es } from "./es/ui.js";
import { picker } from "./language.js";

export type { UiWords };

/** The words for a language tag ("de-AT"); English for a language we do not write. */
export const uiWordsFor = picker<UiWords>({ en, de, fr, es });
