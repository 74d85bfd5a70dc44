// Reply-by deadlines: "by Thursday", "before our 2pm call", "EOD tomorrow", "by the 20th",
// "in 3 business days". Parsed with chrono-node, extended with our own parsers for what it misses,
// relative to the draft's own time and in the team's time zone. "By Thursday" is the coming
// Thursday; a date without a time is the end of that working day.
import * as chrono from "chrono-node";
import { DateTime } from "luxon";
import type { Norms } from "./norms.js";
import type { Sentence } from "./text/sentences.js";
import { normalize } from "./language/phrases.js";
import {
  addWorkingDays,
  atMinutes,
  endOfWorkingDay,
  inZone,
  isWorkingDay,
  lastWorkingDayOnOrBefore,
  startOfWorkingDay,
  workCalendar,
  type WorkCalendar,
} from "./work-calendar.js";

export interface Deadline {
  /** The words that set the deadline, as written. */
  text: string;
  /** Offsets of those words in the analysed text. */
  start: number;
  end: number;
  at: DateTime;
  isPast: boolean;
  onNonWorkingDay: boolean;
}

const WEEKDAY_NAMES: Record<string, number> = {
  mon: 1, monday: 1, tue: 2, tues: 2, tuesday: 2, wed: 3, weds: 3, wednesday: 3, thu: 4, thur: 4,
  thurs: 4, thursday: 4, fri: 5, friday: 5, sat: 6, saturday: 6, sun: 7, sunday: 7,
};
const WEEKDAY = "(?:mon(?:day)?|tue(?:s|sday)?|wed(?:s|nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)";
const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};
const MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*";

// Words that make a date a reply-by time when they stand just before it.
const DEADLINE_LEAD =
  /\b(?:by|before|until|till|til|no later than|not later than|ahead of|prior to|in time for|due(?: on| by)?|deadline(?: is| of)?:?|latest(?: by)?|on or before|within|answer|reply|response|feedback)\s+(?:(?:the|our|your|my|their|this|next|that|end of|close of)\s+){0,2}$/;
// Near, relative times that set a reply window wherever they stand ("can you send it today?").
const NEAR_TIME = /^(?:(?:later |by )?today|tonight|tomorrow|this (?:morning|afternoon|evening|week)|next week|(?:the )?end of (?:the )?(?:day|week|month)|eod|cob|eow|eom|(?:in|within) (?:the next )?\S+ (?:business |working |work )?days?)\b/;
// "Thursday's board meeting": something is needed for that meeting, whatever word leads in.
const BEFORE_EVENT = /^[a-z]+'s\s/;
// Cheap pre-filter: only sentences with one of these go through chrono.
const CUE = new RegExp(
  `\\b(?:by|before|until|till|til|due|deadline|latest|ahead of|prior to|in time|within|today|tonight|tomorrow|this (?:morning|afternoon|evening|week)|next week|eod|cob|eob|eow|eom|end of|close of|business days?|working days?|${WEEKDAY}|${MONTH}|\\d{1,2}(?:st|nd|rd|th)|\\d{1,2}[:.]\\d{2}|\\d{1,2} ?(?:am|pm))\\b`,
  "i",
);

/** Only so many sentences are read for dates: a deadline stands near the ask, not on page 40. */
const MAX_SENTENCES = 60;
const MAX_SENTENCE_CHARS = 400;

type Components = { year: number; month: number; day: number; hour: number; minute: number };
const components = (dt: DateTime): Components => ({
  year: dt.year, month: dt.month, day: dt.day, hour: dt.hour, minute: dt.minute,
});

function upcomingWeekday(from: DateTime, weekday: number): DateTime {
  const diff = (weekday - from.weekday + 7) % 7;
  return from.plus({ days: diff });
}

