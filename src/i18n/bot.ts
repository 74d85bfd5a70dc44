// The Teams bot's other cards and replies, in the reader's language: one part of each language's catalogue,
// picked on its own so a surface bundles only the words it shows.
import { bot as en, type BotWords } from "./en/bot.js";
import { bot as de } from "./de/bot.js";
import { bot as fr } from "./fr/bot.js";
import { bot as es } from "./es/bot.js";
import { picker } from "./language.js";

export type { BotWords };

/** The words for a language tag ("de-AT"); English for a language we do not write. */
export const botWordsFor = picker<BotWords>({ en, de, fr, es });
