// Team norms in plain words, for people: "Chat: reply the same business day." In the reader's
// language when given its words (i18n/<language>/norms.ts), English otherwise.
import { norms as english, type NormsWords } from "../i18n/en/norms.js";
import { languageName } from "./language/identify.js";
import { WEEKDAYS, type Norms } from "./norms.js";

function dayRange(days: readonly Norms["workingDays"][number][], say: NormsWords): string {
  const sorted = [...days].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
  const consecutive = sorted.every((d, i) => i === 0 || WEEKDAYS.indexOf(d) === WEEKDAYS.indexOf(sorted[i - 1]!) + 1);
  if (consecutive && sorted.length > 2) return say.dayRange({ first: say.weekdays[sorted[0]!], last: say.weekdays[sorted.at(-1)!] });
  return say.dayList(sorted.map((d) => say.weekdays[d]));
}

/** `locale`: the language names are written in (the words' own language). */
export function describeNorms(norms: Norms, say: NormsWords = english, locale = "en"): string[] {
  const lines = [
    say.workingDays({ days: dayRange(norms.workingDays, say), start: norms.workingHours.start, end: norms.workingHours.end, timeZone: norms.timeZone }),
    say.reply({ channel: "chat", days: norms.replyWithinBusinessDays.chat }),
    say.reply({ channel: "email", days: norms.replyWithinBusinessDays.email }),
    say.reply({ channel: "blocking", days: norms.replyWithinBusinessDays.blocking }),
    norms.focusWindow ? say.focus(norms.focusWindow) : say.noFocus,
    say.preReadNotice({ hours: norms.preReadNoticeHours }),
    say.language({ language: languageName(norms.language, locale) }),
  ];
  const off = Object.entries(norms.rules)
    .filter(([, v]) => v === "off")
    .map(([id]) => say.checkName(id));
  if (off.length > 0) lines.push(say.checksOff({ checks: off }));
  return lines;
}

/** What changed between two sets of norms, in the same plain words: for "who changed what and when". */
export function describeChanges(before: Norms, after: Norms, say: NormsWords = english, locale = "en"): string[] {
  const was = describeNorms({ ...before, rules: {} }, say, locale);
  const now = describeNorms({ ...after, rules: {} }, say, locale);
  const changes = now.filter((line, i) => line !== was[i]);
  for (const kind of ["fyi", "input", "blocking"] as const) {
    const added = after.signalPhrases[kind].filter((p) => !before.signalPhrases[kind].includes(p));
    const removed = before.signalPhrases[kind].filter((p) => !after.signalPhrases[kind].includes(p));
    const phrases = (list: string[]) => list.map(say.quote).join(", ");
    if (added.length > 0) changes.push(say.phrasesAdded({ kind: say.phraseKinds[kind], phrases: phrases(added) }));
    if (removed.length > 0) changes.push(say.phrasesRemoved({ kind: say.phraseKinds[kind], phrases: phrases(removed) }));
  }
  if (before.longMessageWords !== after.longMessageWords) changes.push(say.longMessage({ words: after.longMessageWords }));
  const ids = new Set([...Object.keys(before.rules), ...Object.keys(after.rules)]) as Set<keyof Norms["rules"]>;
  for (const id of ids) {
    if (before.rules[id] !== after.rules[id]) changes.push(say.check({ check: say.checkName(id), setting: after.rules[id] ?? null }));
  }
  return changes;
}
