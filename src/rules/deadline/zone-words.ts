// Time zones named in words ("noon Pacific", "4pm Paris time", "10am Eastern", "EOD London time"):
// rewritten for the date parser as the UTC offset the zone has when the writer writes ("UTC-7"),
// padded to the same length so that every position in the text stays where it was. Cities come from
// the IANA zone names this runtime knows. Where the zone's offset changes between now and the
// deadline (daylight saving), `inNamedZone` puts the moment back at its wall-clock time there.
import { DateTime, FixedOffsetZone } from "luxon";

const REGIONS: Record<string, string> = {
  pacific: "America/Los_Angeles",
  "west coast": "America/Los_Angeles",
  mountain: "America/Denver",
  central: "America/Chicago",
  eastern: "America/New_York",
  "east coast": "America/New_York",
};

let cities: Map<string, string> | undefined;
/** "new york" → "America/New_York", from the zones this runtime knows (none where it lists none). */
function cityZones(): Map<string, string> {
  if (cities) return cities;
  cities = new Map();
  const zones = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  for (const zone of zones) {
    const city = (zone.split("/").pop() ?? "").replace(/_/g, " ").toLowerCase();
    if (city !== "" && !cities.has(city)) cities.set(city, zone);
  }
  return cities;
}

/** "UTC-7", "UTC+5:30": the zone's offset at `now`. */
function offsetOf(zone: string, now: Date): string | null {
  const at = DateTime.fromJSDate(now).setZone(zone);
  if (!at.isValid) return null;
  const minutes = at.offset;
  const sign = minutes < 0 ? "-" : "+";
  const h = Math.floor(Math.abs(minutes) / 60);
  const m = Math.abs(minutes) % 60;
  return `UTC${sign}${h}${m ? `:${String(m).padStart(2, "0")}` : ""}`;
}

// "<words> time": up to three words before "time" name a city or a region.
const NAMED_TIME = /\b([a-z]+(?: [a-z]+){0,2}) time\b/gi;
// A region alone, right after a clock time or an end-of-day word: "noon Pacific", "10am Eastern".
const REGION_AFTER_TIME =
  /\b(?:\d{1,2}(?:[:.]\d{2})?\s?[ap]\.?m\.?|\d{1,2}[:.]\d{2}|noon|midday|eod|cob)\s+(pacific|eastern|central|mountain|east coast|west coast)\b/gi;

/** A zone named in words, where it stands in the text. */
export interface NamedZone {
  start: number;
  end: number;
  zone: string;
}

/** The moment read with the zone's offset of `now`, at the same wall-clock time in the zone on its own day. */
export function inNamedZone(at: DateTime, named: NamedZone, now: Date): DateTime {
  const offsetNow = DateTime.fromJSDate(now).setZone(named.zone).offset;
  const wall = at.setZone(FixedOffsetZone.instance(offsetNow));
  const there = DateTime.fromObject({ year: wall.year, month: wall.month, day: wall.day, hour: wall.hour, minute: wall.minute }, { zone: named.zone });
  return there.isValid ? there.setZone(at.zone) : at;
}

export function withZoneWords(text: string, now: Date, named: NamedZone[] = []): string {
  if (!/ time\b|pacific|eastern|central|mountain|coast/i.test(text)) return text;
  const replace = (out: string, start: number, length: number, zone: string | undefined): string => {
    const offset = zone ? offsetOf(zone, now) : null;
    if (!zone || !offset || offset.length > length) return out;
    named.push({ start, end: start + length, zone });
    return out.slice(0, start) + offset.padEnd(length, " ") + out.slice(start + length);
  };
  let out = text;
  for (const m of text.matchAll(NAMED_TIME)) {
    const words = (m[1] ?? "").toLowerCase().split(" ");
    // The longest run of last words that names a place: "the New York" → "new york".
    for (let n = Math.min(3, words.length); n >= 1; n--) {
      const name = words.slice(-n).join(" ");
      const zone = REGIONS[name] ?? cityZones().get(name);
      if (!zone) continue;
      const start = (m.index ?? 0) + (m[1] ?? "").length - name.length;
      out = replace(out, start, name.length + " time".length, zone);
      break;
    }
  }
  for (const m of out.matchAll(REGION_AFTER_TIME)) {
    const name = (m[1] ?? "").toLowerCase();
    const start = (m.index ?? 0) + m[0].length - name.length;
    out = replace(out, start, name.length, REGIONS[name]);
  }
  return out;
}
