// What the Teams bot says, in English: its cards (welcome, help, norms, settings, pre-read
// reminder) and its replies. Commands stay the English words people type ("help", "norms").
import type { ScopeName } from "../shared.js";

/** "the Sales team", "this chat", "you". */
const whose = (scope: ScopeName) =>
  scope.kind === "team" ? (scope.team ? `the ${scope.team} team` : "this team") : scope.kind === "chat" ? "this chat" : "you";

export const bot = {
  welcome: {
    title: "Hi, I'm Async Coach",
    intro:
      "Paste or forward a draft and I'll tell you what to add before you send it: how urgent it is, or by when you need an answer. Meeting invites get their pre-read check in Outlook.",
    iDo: "I do",
    iDoWhat: "check the drafts you send me, follow your team's norms, and keep those norms.",
    iNever: "I never",
    iNeverWhat: "read your other chats or channels, or store the text of any message.",
    typeHelp: "Type **help** to see what I can do.",
    showNorms: "Show our norms",
    help: "Help",
  },
  help: {
    title: "What I can do",
    check: "Type check and then your draft, or just paste the draft: I tell you what to add before you send it.",
    norms: "Show the norms your checks follow.",
    settings: "Change the norms.",
    watchOn: "Before meetings you organise, I remind you if the invite has no pre-read.",
    watchOff: "Reminders before meetings you organise that have no pre-read. Not switched on here yet: your Teams admin can switch them on.",
    stopWatching: "No more pre-read reminders for you.",
    helpItself: "Show this list.",
    anyChat: "In any chat, use **Check my draft** from the message box, or **Check this message** from a message's ... menu.",
    showNorms: "Show our norms",
    changeNorms: "Change norms",
  },
  norms: {
    title: (p: { scope: ScopeName }) => `Norms for ${whose(p.scope)}`,
    changedBy: (p: { by: string | null; when: string }) => `Last changed by ${p.by ?? "someone"} on ${p.when}.`,
    defaults: "These are the defaults: nobody has changed them yet.",
    changeNorms: "Change norms",
  },
  settings: {
    title: (p: { scope: ScopeName }) => `Change the norms for ${whose(p.scope)}`,
    notSaved: "Not saved. Please fix:",
    didYouMean: (p: { zones: string }): string => `Did you mean ${p.zones}?`,
    timeZone: "Time zone (a city such as Berlin, or an IANA name such as Europe/Berlin)",
    timeZoneRequired: "A time zone is required",
    workingDays: "Working days",
    weekdaysShort: { mon: "Mon", tue: "Tue", wed: "Wed", thu: "Thu", fri: "Fri", sat: "Sat", sun: "Sun" },
    workFrom: "Working hours from",
    to: "to",
    focusFrom: "Focus time from (empty: none)",
    preReadNotice: "Pre-read notice (hours)",
    replyChat: "Chat: reply within (business days, 0 = same day)",
    replyEmail: "E-mail: reply within (business days)",
    save: "Save norms",
    /** Field names in error lines: "Time zone: not a known IANA time zone". */
    fields: {
      timeZone: "Time zone",
      workingDays: "Working days",
      workingHours: "Working hours",
      focusWindow: "Focus time",
      preReadNoticeHours: "Pre-read notice",
      chat: "Chat reply time",
      email: "E-mail reply time",
    },
  },
  reminder: {
    noPreRead: "Your meeting has no pre-read yet",
    couldBeClearer: "Your meeting invite could be clearer",
    meeting: "Meeting",
    when: "When",
    atStake: "At stake",
    noSubject: "(no subject)",
    cost: (p: { personHours: number; people: number }) => `${p.personHours} person-hours (${p.people} people)`,
    whatToAdd: "What to add before people join:",
    open: "Open in Outlook",
    dismiss: "Not needed for this meeting",
    snooze: "Remind me later",
  },
  replies: {
    // Talk, not a draft: a greeting, thanks, an acknowledgement, two questions people ask first.
    greeting:
      'Hi! Paste a draft (an e-mail or a chat message) and I will tell you whether it says what it asks of the reader and by when. Say "help" for everything I do.',
    thanks: "You are welcome.",
    ack: "Good. Paste a draft whenever you want it checked.",
    whatIsLevel:
      'A response level tells the reader what you need from them and by when: "FYI, no response needed", "Need your input by Thursday", or "This is blocking the release, please answer today". I look for it in every message that asks for something, and offer the line to add when it is missing.',
    turnOff: 'Checks are switched on and off in the norms: in a team, the Norms tab (team owners); for yourself, say "settings" here.',
    checkUnavailable: "I could not check that draft just now: I am busy with others. Send it again in a moment.",
    preReadOff:
      "Pre-read reminders are not available in your organisation yet: they need read access to calendars, which only your Teams admin can give Async Coach. Let your admin know if you would like them.",
    preReadOffStop: "Pre-read reminders are not on in your organisation, so there is nothing to stop.",
    ownersOnly: "Only team owners can change this team's norms. Here they are; talk to an owner if one does not fit how you work.",
    notSavedOwnersOnly: "Not saved. Only team owners can change this team's norms. Here they are; talk to an owner if one does not fit how you work.",
    unknownUser: "I could not tell who you are in Microsoft Entra ID, so I cannot read your calendar.",
    unwatched: 'Done: no more pre-read reminders for you, also not through a team\'s setting. Say "watch my meetings" to turn them back on.',
    watchInPersonalChat: 'Reminders come in a 1:1 chat with me. Open a chat with Async Coach and say "watch my meetings" there.',
    watching: (p: { added: boolean; personal: boolean; notice: number }) =>
      `${p.added ? "Done" : "Already on"}: before each meeting you organise, I will message you${p.personal ? "" : " in our 1:1 chat"} if the invite has no pre-read or falls short of your norms, ` +
      `at least ${p.notice} hours ahead (at once for meetings booked later). I read invites only to judge them and keep none of their text. Say "stop watching" to turn it off.`,
    teamInChannel: 'Say this in a channel of the team. For your own meetings, say "watch my meetings".',
    teamOwnersOnly: 'Only team owners can turn the pre-read check on or off for the whole team. You can still say "watch my meetings" for your own.',
    teamUnwatched: 'Done: the team-wide pre-read check is off. People who said "watch my meetings" keep theirs.',
    teamWasNotWatched: "The team-wide pre-read check was not on.",
    teamUnknown: "Teams did not tell me this team's group or tenant, so I cannot read its members. Try again from a channel message.",
    teamWatching: (p: { added: boolean; team: string | null }) =>
      `${p.added ? "Done" : "Already on"}: before each meeting a member of ${p.team ?? "this team"} organises, I will message them in a 1:1 chat if the invite has no pre-read, ` +
      `early enough to add one. I read invites only to judge them and keep none of their text. Anyone can say "stop watching" to opt out; an owner can say "stop watching team meetings".`,
    reminderGone: "I could not find that reminder any more; nothing changed.",
    dismissed: "OK: no more reminders about this meeting.",
    snoozed: (p: { at: string }) => `OK: I will look at this meeting again after ${p.at}, and remind you if it still needs a pre-read.`,
    formIncomplete: "The form was incomplete; please try again.",
    privateNotes: "My notes on the message you just posted. Only you can see them.",
    privateSent: "I've sent you my notes in a 1:1 chat.",
    privateFailed: "I could not open a 1:1 chat with you, so my notes stay private. Open a chat with Async Coach and paste your message there to see them.",
    saved: (p: { scope: "team" | "chat" | "personal" }): string =>
      p.scope === "team"
        ? "Saved. Checks in this team follow these norms from now on; members who follow them in My norms get them in Outlook and in their chat with me too."
        : p.scope === "chat"
          ? "Saved. Checks in this chat follow these norms from now on."
          : "Saved. Your checks here and in Outlook follow these norms from now on.",
    youFollow: (p: { team: string | null }) =>
      `You follow the norms of ${p.team ?? "a team"}: your checks here and in Outlook use them. To use your own instead, choose "Use my own norms instead" in the My norms tab, or save your own with "settings".`,
    staleForm: (p: { by: string | null; you: boolean }): string =>
      p.you
        ? "Not saved: this form was out of date, because you changed the norms from another copy of it. Here it is with the norms as they are now; make your change again if you still need it."
        : `Not saved: this form was out of date, because ${p.by ?? "someone"} changed the norms after it was opened. Here it is with the norms as they are now; make your change again if you still need it.`,
  },
};

export type BotWords = typeof bot;
