// Holidays by name ("before Easter", "by Thanksgiving"): the date of the next one from today.
// Fixed dates and the names of the movable ones are data (language/en/time.ts); the movable ones are computed here.
import { DateTime } from "luxon";

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm). */
export function easterSunday(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}

/** The n-th (1-based; -1 for the last) given ISO weekday of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number, zone: string): DateTime {
  if (n < 0) {
    const last = DateTime.fromObject({ year, month }, { zone }).endOf("month").startOf("day");
    return last.minus({ days: (last.weekday - weekday + 7) % 7 });
  }
  const first = DateTime.fromObject({ year, month, day: 1 }, { zone });
  return first.plus({ days: ((weekday - first.weekday + 7) % 7) + 7 * (n - 1) });
}

export type MovableHoliday = "easter" | "goodFriday" | "easterMonday" | "thanksgiving" | "memorialDay" | "laborDay";

export function movableHoliday(name: MovableHoliday, year: number, zone: string): DateTime {
  const easter = () => DateTime.fromObject({ year, ...easterSunday(year) }, { zone });
  switch (name) {
    case "easter":
      return easter();
    case "goodFriday":
      return easter().minus({ days: 2 });
    case "easterMonday":
      return easter().plus({ days: 1 });
    case "thanksgiving":
      return nthWeekday(year, 11, 4, 4, zone);
    case "memorialDay":
      return nthWeekday(year, 5, 1, -1, zone);
    case "laborDay":
      return nthWeekday(year, 9, 1, 1, zone);
  }
}

/** This year's date of a holiday, or next year's once this year's has passed. */
export function nextOccurrence(today: DateTime, dateIn: (year: number) => DateTime): DateTime {
  const thisYear = dateIn(today.year);
  return thisYear < today ? dateIn(today.year + 1) : thisYear;
}
