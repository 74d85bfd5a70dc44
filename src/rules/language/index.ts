// The languages the rules read, and what text preparation recognises in all of them at once: a
// German reply may quote a French thread, so quote headers, sign-offs, footers and join blocks of
// every language are removed before the draft's own language is known.
import { buildLanguage, buildMail, mergeMail, type Language, type LanguageData } from "./build.js";
import { data as deData } from "./de/index.js";
import { data as esData } from "./es/index.js";
import { data as frData } from "./fr/index.js";
import { data as enData, en } from "./en/index.js";
import { compilePhrases } from "./phrases.js";

const DATA: readonly LanguageData[] = [enData, deData, frData, esData];

/** English signals are understood in every language: "FYI", "ASAP" and "no rush" turn up in German mail too. */
function withEnglishSignals(data: LanguageData): LanguageData {
  const signals = { ...data.signals };
  for (const key of ["FYI", "NO_RUSH", "URGENCY", "BLOCKED"] as const) signals[key] = [...(signals[key] ?? []), ...(enData.signals[key] ?? [])];
  return { ...data, signals };
}

const PACKS = new Map<string, Language>([["en", en], ...DATA.filter((d) => d.id !== "en").map((d) => [d.id, buildLanguage(withEnglishSignals(d))] as const)]);

/** The languages the rules read. */
export const READ_LANGUAGES: ReadonlySet<string> = new Set(PACKS.keys());

/** The phrase matchers of a language the rules read; English for any other. */
export function languagePack(code: string): Language {
  return PACKS.get(code) ?? en;
}

/** Quote headers, sign-offs and footers of every language. */
export const ANY_MAIL = buildMail(mergeMail(DATA.map((d) => d.mail)));

const joinLists = (pick: (d: LanguageData) => readonly string[] | undefined) => [...new Set(DATA.flatMap((d) => pick(d) ?? []))];
/** Join blocks of every language: Teams, Zoom, Meet and Webex write them in the organiser's language. */
export const ANY_JOIN = {
  joinDomains: joinLists((d) => d.meetings.JOIN_DOMAINS),
  joinPhrase: compilePhrases(joinLists((d) => d.meetings.JOIN_PHRASES)),
  joinEcho: compilePhrases(
    joinLists((d) => d.meetings.JOIN_ECHO_FIELDS).map((f) => `${f} ?:`),
    { anchored: true },
  ),
};

export type { Language };
