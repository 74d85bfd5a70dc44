// The team's working week in its own time zone: which days count, when a working day ends,
// and how dates are written back to the writer ("Thursday 5 March").
import { DateTime } from "luxon";
import { WEEKDAYS, type Norms } from "./norms.js";

export interface WorkCalendar {
  zone: string;
  /** ISO weekday numbers (1 = Monday … 7 = Sunday). */
  workingDays: ReadonlySet<number>;
  startMinutes: number;
  endMinutes: number;
  focus: { startMinutes: number; endMinutes: number } | null;
}

const minutes = (hhmm: string): number => {
  const [h, m] = hhmm.split(":").map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

const calendars = new WeakMap<Norms, WorkCalendar>();

export function workCalendar(norms: Norms): WorkCalendar {
  let cal = calendars.get(norms);
  if (!cal) {
    cal = {
      zone: norms.timeZone,
      workingDays: new Set(norms.workingDays.map((d) => WEEKDAYS.indexOf(d) + 1)),
      startMinutes: minutes(norms.workingHours.start),
      endMinutes: minutes(norms.workingHours.end),
      focus: norms.focusWindow ? { startMinutes: minutes(norms.focusWindow.start), endMinutes: minutes(norms.focusWindow.end) } : null,
    };
    calendars.set(norms, cal);
  }
  return cal;
}

export function inZone(instant: Date | string, cal: WorkCalendar): DateTime {
  const dt = typeof instant === "string" ? DateTime.fromISO(instant, { setZone: true }) : DateTime.fromJSDate(instant);
  return dt.setZone(cal.zone);
}

export function isWorkingDay(day: DateTime, cal: WorkCalendar): boolean {
  return cal.workingDays.has(day.weekday);
}

export function atMinutes(day: DateTime, minutesOfDay: number): DateTime {
  return day.startOf("day").set({ hour: Math.floor(minutesOfDay / 60), minute: minutesOfDay % 60 });
}

export const endOfWorkingDay = (day: DateTime, cal: WorkCalendar): DateTime => atMinutes(day, cal.endMinutes);
export const startOfWorkingDay = (day: DateTime, cal: WorkCalendar): DateTime => atMinutes(day, cal.startMinutes);

/**
 * The end of the n-th working day from `from`. n = 0 is the end of today when today is a working
 * day whose working hours have not ended, else the end of the next working day.
 */
export function addWorkingDays(from: DateTime, n: number, cal: WorkCalendar): DateTime {
  let day = from.startOf("day");
  let remaining = n;
  const todayCounts = isWorkingDay(day, cal) && from < endOfWorkingDay(day, cal);
  if (!todayCounts) remaining = Math.max(remaining, 1);
  // Bounded: a calendar has at least one working day a week.
  for (let guard = 0; guard < 400 && remaining > 0; guard++) {
    day = day.plus({ days: 1 });
    if (isWorkingDay(day, cal)) remaining--;
  }
  return endOfWorkingDay(day, cal);
}

/** The last working day on or before `day`, within the same week/month boundaries the caller chose. */
export function lastWorkingDayOnOrBefore(day: DateTime, cal: WorkCalendar): DateTime {
  let d = day;
  for (let guard = 0; guard < 7 && !isWorkingDay(d, cal); guard++) d = d.minus({ days: 1 });
  return d;
}

export function nextWorkingDayOnOrAfter(day: DateTime, cal: WorkCalendar): DateTime {
  let d = day;
  for (let guard = 0; guard < 7 && !isWorkingDay(d, cal); guard++) d = d.plus({ days: 1 });
  return d;
}

export function previousWorkingDayBefore(day: DateTime, cal: WorkCalendar): DateTime {
  return lastWorkingDayOnOrBefore(day.minus({ days: 1 }), cal);
}

/** "Thursday 5 March" (the year is added when it is not the reference year). */
/** "Thursday 5 March"; in another locale its own form ("Donnerstag, 5. März", "jeudi 5 mars"). The year only when it differs. */
export function formatDay(day: DateTime, reference?: DateTime, locale = "en-GB"): string {
  const sameYear = !reference || reference.year === day.year;
  if (locale === "en-GB") return day.setLocale(locale).toFormat(sameYear ? "cccc d LLLL" : "cccc d LLLL yyyy");
  return day.setLocale(locale).toLocaleString({ weekday: "long", day: "numeric", month: "long", ...(sameYear ? {} : { year: "numeric" }) });
}

export function formatTime(day: DateTime): string {
  return day.toFormat("HH:mm");
}

export function formatClock(minutesOfDay: number): string {
  return `${String(Math.floor(minutesOfDay / 60)).padStart(2, "0")}:${String(minutesOfDay % 60).padStart(2, "0")}`;
}
