// What the rules say, in English: each rule's name and its messages. The rules fill in the
// writer's own words and the dates; the sentences are here, whole, one per case.
import type { RecurrenceWords, Reason } from "../shared.js";

const plural = (n: number, one: string, other: string) => (n === 1 ? one : other);
const personHours = (hours: number) => `${hours} person-hour${hours === 1 ? "" : "s"}`;

const recurrence = ({ unit, interval, workingDays }: RecurrenceWords): string => {
  if (workingDays) return "every working day";
  if (!unit) return "on a schedule";
  return interval === 1 ? `every ${unit}` : `every ${interval} ${unit}s`;
};

// The headline rules' words: the finding's (long) and Outlook's send dialog and hint bar (short). The short
// forms are exported on their own so the send handler carries them and none of the other words.
export const missingResponseLevelShort = {
  /** Outlook's Smart Alerts dialog at send time: at most 500 characters. */
  alert: (p: { line: string; ask: string | null }) =>
    `You ask ${p.ask ? `"${p.ask}"` : "for something"} but don't say by when. Add a line such as "${p.line}", or mark it FYI, so the reader knows how to prioritise it.`,
  /** Outlook's hint bar while composing. */
  hint: "Async Coach: say by when you need a reply, or mark it FYI.",
};

const missingResponseLevel = {
  title: "No response level",
  summary: "A message that asks for something says how urgent it is or by when.",
  message: (p: { ask: string; inSubject: boolean; line: string; unsure: boolean }) =>
    p.unsure
      ? `${p.inSubject ? "Your subject may be a request" : "This may be a request"}: ${p.ask}. If you need an answer, say by when ("${p.line}") or how urgent it is; if not, mark it "FYI, no response needed".`
      : `${p.inSubject ? `Your subject asks ${p.ask}` : `You ask ${p.ask}`} but don't say by when or how urgent it is. Add a reply-by date ("${p.line}"), say what it blocks, or mark it "FYI, no response needed".`,
  fix: "Add a reply-by date at the top",
  short: missingResponseLevelShort,
};

export const missingPreReadShort = {
  /** Outlook's Smart Alerts dialog at send time: at most 500 characters. */
  alert:
    "This invite has no pre-read: no agenda, no decision to take, no document link and no attachment. Add the goal and two or three topics, or link what to read first.",
  /** Outlook's hint bar while composing. */
  hint: "Async Coach: add an agenda or a document to read before the meeting.",
};

const missingPreRead = {
  title: "No pre-read",
  summary: "A meeting invite carries a pre-read: an agenda, the decision to take, a linked document or an attachment.",
  message: (p: { hasJoinInfo: boolean }) =>
    `Nobody can prepare for this meeting: it has no agenda, no decision to take, no linked document and no attachment${p.hasJoinInfo ? " (a join link is not a pre-read)" : ""}. Add the goal and two or three topics, or link the document to read first.`,
  fix: "Add an agenda template at the top",
  short: missingPreReadShort,
};

