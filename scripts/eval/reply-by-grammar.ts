// Reply-by phrases generated from a table of their parts: an anchor (a day), a time (none, a clock
// time in digits or words, a part of the day), a zone, a lead ("by", "before", "no later than") and
// the order they stand in, put into an ask. Each part carries its meaning, and the expected moment is
// computed from those meanings with luxon, never by the parser. Conventions are those of
// reply-by-phrases.ts: a day alone is the end of its working day, "before <day>" its start, a bare
// hour inside working hours is pm, morning and first thing 09:00, lunchtime and noon 12:00,
// afternoon 15:00, end of day 17:00; a weekday is the coming one (never today); a time with no day
// is today's if still to come, else the next working day's; a zone moves the wall-clock time, not
// the writer's day. Working days Monday to Friday, 09:00–17:00, in the writer's zone.
import { DateTime } from "luxon";
import { scoreReplyBy } from "./reply-by.js";
import type { ReplyByPhrase } from "./reply-by-phrases.js";

export type GrammarLanguage = "en" | "de" | "fr" | "es";

export interface GeneratedPhrase extends ReplyByPhrase {
  /** "anchor:weekday", "time:words", "zone:city", "order:time-first", "lead:before", … */
  parts: string[];
}

/** A day the phrase names, from the writer's now (in the writer's zone); null where it does not apply. */
interface Anchor {
  name: string;
  /** The day's words, and its words after a preposition where they differ ("on Thursday"). */
  forms: (now: DateTime) => { bare: string; on: string; day: DateTime } | null;
}

/** A time of day: minutes after midnight, or none (the day's end, or its start after "before"). */
interface Time {
  name: string;
  minutes: number | null;
  /** How it joins a day: "{day}" is replaced; "{time}" forms stand for clock times (see Orders). */
  forms: readonly string[];
  /** A clock time (not a part of the day): may carry a zone, may stand without a day. */
  clock: boolean;
  /** With today: its own words ("this afternoon"); none where the part is not said of today. */
  today?: readonly string[];
}

interface Zone {
  name: string;
  words: string;
  zone: string;
  /** Months when the words mean the zone (a fixed abbreviation such as GMT is only right in winter). */
  months?: readonly number[];
}

interface Lead {
  name: string;
  words: string;
  /** With a day and no time: the start of the day (before) or its end. */
  dayStart: boolean;
}

interface Language {
  anchors: readonly Anchor[];
  times: readonly Time[];
  zones: readonly Zone[];
  leads: readonly Lead[];
  /** How a clock time and a day stand together: "{day} at {time}", "{time} {day}", … */
  orders: readonly { name: string; form: string }[];
  /** Asks with a slot for the moment: "{m}". */
  templates: readonly string[];
  /** A clock time with no day, after the lead: "at {time}" with none. */
  alone: (lead: Lead) => string;
}

/** Writers' nows: weekdays at different hours, in zones on both sides of UTC and of a clock change. */
const NOWS: readonly { at: string; zone: string }[] = [
  { at: "2026-03-03T10:00", zone: "Europe/London" },
  { at: "2026-06-11T16:40", zone: "America/New_York" },
  { at: "2026-09-07T09:05", zone: "Asia/Singapore" },
  { at: "2026-10-23T14:30", zone: "Europe/Berlin" },
  { at: "2026-12-16T11:05", zone: "Australia/Sydney" },
  { at: "2026-01-14T08:15", zone: "Asia/Tokyo" },
  { at: "2026-04-28T13:20", zone: "America/Los_Angeles" },
  { at: "2026-11-30T09:40", zone: "Europe/Madrid" },
];

const WORKING = new Set([1, 2, 3, 4, 5]);
const isWorking = (d: DateTime) => WORKING.has(d.weekday);
const comingWeekday = (now: DateTime, weekday: number): DateTime | null => {
  if (now.weekday === weekday) return null; // "Thursday" said on a Thursday: left to the conventions' tests
  return now.startOf("day").plus({ days: (weekday - now.weekday + 7) % 7 });
};

function weekdayAnchors(names: readonly string[], prefix = "", onWord = ""): Anchor[] {
  return names.map((word, i) => ({
    name: "weekday",
    forms: (now) => {
      const day = comingWeekday(now, i + 1);
      return day && { bare: `${prefix}${word}`, on: `${onWord}${word}`, day };
    },
  }));
}

