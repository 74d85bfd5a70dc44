// Reply-by deadlines: "by Thursday", "before our 2pm call", "Thursday EOD", "within a fortnight",
// "end of Q3", "before Easter", "ring me Thursday at 2". Parsed with chrono-node and our parsers
// (parser.ts), relative to the draft's own time and in the team's time zone.
//
// Every date in a sentence is found, with what ties it to a reply: a deadline word before it
// ("by", "due", "no later than"), a near time ("today", "EOD"), or a request to meet at that time.
// Whether it is the reply-by of an ask is decided with the asks (message-context.ts): dates that
// belong to the writer's own doing ("I'll send it tomorrow") or name a thing ("the figures from
// before Monday's migration", "the Tuesday report") never are.
import type * as chrono from "chrono-node";
import { withClockWords, withoutMisreadWords, type Rewritten } from "./clock-words.js";
import { inNamedZone, withZoneWords, type NamedZone } from "./zone-words.js";
import { DateTime, FixedOffsetZone } from "luxon";
import { en } from "../language/en/index.js";
import type { Language } from "../language/build.js";
import { endsWithPhrase, normalize, plain } from "../language/phrases.js";
import type { Norms } from "../norms.js";
import { LETTER_RANGES } from "../text/letters.js";
import type { Sentence } from "../text/sentences.js";
import {
  addWorkingDays,
  atMinutes,
  endOfWorkingDay,
  inZone,
  isWorkingDay,
  nextWorkingDayOnOrAfter,
  previousWorkingDayBefore,
  startOfWorkingDay,
  workCalendar,
  type WorkCalendar,
} from "../work-calendar.js";
import { buildParser, TAG } from "./parser.js";

/**
 * What ties a date to a reply: a deadline word before it ("by", "due"), a near time ("today",
 * "EOD"), or nothing but standing in the sentence ("send it Monday", "ring me Thursday at 2"),
 * which counts only in a sentence that asks. "none": the date names a thing or a past.
 */
export type DeadlineCue = "lead" | "near" | "plain" | "none";

export interface Deadline {
  /** The words that set the deadline, as written. */
  text: string;
  /** Offsets of those words in the analysed text. */
  start: number;
  end: number;
  at: DateTime;
  isPast: boolean;
  onNonWorkingDay: boolean;
  cue: DeadlineCue;
  /**
   * A deadline word that speaks of a reply or a hand-in ("due", "deadline", "no later than",
   * "needed by", "before then"): only such a date counts from a sentence that asks nothing.
   */
  firm: boolean;
  /** Index of the sentence it stands in. */
  sentence: number;
  /** The writer's own doing ("I'll send it tomorrow") or the name of a thing ("the Tuesday report"). */
  notReplyBy: boolean;
}

/** Only so many sentences are read for dates: a deadline stands near the ask, not on page 40. */
const MAX_SENTENCES = 60;
const MAX_SENTENCE_CHARS = 400;

