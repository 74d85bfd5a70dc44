// The words of the task pane, the bot's cards and the norms tab, in English.
import type { Moment, ResponseLevelName, SeverityName } from "../shared.js";

const plural = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;

export const ui = {
  /** Dates and times on cards and in the pane. */
  locale: "en-GB",
  /** The label beside a finding; "unsure" for a headline finding the rule is not sure of. */
  severity: { error: "Fix", warning: "Consider", info: "Note", unsure: "Maybe" } satisfies Record<SeverityName | "unsure", string>,
  level: {
    none: "No response level yet",
    fyi: "FYI: no reply needed",
    low: "Low urgency",
    input: "Reply wanted by a stated time",
    blocking: "Urgent: it holds up work",
  } satisfies Record<ResponseLevelName, string>,
  /** Short level words, inside a sentence. */
  levelInline: {
    none: "no response level",
    fyi: "FYI (no reply needed)",
    low: "low urgency",
    input: "reply wanted by a stated time",
    blocking: "urgent (it holds up work)",
  } satisfies Record<ResponseLevelName, string>,
  meetingCost: (p: { personHours: number; people: number }) => `Meeting cost: ${p.personHours} person-hours (${p.people} people).`,
  notAMeeting: (p: { reason: string }) => `Not judged as a meeting: ${p.reason}.`,

  pane: {
    empty: "Nothing to check yet. Write your message and I'll check it as you type.",
    good: "Good to send: nothing to add.",
    listLabel: "What to add before you send",
    notChecked: (p: { language: string }) => `Not checked: this looks like ${p.language}.`,
    // The deadline as the writer put it ("by Friday", "on Friday", "before the client call"), quoted.
    levelBy: (p: { level: string; deadline: string }) => `${p.level}: "${p.deadline}".`,
    level: (p: { level: string }) => `${p.level}.`,
    intro: "Checks run on this computer; your draft is never sent anywhere.",
    checking: "Checking…",
    resultsLabel: "Check results",
    unreadable: (p: { error: string }) => `Async Coach could not read this item: ${p.error}`,
    notAdded: (p: { error: string }) => `The line could not be added: ${p.error}`,
  },

  card: {
    nothingToCheck: "Nothing to check",
    notChecked: "Not checked",
    good: { draft: "Good to send", sent: "Nothing missing" } satisfies Record<Moment, string>,
    toLookAt: {
      draft: (n: number) => `${plural(n, "thing", "things")} to look at before you send`,
      sent: (n: number) => `${plural(n, "thing", "things")} this message could have said`,
    } satisfies Record<Moment, (n: number) => string>,
    noWords: { draft: "The draft has no words yet. Type or paste the message you want to send.", sent: "This message has no words to check." } satisfies Record<
      Moment,
      string
    >,
    notRead: (p: { language: string }) =>
      `This looks like ${p.language}; Async Coach reads English, German, French and Spanish, so it says nothing about response levels here.`,
    detected: (p: { level: string; deadline: string | null }) => (p.deadline ? `Reads as: ${p.level} ("${p.deadline}").` : `Reads as: ${p.level}.`),
    improved: { draft: "Improved draft, ready to copy:", sent: "Next time, it could read:" } satisfies Record<Moment, string>,
    linesToAdd: {
      draft: "Your draft is too long to show here. Add this after the greeting:",
      sent: "Next time, add this after the greeting:",
    } satisfies Record<Moment, string>,
    pasteDraft: "Paste your draft",
    draft: "Draft",
    check: "Check",
    checkAgain: "Check again",
    insertImproved: "Insert improved draft",
    insert: "Insert draft",
    insertNote: "Insert puts the draft into the compose box as a card, which cannot be edited there. To edit it before sending, copy the text above instead.",
  },
};

export type UiWords = typeof ui;
