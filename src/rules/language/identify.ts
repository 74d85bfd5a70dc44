// Which language a draft's own text is written in. Two readers:
// - the commonest words of the languages business mail is mostly written in (function-words.ts):
//   on a short business text they are the surest sign, and they never take English for French;
// - tinyld's light model (24 languages, about 34 KB gzipped, no \p{} or lookbehind, so it bundles
//   for Outlook's JavaScript-only runtime) for other scripts, for telling close languages apart,
//   and for texts with too few common words.
// Precision first: a wrong "English" puts English rules on foreign text (a false alarm); a wrong
// "not English" costs a missed hint. Texts too short to tell keep the fallback.
import { detectAll } from "tinyld/light";
import { FUNCTION_WORDS } from "./function-words.js";
import { WORD_CHAR_RANGES } from "../text/letters.js";

/** Below this many letters any reading is a guess; the fallback is kept. (Letters, not words: Japanese has no spaces.) */
const MIN_LETTERS = 12;
/** Only the start is read: a hundred words tell the language, and a hint must stay instant. */
const MAX_CHARS = 600;
/** English common words at this share settle it at once: a foreign text has a few English loanwords, not one word in five. */
const CLEARLY_ENGLISH = 0.2;
/** A share of a language's common words that marks the text as that language (real prose runs at 30 to 50 %). */
const COMMON_SHARE = 0.12;
/** The model's word alone: its top language must score this much… */
const MIN_SCORE = 0.3;
/** …and this many times the runner-up. tinyld gives a language it is sure of 0.4 to 1, and guesses 0.15 or less. */
const MARGIN = 5;

export interface LanguageGuess {
  /** ISO 639-1 code: "en", "de", "ja". */
  code: string;
  /** Whether the text decided it; false when it could not tell and the fallback stands. */
  fromText: boolean;
}

const WORD = new RegExp(`[${WORD_CHAR_RANGES}'’-]+`, "g");
const LEXICONS = Object.entries(FUNCTION_WORDS).map(([code, words]) => ({ code, words: new Set(words) }));
const ENGLISH = LEXICONS.find((l) => l.code === "en")!.words;

/** Addresses, links and numbers say nothing about the language. */
function wordsOnly(text: string): string {
  return (
    text
      .slice(0, MAX_CHARS)
      .split(/\s+/)
      .filter((token) => !token.includes("@") && !/^(?:https?:|www\.)/i.test(token))
      .join(" ")
      // "Sync w/ Connor": English shorthand, not Polish "w".
      .replace(/\bw\//gi, "with ")
      .replace(/\d+/g, " ")
  );
}

/** The share of the words (lower case, straight apostrophes) that are in a language's list. */
function shareOf(words: readonly string[], lexicon: ReadonlySet<string>): number {
  if (words.length === 0) return 0;
  let hits = 0;
  for (const word of words) if (lexicon.has(word)) hits++;
  return hits / words.length;
}

function modelGuess(text: string): string | undefined {
  const [top, second] = detectAll(text);
  if (!top || top.accuracy < MIN_SCORE || top.accuracy < MARGIN * (second?.accuracy ?? 0)) return undefined;
  return top.lang;
}

export function identifyLanguage(text: string, fallback = "en"): LanguageGuess {
  const cleaned = wordsOnly(text);
  const words = cleaned.match(WORD) ?? [];
  let letters = 0;
  let latin = 0;
  for (const word of words) {
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      if (c === 39 || c === 0x2019 || c === 45) continue; // ' ’ -
      letters++;
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)) latin++;
    }
  }
  if (letters < MIN_LETTERS) return { code: fallback, fromText: false };

  // Mostly another script (Japanese, Chinese, Cyrillic, Arabic…): the model reads those well.
  if (latin < letters / 2) {
    const guess = modelGuess(cleaned);
    return guess ? { code: guess, fromText: true } : { code: fallback, fromText: false };
  }

  // An elided word and a joined pronoun count on their own: "m'envoyer" also gives "m'", "peux-tu" "peux" and "tu".
  const plainWords = words.flatMap((word) => {
    const plain = word.toLowerCase().replace(/’/g, "'");
    const parts = plain.includes("-") ? plain.split("-").filter(Boolean) : [];
    const elision = /^((?:qu|[cdjlmnst]|un|dell|all|nell|sull|dall)')[a-z\u00e0-\u00ff]/.exec(plain);
    return [plain, ...parts, ...(elision ? [elision[1]!] : [])];
  });
  const english = shareOf(plainWords, ENGLISH);
  // Most drafts: settled before the other languages are counted.
  if (english >= CLEARLY_ENGLISH) return { code: "en", fromText: true };
  const shares = LEXICONS.map(({ code, words: lexicon }) => ({ code, share: shareOf(plainWords, lexicon) })).sort((a, b) => b.share - a.share);
  const best = shares[0]!;
  if (best.share >= COMMON_SHARE) {
    if (best.code === "en") return { code: "en", fromText: true };
    // English loanwords in a foreign text are fine; a near tie with English keeps English.
    if (best.share < 1.5 * english) return { code: fallback, fromText: false };
    // Close languages (Spanish and Portuguese, German and Dutch): the model breaks the tie.
    const close = shares.filter((s) => s.code !== "en" && s.share >= 0.8 * best.share).map((s) => s.code);
    if (close.length > 1) {
      const ranked = detectAll(cleaned).map((s) => s.lang);
      const pick = ranked.find((code) => close.includes(code));
      return { code: pick ?? best.code, fromText: true };
    }
    return { code: best.code, fromText: true };
  }
  // Too few common words of any language: the model alone, when it is sure and it is not English.
  const guess = modelGuess(cleaned);
  return guess && guess !== "en" ? { code: guess, fromText: true } : { code: fallback, fromText: false };
}

/** "German" for "de", in English; the code itself where the runtime has no language names. */
export function languageName(code: string, locale = "en"): string {
  try {
    return new Intl.DisplayNames([locale, "en"], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}
