// The words of every surface in the reader's language: Outlook's displayLanguage, Teams' locale,
// the browser's or the request's Accept-Language; English when the language is not one we write.
// One catalogue per language (en/, de/, fr/, es/), in parts a surface picks on its own (findings.ts,
// send.ts, ui.ts, bot.ts, norms.ts, tab.ts) so it bundles only what it shows; this file gathers
// them for the server, the bot and the CLI.
export { baseLanguage, uiLanguage, UI_LANGUAGES } from "./language.js";
export { findingWordsFor, type FindingWords } from "./findings.js";
export { sendWordsFor } from "./send.js";
export { uiWordsFor, type UiWords } from "./ui.js";
export { botWordsFor } from "./bot.js";
export { normsWordsFor } from "./norms.js";
export { tabWordsFor } from "./tab.js";
