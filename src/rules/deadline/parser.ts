// chrono-node, taught the reply-by phrases of office mail it does not know: EOD / COB in either
// order, end of week / month / quarter / half / year, "the 20th", "in 3 business days", "within a
// fortnight", "before Friday's standup", "first thing Monday", "by lunchtime", "by 4", holidays.
// Numeric dates read day-first except for teams in the Americas.
import type * as chrono from "chrono-node";
// The English locale only, by its own path: the package root would pull in every locale chrono has.
import { casual as englishCasual, GB as englishGB } from "chrono-node/en";
import type { DateTime } from "luxon";
import { en } from "../language/en/index.js";
import type { Language } from "../language/build.js";
import { accentInsensitive, accentTolerant, fold, phraseSource } from "../language/phrases.js";
import { LETTER_RANGES } from "../text/letters.js";
import { addWorkingDays, endOfWorkingDay, inZone, lastWorkingDayOnOrBefore, startOfWorkingDay, type WorkCalendar } from "../work-calendar.js";
import { movableHoliday, nextOccurrence, type MovableHoliday } from "./holidays.js";

export const WEEKDAY_NUMBERS: Record<string, number> = {
  mon: 1,
  monday: 1,
  tue: 2,
  tues: 2,
  tuesday: 2,
  wed: 3,
  weds: 3,
  wednesday: 3,
  thu: 4,
  thur: 4,
  thurs: 4,
  thursday: 4,
  fri: 5,
  friday: 5,
  sat: 6,
  saturday: 6,
  sun: 7,
  sunday: 7,
};
export const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

/** Tags on results our parsers made, read when the moment is worked out. */
export const TAG = {
  /** A day off by name: the reply-by is the end of the last working day before it. */
  holiday: "asynccoach/holiday",
  /** An hour written without am/pm ("by 4"): read inside working hours. */
  bareHour: "asynccoach/bareHour",
  /** A moment already worked out to the minute (end of a working day, a span from now). */
  exact: "asynccoach/exact",
  /** A period by its bare name ("Q2"): a date only after a deadline word ("by Q2"), else a name ("the Q2 numbers"). */
  periodName: "asynccoach/periodName",
} as const;

const WEEKDAY = phraseSource(en.vocabulary.weekday ?? "");
const MONTH = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
const MONTH_NAMES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/** A day by name: "the day after tomorrow", "Monday next week", "this Friday", "tomorrow", "Thurs". */
const DAY_WORD = `(?:the )?day after tomorrow|(?:a|one|two) (?:weeks?|fortnight) (?:on |from |after )?(?:today|tomorrow|${WEEKDAY})|the (?:${WEEKDAY}) after next|(?:this )?(?:${WEEKDAY})(?: next week| week(?![\\w-]))?|today|tomorrow`;

type Extract = (ctx: chrono.ParsingContext, match: RegExpMatchArray) => chrono.ParsingComponents | chrono.ParsingResult | null;

/**
 * A result that leaves out the words matched in group 1 ("by", "Thursday"): they only tell that a
 * time follows, and a day among them is read by its own parser and joins the time. (No lookbehind:
 * the add-in's send check runs on runtimes without it; see text/letters.ts.)
 */
function afterLead(ctx: chrono.ParsingContext, m: RegExpMatchArray, components: chrono.ParsingComponents): chrono.ParsingResult {
  const skip = (m[1] ?? "").length;
  const result = ctx.createParsingResult((m.index ?? 0) + skip, m[0].slice(skip));
  result.start = components;
  return result;
}

function upcomingWeekday(from: DateTime, weekday: number): DateTime {
  return from.plus({ days: (weekday - from.weekday + 7) % 7 });
}

