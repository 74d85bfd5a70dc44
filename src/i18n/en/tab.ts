// The norms tab's words, in English: the page, the form, the preview and the reminder switch.
import type { WeekdayKey } from "../shared.js";

export const tab = {
  /** Dates on the page ("Last changed … on …"). */
  locale: "en-GB",
  loading: "Loading…",
  outside: {
    title: "Async Coach norms",
    notice: "This page runs inside Microsoft Teams or Outlook. Open the Team norms tab there to see and change your team's norms.",
    defaultsTitle: "The defaults",
    defaultsIntro: "Until a team changes them, every check follows these norms:",
  },
  config: {
    title: "Add the Team norms tab",
    intro: "Everyone here sees the norms Async Coach's checks follow: reply times, working hours, focus time and pre-read notice. Team owners can change them.",
    save: "Select Save to add the tab.",
    tabName: "Team norms",
  },
  scope: {
    team: (p: { team: string | null }) => (p.team ? `Team norms for ${p.team}` : "Team norms"),
    chat: "Norms for this chat",
    personal: "My norms",
    ownersOnly: "Only team owners can change team norms. Talk to an owner if a norm does not fit how you work.",
    readOnly: "You can read these norms but not change them.",
  },
  page: {
    tryAgain: "Try again",
    notLoaded: (p: { error: string }) => `The norms could not be loaded: ${p.error}`,
    changedBy: (p: { by: string; when: string }) => `Last changed by ${p.by} on ${p.when}.`,
    defaults: "Nobody has changed these yet: they are Async Coach's defaults.",
    history: "Who changed what",
    savedWithoutChanges: "saved without changes.",
    inForce: "The norms in force",
    change: "Change the norms",
    save: "Save norms",
    notSavedYet: "Not saved yet:",
    fixFields: "Not saved: fix the fields marked in red.",
    saving: "Saving…",
    saved: (p: { scope: "team" | "chat" | "personal" }): string =>
      p.scope === "team"
        ? "Saved. Checks in this team follow these norms from now on, and so do the Outlook and 1:1 chat checks of members who follow them."
        : p.scope === "chat"
          ? "Saved. Checks in this chat follow these norms from now on."
          : "Saved. Your checks in Outlook and in your chat with Async Coach follow these norms from now on.",
    reload: "Reload the norms",
    conflict:
      "Not saved: someone changed the norms after you opened them. Reload to see their change, then make yours again (your edits are still in the form until you reload). ",
    notSaved: (p: { reason: string }) => `Not saved: ${p.reason}`,
    signedOut: "Not saved: your sign-in has expired. Reopen the tab and try again.",
    offline: (p: { error: string }) => `Not saved: ${p.error}. Check your connection and try again.`,
  },
  follow: {
    title: "Your own checks",
    following: "Your checks in Outlook and in your chat with Async Coach follow this team's norms.",
    notFollowing: "Your checks in Outlook and in your chat with Async Coach follow your own norms (My norms), not this team's.",
    follow: "Follow this team's norms",
    unfollow: "Use my own norms instead",
    youFollow: (p: { team: string | null }) =>
      `You follow the norms of ${p.team ?? "a team"}: your checks in Outlook and in your chat with Async Coach use them, and the team's owners change them.`,
    failed: (p: { error: string }) => `Not changed: ${p.error}`,
  },
  form: {
    label: "Change the norms",
    weekdays: { mon: "Monday", tue: "Tuesday", wed: "Wednesday", thu: "Thursday", fri: "Friday", sat: "Saturday", sun: "Sunday" } satisfies Record<
      WeekdayKey,
      string
    >,
    phrases: {
      fyi: "Phrases that mean “no reply needed”",
      input: "Phrases that ask for input",
      blocking: "Phrases that mean “this is blocking”",
    },
    phrasesHint: "One per line, on top of the built-in ones.",
    settings: { error: "Fix", warning: "Consider", info: "Note", off: "Off" },
    defaultSetting: (p: { setting: string }) => `Default (${p.setting})`,
    focusSwitch: "Protect a daily focus window with no meetings",
    timeZone: "Time zone",
    timeZoneSearch: "Type to search, e.g. Berlin",
    timeZoneHint: "Type a city, a zone's name, an abbreviation or an offset: Berlin, India, CET, +5:30.",
    workingTime: "Working time",
    workingDays: "Working days",
    workStart: "Working hours start",
    workEnd: "Working hours end",
    focusTime: "Focus time",
    focusStart: "Focus time starts",
    focusEnd: "Focus time ends",
    replies: "Replies and pre-reads",
    replyChat: "Chat: reply within (business days)",
    replyChatHint: "0 means the same business day.",
    replyEmail: "E-mail: reply within (business days)",
    replyBlocking: "Blocking requests: reply within (business days)",
    preReadNotice: "Send pre-reads at least (hours before the meeting)",
    longMessage: "Suggest “FYI” for messages with no ask longer than (words)",
    language: "Language of drafts too short to tell",
    languageHint: "Longer drafts are read in the language they are written in.",
    signalPhrases: "Signal phrases",
    checks: "Checks",
    checksHint: "What each check looks for, and how strongly it speaks up. Off turns it off for everyone these norms cover.",
    enterNumber: "Enter a number.",
  },
  preview: {
    title: "Preview",
    hint: "Paste a sample draft to see what the checks say under the norms in the form. It stays in this page.",
    sentAs: "Sent as",
    chat: "Teams chat",
    email: "E-mail",
    draft: "Sample draft",
    placeholder: "Can you review the launch plan?",
    appearHere: "Findings appear here as you type.",
    fixFirst: "Fix the fields marked above to see the preview.",
    noWords: "Nothing to check: the draft has no words.",
    good: "Nothing to add: this draft is good to send.",
    listLabel: "What the checks say",
  },
  reminders: {
    title: "Pre-read reminders",
    notLoaded: 'The reminder setting could not be loaded. Say "watch my meetings" to the Async Coach bot instead.',
    notSwitchedOn: "Pre-meeting reminders are not switched on for your organisation yet.",
    switch: "Remind me about meetings I organise that have no pre-read",
    saving: "Saving…",
    on: "On: the Async Coach bot will message you before meetings you organise that have no pre-read.",
    off: "Off: no pre-read reminders.",
    notChanged: (p: { error: string }) => `Not changed: ${p.error}.`,
    hint: "Before each meeting you organise, the Async Coach bot messages you once if the invite has no pre-read, at least your pre-read notice ahead.",
  },
};

export type TabWords = typeof tab;
