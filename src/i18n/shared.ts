// Shapes the catalogues of every language share: what a rule passes in to be worded.

/** Why an event is not judged as a meeting. */
export type Reason = "cancelled" | "all-day" | "no-attendees";

/** How often a meeting repeats: "every 2 weeks", "every working day". */
export interface RecurrenceWords {
  unit: "day" | "week" | "month" | "year" | null;
  interval: number;
  workingDays: boolean;
}

/** A rule's name in a catalogue's own words, from its id ("meeting-cost" is "Meeting cost"); the id where it has none. */
export function titleIn(rules: object, id: string): string {
  return (rules as Record<string, { title?: string } | undefined>)[id]?.title ?? id;
}

/** A language tag's base language in lower case: "de-AT" and "DE" give "de". */
export function baseLanguage(tag: string | undefined): string {
  return (tag ?? "").trim().toLowerCase().split(/[-_]/)[0] ?? "";
}

/** A check of a draft before sending, or of a message already sent: the words differ, not the check. */
export type Moment = "draft" | "sent";
export type SeverityName = "error" | "warning" | "info";
export type ResponseLevelName = "fyi" | "low" | "input" | "blocking" | "none";
export type WeekdayKey = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";

/** Whose norms a card shows: a team's (by name when Teams gives it), a group chat's, or the reader's own. */
export type ScopeName = { kind: "team"; team: string | null } | { kind: "chat" } | { kind: "personal" };