/** Days 2–24 ahead, as the language writes dates. */
function dateAnchors(name: string, offsets: readonly number[], write: (d: DateTime) => { bare: string; on: string }): Anchor[] {
  return offsets.map((offset) => ({
    name,
    forms: (now) => {
      const day = now.startOf("day").plus({ days: offset });
      return { ...write(day), day };
    },
  }));
}

const EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const ord = (n: number) => `${n}${n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th"}`;

const english: Language = {
  anchors: [
    { name: "today", forms: (now) => ({ bare: "today", on: "today", day: now.startOf("day") }) },
    { name: "tomorrow", forms: (now) => ({ bare: "tomorrow", on: "tomorrow", day: now.startOf("day").plus({ days: 1 }) }) },
    {
      name: "day-after-tomorrow",
      forms: (now) => ({ bare: "the day after tomorrow", on: "the day after tomorrow", day: now.startOf("day").plus({ days: 2 }) }),
    },
    ...weekdayAnchors(EN_DAYS, "", "on "),
    ...weekdayAnchors(["Mon", "Tues", "Wed", "Thurs", "Fri"], "", "on "),
    ...EN_DAYS.map((word, i): Anchor => ({
      name: "weekday-next-week",
      forms: (now) => ({ bare: `${word} next week`, on: `${word} next week`, day: now.startOf("week").plus({ weeks: 1, days: i }) }),
    })),
    ...EN_DAYS.map((word, i): Anchor => ({
      name: "this-weekday",
      forms: (now) => (now.weekday < i + 1 ? { bare: `this ${word}`, on: `this ${word}`, day: now.startOf("week").plus({ days: i }) } : null),
    })),
    ...dateAnchors("date-day-month", [2, 5, 9, 16, 23], (d) => ({ bare: `${d.day} ${EN_MONTHS[d.month - 1]}`, on: `on ${d.day} ${EN_MONTHS[d.month - 1]}` })),
    ...dateAnchors("date-month-day", [3, 8, 13, 20], (d) => ({ bare: `${EN_MONTHS[d.month - 1]} ${d.day}`, on: `on ${EN_MONTHS[d.month - 1]} ${d.day}` })),
    ...dateAnchors("date-ordinal", [4, 11, 18], (d) => ({ bare: `${EN_MONTHS[d.month - 1]} ${ord(d.day)}`, on: `on ${EN_MONTHS[d.month - 1]} ${ord(d.day)}` })),
    ...dateAnchors("date-weekday", [2, 6, 10, 15], (d) => ({
      bare: `${d.setLocale("en").toFormat("cccc")} ${d.day} ${EN_MONTHS[d.month - 1]}`,
      on: `on ${d.setLocale("en").toFormat("cccc")} ${d.day} ${EN_MONTHS[d.month - 1]}`,
    })),
    ...dateAnchors("date-iso", [3, 12], (d) => ({ bare: d.toISODate() ?? "", on: `on ${d.toISODate() ?? ""}` })),
    // Weeks counted from now or from a day.
    { name: "week-from-today", forms: (now) => ({ bare: "a week from today", on: "a week from today", day: now.startOf("day").plus({ weeks: 1 }) }) },
    { name: "week-from-tomorrow", forms: (now) => ({ bare: "a week from tomorrow", on: "a week from tomorrow", day: now.startOf("day").plus({ days: 8 }) }) },
    ...EN_DAYS.flatMap((word, i): Anchor[] => [
      { name: "week-on-weekday", forms: (now) => weeksFrom(now, i + 1, 1, `a week on ${word}`) },
      { name: "weekday-week", forms: (now) => weeksFrom(now, i + 1, 1, `${word} week`) },
      { name: "week-from-weekday", forms: (now) => weeksFrom(now, i + 1, 1, `a week from ${word}`) },
      { name: "fortnight-from-weekday", forms: (now) => weeksFrom(now, i + 1, 2, `a fortnight from ${word}`) },
      { name: "weekday-after-next", forms: (now) => weeksFrom(now, i + 1, 1, `the ${word} after next`) },
    ]),
  ],
  times: [
    { name: "none", minutes: null, forms: ["{day}"], clock: false },
    ...(
      [
        ["3pm", 900],
        ["3 pm", 900],
        ["3:30pm", 930],
        ["3.30pm", 930],
        ["11am", 660],
        ["10:30 am", 630],
        ["9am", 540],
        ["4:45 p.m.", 1005],
      ] as const
    ).map(([w, m]): Time => ({ name: "clock-meridiem", minutes: m, forms: [w], clock: true })),
    ...(
      [
        ["15:00", 900],
        ["16:30", 990],
        ["09:30", 570],
        ["14.15", 855],
      ] as const
    ).map(([w, m]): Time => ({ name: "clock-24h", minutes: m, forms: [w], clock: true })),
    ...(
      [
        ["noon", 720],
        ["midday", 720],
      ] as const
    ).map(([w, m]): Time => ({ name: "noon", minutes: m, forms: [w], clock: true })),
    ...(
      [
        ["half past three", 930],
        ["quarter past ten", 615],
        ["quarter to five", 1005],
        ["twenty past two", 860],
        ["ten to four", 950],
        ["four o'clock", 960],
        ["eleven o'clock", 660],
        ["half two", 870],
      ] as const
    ).map(([w, m]): Time => ({ name: "clock-words", minutes: m, forms: [w], clock: true })),
    { name: "morning", minutes: 540, forms: ["{day} morning", "first thing {day}", "{day} first thing"], clock: false, today: [] },
    {
      name: "lunchtime",
      minutes: 720,
      forms: ["{day} lunchtime", "lunchtime {on}", "{day} at lunchtime"],
      clock: false,
      today: ["lunchtime today", "today at lunchtime"],
    },
    { name: "afternoon", minutes: 900, forms: ["{day} afternoon", "{day} in the afternoon"], clock: false, today: ["this afternoon"] },
    {
      name: "end-of-day",
      minutes: 1020,
      forms: ["{day} EOD", "EOD {day}", "end of day {day}", "close of business {day}", "COB {day}", "the end of {day}", "{day} end of day"],
      clock: false,
    },
  ],
  zones: [
    { name: "city", words: "London time", zone: "Europe/London" },
    { name: "country", words: "UK time", zone: "Europe/London" },
    { name: "city", words: "Paris time", zone: "Europe/Paris" },
    { name: "city", words: "New York time", zone: "America/New_York" },
    { name: "city", words: "Tokyo time", zone: "Asia/Tokyo" },
    { name: "region", words: "Eastern", zone: "America/New_York" },
    { name: "region", words: "Pacific", zone: "America/Los_Angeles" },
    { name: "abbreviation", words: "ET", zone: "America/New_York" },
    { name: "abbreviation", words: "PT", zone: "America/Los_Angeles" },
    { name: "abbreviation", words: "UTC", zone: "UTC" },
    { name: "abbreviation", words: "GMT", zone: "UTC", months: [1, 2, 11, 12] },
    { name: "abbreviation", words: "CET", zone: "Europe/Paris", months: [1, 2, 11, 12] },
    { name: "abbreviation", words: "EST", zone: "America/New_York", months: [1, 2, 12] },
    { name: "offset", words: "UTC+10", zone: "UTC+10" },
    { name: "offset", words: "UTC-5", zone: "UTC-5" },
  ],
  leads: [
    { name: "by", words: "by ", dayStart: false },
    { name: "no-later-than", words: "no later than ", dayStart: false },
    { name: "before", words: "before ", dayStart: true },
    { name: "plain", words: "", dayStart: false },
  ],
  orders: [
    { name: "day-at-time", form: "{day} at {time}" },
    { name: "time-on-day", form: "{time} {on}" },
    { name: "day-time", form: "{day} {time}" },
    { name: "time-day", form: "{time} {day}" },
  ],
  templates: [
    "Can you send me the figures {m}?",
    "Please review the draft {m}.",
    "Could you get back to me {m}?",
    "I need your sign-off on the budget {m}.",
    "Would you be able to share the deck {m}?",
    "Please let me know {m} whether the venue works.",
    "{M}, could you confirm the numbers for the board pack?",
    "Pls send over the signed contract {m} thx",
  ],
  alone: (lead) => (lead.words === "" ? "at {time}" : "{time}"),
};

