// Reply-by phrases of our own and the moment each must resolve to, under the default norms
// (Monday to Friday, 09:00–17:00) in the team's zone. "now" is Tuesday 3 March 2026, 10:00 UTC,
// unless a row says otherwise. Read by `npm run eval` (which lists the ones it gets wrong) and by
// the deadline tests (which keep them right).
//
// Conventions: a day with no time is the end of that working day; "before <day>" its start; a
// holiday is a day off (the end of the last working day before it); a bare hour inside working
// hours is pm; "first thing" and "morning" the start of the day, "lunchtime" 12:00, "afternoon"
// 15:00, "evening" 20:00, "tonight" 22:00; "by Tuesday" written on a Tuesday is next week's.

export interface ReplyByPhrase {
  text: string;
  expected: string;
  now?: string;
  zone?: string;
}

/** The phrases written apart from the rules (test/corpus/<set>/reply-by.json), with their own "now". */
export async function independentReplyByPhrases(set: "independent" | "independent-2" | "lang/de" | "lang/fr" | "lang/es"): Promise<ReplyByPhrase[]> {
  const { readFile } = await import("node:fs/promises");
  const url = new URL(`../../test/corpus/${set}/reply-by.json`, import.meta.url);
  const rows = JSON.parse(await readFile(url, "utf8")) as ReplyByPhrase[];
  return rows.map(({ text, expected, now, zone }) => ({ text, expected, ...(now ? { now } : {}), ...(zone ? { zone } : {}) }));
}

/**
 * Phrases written apart from the parser (test/corpus/reply-by-apart/<code>.json, 200 a language;
 * test/corpus/reply-by-blind/<code>.json and reply-by-blind-2/<code>.json, 60 and 30),
 * each with the parts it combines ("anchor", "time", "zone", …), to group the failures by.
 */
export async function replyByApart(
  code: "en" | "de" | "fr" | "es",
  set: "reply-by-apart" | "reply-by-blind" | "reply-by-blind-2" = "reply-by-apart",
): Promise<(ReplyByPhrase & { parts: string[] })[]> {
  const { readFile } = await import("node:fs/promises");
  const url = new URL(`../../test/corpus/${set}/${code}.json`, import.meta.url);
  const rows = JSON.parse(await readFile(url, "utf8")) as (ReplyByPhrase & { parts: string[] })[];
  return rows.map(({ text, expected, now, zone, parts }) => ({ text, expected, parts, ...(now ? { now } : {}), ...(zone ? { zone } : {}) }));
}

export const REPLY_BY_NOW = "2026-03-03T10:00:00Z";

