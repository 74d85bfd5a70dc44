// The send-time words alone, for the Outlook send handler: it carries these four small tables and
// none of the other words (it must stay small; see test/addin/bundle.test.ts).
import { send as en, type SendWords } from "./en/send.js";
import { send as de } from "./de/send.js";
import { send as fr } from "./fr/send.js";
import { send as es } from "./es/send.js";
import { picker } from "./language.js";

export type { SendWords };

/** Outlook's displayLanguage ("de-DE") → its send-time words; English for any other. */
export const sendWordsFor = picker<SendWords>({ en, de, fr, es });