/** The `weekday` to come, `weeks` weeks on: "a week on Thursday", "a fortnight from Friday". */
function weeksFrom(now: DateTime, weekday: number, weeks: number, words: string) {
  const day = comingWeekday(now, weekday);
  return day && { bare: words, on: words, day: day.plus({ weeks }) };
}

const DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"];
const DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];
const german: Language = {
  anchors: [
    { name: "today", forms: (now) => ({ bare: "heute", on: "heute", day: now.startOf("day") }) },
    { name: "tomorrow", forms: (now) => ({ bare: "morgen", on: "morgen", day: now.startOf("day").plus({ days: 1 }) }) },
    { name: "day-after-tomorrow", forms: (now) => ({ bare: "übermorgen", on: "übermorgen", day: now.startOf("day").plus({ days: 2 }) }) },
    ...weekdayAnchors(DE_DAYS, "", "am "),
    ...DE_DAYS.map((word, i): Anchor => ({
      name: "weekday-next-week",
      forms: (now) => ({ bare: `nächste Woche ${word}`, on: `nächste Woche ${word}`, day: now.startOf("week").plus({ weeks: 1, days: i }) }),
    })),
    ...dateAnchors("date-day-month", [2, 5, 9, 16, 23], (d) => ({ bare: `${d.day}. ${DE_MONTHS[d.month - 1]}`, on: `am ${d.day}. ${DE_MONTHS[d.month - 1]}` })),
    ...dateAnchors("date-numeric", [3, 8, 13], (d) => ({ bare: d.toFormat("dd.MM."), on: `am ${d.toFormat("dd.MM.")}` })),
    ...dateAnchors("date-weekday", [2, 6, 10], (d) => ({
      bare: `${DE_DAYS[d.weekday - 1] ?? d.setLocale("de").toFormat("cccc")}, ${d.day}. ${DE_MONTHS[d.month - 1]}`,
      on: `am ${DE_DAYS[d.weekday - 1] ?? d.setLocale("de").toFormat("cccc")}, ${d.day}. ${DE_MONTHS[d.month - 1]}`,
    })),
  ],
  times: [
    { name: "none", minutes: null, forms: ["{day}"], clock: false },
    ...(
      [
        ["15 Uhr", 900],
        ["15:30 Uhr", 930],
        ["15.30 Uhr", 930],
        ["11 Uhr", 660],
        ["9:30 Uhr", 570],
        ["16:45", 1005],
        ["14.15", 855],
      ] as const
    ).map(([w, m]): Time => ({ name: "clock-24h", minutes: m, forms: [w], clock: true })),
    ...(
      [
        ["halb vier", 930],
        ["Viertel nach zehn", 615],
        ["Viertel vor fünf", 1005],
        ["zwölf Uhr", 720],
      ] as const
    ).map(([w, m]): Time => ({ name: "clock-words", minutes: m, forms: [w], clock: true })),
    { name: "morning", minutes: 540, forms: ["{day} früh", "{day} am Morgen"], clock: false, today: [] },
    { name: "lunchtime", minutes: 720, forms: ["{day} mittags", "{day} Mittag"], clock: false, today: ["heute Mittag"] },
    { name: "afternoon", minutes: 900, forms: ["{day} Nachmittag", "{day} am Nachmittag"], clock: false, today: ["heute Nachmittag"] },
    { name: "end-of-day", minutes: 1020, forms: ["{day} Feierabend", "{day} Dienstschluss", "{day} zum Feierabend"], clock: false },
  ],
  zones: [
    { name: "abbreviation", words: "UTC", zone: "UTC" },
    { name: "abbreviation", words: "MEZ", zone: "Europe/Berlin", months: [1, 2, 11, 12] },
    { name: "offset", words: "UTC+2", zone: "UTC+2" },
  ],
  leads: [
    { name: "by", words: "bis ", dayStart: false },
    { name: "by-latest", words: "bis spätestens ", dayStart: false },
    { name: "latest", words: "spätestens ", dayStart: false },
    { name: "plain", words: "", dayStart: false },
  ],
  orders: [
    { name: "day-at-time", form: "{day} um {time}" },
    { name: "day-time", form: "{day} {time}" },
    { name: "day-comma-time", form: "{day}, {time}" },
  ],
  templates: [
    "Kannst du mir die Zahlen {m} schicken?",
    "Bitte gib mir {m} Bescheid.",
    "Könnten Sie den Entwurf {m} prüfen?",
    "Ich brauche deine Freigabe {m}.",
    "Schickst du mir das Angebot {m}?",
  ],
  alone: (lead) => (lead.words === "" ? "um {time}" : "{time}"),
};

const FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi"];
const FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
const french: Language = {
  anchors: [
    { name: "today", forms: (now) => ({ bare: "aujourd'hui", on: "aujourd'hui", day: now.startOf("day") }) },
    { name: "tomorrow", forms: (now) => ({ bare: "demain", on: "demain", day: now.startOf("day").plus({ days: 1 }) }) },
    { name: "day-after-tomorrow", forms: (now) => ({ bare: "après-demain", on: "après-demain", day: now.startOf("day").plus({ days: 2 }) }) },
    ...weekdayAnchors(FR_DAYS),
    ...dateAnchors("date-day-month", [2, 5, 9, 16, 23], (d) => ({
      bare: `le ${d.day} ${FR_MONTHS[d.month - 1]}`,
      on: `le ${d.day} ${FR_MONTHS[d.month - 1]}`,
    })),
    ...dateAnchors("date-weekday", [2, 6, 10], (d) => ({
      bare: `${FR_DAYS[d.weekday - 1] ?? "samedi"} ${d.day} ${FR_MONTHS[d.month - 1]}`,
      on: `${FR_DAYS[d.weekday - 1] ?? "samedi"} ${d.day} ${FR_MONTHS[d.month - 1]}`,
    })),
  ],
  times: [
    { name: "none", minutes: null, forms: ["{day}"], clock: false },
    ...(
      [
        ["15h", 900],
        ["15h30", 930],
        ["15 heures", 900],
        ["11h", 660],
        ["9h30", 570],
        ["16:45", 1005],
      ] as const
    ).map(([w, m]): Time => ({ name: "clock-24h", minutes: m, forms: [w], clock: true })),
    ...(
      [
        ["midi", 720],
        ["16 heures et quart", 975],
      ] as const
    ).map(([w, m]): Time => ({ name: "clock-words", minutes: m, forms: [w], clock: true })),
    { name: "morning", minutes: 540, forms: ["{day} matin", "{day} à la première heure", "{day} en début de matinée"], clock: false, today: [] },
    { name: "lunchtime", minutes: 720, forms: ["{day} midi", "{day} à midi"], clock: false, today: ["ce midi", "aujourd'hui à midi"] },
    { name: "afternoon", minutes: 900, forms: ["{day} après-midi", "{day} dans l'après-midi"], clock: false, today: ["cet après-midi"] },
    { name: "end-of-day", minutes: 1020, forms: ["{day} en fin de journée", "{day} fin de journée", "{day} avant la fin de la journée"], clock: false },
  ],
  zones: [
    { name: "city", words: "heure de Paris", zone: "Europe/Paris" },
    { name: "abbreviation", words: "UTC", zone: "UTC" },
  ],
  leads: [
    { name: "by", words: "d'ici ", dayStart: false },
    { name: "latest", words: "au plus tard ", dayStart: false },
    { name: "for", words: "pour ", dayStart: false },
    { name: "before", words: "avant ", dayStart: true },
  ],
  orders: [
    { name: "day-at-time", form: "{day} à {time}" },
    { name: "day-time", form: "{day} {time}" },
  ],
  templates: [
    "Peux-tu m'envoyer les chiffres {m} ?",
    "Merci de me répondre {m}.",
    "Pourriez-vous relire le document {m} ?",
    "J'ai besoin de ta validation {m}.",
    "Tu peux me confirmer la salle {m} ?",
  ],
  alone: (lead) => (lead.name === "latest" ? "à {time}" : "{time}"),
};

const ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes"];
const ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];
const spanish: Language = {
  anchors: [
    { name: "today", forms: (now) => ({ bare: "hoy", on: "hoy", day: now.startOf("day") }) },
    { name: "tomorrow", forms: (now) => ({ bare: "mañana", on: "mañana", day: now.startOf("day").plus({ days: 1 }) }) },
    { name: "day-after-tomorrow", forms: (now) => ({ bare: "pasado mañana", on: "pasado mañana", day: now.startOf("day").plus({ days: 2 }) }) },
    ...weekdayAnchors(ES_DAYS, "el "),
    ...dateAnchors("date-day-month", [2, 5, 9, 16, 23], (d) => ({
      bare: `el ${d.day} de ${ES_MONTHS[d.month - 1]}`,
      on: `el ${d.day} de ${ES_MONTHS[d.month - 1]}`,
    })),
    ...dateAnchors("date-weekday", [2, 6, 10], (d) => ({
      bare: `el ${ES_DAYS[d.weekday - 1] ?? "sábado"} ${d.day} de ${ES_MONTHS[d.month - 1]}`,
      on: `el ${ES_DAYS[d.weekday - 1] ?? "sábado"} ${d.day} de ${ES_MONTHS[d.month - 1]}`,
    })),
  ],
  times: [
    { name: "none", minutes: null, forms: ["{day}"], clock: false },
    ...(
      [
        ["las 15:00", 900],
        ["las 15:30", 930],
        ["las 11:00", 660],
        ["las 9:30", 570],
        ["las 16:45", 1005],
        ["las 3 de la tarde", 900],
        ["las 11 de la mañana", 660],
      ] as const
    ).map(([w, m]): Time => ({ name: "clock-24h", minutes: m, forms: [w], clock: true })),
    ...(
      [
        ["las tres y media", 930],
        ["las cinco menos cuarto", 1005],
        ["las diez y cuarto", 615],
      ] as const
    ).map(([w, m]): Time => ({ name: "clock-words", minutes: m, forms: [w], clock: true })),
    { name: "morning", minutes: 540, forms: ["{day} por la mañana", "{day} a primera hora"], clock: false, today: [] },
    { name: "lunchtime", minutes: 720, forms: ["{day} al mediodía"], clock: false },
    { name: "afternoon", minutes: 900, forms: ["{day} por la tarde"], clock: false, today: ["esta tarde", "hoy por la tarde"] },
    { name: "end-of-day", minutes: 1020, forms: ["{day} al final del día", "{day} antes del cierre"], clock: false },
  ],
  zones: [
    { name: "city", words: "hora de Madrid", zone: "Europe/Madrid" },
    { name: "abbreviation", words: "UTC", zone: "UTC" },
  ],
  leads: [
    { name: "for", words: "para ", dayStart: false },
    { name: "latest", words: "como muy tarde ", dayStart: false },
    { name: "latest-2", words: "a más tardar ", dayStart: false },
    { name: "plain", words: "", dayStart: false },
  ],
  orders: [
    { name: "day-at-time", form: "{day} a {time}" },
    { name: "day-comma-time", form: "{day}, a {time}" },
  ],
  templates: [
    "¿Puedes enviarme las cifras {m}?",
    "Por favor, respóndeme {m}.",
    "¿Podría revisar el borrador {m}?",
    "Necesito tu aprobación {m}.",
    "¿Me confirmas la sala {m}?",
  ],
  alone: (lead) => (lead.name === "for" ? "{time}" : "a {time}"),
};

