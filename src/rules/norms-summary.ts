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
