// Phrase inventories are data (see en/): one phrase per line, reviewable on its own. This file
// turns them into regular expressions, once, and holds the small helpers every matcher shares.
//
// A phrase is lower-case text in a small pattern language: a space is a space and " ?" an optional
// one, "(a|b)" is a choice, "x?" or "(x )?" is optional, "{name}" is a named piece from the
// language's vocabulary (a weekday, "you" in its chat spellings). Everything else is literal regex
// syntax, kept to alternatives, optional parts and bounded repeats: no unbounded repetition, so
// every pattern runs in time linear in its input. Patterns are matched against plain text (see
// `plain`): lower case, straight quotes, one space between words.
import { WORD_CHAR_RANGES } from "../text/letters.js";

const SINGLE_QUOTES = /[\u2018\u2019\u02bc`]/g;
const DOUBLE_QUOTES = /[\u201c\u201d]/g;
const SPACES = /[\t\n\r\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;

// Latin letters with accents, each to its base letter: one character for one, so offsets hold.
const ACCENTED = /[\u00c0-\u017f]/g;
const BASE_LETTER = new Map<string, string>();
for (let code = 0xc0; code <= 0x17f; code++) {
  const letter = String.fromCharCode(code);
  const base = letter.normalize("NFD")[0] ?? letter;
  if (base !== letter && /^[a-z]$/i.test(base)) BASE_LETTER.set(letter, base);
}

/** Accents off: "réponse" is "reponse", as people who type without accents write it. Same length. */
const NON_ASCII = /[\u0080-\uffff]/;

export function unaccent(text: string): string {
  // Most text is plain ASCII: one quick scan instead of a replace with a callback.
  if (!NON_ASCII.test(text)) return text;
  return text.replace(ACCENTED, (letter) => BASE_LETTER.get(letter) ?? letter);
}

/** Regex source for a phrase written with accents that matches it with or without them: "journée" as "journ[ée]e". */
export function accentInsensitive(phrase: string): string {
  return accentTolerant(escapeRegExp(phrase)).replace(/ +/g, "\\s+");
}

/** A regular expression's source whose accented letters also match without their accent ("noël": Noël, Noel). */
export function accentTolerant(source: string): string {
  return source.replace(ACCENTED, (letter) => {
    const base = BASE_LETTER.get(letter.toLowerCase());
    return base ? `[${letter}${base}]` : letter;
  });
}

/** Lower case, accents off. */
export function fold(text: string): string {
  return unaccent(text.toLowerCase());
}

/** Lower case and unaccented, straight apostrophes and quotes, every space character a space. Same length as the input. */
export function normalize(text: string): string {
  return fold(text.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(SPACES, " "));
}

let lastPlainInput: string | undefined;
let lastPlain = "";

/** What phrase patterns are matched against: `normalize`d, with one space between words. */
export function plain(text: string): string {
  // The same draft is asked about by many rules: keep the last answer.
  if (text !== lastPlainInput) {
    lastPlain = normalize(text).replace(/ {2,}/g, " ");
    lastPlainInput = text;
  }
  return lastPlain;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export type Vocabulary = Readonly<Record<string, string>>;

/** One phrase as regex source: groups become non-capturing, spaces match any whitespace, {names} expand. */
export function phraseSource(phrase: string, vocabulary: Vocabulary = {}): string {
  const expanded = unaccent(phrase.trim()).replace(/\{([a-z]+)\}/g, (whole, name: string) => {
    const piece = vocabulary[name];
    if (piece === undefined) throw new Error(`unknown vocabulary piece ${whole} in phrase "${phrase}"`);
    return `(${unaccent(piece)})`;
  });
  let out = "";
  for (let i = 0; i < expanded.length; i++) {
    const ch = expanded[i];
    if (ch === "\\") {
      out += expanded.slice(i, i + 2);
      i++;
    } else if (ch === "(" && expanded[i + 1] !== "?") out += "(?:";
    else if (ch === " ") {
      while (expanded[i + 1] === " ") i++;
      // Plain text has one space between words: a single literal space keeps every pattern linear.
      if (expanded[i + 1] === "?") {
        i++;
        out += " ?";
      } else out += " ";
    } else out += ch;
  }
  return out;
}

export interface PhraseOptions {
  /** The phrase must start the text (after the caller's own trimming). */
  anchored?: boolean;
  /** The phrase must end the text (but for spaces and closing punctuation). Only with `anchored`. */
  whole?: boolean;
  /** For matchAll. */
  global?: boolean;
  vocabulary?: Vocabulary;
}

const NOT_WORD = `[^${WORD_CHAR_RANGES}]`;

/**
 * One pattern for a list of phrases, matched as whole words. Unanchored patterns capture the
 * character before the phrase in group 1 (no lookbehind, for old runtimes): use `phraseMatches`
 * for offsets.
 */
export function compilePhrases(phrases: readonly string[], options: PhraseOptions = {}): RegExp {
  const parts = phrases.map((p) => phraseSource(p, options.vocabulary)).filter((p) => p.length > 0);
  const body = parts.length === 0 ? "(?!)" : `(?:${parts.join("|")})`;
  if (options.whole && !options.anchored) throw new Error("a whole-text phrase pattern must be anchored");
  const start = options.anchored ? "^" : `(^|${NOT_WORD})`;
  const end = options.whole ? "[ ?!.]*$" : `(?![${WORD_CHAR_RANGES}])`;
  return new RegExp(`${start}${body}${end}`, options.global ? "g" : "");
}

export interface PhraseMatch {
  text: string;
  start: number;
  end: number;
}

/** A text's plain form and where its collapsed runs of spaces were, to map offsets back. */
interface PlainForm {
  text: string;
  /** Sorted: from this plain offset on, add `shift` to get the original offset. */
  shifts: { from: number; shift: number }[];
}

let lastOriginal: string | undefined;
let lastForm: PlainForm = { text: "", shifts: [] };

/** The plain form of a text, kept for the next call: every rule asks about the same draft. */
function plainForm(original: string): PlainForm {
  if (original === lastOriginal) return lastForm;
  const shifts: PlainForm["shifts"] = [];
  let removed = 0;
  const text = normalize(original).replace(/ {2,}/g, (run: string, offset: number) => {
    const plainOffset = offset - removed;
    removed += run.length - 1;
    shifts.push({ from: plainOffset + 1, shift: removed });
    return " ";
  });
  lastOriginal = original;
  lastForm = { text, shifts };
  return lastForm;
}

function toOriginal(form: PlainForm, offset: number): number {
  let lo = 0;
  let hi = form.shifts.length - 1;
  let shift = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const entry = form.shifts[mid]!;
    if (entry.from <= offset) {
      shift = entry.shift;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return offset + shift;
}

/**
 * Every match of an unanchored, global phrase pattern in a text, with offsets into that text
 * (the pattern runs on its plain form, whose runs of spaces are one space).
 */
export function phraseMatches(pattern: RegExp, original: string): PhraseMatch[] {
  const form = plainForm(original);
  const out: PhraseMatch[] = [];
  for (const m of form.text.matchAll(pattern)) {
    const from = (m.index ?? 0) + (m[1]?.length ?? 0);
    const to = (m.index ?? 0) + m[0].length;
    const start = toOriginal(form, from);
    const end = to > from ? toOriginal(form, to - 1) + 1 : start;
    out.push({ text: original.slice(start, end), start, end });
  }
  return out;
}

/**
 * True when the text ends with a phrase of an anchored, whole-text pattern, trying its last
 * 1…maxWords words: "is it really not " ends with a negation. Each try is anchored at both ends,
 * so the work is linear in the words tried.
 */
export function endsWithPhrase(pattern: RegExp, text: string, maxWords: number): boolean {
  const words = plain(text).trim().split(" ");
  for (let k = 1; k <= Math.min(maxWords, words.length); k++) {
    if (pattern.test(words.slice(-k).join(" "))) return true;
  }
  return false;
}

/** A team's own phrases (plain text, not patterns), or null for an empty list. */
export function phraseListPattern(phrases: readonly string[]): RegExp | null {
  const literal = phrases.map((p) => normalize(p).trim()).filter((p) => p.length > 0);
  if (literal.length === 0) return null;
  return compilePhrases(literal.map(escapeRegExp), { global: true });
}
