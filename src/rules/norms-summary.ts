// Team norms in plain words, for people: "Chat: reply the same business day."
import type { Norms } from "./norms.js";

const DAY_NAMES: Record<string, string> = {
  mon: "Monday", tue: "Tuesday", wed: "Wednesday", thu: "Thursday", fri: "Friday", sat: "Saturday", sun: "Sunday",
};

function replyIn(days: number): string {
  if (days === 0) return "the same business day";
  return days === 1 ? "within 1 business day" : `within ${days} business days`;
}

function dayRange(days: readonly string[]): string {
  const order = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
  const sorted = [...days].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const consecutive = sorted.every((d, i) => i === 0 || order.indexOf(d) === order.indexOf(sorted[i - 1]!) + 1);
  if (consecutive && sorted.length > 2) return `${DAY_NAMES[sorted[0]!]} to ${DAY_NAMES[sorted.at(-1)!]}`;
  return sorted.map((d) => DAY_NAMES[d]).join(", ");
}

export function describeNorms(norms: Norms): string[] {
  const lines = [
    `Working days: ${dayRange(norms.workingDays)}, ${norms.workingHours.start}–${norms.workingHours.end} (${norms.timeZone}).`,
    `Chat: reply ${replyIn(norms.replyWithinBusinessDays.chat)}.`,
    `E-mail: reply ${replyIn(norms.replyWithinBusinessDays.email)}.`,
    `Blocking requests: reply ${replyIn(norms.replyWithinBusinessDays.blocking)}.`,
    norms.focusWindow
      ? `${norms.focusWindow.start}–${norms.focusWindow.end} is focus time: no meetings.`
      : "No protected focus time.",
    `Send meeting pre-reads at least ${norms.preReadNoticeHours} hours ahead.`,
  ];
  const off = Object.entries(norms.rules).filter(([, v]) => v === "off").map(([k]) => k);
  if (off.length > 0) lines.push(`Checks turned off: ${off.join(", ")}.`);
  return lines;
}

const PHRASE_KINDS = { fyi: "FYI", input: "input wanted", blocking: "blocking" } as const;

/** What changed between two sets of norms, in the same plain words: for "who changed what and when". */
export function describeChanges(before: Norms, after: Norms): string[] {
  const was = describeNorms({ ...before, rules: {} });
  const now = describeNorms({ ...after, rules: {} });
  const changes = now.filter((line, i) => line !== was[i]);
  for (const kind of Object.keys(PHRASE_KINDS) as (keyof typeof PHRASE_KINDS)[]) {
    const added = after.signalPhrases[kind].filter((p) => !before.signalPhrases[kind].includes(p));
    const removed = before.signalPhrases[kind].filter((p) => !after.signalPhrases[kind].includes(p));
    if (added.length > 0) changes.push(`New ${PHRASE_KINDS[kind]} phrases: ${added.map((p) => `"${p}"`).join(", ")}.`);
    if (removed.length > 0) changes.push(`Removed ${PHRASE_KINDS[kind]} phrases: ${removed.map((p) => `"${p}"`).join(", ")}.`);
  }
  if (before.longMessageWords !== after.longMessageWords) {
    changes.push(`Messages over ${after.longMessageWords} words with no ask should say FYI.`);
  }
  const ids = new Set([...Object.keys(before.rules), ...Object.keys(after.rules)]) as Set<keyof Norms["rules"]>;
  for (const id of ids) {
    if (before.rules[id] !== after.rules[id]) changes.push(`Check ${id}: ${after.rules[id] ?? "default severity"}.`);
  }
  return changes;
}