function buildParser(cal: WorkCalendar): chrono.Chrono {
  const parser = chrono.casual.clone();
  const today = (ctx: chrono.ParsingContext) => inZone(ctx.reference.instant, cal).startOf("day");

  // EOD, COB, close of business, end of (the working) day: optionally today/tomorrow/a weekday.
  parser.parsers.push({
    pattern: () =>
      new RegExp(
        `\\b(?:(today|tomorrow)(?:'s)?\\s+)?(?:eod|cob|eob|close of (?:business|play)|end of (?:the )?(?:business |working |work )?day)(?:\\s+(?:on\\s+)?(today|tomorrow|${WEEKDAY}))?\\b`,
        "i",
      ),
    extract: (ctx, m) => {
      const word = (m[1] ?? m[2] ?? "today").toLowerCase();
      let day = today(ctx);
      if (word === "tomorrow") day = day.plus({ days: 1 });
      else if (word !== "today") day = upcomingWeekday(day, WEEKDAY_NAMES[word.replace(/\.$/, "")] ?? day.weekday);
      return components(endOfWorkingDay(day, cal));
    },
  });

  // EOW, end of (this/next) week, this week, next week: the last working day of that week.
  parser.parsers.push({
    pattern: () => /\b(?:eow|(?:the )?end of (?:the |this )?week|(?:the )?end of next week|this week|next week)\b/i,
    extract: (ctx, m) => {
      const next = /next/i.test(m[0]);
      const monday = today(ctx).startOf("week").plus({ weeks: next ? 1 : 0 });
      return components(endOfWorkingDay(lastWorkingDayOnOrBefore(monday.plus({ days: 6 }), cal), cal));
    },
  });

  // EOM, end of (this/next) month: the last working day of that month.
  parser.parsers.push({
    pattern: () => /\b(?:eom|(?:the )?end of (?:the |this |next )?month)\b/i,
    extract: (ctx, m) => {
      const month = today(ctx).plus({ months: /next/i.test(m[0]) ? 1 : 0 }).endOf("month").startOf("day");
      return components(endOfWorkingDay(lastWorkingDayOnOrBefore(month, cal), cal));
    },
  });

  // "the 20th" with no month: the next 20th from today.
  parser.parsers.push({
    pattern: () => new RegExp(`\\bthe (\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s+(?:of\\s+)?${MONTH})`, "i"),
    extract: (ctx, m) => {
      const dayOfMonth = Number(m[1]);
      if (dayOfMonth < 1 || dayOfMonth > 31) return null;
      const now = today(ctx);
      let candidate = now.set({ day: Math.min(dayOfMonth, now.daysInMonth ?? 28) });
      if (candidate < now) {
        const next = now.plus({ months: 1 }).startOf("month");
        candidate = next.set({ day: Math.min(dayOfMonth, next.daysInMonth ?? 28) });
      }
      return { year: candidate.year, month: candidate.month, day: candidate.day };
    },
  });

  // "in 3 business days", "within two working days".
  parser.parsers.push({
    pattern: () => /\b(?:in|within)\s+(?:the\s+next\s+)?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:business|working|work)\s+days?\b/i,
    extract: (ctx, m) => {
      const raw = (m[1] ?? "1").toLowerCase();
      const n = NUMBER_WORDS[raw] ?? Number(raw);
      return components(addWorkingDays(inZone(ctx.reference.instant, cal), n, cal));
    },
  });

  // "before Friday's standup": the start of that working day.
  parser.parsers.push({
    pattern: () =>
      new RegExp(
        `\\b(${WEEKDAY})'s\\s+(?:[a-z-]+\\s+)?(?:standup|stand-up|meeting|call|sync|review|session|workshop|demo|1:1|check-in|huddle|retro|planning)\\b`,
        "i",
      ),
    extract: (ctx, m) => {
      const weekday = WEEKDAY_NAMES[(m[1] ?? "").toLowerCase()];
      if (!weekday) return null;
      return components(startOfWorkingDay(upcomingWeekday(today(ctx).plus({ days: 1 }), weekday), cal));
    },
  });
  return parser;
}

const parsers = new WeakMap<Norms, chrono.Chrono>();

function parserFor(norms: Norms): chrono.Chrono {
  let parser = parsers.get(norms);
  if (!parser) {
    parser = buildParser(workCalendar(norms));
    parsers.set(norms, parser);
  }
  return parser;
}

function toMoment(result: chrono.ParsedResult, lead: string, cal: WorkCalendar, today: DateTime): DateTime | null {
  const year = result.start.get("year");
  const month = result.start.get("month");
  const day = result.start.get("day");
  if (year === null || month === null || day === null) return null;
  let date = DateTime.fromObject({ year, month, day }, { zone: cal.zone });
  if (!date.isValid) return null;
  // "By Thursday" is the coming Thursday. Explicit dates are left alone, so a past one stays past.
  if (!result.start.isCertain("day") && result.start.isCertain("weekday") && date < today) date = date.plus({ weeks: 1 });
  if (result.start.isCertain("hour")) {
    return atMinutes(date, (result.start.get("hour") ?? 0) * 60 + (result.start.get("minute") ?? 0));
  }
  // "before Thursday" means by the start of Thursday; "by Thursday" its end.
  return /\b(?:before|prior to|ahead of)\b/.test(lead) ? startOfWorkingDay(date, cal) : endOfWorkingDay(date, cal);
}

/** Reply-by deadlines in the sentences, in order. `now` is when the draft is sent. */
export function findDeadlines(text: string, sentences: readonly Sentence[], now: Date, norms: Norms): Deadline[] {
  const cal = workCalendar(norms);
  const parser = parserFor(norms);
  const reference = { instant: now, timezone: inZone(now, cal).offset };
  const nowInZone = inZone(now, cal);
  const found: Deadline[] = [];
  let read = 0;
  for (const sentence of sentences) {
    if (read >= MAX_SENTENCES) break;
    const slice = sentence.text.slice(0, MAX_SENTENCE_CHARS);
    if (!CUE.test(slice)) continue;
    read++;
    let results: chrono.ParsedResult[];
    try {
      results = parser.parse(slice, reference);
    } catch {
      continue; // a date the parser cannot handle is no deadline; never a crash
    }
    for (const result of results) {
      const lead = normalize(slice.slice(Math.max(0, result.index - 40), result.index));
      const words = normalize(result.text);
      if (!DEADLINE_LEAD.test(lead) && !NEAR_TIME.test(words) && !BEFORE_EVENT.test(words)) continue;
      const at = toMoment(result, lead, cal, nowInZone.startOf("day"));
      if (!at) continue;
      const start = sentence.start + result.index;
      found.push({
        text: text.slice(start, start + result.text.length),
        start,
        end: start + result.text.length,
        at,
        isPast: at < nowInZone,
        onNonWorkingDay: !isWorkingDay(at, cal),
      });
    }
  }
  return found;
}

/** A line to add that states a real reply-by date from the team's working days. */
export function suggestedReplyBy(now: Date, businessDays: number, norms: Norms): DateTime {
  const cal = workCalendar(norms);
  return addWorkingDays(inZone(now, cal), businessDays, cal);
}
