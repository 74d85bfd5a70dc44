// Team norms in plain words, in English: the norms card, the norms tab, and "who changed what".
import { titleIn, type WeekdayKey } from "../shared.js";
import { findings } from "./findings.js";

/** A setting may come as its stored value ("off"): say the word the form shows. */
const settingName = (setting: string): string =>
  (({ error: "Fix", warning: "Consider", info: "Note", off: "Off" }) as Record<string, string | undefined>)[setting] ?? setting;

const days = (n: number) => (n === 1 ? "1 business day" : `${n} business days`);

export const norms = {
  weekdays: { mon: "Monday", tue: "Tuesday", wed: "Wednesday", thu: "Thursday", fri: "Friday", sat: "Saturday", sun: "Sunday" } satisfies Record<
    WeekdayKey,
    string
  >,
  /** "Monday to Friday". */
  dayRange: (p: { first: string; last: string }) => `${p.first} to ${p.last}`,
  /** "Monday, Wednesday, Friday". */
  dayList: (days: string[]) => days.join(", "),
  workingDays: (p: { days: string; start: string; end: string; timeZone: string }) => `Working days: ${p.days}, ${p.start}–${p.end} (${p.timeZone}).`,
  reply: (p: { channel: "chat" | "email" | "blocking"; days: number }) => {
    const who = { chat: "Chat", email: "E-mail", blocking: "Blocking requests" }[p.channel];
    return `${who}: reply ${p.days === 0 ? "the same business day" : `within ${days(p.days)}`}.`;
  },
  focus: (p: { start: string; end: string }) => `${p.start}–${p.end} is focus time: no meetings.`,
  noFocus: "No protected focus time.",
  preReadNotice: (p: { hours: number }) => `Send meeting pre-reads at least ${p.hours} hours ahead.`,
  language: (p: { language: string }) => `Drafts too short to tell their language are read as ${p.language}.`,
  /** A check by its name, not its id. */
  checkName: (id: string) => titleIn(findings.rules, id),
  checksOff: (p: { checks: readonly string[] }) => `Checks turned off: ${p.checks.join(", ")}.`,
  phraseKinds: { fyi: "FYI", input: "input wanted", blocking: "blocking" },
  phrasesAdded: (p: { kind: string; phrases: string }) => `New ${p.kind} phrases: ${p.phrases}.`,
  phrasesRemoved: (p: { kind: string; phrases: string }) => `Removed ${p.kind} phrases: ${p.phrases}.`,
  longMessage: (p: { words: number }) => `Messages over ${p.words} words with no ask should say FYI.`,
  check: (p: { check: string; setting: string | null }) => `Check "${p.check}": ${p.setting ? settingName(p.setting) : "its default"}.`,
  quote: (text: string) => `"${text}"`,
};

export type NormsWords = typeof norms;
