// Team norms in plain words, in German: the norms card, the norms tab, and "who changed what".
import type { NormsWords } from "../en/norms.js";
import { titleIn, type WeekdayKey } from "../shared.js";
import { findings } from "./findings.js";

const plural = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;
const withinDays = (n: number) => (n === 1 ? "innerhalb eines Arbeitstags" : `innerhalb von ${n} Arbeitstagen`);

/** A setting may come as its stored value ("off"): say the word the form shows. */
const settingName = (setting: string): string =>
  (({ error: "Beheben", warning: "Überdenken", info: "Hinweis", off: "Aus" }) as Record<string, string | undefined>)[setting] ?? setting;

export const norms: NormsWords = {
  weekdays: { mon: "Montag", tue: "Dienstag", wed: "Mittwoch", thu: "Donnerstag", fri: "Freitag", sat: "Samstag", sun: "Sonntag" } satisfies Record<
    WeekdayKey,
    string
  >,
  /** "Montag bis Freitag". */
  dayRange: (p: { first: string; last: string }) => `${p.first} bis ${p.last}`,
  /** "Montag, Mittwoch, Freitag". */
  dayList: (days: string[]) => days.join(", "),
  workingDays: (p: { days: string; start: string; end: string; timeZone: string }) => `Arbeitstage: ${p.days}, ${p.start}–${p.end} Uhr (${p.timeZone}).`,
  reply: (p: { channel: "chat" | "email" | "blocking"; days: number }) => {
    const who = { chat: "Chat", email: "E-Mail", blocking: "Blockierende Anfragen" }[p.channel];
    return p.days === 0 ? `${who}: Antwort am selben Arbeitstag.` : `${who}: Antwort ${withinDays(p.days)}.`;
  },
  focus: (p: { start: string; end: string }) => `${p.start}–${p.end} Uhr ist Fokuszeit: keine Besprechungen.`,
  noFocus: "Keine geschützte Fokuszeit.",
  preReadNotice: (p: { hours: number }) => `Vorabinfos zu Besprechungen mindestens ${plural(p.hours, "Stunde", "Stunden")} vorher senden.`,
  language: (p: { language: string }) => `Bei Entwürfen, die für eine Spracherkennung zu kurz sind, wird ${p.language} angenommen.`,
  /** A check by its name, not its id. */
  checkName: (id: string) => titleIn(findings.rules, id),
  checksOff: (p: { checks: readonly string[] }) => `Ausgeschaltete Prüfungen: ${p.checks.join(", ")}.`,
  phraseKinds: { fyi: "Zur Info", input: "Antwort erbeten", blocking: "blockierend" },
  phrasesAdded: (p: { kind: string; phrases: string }) => `Neue Signalformulierungen (${p.kind}): ${p.phrases}.`,
  phrasesRemoved: (p: { kind: string; phrases: string }) => `Entfernte Signalformulierungen (${p.kind}): ${p.phrases}.`,
  longMessage: (p: { words: number }) =>
    `Nachrichten ohne Bitte mit mehr als ${plural(p.words, "Wort", "Wörtern")} sollten als „Zur Info“ gekennzeichnet sein.`,
  check: (p: { check: string; setting: string | null }) =>
    p.setting ? `Prüfung „${p.check}“: ${settingName(p.setting)}.` : `Prüfung „${p.check}“: Standardeinstellung.`,
  quote: (text: string) => `„${text}“`,
};