// Cheap pre-filter: only sentences with a digit or a date word (language data) go through chrono.
const HAS_DIGIT = /\d/;
const BARE_NUMBERS = /^\d{1,2}(?:\s*(?:to|-|–|and)\s*\d{1,2})?$/i;
const LETTER = new RegExp(`[${LETTER_RANGES}]`);
const AMOUNT_AFTER = /^\s?(?:[%€$£]|[.,]\d)/;
/** Where the words beside a date stop belonging to it. */
const CLAUSE_STOP = /[,;:.!?()\n]/;
// After a date, the first letter of a following word (maybe in quotes): "the Friday \"package\"".
const WORD_AFTER = /^\s+["'“‘]?([a-z]+)/i;

/** One parser per set of norms and language, built when first asked for. */
const parsers = new WeakMap<Norms, Map<string, chrono.Chrono>>();

function parserFor(norms: Norms, language: Language): chrono.Chrono {
  let byLanguage = parsers.get(norms);
  if (!byLanguage) {
    byLanguage = new Map();
    parsers.set(norms, byLanguage);
  }
  let parser = byLanguage.get(language.id);
  if (!parser) {
    parser = buildParser(workCalendar(norms), language);
    byLanguage.set(language.id, parser);
  }
  return parser;
}

/** An hour written without am/pm, read inside working hours: "by 4" is 16:00, "at 10" 10:00. */
function workingHour(hour: number, cal: WorkCalendar): number {
  if (hour >= 13) return hour;
  const am = hour % 12;
  const pm = am + 12;
  const inHours = (h: number) => h * 60 >= cal.startMinutes && h * 60 < cal.endMinutes + 1;
  if (inHours(pm) && !inHours(am)) return pm;
  if (inHours(am)) return am;
  // Outside working hours either way: early numbers are afternoons ("at 7" is 19:00), 8–11 mornings.
  return am >= 8 ? am : pm;
}

interface DayPart {
  at: number;
  /** When the part is over; null when it is a moment ("first thing", "lunchtime"). */
  until: number | null;
}

/** The first and the last few words of a text: where a part of the day next to a date stands. */
const firstWords = (text: string, n: number) => text.trim().split(/\s+/).slice(0, n).join(" ");
const lastWords = (text: string, n: number) => text.trim().split(/\s+/).slice(-n).join(" ");

function partOfDay(words: string, cal: WorkCalendar, language: Language): DayPart | null {
  const minutes = (m: "start" | "end" | number) => (m === "start" ? cal.startMinutes : m === "end" ? cal.endMinutes : m);
  for (const part of language.time.partsOfDay) {
    if (part.pattern.test(plain(words))) return { at: minutes(part.at), until: part.until === undefined ? null : minutes(part.until) };
  }
  return null;
}

function toMoment(
  result: chrono.ParsedResult,
  lead: string,
  cal: WorkCalendar,
  now: DateTime,
  language: Language,
  /** The words right after the date, up to the end of its clause. */
  after = "",
): DateTime | null {
  const start = result.start;
  const tags = result.tags();
  const words = normalize(result.text);
  const dayGiven = start.isCertain("day") || start.isCertain("weekday");
  if (start.isCertain("timezoneOffset")) {
    const there = FixedOffsetZone.instance(start.get("timezoneOffset") ?? 0);
    let at: DateTime = DateTime.fromJSDate(start.date()).setZone(there);
    // "by half two UTC+10": a bare hour is read inside working hours there too.
    if (start.isCertain("hour") && (tags.has(TAG.bareHour) || (!start.isCertain("meridiem") && !language.time.meridiem.test(plain(words)))))
      at = at.set({ hour: workingHour(start.get("hour") ?? 0, cal) });
    // "by 9am CET Monday": chrono may take last Monday; a weekday alone is the coming one.
    if (!start.isCertain("day") && start.isCertain("weekday") && at < now) at = at.plus({ weeks: Math.ceil(now.diff(at, "weeks").weeks) || 1 });
    else if (!dayGiven) {
      const wall = at;
      at = onWritersDay(now, cal, (day) => wall.set({ year: day.year, month: day.month, day: day.day }));
    }
    return at.setZone(cal.zone);
  }
  const year = start.get("year");
  const month = start.get("month");
  const day = start.get("day");
  if (year === null || month === null || day === null) return null;
  let date = DateTime.fromObject({ year, month, day }, { zone: cal.zone });
  if (!date.isValid) return null;
  if (tags.has(TAG.exact)) return atMinutes(date, (start.get("hour") ?? 0) * 60 + (start.get("minute") ?? 0));
  if (tags.has(TAG.holiday)) return endOfWorkingDay(previousWorkingDayBefore(date, cal), cal);
  const today = now.startOf("day");
  const hasHour = start.isCertain("hour");
  // "By Thursday" is the coming Thursday; written on a Thursday, next week's. Explicit dates stay put, so a past one stays past.
  // The part of the day may stand beside the date rather than in it: "Montag früh", "a primera hora del lunes".
  const part = partOfDay(words, cal, language) ?? partOfDay(firstWords(after, 4), cal, language) ?? partOfDay(lastWords(lead, 4), cal, language);
  if (!start.isCertain("day") && start.isCertain("weekday") && (date < today || (+date === +today && !hasHour && part === null))) {
    date = date.plus({ weeks: 1 });
  }
  if (hasHour) {
    let hour = start.get("hour") ?? 0;
    if (tags.has(TAG.bareHour) || (!start.isCertain("meridiem") && !language.time.meridiem.test(plain(words)))) hour = workingHour(hour, cal);
    let at = atMinutes(date, hour * 60 + (start.get("minute") ?? 0));
    // A time with no day is the next one to come: "at 2" after 14:00 is tomorrow's.
    if (!dayGiven && at < now) at = atMinutes(nextWorkingDayOnOrAfter(date.plus({ days: 1 }), cal), hour * 60 + at.minute);
    return at;
  }
  if (part !== null) {
    let at = atMinutes(date, part.at);
    // "first thing Monday" said on a Monday morning: next Monday's, once that moment has come.
    const over = part.until === null || atMinutes(date, part.until) <= now;
    if (!start.isCertain("day") && start.isCertain("weekday") && at <= now && over) at = at.plus({ weeks: 1 });
    // "this morning" said at 10:30: the morning is not over, so its end.
    return at < now && part.until !== null && atMinutes(date, part.until) > now ? atMinutes(date, part.until) : at;
  }
  // "before Thursday" is by the start of Thursday, or the end of the last working day before a day off; "by Thursday" its end.
  if (endsWithPhrase(language.time.beforeLead, lead, 5))
    return isWorkingDay(date, cal) ? startOfWorkingDay(date, cal) : endOfWorkingDay(previousWorkingDayBefore(date, cal), cal);
  return endOfWorkingDay(date, cal);
}

/**
 * A time in another zone with no day ("by 3pm ET"): that time there on the writer's today, or on
 * their next working day once it has passed. `onDay` puts the time on a day of the writer's.
 */
function onWritersDay(now: DateTime, cal: WorkCalendar, onDay: (day: DateTime) => DateTime): DateTime {
  const at = onDay(now);
  return at < now ? onDay(nextWorkingDayOnOrAfter(now.startOf("day").plus({ days: 1 }), cal)) : at;
}

/** Up to this many characters between a day and a time of one moment: "hoy antes de las 14h", "Freitag vor 14 Uhr". */
const JOIN_GAP = /^(?:,\s*)?[^,;:.!?()\n\d]{0,16}$/;
/** Between a time and the day after it: "3pm on Thursday", "half past three, Friday". */
const DAY_AFTER_TIME = /^,?\s*(?:on\s+)?$/i;

/**
 * A day and a time chrono read apart ("hoy" … "14h", "el 3/2" … "12:00") are one moment when
 * only a few small words stand between them: the time goes onto the day, and the text spans both.
 */
function withTimesJoined(results: chrono.ParsedResult[], slice: string, parsedText: string): chrono.ParsedResult[] {
  const out: chrono.ParsedResult[] = [];
  const dayOnly = (r: chrono.ParsedResult | undefined) => r && !r.start.isCertain("hour") && (r.start.isCertain("day") || r.start.isCertain("weekday"));
  const timeOnly = (r: chrono.ParsedResult | undefined) => r && r.start.isCertain("hour") && !r.start.isCertain("day") && !r.start.isCertain("weekday");
  for (let i = 0; i < results.length; i++) {
    const first = results[i]!;
    const second = results[i + 1];
    // The gap as the parser read it: a zone between a time and its day is blank there.
    const gap = second ? parsedText.slice(first.index + first.text.length, second.index) : "";
    // A day then its time ("hoy … 14h"), or a time then its day ("half past three UTC-5 on Wednesday").
    const [day, time] = dayOnly(first) && timeOnly(second) ? [first, second] : timeOnly(first) && dayOnly(second) ? [second, first] : [];
    if (day && time && second && gap !== "" && (day === first ? JOIN_GAP : DAY_AFTER_TIME).test(gap)) {
      // chrono's results are its own ParsingResult objects: their components can be assigned.
      const joined = day as unknown as chrono.ParsingResult;
      for (const part of ["hour", "minute", "meridiem", "timezoneOffset"] as const) {
        if (part === "hour" || part === "minute" || time.start.isCertain(part)) joined.start.assign(part, time.start.get(part) ?? 0);
      }
      for (const tag of time.tags()) joined.start.addTag(tag);
      const [from, to] = [first.index, second.index + second.text.length];
      joined.index = from;
      joined.text = slice.slice(from, to);
      out.push(joined);
      i++;
    } else out.push(first);
  }
  return out;
}

/** The words of the sentence's clause before `index`: where "I'll" or "we're out" would stand. */
function clauseBefore(text: string, index: number, language: Language): string {
  const before = text.slice(0, index);
  let cut = 0;
  for (const m of before.matchAll(language.time.clauseBreak)) cut = (m.index ?? 0) + m[0].length;
  return before.slice(cut).trimStart();
}

interface Ties {
  cue: DeadlineCue;
  firm: boolean;
  notReplyBy: boolean;
  /** The words before the date that decide "before" or "by" ("before" for "before then"). */
  lead: string;
}

/** What ties one date of a sentence to a reply, from the words around it; null for a bare period name ("Q2"). */
function tiesOf(result: chrono.ParsedResult, slice: string, normalized: string, moved: boolean, language: Language): Ties | null {
  const { time } = language;
  const lead = normalized.slice(Math.max(0, result.index - 40), result.index);
  const words = normalize(result.text);
  const after = normalized.slice(result.index + result.text.length);
  const historic = endsWithPhrase(time.historic, lead, 6);
  // "Thursday's board meeting", "today's site walk": the date names an event.
  const event = /^[a-z]+'s\s/.test(words) || /^'s\s/.test(after);
  const hasLead =
    !historic &&
    (endsWithPhrase(time.lead, lead, 9) ||
      time.leadInside.test(plain(words)) ||
      time.deadlineWord.test(plain(lead)) ||
      (event && /\bfor (?:the |our |your )?$/.test(lead)));
  if (result.tags().has(TAG.periodName) && !hasLead) return null;
  const backReference = time.backReference.test(plain(after));
  const wordAfter = WORD_AFTER.exec(slice.slice(result.index + result.text.length))?.[1];
  // In German only a capitalised word is a noun: "das heute bis Feierabend freigeben" names nothing.
  const nounAfter = wordAfter !== undefined && !time.timeFollower.test(wordAfter.toLowerCase()) && (!language.nounsCapitalised || /^[A-Z]/.test(wordAfter));
  const named = historic || (event && !hasLead) || (!hasLead && endsWithPhrase(time.determinerBefore, lead, 2) && nounAfter);
  const clause = plain(clauseBefore(normalized, result.index, language));
  const promise = (time.promise.test(clause) && !time.firstPersonAsking.test(clause)) || time.past.test(clause);
  const firm =
    backReference ||
    time.deadlineWord.test(plain(lead)) ||
    endsWithPhrase(time.firmLead, lead, 9) ||
    (hasLead && time.firmContext.test(plain(normalized.slice(0, result.index))));
  const namesADay = result.start.isCertain("day") || result.start.isCertain("weekday") || result.start.isCertain("hour");
  let cue: DeadlineCue = "none";
  if (hasLead || backReference) cue = "lead";
  // "the notes from this morning", "l'appel de ce matin": a near time after "from" names a past moment.
  else if (time.near.test(plain(words)) && !endsWithPhrase(time.historicFrom, lead, 2)) cue = "near";
  // A bare date sets a do-by when it names a day ("send it Monday"), not a season ("early next year").
  else if (!named && !moved && !endsWithPhrase(time.notDoBy, lead, 3) && namesADay) cue = "plain";
  return { cue, firm, notReplyBy: named || promise, lead: backReference && !hasLead ? "before" : lead };
}

/**
 * Dates in the sentences, in order, each with what ties it to a reply. `now` is when the draft is
 * sent. Only the sentences `read` picks are parsed (by default all): dates are costly to read.
 */
export function findDeadlines(
  text: string,
  sentences: readonly Sentence[],
  now: Date,
  norms: Norms,
  language: Language = en,
  read: (index: number) => boolean = () => true,
): Deadline[] {
  const cal = workCalendar(norms);
  const parser = parserFor(norms, language);
  const reference = { instant: now, timezone: inZone(now, cal).offset };
  const nowInZone = inZone(now, cal);
  const { time } = language;
  const found: Deadline[] = [];
  let parsed = 0;
  const named: NamedZone[] = [];
  const rewritten: Rewritten[] = [];
  for (const [index, sentence] of sentences.entries()) {
    if (parsed >= MAX_SENTENCES) break;
    const slice = sentence.text.slice(0, MAX_SENTENCE_CHARS);
    if (!read(index) || !(HAS_DIGIT.test(slice) || time.dateCue.test(plain(slice)))) continue;
    parsed++;
    let results: chrono.ParsedResult[];
    /** The sentence as the parser reads it: zones blanked out, clock words in digits; same length. */
    let parsedText: string;
    try {
      named.length = 0;
      rewritten.length = 0;
      parsedText = withoutMisreadWords(withClockWords(withZoneWords(slice, named), language.dates ?? undefined, rewritten), language.dates ?? undefined);
      results = parser.parse(parsedText, reference);
    } catch {
      continue; // a date the parser cannot handle is no deadline; never a crash
    }
    const normalized = normalize(slice);
    const moved = time.eventVerb.test(plain(normalized));
    for (const result of withTimesJoined(results, slice, parsedText)) {
      // A zone or a clock time in words is read shorter than it stands ("3pm London time" is read
      // "3pm", "Viertel nach zehn" "10:15"): the date spans the words.
      for (const span of [...named, ...rewritten].sort((a, b) => a.start - b.start)) {
        const end = result.index + result.text.length;
        // "a las 11, hora de Nueva York": a comma may stand between the time and its zone.
        if (span.start >= result.index && span.end > end && /^,?\s?$/.test(slice.slice(end, span.start)))
          (result as chrono.ParsingResult).text = slice.slice(result.index, span.end);
      }
      // "exhibits 14 to 22", "takes 40 mins now": bare numbers and "now" are no moment to reply by.
      if (BARE_NUMBERS.test(result.text.trim()) || time.now.test(plain(result.text.trim()))) continue;
      // An amount is no date: "à 10 %", "al 12 %", "de 4.320 €".
      if (AMOUNT_AFTER.test(slice.slice(result.index + result.text.length))) continue;
      // A date that ends inside a word is a misreading: "Mittwoch früh" holds no "Fr" (Friday).
      if (LETTER.test(slice[result.index + result.text.length] ?? "")) continue;
      const after = normalized.slice(result.index + result.text.length, result.index + result.text.length + 40).split(CLAUSE_STOP)[0] ?? "";
      const ties = tiesOf(result, slice, normalized, moved, language);
      if (!ties) continue;
      const read = toMoment(result, ties.lead, cal, nowInZone, language, after);
      if (!read) continue;
      const zone = named.find((z) => z.start >= result.index && z.end <= result.index + result.text.length);
      let at = zone ? inNamedZone(read, zone) : read;
      if (zone && !result.start.isCertain("day") && !result.start.isCertain("weekday"))
        at = onWritersDay(nowInZone, cal, (day) => inNamedZone(read.set({ year: day.year, month: day.month, day: day.day }), zone));
      // A bare date already past names something that happened ("the induction day on 12 March"),
      // and a bare span of days is a period ("my leave for 20-24 April"), not a moment to reply by.
      const past = ties.cue === "plain" && (at < nowInZone || result.end != null);
      const start = sentence.start + result.index;
      found.push({
        text: text.slice(start, start + result.text.length),
        start,
        end: start + result.text.length,
        at,
        isPast: at < nowInZone,
        onNonWorkingDay: !isWorkingDay(at, cal),
        cue: ties.cue,
        firm: ties.firm,
        sentence: index,
        notReplyBy: ties.notReplyBy || past,
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