export const REPLY_BY_PHRASES: readonly ReplyByPhrase[] = [
  // Weekdays and end-of-day words, in either order.
  { text: "Can you review it by Thursday?", expected: "2026-03-05T17:00:00Z" },
  // Going home, "arvo", the start of a day, "wk", "you've got until", more holidays, "year-end" as a name.
  { text: "Can you drop the keys off before you leave work on Thursday?", expected: "2026-03-05T17:00:00Z" },
  { text: "Could you check it before you head home?", expected: "2026-03-03T17:00:00Z" },
  { text: "Can I have the roster by Wednesday arvo?", expected: "2026-03-04T15:00:00Z" },
  { text: "Can you have the room set up by the start of Friday?", expected: "2026-03-06T09:00:00Z" },
  { text: "Can you ping me this time next wk?", expected: "2026-03-10T10:00:00Z" },
  { text: "Please sign the lease. You've got until Friday.", expected: "2026-03-06T17:00:00Z" },
  { text: "Could you file the claim before Anzac Day?", expected: "2026-04-24T17:00:00Z" },
  { text: "Can you share the year-end accounts before Canada Day?", expected: "2026-06-30T17:00:00Z" },
  { text: "Please reply by Tuesday.", expected: "2026-03-10T17:00:00Z" },
  { text: "Need it Thursday EOD.", expected: "2026-03-05T17:00:00Z" },
  { text: "Need it EOD Thursday.", expected: "2026-03-05T17:00:00Z" },
  { text: "Can you send it Tuesday COB?", expected: "2026-03-03T17:00:00Z" },
  { text: "Please confirm by close of business Friday.", expected: "2026-03-06T17:00:00Z" },
  { text: "Could you get it to me Friday end of play?", expected: "2026-03-06T17:00:00Z" },
  { text: "Send it by EOD.", expected: "2026-03-03T17:00:00Z" },
  { text: "Could you review this today?", expected: "2026-03-03T17:00:00Z" },
  { text: "Please fill in the form by the end of the day.", expected: "2026-03-03T17:00:00Z" },
  { text: "Feedback due Friday.", expected: "2026-03-06T17:00:00Z" },
  { text: "Deadline for comments: Wednesday.", expected: "2026-03-04T17:00:00Z" },
  { text: "Please send it next Monday.", expected: "2026-03-09T17:00:00Z" },
  { text: "Can you reply by Saturday?", expected: "2026-03-07T17:00:00Z" },
  // Weeks, months, quarters, halves, the year.
  { text: "Please review by EOW.", expected: "2026-03-06T17:00:00Z" },
  { text: "Please get back to me by the end of the week.", expected: "2026-03-06T17:00:00Z" },
  { text: "Can you finish it by the end of next week?", expected: "2026-03-13T17:00:00Z" },
  { text: "Please submit by the end of the month.", expected: "2026-03-31T17:00:00Z" },
  { text: "Can we have the numbers by end of Q3?", expected: "2026-09-30T17:00:00Z" },
  { text: "Please finish it by Q3 close.", expected: "2026-09-30T17:00:00Z" },
  { text: "We need the plan from you by the end of H1.", expected: "2026-06-30T17:00:00Z" },
  { text: "Can you close it out before year end?", expected: "2026-12-31T17:00:00Z" },
  // Spans from now.
  { text: "Can you review it within 3 working days?", expected: "2026-03-06T17:00:00Z" },
  { text: "Can you review it in 5 business days?", expected: "2026-03-10T17:00:00Z" },
  { text: "Please respond within the next 72 hours.", expected: "2026-03-06T10:00:00Z" },
  { text: "Can you send it within 2 hours?", expected: "2026-03-03T12:00:00Z" },
  { text: "Could you sort it within a fortnight?", expected: "2026-03-17T17:00:00Z" },
  { text: "Please get it done within two weeks.", expected: "2026-03-17T17:00:00Z" },
  { text: "Could you turn this around in 2 days?", expected: "2026-03-05T17:00:00Z" },
  // Holidays.
  { text: "Could you send the forms before Easter?", expected: "2026-04-03T17:00:00Z" },
  { text: "Please book the venue before Christmas.", expected: "2026-12-24T17:00:00Z" },
  { text: "Before Thanksgiving, can you send the plan?", expected: "2026-11-25T17:00:00Z" },
  // Bare hours and times.
  { text: "Can you call me by 4?", expected: "2026-03-03T16:00:00Z" },
  { text: "Please send it by 4:45.", expected: "2026-03-03T16:45:00Z" },
  { text: "Can you reply by 9?", expected: "2026-03-04T09:00:00Z" },
  { text: "Can you send it by 2 tomorrow?", expected: "2026-03-04T14:00:00Z" },
  { text: "Can you call me at 3pm?", expected: "2026-03-03T15:00:00Z" },
  { text: "Can you join the call at 2:30?", expected: "2026-03-03T14:30:00Z" },
  { text: "Can you get me the figures by Wednesday noon?", expected: "2026-03-04T12:00:00Z" },
  { text: "Please send your comments by tomorrow 3pm.", expected: "2026-03-04T15:00:00Z" },
  // Parts of the day.
  { text: "Could you send it Wednesday afternoon?", expected: "2026-03-04T15:00:00Z" },
  { text: "Could you send it Tuesday afternoon?", expected: "2026-03-03T15:00:00Z" },
  { text: "Can you have it ready first thing Monday?", expected: "2026-03-09T09:00:00Z" },
  { text: "Please send it over by lunchtime.", expected: "2026-03-03T12:00:00Z" },
  // A day before its part of the day (issue 22: "by Thursday lunchtime" was read as today).
  { text: "Can I have your notes by Friday lunchtime?", expected: "2026-03-06T12:00:00Z" },
  { text: "Could you review it tomorrow lunch?", expected: "2026-03-04T12:00:00Z" },
  { text: "Please have it with me Wednesday first thing.", expected: "2026-03-04T09:00:00Z" },
  // Clock times in words, read as bare hours inside working hours.
  { text: "Could you send it by half past two tomorrow?", expected: "2026-03-04T14:30:00Z" },
  { text: "Please reply by quarter to four on Friday.", expected: "2026-03-06T15:45:00Z" },
  { text: "Can you call me at ten past eleven Thursday?", expected: "2026-03-05T11:10:00Z" },
  { text: "Can we have it by half ten Wednesday?", expected: "2026-03-04T10:30:00Z" },
  { text: "Need the figures by three o'clock Thursday.", expected: "2026-03-05T15:00:00Z" },
  // Zones in words, and a weekday beside an explicit zone is the coming one (it once went to last week).
  { text: "Could you send the contract by 11am Pacific on Friday?", expected: "2026-03-06T19:00:00Z" },
  { text: "Can you reply by 3pm New York time tomorrow?", expected: "2026-03-04T20:00:00Z" },
  { text: "Please confirm by 9:30 Tokyo time Thursday.", expected: "2026-03-05T00:30:00Z" },
  // Across the US change to daylight time (8 March 2026): noon EDT, not EST.
  { text: "Can you get it to me by noon Eastern on Monday?", expected: "2026-03-09T16:00:00Z" },
  { text: "Could you confirm by 9am CET Monday?", expected: "2026-03-09T08:00:00Z" },
  // Anchored to now: that day at the clock time the writer writes.
  { text: "Can you send the next cut same time tomorrow?", expected: "2026-03-04T10:00:00Z" },
  { text: "Could you reply by the same time on Thursday?", expected: "2026-03-05T10:00:00Z" },
  { text: "Can I have the revised plan this time next week?", expected: "2026-03-10T10:00:00Z" },
  { text: "Can you send the draft tonight?", expected: "2026-03-03T22:00:00Z" },
  { text: "Can you look at it tomorrow morning?", expected: "2026-03-04T09:00:00Z" },
  { text: "Can you send it over this afternoon?", expected: "2026-03-03T15:00:00Z" },
  { text: "Please get it to me this evening.", expected: "2026-03-03T20:00:00Z" },
  { text: "Can you do it Thursday morning?", expected: "2026-03-05T09:00:00Z" },
  // Explicit zones and offsets.
  { text: "Please have it in by 10:00 GMT tomorrow.", expected: "2026-03-04T10:00:00Z" },
  { text: "Can you confirm by noon EST?", expected: "2026-03-03T17:00:00Z" },
  { text: "Please send it by 16:00 UTC+2.", expected: "2026-03-03T14:00:00Z" },
  // A request to call or meet at a stated time.
  { text: "Ring me Thursday at 2.", expected: "2026-03-05T14:00:00Z" },
  { text: "Let's talk at 9:30.", expected: "2026-03-04T09:30:00Z" },
  { text: "Could you call me on Thursday at 11?", expected: "2026-03-05T11:00:00Z" },
  // Before a day, an event, or something that happens then.
  { text: "Could you confirm before Friday?", expected: "2026-03-06T09:00:00Z" },
  { text: "Can you update the doc before Friday's standup?", expected: "2026-03-06T09:00:00Z" },
  { text: "Can you send me the deck for Thursday's board meeting?", expected: "2026-03-05T09:00:00Z" },
  { text: "Please send it before Monday's migration.", expected: "2026-03-09T09:00:00Z" },
  { text: "Could you check it before we publish on Monday?", expected: "2026-03-09T09:00:00Z" },
  { text: "We close the books on the 28th, so could you send the accruals before that?", expected: "2026-03-27T17:00:00Z" },
  { text: "Could you review before the 20th?", expected: "2026-03-20T09:00:00Z" },
  // Dates.
  { text: "Please approve by 10 March.", expected: "2026-03-10T17:00:00Z" },
  { text: "Please approve by March 12.", expected: "2026-03-12T17:00:00Z" },
  { text: "Can you sign it by 13/03?", expected: "2026-03-13T17:00:00Z" },
  { text: "Answer by the 11th please.", expected: "2026-03-11T17:00:00Z" },
  { text: "I need your sign-off no later than 10 March.", expected: "2026-03-10T17:00:00Z" },
  { text: "Please return the form by Friday 13 March.", expected: "2026-03-13T17:00:00Z" },
  // Other zones and other days.
  { text: "Send it by EOD.", zone: "Europe/Berlin", expected: "2026-03-03T17:00:00+01:00" },
  { text: "Please reply by Thursday 3pm.", zone: "Europe/Berlin", expected: "2026-03-05T15:00:00+01:00" },
  { text: "Can you confirm by 03/05?", zone: "America/New_York", now: "2026-03-03T15:00:00Z", expected: "2026-03-05T17:00:00-05:00" },
  { text: "Can you review it by Monday?", now: "2026-03-06T15:00:00Z", expected: "2026-03-09T17:00:00Z" },
  { text: "Can you send it by end of play tomorrow?", now: "2026-03-05T15:00:00Z", expected: "2026-03-06T17:00:00Z" },
];