export const findings = {
  /** The locale dates and weekdays are written in. */
  locale: "en-GB",
  quote: (text: string) => `"${text}"`,
  notAMeeting: {
    cancelled: "it is cancelled",
    "all-day": "it is an all-day event",
    "no-attendees": "nobody else is invited",
  } satisfies Record<Reason, string>,
  rules: {
    "missing-response-level": missingResponseLevel,
    "vague-deadline": {
      title: "Vague deadline",
      summary: "A request that names a time names a date, not 'soon' or 'when you get a chance'.",
      message: (p: { words: string; day: string }) => `${p.words} leaves the reader to guess when you need it. If a date matters, say it: "by ${p.day}".`,
    },
    "unworkable-deadline": {
      title: "Deadline that cannot work",
      summary: "A reply-by date is in the future and on a working day.",
      past: (p: { words: string; when: string }) => `${p.words} (${p.when}) has already passed. Give a date still ahead.`,
      nonWorkingDay: (p: { words: string; weekday: string; before: string | null; after: string }) =>
        `${p.words} falls on ${p.weekday}, outside the team's working days. Use ${p.before ? `${p.before} or ${p.after}` : p.after}.`,
    },
    "unexplained-urgency": {
      title: "Urgent, but why?",
      summary: "Urgent wording says what is blocked or at stake.",
      message: (p: { words: string }) =>
        `${p.words} with no reason makes every request look the same. Say what is blocked or what happens if it waits ("the release is blocked until ...").`,
    },
    "mixed-signals": {
      title: "Mixed signals",
      summary: "A message signals one response level, not 'FYI' and 'need this today' at once.",
      message: (p: { fyi: string; other: string }) => `${p.fyi} says no reply is needed, but ${p.other} asks for one. Keep the one you mean.`,
    },
    "greeting-only": {
      title: "Just a greeting",
      summary: "A chat message says the whole thing, not just 'hi' or 'got a minute?'.",
      message: () => "A greeting on its own makes the reader wait for the real message. Say the whole thing in one message: what you need, and by when.",
    },
    "suggest-call": {
      title: "Better in a call",
      summary: "Conflict and long back-and-forth are settled in a call, not in text.",
      heated: () => "This reads as heated. Tension grows in text and shrinks in a call: offer a short call, and send the facts in writing afterwards.",
      longThread: (p: { times: number; atLeast: boolean }) =>
        `This thread has gone back and forth ${p.atLeast ? `more than ${p.times} times` : `${p.times} times`} and still has open questions. A 15-minute call may settle it; post the outcome here afterwards.`,
    },
    "long-message-without-fyi": {
      title: "Long, and no FYI",
      summary: "A long message that asks nothing says so up front with 'FYI'.",
      message: (p: { words: number }) =>
        `This message is ${p.words} words and asks nothing of the reader. Start with "FYI, no response needed" so they know how to treat it.`,
      fix: "Mark it FYI at the top",
    },
    "missing-pre-read": missingPreRead,
    "no-stated-purpose": {
      title: "No stated purpose",
      summary: "A meeting's title or description says what it is for.",
      noTitle: () => `This invite has no title. Name the outcome in the title or the first line, e.g. "Decide the Q3 hiring plan".`,
      genericTitle: (p: { title: string }) =>
        `${p.title} says what kind of meeting this is, not what it is for. Name the outcome in the title or the first line, e.g. "Decide the Q3 hiring plan".`,
    },
    "pre-read-too-late": {
      title: "Too little notice",
      summary: "A meeting is sent with enough notice for people to read the pre-read.",
      message: (p: { hours: number; notice: number; day: string; time: string }) =>
        `This meeting starts in ${p.hours < 1 ? `${Math.round(p.hours * 60)} minutes` : `${Math.round(p.hours)} hours`}, less than the team's ${p.notice} hours' notice: people won't have time to read anything first. ` +
        `Move it to ${p.day} ${p.time} or later, or settle it in writing.`,
    },
    "could-be-async": {
      title: "Could be async",
      summary: "Status updates and announcements go in writing; meetings are for decisions and discussion.",
      message: (p: { personHours: number; recurring: boolean }) =>
        `This looks like status updates only. A written or recorded update saves ${personHours(p.personHours)}${p.recurring ? " each time" : ""}; keep the meeting for what needs a decision.`,
    },
    "meeting-cost": {
      title: "Meeting cost",
      summary: "The invite shows what the meeting costs: people × duration.",
      message: (p: { personHours: number; people: number; minutes: number; recurrence: RecurrenceWords | null; perMonth: number }) =>
        `This meeting costs ${personHours(p.personHours)} (${p.people} ${plural(p.people, "person", "people")} × ${p.minutes % 60 === 0 ? `${p.minutes / 60} h` : `${p.minutes} min`}).` +
        (p.recurrence
          ? ` It repeats ${recurrence(p.recurrence)}: about ${personHours(p.perMonth)} a month. Audit it now and then: is every instance still needed?`
          : ""),
    },
    "focus-time-conflict": {
      title: "In focus time",
      summary: "Meetings stay out of the team's protected focus time.",
      message: (p: { weekday: string; start: string; end: string; focusStart: string; focusEnd: string }) =>
        `${p.weekday} ${p.start}–${p.end} falls in the team's focus time (${p.focusStart}–${p.focusEnd}, no meetings). Move it to ${p.focusEnd} or later.`,
    },
    "missing-attachment": {
      title: "Attachment missing",
      summary: "An invite that mentions an attachment has one.",
      message: (p: { words: string }) => `The invite says ${p.words} but nothing is attached or linked. Attach the file or add its link.`,
    },
    "language-not-checked": {
      title: "Language not checked",
      summary: "A draft in a language Async Coach does not read yet is not judged, and it says so.",
      message: (p: { language: string | null; code: string }) =>
        `Not checked: this looks like ${p.language ?? `language "${p.code}"`}, and Async Coach reads English, German, French and Spanish. It says nothing about response levels or pre-reads here.`,
    },
  },
};

export type FindingWords = typeof findings;
