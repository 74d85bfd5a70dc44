// Letters and digits as ES5 character-class ranges. The add-in's autorun script runs in Outlook
// JavaScript runtimes older than ES2018, which have neither \p{…} nor lookbehind, so the rules use
// these instead. They cover the Basic Multilingual Plane's Latin, Greek, Cyrillic, Armenian, Hebrew,
// Arabic, Indic, Thai, kana, CJK and Hangul letters: enough to count words and tell a name from
// punctuation. Letters outside the BMP are not counted.
export const LETTER_RANGES =
  "A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02AF\\u0370-\\u03FF\\u0400-\\u052F\\u0531-\\u0587\\u05D0-\\u05F2\\u0620-\\u064A\\u066E-\\u06D3\\u0900-\\u0DFF\\u0E00-\\u0E7F\\u1E00-\\u1FFF\\u3040-\\u30FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uAC00-\\uD7AF";
export const UPPER_RANGES = "A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0391-\\u03A9\\u0410-\\u042F";
export const WORD_CHAR_RANGES = `${LETTER_RANGES}0-9`;

// The Indic ranges hold combining vowel signs: they belong to the word, as intended.
// eslint-disable-next-line no-misleading-character-class
const WORD = new RegExp(`[${WORD_CHAR_RANGES}]+`, "g");

/** How many words (runs of letters and digits) the text has. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
