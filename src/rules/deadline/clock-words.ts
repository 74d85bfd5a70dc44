// Clock times written in words or with a unit word, in German, French and Spanish ("Viertel nach
// zehn", "halb vier", "11 Uhr", "16 heures et quart", "las cinco menos cuarto"), rewritten as digits
// for the date parser ("10:15", "3:30", "11:00"), padded with spaces to the same length so that every
// position in the text stays where it was. An hour with no am/pm is then read inside working hours,
// as a bare hour in digits is. The English words have parsers of their own (parser.ts).
import type { DateWords } from "../language/build.js";
import { accentInsensitive, fold } from "../language/phrases.js";
import { LETTER_RANGES } from "../text/letters.js";

/** Where a clock time in words stood: a date that reaches into it spans it whole. */
export interface Rewritten {
  start: number;
  end: number;
}

interface Compiled {
  pattern: RegExp;
  minute: number | null;
  hourBefore: boolean;
  pm: boolean;
  am: boolean;
}

const compiled = new WeakMap<DateWords, { hours: Map<string, number>; forms: Compiled[]; span: RegExp }>();

function compile(dates: DateWords) {
  let c = compiled.get(dates);
  if (!c) {
    const hours = new Map(Object.entries(dates.hourWords ?? {}).map(([w, n]) => [fold(w), n]));
    const words = [...(dates.hourWords ? Object.keys(dates.hourWords) : [])].sort((a, b) => b.length - a.length).map(accentInsensitive);
    const hour = `(\\d{1,2}${words.length ? `|${words.join("|")}` : ""})`;
    const hourWord = `(${words.length ? words.join("|") : "(?!)"})`;
    const forms = (dates.clockWords ?? []).map((form) => ({
      pattern: new RegExp(
        `(^|[^${LETTER_RANGES}\\d])${form.words
          .split(/(\{h\}|\{m\})/)
          .map((piece) => (piece === "{h}" ? (form.wordsOnly ? hourWord : hour) : piece === "{m}" ? "([0-5]\\d)" : accentInsensitive(piece)))
          .join("")}(?![${LETTER_RANGES}\\d]|[:.h]\\d)`,
        "gi",
      ),
      minute: form.minute ?? null,
      hourBefore: form.hourBefore ?? false,
      pm: form.pm ?? false,
      am: form.am ?? false,
    }));
    // "dans les 3 heures", "en 2 horas": a span of time, no clock time. French "d'ici" leads both
    // ("d'ici 72 heures", "d'ici 15 heures"): up to 24 it is a clock time.
    const within = dates.within.filter((w) => fold(w) !== "d'ici");
    const span = new RegExp(`(?:^|[^${LETTER_RANGES}])(?:${within.map(accentInsensitive).join("|")})\\s+$`, "i");
    c = { hours, forms, span };
    compiled.set(dates, c);
  }
  return c;
}

/** The text with its clock times in words written as digits; where each stood goes into `rewritten`. */
export function withClockWords(text: string, dates: DateWords | undefined, rewritten: Rewritten[] = []): string {
  if (!dates?.clockWords?.length) return text;
  const { hours, forms, span } = compile(dates);
  let out = text;
  for (const form of forms) {
    for (const m of out.matchAll(form.pattern)) {
      // Group 1 is the character before the words (no lookbehind: see text/letters.ts).
      const before = (m[1] ?? "").length;
      const raw = fold(m[2] ?? "");
      let hour = hours.get(raw) ?? Number(raw);
      if (!Number.isInteger(hour) || hour > 24) continue;
      if (form.hourBefore) hour = (hour + 23) % 24 || 12;
      if (form.pm && hour < 12) hour += 12;
      // An hour in words is on the 12-hour clock: "trois heures et demie" in an office is 15:30.
      else if (hours.has(raw) && !form.am && hour >= 1 && hour < 8) hour += 12;
      const minute = form.minute ?? Number(m[3] ?? 0);
      const digits = `${hour}:${String(minute).padStart(2, "0")}`;
      const start = (m.index ?? 0) + before;
      const length = m[0].length - before;
      if (digits.length > length || span.test(out.slice(Math.max(0, start - 30), start))) continue;
      rewritten.push({ start, end: start + length });
      out = out.slice(0, start) + digits.padEnd(length, " ") + out.slice(start + length);
    }
  }
  return out;
}

const hidden = new WeakMap<DateWords, RegExp | null>();

/** The text with the words the date parser misreads (`notDates`) blanked out. */
export function withoutMisreadWords(text: string, dates: DateWords | undefined): string {
  if (!dates?.notDates?.length) return text;
  let pattern = hidden.get(dates);
  if (pattern === undefined) {
    pattern = new RegExp(`(?:${dates.notDates.join("|")})`, "gi");
    hidden.set(dates, pattern);
  }
  return pattern ? text.replace(pattern, (words) => " ".repeat(words.length)) : text;
}