export function buildParser(cal: WorkCalendar, language: Language = en): chrono.Chrono {
  const dates = language.dates;
  const parser = (dates?.chrono ?? englishCasual).clone();
  if (!dates && !cal.zone.startsWith("America/")) {
    // Day first in numeric dates ("13/03"), as everywhere but the Americas. chrono's GB setting
    // does that but also reads "March 12" as a year, so only its slash-date parser is taken.
    const slash = parser.parsers.findIndex((p) => "groupNumberMonth" in p);
    const dayFirst = englishGB.parsers.find((p) => "groupNumberMonth" in p);
    if (slash >= 0 && dayFirst) parser.parsers[slash] = dayFirst;
  }
  const today = (ctx: chrono.ParsingContext) => inZone(ctx.reference.instant, cal).startOf("day");
  const dayNamed = (ctx: chrono.ParsingContext, word: string | undefined): DateTime => {
    const w = (word ?? "today")
      .toLowerCase()
      .replace(/'s$/, "")
      .replace(/^this /, "");
    if (w === "today") return today(ctx);
    if (w === "tomorrow") return today(ctx).plus({ days: 1 });
    if (w.endsWith("day after tomorrow")) return today(ctx).plus({ days: 2 });
    // "a week on Tuesday", "two weeks from tomorrow", "Thursday week", "the Monday after next".
    const counted = /^(\S+) (weeks?|fortnights?) (?:on |from |after )?(\S+)$/.exec(w);
    if (counted) {
      const from =
        counted[3] === "today" || counted[3] === "tomorrow"
          ? dayNamed(ctx, counted[3])
          : upcomingWeekday(today(ctx).plus({ days: 1 }), WEEKDAY_NUMBERS[counted[3] ?? ""] ?? 1);
      const n = NUMBER_WORDS[counted[1] ?? "a"] ?? 1;
      return from.plus({ weeks: counted[2]?.startsWith("f") ? 2 * n : n });
    }
    const weekOn = /^(?:the )?(\S+) (?:week|after next)$/.exec(w);
    if (weekOn) return upcomingWeekday(today(ctx).plus({ days: 1 }), WEEKDAY_NUMBERS[weekOn[1] ?? ""] ?? 1).plus({ weeks: 1 });
    const nextWeek = /^(\S+) next week$/.exec(w);
    if (nextWeek)
      return today(ctx)
        .startOf("week")
        .plus({ weeks: 1, days: (WEEKDAY_NUMBERS[nextWeek[1] ?? ""] ?? 1) - 1 });
    return upcomingWeekday(today(ctx), WEEKDAY_NUMBERS[w] ?? today(ctx).weekday);
  };
  const at = (ctx: chrono.ParsingContext, moment: DateTime, ...tags: string[]) => {
    const c = ctx.createParsingComponents({
      year: moment.year,
      month: moment.month,
      day: moment.day,
      hour: moment.hour,
      minute: moment.minute,
    });
    for (const tag of [TAG.exact, ...tags]) c.addTag(tag);
    return c;
  };
  const dayComponents = (ctx: chrono.ParsingContext, day: DateTime) => ctx.createParsingComponents({ year: day.year, month: day.month, day: day.day });
  const timeOfDay = (ctx: chrono.ParsingContext, minutes: number) => {
    const c = ctx.createParsingComponents({ hour: Math.floor(minutes / 60), minute: minutes % 60 });
    c.assign("meridiem", minutes >= 12 * 60 ? 1 : 0);
    return c;
  };
  // Ours go first: where chrono reads the same words ("within 3 days"), ours win the tie.
  const ours: chrono.Parser[] = [];
  const add = (pattern: RegExp, extract: Extract) => ours.push({ pattern: () => pattern, extract });

  // Weeks counted from a day: "a week on Thursday", "Thursday week", "a fortnight from Friday", "two
  // weeks from tomorrow", "a week today", "the Monday after next". A weekday is the coming one.
  const COUNT = "(a|one|two|three|four)\\s+(weeks?|fortnights?)";
  // A clock time just before is read with it: chrono would take "16:30 a" for a time and drop the "a".
  const CLOCK_BEFORE = "(?:(\\d{1,2})(?:[:.](\\d{2}))?\\s?([ap])\\.?m\\.?|(\\d{1,2})[:.](\\d{2}))\\s+";
  add(new RegExp(`\\b(?:${CLOCK_BEFORE})?${COUNT}\\s+(?:(?:on|from|after)\\s+)?(today|tomorrow|${WEEKDAY})\\b`, "i"), (ctx, m) => {
    const c = dayComponents(ctx, dayNamed(ctx, `${m[6] ?? "a"} ${m[7] ?? "week"} ${m[8] ?? "today"}`));
    const hour = m[1] ?? m[4];
    if (hour !== undefined) {
      const h = (Number(hour) % 12) + (m[3]?.toLowerCase() === "p" ? 12 : 0);
      c.assign("hour", m[3] ? h : Number(hour));
      c.assign("minute", Number(m[2] ?? m[5] ?? 0));
      c.assign("meridiem", (m[3] ? h : Number(hour)) >= 12 ? 1 : 0);
    }
    return c;
  });
  // "the day after tomorrow" in the team's zone (chrono counts it in UTC when a time joins it).
  add(/\b(?:the\s+)?day\s+after\s+tomorrow\b/i, (ctx) => dayComponents(ctx, today(ctx).plus({ days: 2 })));
  add(new RegExp(`\\b(?:the\\s+)?(${WEEKDAY})\\s+(?:week(?![\\w-])(?!\\s+(?:of|on|from|ending|commencing|beginning)\\b)|after\\s+next\\b)`, "i"), (ctx, m) =>
    dayComponents(ctx, dayNamed(ctx, `${m[1] ?? "monday"} week`)),
  );
  // "Tues", "Weds": weekdays chrono does not know by these short names.
  add(/\b(tues|weds)\b\.?/i, (ctx, m) => {
    const day = upcomingWeekday(today(ctx), WEEKDAY_NUMBERS[(m[1] ?? "").toLowerCase()] ?? 2);
    const c = ctx.createParsingComponents({ weekday: day.weekday });
    c.imply("day", day.day);
    c.imply("month", day.month);
    c.imply("year", day.year);
    return c;
  });

  // EOD, COB, close of business, end of play, end of the working day: before or after the day it is on.
  // "before you head home", "before I log off": the end of the working day too.
  const endOfDay =
    "(?:eod|cob|eob|close of (?:business|play)|end of (?:play|(?:the )?(?:business |working |work )?day)|before (?:you|i|we|u) (?:head|go|get) (?:home|off)|before (?:you|i|we|u) (?:leave|log off|sign off|clock off|knock off)(?: for the day| work)?)";
  // With no day named beside it, a time of day that joins a date elsewhere ("COB a week on Tuesday",
  // "2 December first thing"); alone, today's or, once passed, the next working day's.
  add(new RegExp(`\\b(?:(${DAY_WORD})(?:'s)?\\s+(?:by\\s+)?)?${endOfDay}(?:\\s+(?:on\\s+)?(${DAY_WORD}))?\\b`, "i"), (ctx, m) => {
    const word = m[1] ?? m[2];
    return word ? at(ctx, endOfWorkingDay(dayNamed(ctx, word), cal)) : timeOfDay(ctx, cal.endMinutes);
  });

  // EOW, end of (this/next) week, this week, next week: the last working day of that week.
  add(/\b(?:eow|(?:the )?end of (?:the |this )?week|(?:the )?end of next week|this week|next week)\b/i, (ctx, m) => {
    const monday = today(ctx)
      .startOf("week")
      .plus({ weeks: /next/i.test(m[0]) ? 1 : 0 });
    return at(ctx, endOfWorkingDay(lastWorkingDayOnOrBefore(monday.plus({ days: 6 }), cal), cal));
  });

  // EOM, end of (this/next) month: the last working day of that month.
  add(/\b(?:eom|(?:the )?end of (?:the |this |next )?month)\b/i, (ctx, m) => {
    const month = today(ctx)
      .plus({ months: /next/i.test(m[0]) ? 1 : 0 })
      .endOf("month")
      .startOf("day");
    return at(ctx, endOfWorkingDay(lastWorkingDayOnOrBefore(month, cal), cal));
  });

  // Quarters, halves and the year: "end of Q3", "Q3 close", "EOQ", "end of H1", "year-end", "before Q2".
  const period = "(q[1-4]|h[12]|(?:the )?(?:first|second) half|(?:this |the |next )?quarter|(?:this |the |next )?(?:fiscal )?year|fy)";
  // "the year-end figures" names the figures, not a date.
  const periodNoun =
    "(?!\\s+(?:figures|numbers|accounts|reports?|results|reviews?|audit|party|bonus|statements?|reporting|forecast|budget|books|process|checklist|pack|valuations?)\\b)";
  add(
    new RegExp(`\\b(?:(?:the )?(?:end|close) of (?:the )?${period}|${period}[- ]?(?:end|close)${periodNoun}|(eoq|eoy))\\b|\\b(q[1-4]|h[12])\\b`, "i"),
    (ctx, m) => {
      const name = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? "").toLowerCase();
      const startOnly = m[4] !== undefined;
      const now = today(ctx);
      const next = /next/.test(name);
      let months: [number, number]; // first and last month of the period
      const quarter = /q([1-4])/.exec(name);
      if (quarter) months = [Number(quarter[1]) * 3 - 2, Number(quarter[1]) * 3];
      else if (/h1|first half/.test(name)) months = [1, 6];
      else if (/h2|second half/.test(name)) months = [7, 12];
      else if (/quarter|eoq/.test(name)) {
        const q = Math.ceil(now.month / 3) + (next ? 1 : 0);
        months = [((q - 1) % 4) * 3 + 1, ((q - 1) % 4) * 3 + 3];
      } else months = [1, 12];
      let year = now.year + (next && /year|fy/.test(name) ? 1 : 0);
      if (/quarter|eoq/.test(name) && next && Math.ceil(now.month / 3) === 4) year++;
      const end = (y: number) => lastWorkingDayOnOrBefore(now.set({ year: y, month: months[1], day: 1 }).endOf("month").startOf("day"), cal);
      const start = (y: number) => now.set({ year: y, month: months[0], day: 1 });
      if (startOnly) {
        const first = start(year) < now ? start(year + 1) : start(year);
        return at(ctx, startOfWorkingDay(first, cal), TAG.periodName);
      }
      const last = end(year) < now ? end(year + 1) : end(year);
      return at(ctx, endOfWorkingDay(last, cal));
    },
  );

  // "the 20th" with no month: the next 20th from today.
  add(/\bthe (\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/i, (ctx, m) => {
    const dayOfMonth = Number(m[1]);
    if (dayOfMonth < 1 || dayOfMonth > 31) return null;
    const now = today(ctx);
    let candidate = now.set({ day: Math.min(dayOfMonth, now.daysInMonth ?? 28) });
    if (candidate < now) {
      const next = now.plus({ months: 1 }).startOf("month");
      candidate = next.set({ day: Math.min(dayOfMonth, next.daysInMonth ?? 28) });
    }
    return ctx.createParsingComponents({ year: candidate.year, month: candidate.month, day: candidate.day });
  });

  // "in 3 business days", "within two working days": the end of the n-th working day.
  add(/\b(?:in|within)\s+(?:the\s+next\s+)?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:business|working|work)\s+days?\b/i, (ctx, m) => {
    const raw = (m[1] ?? "1").toLowerCase();
    return at(ctx, addWorkingDays(inZone(ctx.reference.instant, cal), NUMBER_WORDS[raw] ?? Number(raw), cal));
  });

  // "within a fortnight", "in 10 days", "within the next 72 hours", "in two weeks".
  add(
    /\b(?:in|within|over)\s+(?:the\s+)?(?:next\s+|coming\s+)?(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(hours?|hrs?|days?|weeks?|fortnights?|months?)\b/i,
    (ctx, m) => {
      const raw = (m[1] ?? "1").toLowerCase();
      const n = NUMBER_WORDS[raw] ?? Number(raw);
      const unit = (m[2] ?? "day").toLowerCase();
      const now = inZone(ctx.reference.instant, cal);
      if (/^h/.test(unit)) return at(ctx, now.plus({ hours: n }));
      const days = /^f/.test(unit) ? 14 * n : /^w/.test(unit) ? 7 * n : /^m/.test(unit) ? 0 : n;
      const day = /^m/.test(unit) ? now.plus({ months: n }) : now.plus({ days });
      return at(ctx, endOfWorkingDay(lastWorkingDayOnOrBefore(day.startOf("day"), cal), cal));
    },
  );

  // "before Friday's standup": the start of that working day.
  add(
    new RegExp(
      `\\b(${WEEKDAY}|today|tomorrow)'s\\s+(?:[a-z-]+\\s+)?(?:standup|stand-up|meeting|call|sync|review|session|workshop|demo|1:1|check-in|huddle|retro|planning|board|offsite|presentation|interview|deadline|kickoff|kick-off)\\b`,
      "i",
    ),
    (ctx, m) => {
      const word = (m[1] ?? "").toLowerCase();
      const day = word === "today" || word === "tomorrow" ? dayNamed(ctx, word) : upcomingWeekday(today(ctx).plus({ days: 1 }), WEEKDAY_NUMBERS[word] ?? 1);
      return at(ctx, startOfWorkingDay(day, cal));
    },
  );

  // "same time tomorrow", "the same time on Friday", "this time next week": that day at the clock time
  // the writer writes (in the team's zone).
  add(new RegExp(`\\b(?:(?:the )?same time|this time)\\s+(?:on\\s+|next\\s+)?(${DAY_WORD}|tmrw|tmr|week|wk)\\b`, "i"), (ctx, m) => {
    const word = (m[1] ?? "").toLowerCase();
    const now = inZone(ctx.reference.instant, cal);
    const day = /^w/.test(word) ? today(ctx).plus({ weeks: 1 }) : dayNamed(ctx, /^tmr/.test(word) ? "tomorrow" : word);
    return at(ctx, day.set({ hour: now.hour, minute: now.minute }));
  });

  // "first thing Monday", "Monday first thing", "first thing tomorrow", "first thing in the morning": the start of the working day.
  add(
    new RegExp(
      `\\b(?:(${DAY_WORD})\\s+|(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH})\\s+|(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+)?first thing(?:\\s+(?:on\\s+)?(${DAY_WORD}))?(?:\\s+in the morning)?(?:\\s+(?:on\\s+)?(${DAY_WORD}))?\\b`,
      "i",
    ),
    (ctx, m) => {
      const word = m[1] ?? m[6] ?? m[7];
      if (word) return at(ctx, startOfWorkingDay(dayNamed(ctx, word), cal));
      // "2 December first thing": chrono would read "December first".
      const month = m[3] ?? m[4];
      if (month) {
        const monthNumber = MONTH_NAMES.findIndex((name) => month.toLowerCase().startsWith(name)) + 1;
        const dayOfMonth = Number(m[2] ?? m[5]);
        let day = today(ctx).set({ month: monthNumber, day: dayOfMonth });
        if (!day.isValid || day.day !== dayOfMonth) return null;
        if (day < today(ctx)) day = day.plus({ years: 1 });
        return at(ctx, startOfWorkingDay(day, cal));
      }
      return timeOfDay(ctx, cal.startMinutes);
    },
  );

  // "by the start of Monday", "start of business Tuesday": the start of that working day.
  add(
    new RegExp(`\\b(?:the\\s+)?start\\s+of\\s+(?:(?:the\\s+)?(?:business|play|(?:the\\s+)?(?:working\\s+)?day)\\s+(?:on\\s+)?)?(${DAY_WORD})\\b`, "i"),
    (ctx, m) => at(ctx, startOfWorkingDay(dayNamed(ctx, m[1] ?? "tomorrow"), cal)),
  );

  // "by lunchtime", "before lunch tomorrow".
  add(new RegExp(`\\b(?:(${DAY_WORD})\\s+)?(?:lunch ?time|lunch)(?:\\s+(?:on\\s+)?(${DAY_WORD}))?\\b`, "i"), (ctx, m) => {
    const word = m[1] ?? m[2];
    return word ? at(ctx, dayNamed(ctx, word).set({ hour: 12, minute: 0 })) : timeOfDay(ctx, 12 * 60);
  });

  // A clock time in words: "half past three", "quarter to five", "twenty past two", "ten to six",
  // "half nine" (British: 9:30), "four o'clock". Read as a bare hour, inside working hours.
  const HOUR = "(1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
  const hourOf = (word: string) => NUMBER_WORDS[word.toLowerCase()] ?? Number(word);
  const clockAt = (ctx: chrono.ParsingContext, hour: number, minute: number) => {
    const c = ctx.createParsingComponents({ hour: hour === 0 ? 12 : hour, minute });
    c.addTag(TAG.bareHour);
    return c;
  };
  // "Half past", "quarter to" and "twenty past" are times wherever they stand; "five to ten" and "half
  // two" only after a time word or a date ("five to ten people" is a range). The words before stay
  // outside the match, so that a day before the time joins it ("Thursday half past three").
  const LEAD = `((?:by|before|until|till|at|around|for|than|@|week|next|${DAY_WORD}|\\d{1,2}(?:st|nd|rd|th)?|${MONTH})\\s+)`;
  const MINUTES: Record<string, number> = { five: 5, ten: 10, quarter: 15, "a quarter": 15, twenty: 20, "twenty five": 25, "twenty-five": 25, half: 30 };
  add(
    new RegExp(`\\b(?:${LEAD}(five|ten|twenty|twenty[- ]five) to|((?:a )?quarter|half|five|ten|twenty|twenty[- ]five) (past|after|to)) ${HOUR}\\b`, "i"),
    (ctx, m) => {
      const minutes = MINUTES[(m[2] ?? m[3] ?? "").toLowerCase()] ?? 0;
      const hour = hourOf(m[5] ?? "");
      return afterLead(
        ctx,
        m,
        m[2] !== undefined || (m[4] ?? "").toLowerCase() === "to" ? clockAt(ctx, (hour + 11) % 12, 60 - minutes) : clockAt(ctx, hour, minutes),
      );
    },
  );
  add(new RegExp(`\\b${LEAD}half ${HOUR}\\b`, "i"), (ctx, m) => afterLead(ctx, m, clockAt(ctx, hourOf(m[2] ?? ""), 30)));
  add(new RegExp(`\\b${HOUR} ?o'?clock\\b`, "i"), (ctx, m) => clockAt(ctx, hourOf(m[1] ?? ""), 0));

  // "by 4", "at 2": a bare hour after a time word (chrono reads "4:45" and "at 2" itself).
  add(
    new RegExp(
      `\\b(?:by|before|until|till|around|@)\\s+(\\d{1,2})(?![\\d:/%$€£-]|[.,]\\d|\\s*(?:am|pm|a\\.m|p\\.m|o'clock|st|nd|rd|th|${MONTH}|days?|hours?|hrs?|mins?|minutes?|weeks?|months?|years?|people|percent|[xkm]|pages?|slides?|items?|points?|of|[a-z]+s)\\b)`,
      "i",
    ),
    (ctx, m) => {
      const hour = Number(m[1]);
      if (hour < 1 || hour > 12) return null;
      const before = ctx.text.slice(Math.max(0, (m.index ?? 0) - 30), m.index ?? 0).toLowerCase();
      if (
        /\b(?:increase|decrease|reduce|raise|cut|grow|multiply|divide|divided|drop|rise|fall|improve|shift|offset|extend|delay|push|lower|raised|reduced)\w*\s+(?:\S+\s+){0,2}$/.test(
          before,
        )
      )
        return null;
      const c = ctx.createParsingComponents({ hour, minute: 0 });
      c.addTag(TAG.bareHour);
      return c;
    },
  );

  // "by 14.15", "before 09.30": a 24-hour time written with a dot, after a time word only (else an amount).
  add(/\b((?:by|before|until|till|at|than)\s+)([01]?\d|2[0-3])\.([0-5]\d)(?![\d.,%]|\s*(?:am|pm|a\.m|p\.m)\b)/i, (ctx, m) => {
    const hour = Number(m[2]);
    const c = ctx.createParsingComponents({ hour, minute: Number(m[3]) });
    if (hour >= 13 || hour === 0 || /^0/.test(m[2] ?? "")) c.assign("meridiem", hour >= 12 ? 1 : 0);
    else c.addTag(TAG.bareHour);
    return afterLead(ctx, m, c);
  });

  // Holidays by name: fixed dates from the language's list, movable ones computed.
  const holidays: { pattern: string; dateIn: (year: number) => DateTime }[] = [
    ...language.time.fixedHolidays.map(({ name, date }) => ({
      pattern: name,
      dateIn: (year: number) => inZone(new Date(0), cal).set({ year, month: date[0], day: date[1] }).startOf("day"),
    })),
    ...Object.entries(language.time.movableHolidays).map(([key, name]) => ({
      pattern: name,
      dateIn: (year: number) => movableHoliday(key as MovableHoliday, year, cal.zone),
    })),
  ];
  // One expression for all of them, one group per holiday: a single scan of the text.
  // Holiday names keep their accents here (the text chrono reads is not folded): "Noël" and "Noel" both match.
  add(
    new RegExp(`\\b(?:${holidays.map((h) => `(${accentTolerant(h.pattern.replace(/\((?!\?)/g, "(?:"))})`).join("|")})(?![${LETTER_RANGES}])`, "i"),
    (ctx, m) => {
      const holiday = holidays[m.slice(1).findIndex((group) => group !== undefined)];
      if (!holiday) return null;
      const day = nextOccurrence(today(ctx), holiday.dateIn);
      const c = ctx.createParsingComponents({ year: day.year, month: day.month, day: day.day });
      c.addTag(TAG.holiday);
      return c;
    },
  );
  // Another language's words first: chrono's locale reads most of its dates, these the rest.
  const local: chrono.Parser[] = [];
  if (dates) {
    const addLocal = (pattern: RegExp, extract: Extract) => local.push({ pattern: () => pattern, extract });
    const anyOf = (list: readonly string[]) =>
      list.length === 0
        ? "(?!)"
        : [...list]
            .sort((a, b) => b.length - a.length)
            .map(accentInsensitive)
            .join("|");
    const END = `(?![${LETTER_RANGES}])`;
    const todayWords = new Set(dates.today.map(fold));
    const tomorrowWords = new Set(dates.tomorrow.map(fold));
    const weekdays = new Map(Object.entries(dates.weekdays).map(([name, n]) => [fold(name), n]));
    const afterTomorrowWords = new Set((dates.dayAfterTomorrow ?? []).map(fold));
    const localDay = `(${anyOf([...dates.today, ...dates.tomorrow, ...(dates.dayAfterTomorrow ?? []), ...Object.keys(dates.weekdays)])})`;
    const dayOf = (ctx: chrono.ParsingContext, word: string | undefined): DateTime => {
      const w = fold(word ?? "");
      if (w === "" || todayWords.has(w)) return today(ctx);
      if (tomorrowWords.has(w)) return today(ctx).plus({ days: 1 });
      if (afterTomorrowWords.has(w)) return today(ctx).plus({ days: 2 });
      return upcomingWeekday(today(ctx), weekdays.get(w) ?? today(ctx).weekday);
    };
    // "Freitag bis Feierabend", "fin de journée jeudi", "hoy al final del día": a day, a few small words, the end of its working day.
    const filler = `(?:[^\\s\\d.,;:!?]{1,5}\\s+){0,3}`;
    addLocal(new RegExp(`(?:\\b${localDay}\\s+${filler})?\\b(?:${anyOf(dates.endOfDay)})${END}(?:\\s+${filler}${localDay}${END})?`, "i"), (ctx, m) =>
      at(ctx, endOfWorkingDay(dayOf(ctx, m[1] ?? m[2]), cal)),
    );
    const endOfWeek = (ctx: chrono.ParsingContext, weeks: number) =>
      at(ctx, endOfWorkingDay(lastWorkingDayOnOrBefore(today(ctx).startOf("week").plus({ weeks, days: 6 }), cal), cal));
    // "Ende KW 12" is that calendar week's end, not this week's: no number may follow.
    addLocal(new RegExp(`\\b(?:${anyOf(dates.endOfNextWeek)})${END}(?!\\s*\\d)`, "i"), (ctx) => endOfWeek(ctx, 1));
    addLocal(new RegExp(`\\b(?:${anyOf(dates.endOfWeek)})${END}(?!\\s*\\d)`, "i"), (ctx) => endOfWeek(ctx, 0));
    const lastWorkingDayOf = (ctx: chrono.ParsingContext, end: DateTime) => at(ctx, endOfWorkingDay(lastWorkingDayOnOrBefore(end.startOf("day"), cal), cal));
    addLocal(new RegExp(`\\b(?:${anyOf(dates.endOfMonth)})${END}`, "i"), (ctx) => lastWorkingDayOf(ctx, today(ctx).endOf("month")));
    addLocal(new RegExp(`\\b(?:${anyOf(dates.endOfQuarter ?? [])})${END}`, "i"), (ctx) => lastWorkingDayOf(ctx, today(ctx).endOf("quarter")));
    addLocal(new RegExp(`\\b(?:${anyOf(dates.endOfYear ?? [])})${END}`, "i"), (ctx) => lastWorkingDayOf(ctx, today(ctx).endOf("year")));
    // "Ende Oktober", "fin octobre", "a finales de octubre": the last working day of that month, this year or next.
    const months = new Map(Object.entries(dates.months ?? {}).map(([name, n]) => [fold(name), n]));
    addLocal(new RegExp(`\\b(?:${anyOf(dates.endOfNamedMonth ?? [])})\\s+(${anyOf(Object.keys(dates.months ?? {}))})${END}`, "i"), (ctx, m) => {
      const month = months.get(fold(m[1] ?? ""));
      if (!month) return null;
      let end = today(ctx).set({ month }).endOf("month");
      if (end < today(ctx)) end = end.plus({ years: 1 }).endOf("month");
      return lastWorkingDayOf(ctx, end);
    });
    // "bis zum 20.", "d'ici le 15", "el día 20": that day of this month, or of the next once it has passed.
    if (dates.dayOfMonth?.length) {
      // Not a time, an amount, a decimal or a date chrono reads whole ("le 3 avril").
      const dot = dates.dayOfMonthDot ? "\\.(?!\\d)" : `(?![\\d,:/%€$${LETTER_RANGES}]|\\.\\d|\\s*(?:%|€|h\\b|uhr|${anyOf(Object.keys(dates.months ?? {}))}))`;
      addLocal(new RegExp(`\\b(?:${anyOf(dates.dayOfMonth)})\\s+([12]?\\d|3[01])${dot}`, "i"), (ctx, m) => {
        const dayOfMonth = Number(m[1]);
        if (dayOfMonth < 1) return null;
        const now = today(ctx);
        let date = now.set({ day: dayOfMonth });
        if (date.day !== dayOfMonth || date < now) {
          const next = now.plus({ months: 1 }).set({ day: dayOfMonth });
          if (next.day !== dayOfMonth) return null;
          date = next;
        }
        return ctx.createParsingComponents({ year: date.year, month: date.month, day: dayOfMonth });
      });
    }
    const numberWords = new Map(Object.entries(dates.numbers).map(([w, n]) => [fold(w), n]));
    // "morgen um die gleiche Zeit", "demain à la même heure": that day at the clock time of writing.
    if (dates.sameTime?.length) {
      addLocal(new RegExp(`\\b${localDay}\\s+(?:${anyOf(dates.sameTime)})${END}`, "i"), (ctx, m) => {
        const now = inZone(ctx.reference.instant, cal);
        return at(ctx, dayOf(ctx, m[1]).set({ hour: now.hour, minute: now.minute }));
      });
    }
    // "nächste Woche um die gleiche Zeit", "à la même heure la semaine prochaine": a week from now, to the minute.
    if (dates.sameTime?.length && dates.aWeekFromNow?.length) {
      const week = anyOf(dates.aWeekFromNow);
      const same = anyOf(dates.sameTime);
      addLocal(new RegExp(`\\b(?:(?:${week})\\s+(?:${same})|(?:${same})\\s+(?:${week}))${END}`, "i"), (ctx) => {
        const now = inZone(ctx.reference.instant, cal);
        return at(ctx, today(ctx).plus({ weeks: 1 }).set({ hour: now.hour, minute: now.minute }));
      });
    }
    // "vendredi en huit", "lundi en quinze", "Freitag in einer Woche", "de hoy en ocho": days counted on
    // from a day (the coming one, for a weekday).
    if (dates.daysOnFrom) {
      const counts = new Map(Object.entries(dates.daysOnFrom).map(([w, n]) => [fold(w), n]));
      const lead = dates.daysOnFromLead?.length ? `(?:(?:${anyOf(dates.daysOnFromLead)})\\s+)?` : "";
      addLocal(new RegExp(`\\b${lead}${localDay}\\s+(${anyOf(Object.keys(dates.daysOnFrom))})${END}`, "i"), (ctx, m) => {
        const w = fold(m[1] ?? "");
        const from = weekdays.has(w) ? upcomingWeekday(today(ctx).plus({ days: 1 }), weekdays.get(w) ?? 1) : dayOf(ctx, w);
        return at(ctx, endOfWorkingDay(from.plus({ days: counts.get(fold(m[2] ?? "")) ?? 7 }), cal));
      });
    }
    // "übernächsten Montag (früh)": the weekday after the coming one, at a part of the day if one follows.
    if (dates.afterNext?.length) {
      const parts = new Map(Object.entries(dates.weekdayParts ?? {}).map(([w, minutes]) => [fold(w), minutes]));
      const part = parts.size ? `(?:\\s+(${anyOf(Object.keys(dates.weekdayParts ?? {}))}))?` : "";
      // No \\b before it: "übernächsten" starts with a letter JavaScript's \\b does not know.
      addLocal(new RegExp(`(?:${anyOf(dates.afterNext)})\\s+(${anyOf(Object.keys(dates.weekdays))})${part}${END}`, "i"), (ctx, m) => {
        const day = upcomingWeekday(today(ctx).plus({ days: 1 }), weekdays.get(fold(m[1] ?? "")) ?? 1).plus({ weeks: 1 });
        const minutes = parts.get(fold(m[2] ?? ""));
        return minutes === undefined ? dayComponents(ctx, day) : at(ctx, day.set({ hour: Math.floor(minutes / 60), minute: minutes % 60 }));
      });
    }
    // "Donnerstagmittag", "Dienstagnachmittag": a weekday with a part of the day written onto it.
    if (dates.weekdayParts) {
      const parts = new Map(Object.entries(dates.weekdayParts).map(([w, minutes]) => [fold(w), minutes]));
      addLocal(new RegExp(`\\b(${anyOf(Object.keys(dates.weekdays))})(${anyOf(Object.keys(dates.weekdayParts))})${END}`, "i"), (ctx, m) => {
        // A weekday named is the coming one, never today.
        const day = upcomingWeekday(today(ctx).plus({ days: 1 }), weekdays.get(fold(m[1] ?? "")) ?? 1);
        const c = timeOfDay(ctx, parts.get(fold(m[2] ?? "")) ?? 540);
        for (const part of ["year", "month", "day"] as const) c.assign(part, day[part]);
        return c;
      });
    }
    // "nächste Woche Dienstag", "jeudi de la semaine prochaine": that weekday of next week.
    if (dates.nextWeek) {
      const weekday = `(${anyOf(Object.keys(dates.weekdays))})`;
      addLocal(new RegExp(`\\b(?:(?:${anyOf(dates.nextWeek.before)})\\s+${weekday}|${weekday}\\s+(?:${anyOf(dates.nextWeek.after)}))${END}`, "i"), (ctx, m) => {
        const day = today(ctx)
          .startOf("week")
          .plus({ weeks: 1, days: (weekdays.get(fold(m[1] ?? m[2] ?? "")) ?? 1) - 1 });
        return dayComponents(ctx, day);
      });
    }
    // "KW 12", "Kalenderwoche 14": the end of that ISO week's last working day, this year or next.
    // Like "Q2", a reply-by only after a deadline word ("bis KW 12"); bare, it names a week ("Lieferung in KW 13").
    addLocal(new RegExp(`\\b(?:${anyOf(dates.calendarWeek)})\\.?\\s*(\\d{1,2})\\b`, "i"), (ctx, m) => {
      const week = Number(m[1]);
      if (week < 1 || week > 53) return null;
      const now = today(ctx);
      const sunday = (year: number) => now.set({ weekYear: year, weekNumber: week, weekday: 7 });
      let last = sunday(now.weekYear);
      if (!last.isValid) return null;
      if (last < now) last = sunday(now.weekYear + 1);
      return at(ctx, endOfWorkingDay(lastWorkingDayOnOrBefore(last, cal), cal), TAG.periodName);
    });
    // "innerhalb von 3 Arbeitstagen", "sous 48 h", "en dos días hábiles".
    const units = new Map(Object.entries(dates.units).map(([w, u]) => [fold(w), u]));
    addLocal(
      new RegExp(
        `\\b(?:${anyOf(dates.within)})\\s+(\\d{1,3}|${anyOf(Object.keys(dates.numbers))})\\s*(${anyOf(Object.keys(dates.units))})${END}(?!\\s*[0-5]\\d)`,
        "i",
      ),
      (ctx, m) => {
        const raw = fold(m[1] ?? "1");
        const n = numberWords.get(raw) ?? Number(raw);
        const unit = units.get(fold(m[2] ?? "")) ?? "day";
        const now = inZone(ctx.reference.instant, cal);
        if (!Number.isFinite(n) || n < 1) return null;
        if (unit === "hour") return at(ctx, now.plus({ hours: n }));
        if (unit === "workday") return at(ctx, addWorkingDays(now, n, cal));
        const day = now.plus({ days: unit === "week" ? 7 * n : n });
        return at(ctx, endOfWorkingDay(lastWorkingDayOnOrBefore(day.startOf("day"), cal), cal));
      },
    );
    // "pasado mañana", "après-demain": the day after tomorrow (chrono reads only "mañana"), a day a time or part of the day may join.
    addLocal(new RegExp(`\\b(?:${anyOf(dates.dayAfterTomorrow ?? [])})${END}`, "i"), (ctx) => dayComponents(ctx, today(ctx).plus({ days: 2 })));
    // "d'ici midi", "bis Mittag": 12:00, a time that joins the day beside it ("am 22.01. Mittag");
    // alone, today's or, once it has passed, the next working day's.
    addLocal(new RegExp(`\\b(?:${anyOf(dates.noon ?? [])})${END}`, "i"), (ctx) => timeOfDay(ctx, 12 * 60));
    // "14h", "14 h 30", "9h": an hour on the 24-hour clock, as French and Spanish write it.
    addLocal(new RegExp(`\\b([01]?\\d|2[0-3]) ?h(?: ?([0-5]\\d))?(?![${LETTER_RANGES}0-9])`), (ctx, m) => {
      const c = ctx.createParsingComponents({ hour: Number(m[1]), minute: Number(m[2] ?? 0) });
      c.assign("meridiem", Number(m[1]) >= 12 ? 1 : 0);
      return c;
    });
    // "bis 12.03.": day and month with dots, the next such day.
    if (dates.dottedDayMonth) {
      addLocal(/\b(\d{1,2})\.(\d{1,2})\.(?!\d)/, (ctx, m) => {
        const dayOfMonth = Number(m[1]);
        const month = Number(m[2]);
        const now = today(ctx);
        let date = now.set({ month, day: dayOfMonth });
        if (!date.isValid || date.month !== month || date.day !== dayOfMonth) return null;
        if (date < now) date = date.plus({ years: 1 });
        return ctx.createParsingComponents({ year: date.year, month, day: dayOfMonth });
      });
    }
  }
  parser.parsers.unshift(...local, ...ours);
  return parser;
}