const LANGUAGES: Record<GrammarLanguage, Language> = { en: english, de: german, fr: french, es: spanish };

/** A small seeded generator (mulberry32): the same phrases on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(r: () => number, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;

function nextWorkingDayAfter(day: DateTime): DateTime {
  let d = day.plus({ days: 1 });
  while (!isWorking(d)) d = d.plus({ days: 1 });
  return d;
}

/** The moment the parts mean, or null when the combination says nothing to come. */
function meaning(now: DateTime, day: DateTime | null, time: Time, zone: Zone | null, lead: Lead): DateTime | null {
  const wall = (d: DateTime, minutes: number) =>
    DateTime.fromObject(
      { year: d.year, month: d.month, day: d.day, hour: Math.floor(minutes / 60), minute: minutes % 60 },
      { zone: zone?.zone ?? now.zoneName ?? "UTC" },
    );
  let at: DateTime;
  if (day === null) {
    if (time.minutes === null) return null;
    at = wall(now, time.minutes);
    // "by 2:30" written at 14:30 is no moment to reply by: left out.
    if (+at === +now) return null;
    if (at < now) at = wall(nextWorkingDayAfter(now.startOf("day")), time.minutes);
  } else if (time.minutes === null) {
    if (!lead.dayStart) at = wall(day, 1020);
    else if (isWorking(day)) at = wall(day, 540);
    else {
      let d = day.minus({ days: 1 });
      while (!isWorking(d)) d = d.minus({ days: 1 });
      at = wall(d, 1020);
    }
  } else at = wall(day, time.minutes);
  return at > now ? at : null;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The phrases of one language: every anchor with every time (and, for clock times, with and without
 * a zone, and with no day at all), `perCombination` times each with a now, a lead, an order and an
 * ask drawn by a seeded generator.
 */
export function generateReplyByPhrases(code: GrammarLanguage, count = code === "en" ? 5000 : 1000, seed = 22): GeneratedPhrase[] {
  const all = combinations(code, seed);
  // A seeded shuffle, then the first `count`: every part keeps its share.
  const r = random(seed + 1);
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return all.slice(0, count);
}

function combinations(code: GrammarLanguage, seed: number, perCombination = code === "en" ? 5 : 6): GeneratedPhrase[] {
  const lang = LANGUAGES[code];
  const r = random(seed);
  const out: GeneratedPhrase[] = [];
  const seen = new Set<string>();
  const anchors: (Anchor | null)[] = [null, ...lang.anchors];
  for (const anchor of anchors) {
    for (const time of lang.times) {
      if (anchor === null && !time.clock) continue;
      for (let n = 0; n < perCombination; n++) {
        {
          // A clock time names a zone one time in three.
          const zone = time.clock && r() < 0.35 ? pick(r, lang.zones) : null;
          const nowRow = pick(r, NOWS);
          if (zone?.months && !zone.months.includes(Number(nowRow.at.slice(5, 7)))) continue;
          const now = DateTime.fromISO(nowRow.at, { zone: nowRow.zone });
          const forms = anchor?.forms(now) ?? null;
          if (anchor && !forms) continue;
          const lead = pick(r, time.minutes === null || time.clock ? lang.leads : lang.leads.filter((l) => !l.dayStart));
          const order = pick(r, lang.orders);
          const timeWords = time.clock ? `${time.forms[0]!}${zone ? ` ${zone.words}` : ""}` : "";
          // With no lead the day takes its preposition: "on Thursday at 3pm", "am Donnerstag früh".
          const dayWords = forms && (lead.words === "" ? forms.on : forms.bare);
          let moment: string;
          if (!forms || !dayWords) moment = lang.alone(lead).replace("{time}", timeWords);
          else if (time.clock) moment = order.form.replace("{time}", timeWords).replace("{day}", dayWords).replace("{on}", forms.on);
          else {
            const own = anchor?.name === "today" ? time.today : undefined;
            // "the end of Thursday", "lunchtime on Thursday" need a lead before them.
            const choices = (own ?? time.forms).filter((f) => lead.words !== "" || !/^(?:the|lunchtime)\b/.test(f));
            if (choices.length === 0) continue;
            moment = pick(r, choices).replace("{day}", dayWords).replace("{on}", forms.on);
          }
          const expected = meaning(now, forms?.day ?? null, time, zone, lead);
          if (!expected) continue;
          const template = pick(r, lang.templates);
          const words = `${lead.words}${moment}`;
          const text = template.replace("{m}", words).replace("{M}", capitalise(words));
          const key = `${text}|${nowRow.at}|${nowRow.zone}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const parts = [`anchor:${anchor?.name ?? "none"}`, `time:${time.name}`, `zone:${zone?.name ?? "none"}`, `lead:${lead.name}`];
          if (forms && time.clock) parts.push(`order:${order.name}`);
          out.push({ text, now: now.toISO() ?? nowRow.at, zone: nowRow.zone, expected: expected.toISO() ?? "", parts });
        }
      }
    }
  }
  return out;
}

export interface GeneratedScore {
  right: number;
  all: number;
  /** Parts with failures, most failing first: "time:clock-words 12 of 180 wrong", with two examples. */
  failures: { part: string; wrong: number; all: number; examples: string[] }[];
}

/** Resolves the generated phrases through the public check and groups the wrong ones by part. */
export function scoreGenerated(phrases: readonly GeneratedPhrase[]): GeneratedScore {
  const results = scoreReplyBy(phrases);
  const byPart = new Map<string, { wrong: number; all: number; examples: string[] }>();
  results.forEach((r, i) => {
    for (const part of phrases[i]!.parts) {
      const tally = byPart.get(part) ?? { wrong: 0, all: 0, examples: [] };
      tally.all++;
      if (!r.right) {
        tally.wrong++;
        if (tally.examples.length < 2)
          tally.examples.push(`"${r.phrase.text}" [${r.phrase.zone}, ${r.phrase.now}]: expected ${r.phrase.expected}, got ${r.got ?? "none"}`);
      }
      byPart.set(part, tally);
    }
  });
  const failures = [...byPart]
    .filter(([, t]) => t.wrong > 0)
    .map(([part, t]) => ({ part, ...t }))
    .sort((a, b) => b.wrong / b.all - a.wrong / a.all);
  return { right: results.filter((r) => r.right).length, all: results.length, failures };
}
