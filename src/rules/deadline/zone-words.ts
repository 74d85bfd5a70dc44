// Time zones the writer names beside a time: in words ("noon Pacific", "4pm Paris time", "10am
// Eastern", "EOD UK time"), as an abbreviation that moves with daylight time ("3pm ET", "9:00 CET")
// or as an offset ("11am UTC+10"). Each is blanked out for the date parser (with spaces, so that
// every position in the text stays where it was) and kept aside: the parser reads the time as a wall
// clock, and `inNamedZone` puts it at that wall-clock time in the zone, on the deadline's own day,
// daylight time or not. Cities come from the IANA zone names this runtime knows. Abbreviations
// fixed all year ("UTC", "GMT", "JST") are left to the parser.
import { DateTime } from "luxon";
import { fold } from "../language/phrases.js";

const REGIONS: Record<string, string> = {
  pacific: "America/Los_Angeles",
  "west coast": "America/Los_Angeles",
  mountain: "America/Denver",
  central: "America/Chicago",
  eastern: "America/New_York",
  "east coast": "America/New_York",
  // Countries and their adjectives, where one zone covers the country.
  uk: "Europe/London",
  british: "Europe/London",
  ireland: "Europe/Dublin",
  irish: "Europe/Dublin",
  germany: "Europe/Berlin",
  german: "Europe/Berlin",
  france: "Europe/Paris",
  french: "Europe/Paris",
  spain: "Europe/Madrid",
  spanish: "Europe/Madrid",
  italy: "Europe/Rome",
  italian: "Europe/Rome",
  dutch: "Europe/Amsterdam",
  netherlands: "Europe/Amsterdam",
  swiss: "Europe/Zurich",
  poland: "Europe/Warsaw",
  polish: "Europe/Warsaw",
  india: "Asia/Kolkata",
  indian: "Asia/Kolkata",
  japan: "Asia/Tokyo",
  japanese: "Asia/Tokyo",
  china: "Asia/Shanghai",
  chinese: "Asia/Shanghai",
  korea: "Asia/Seoul",
  korean: "Asia/Seoul",
  israel: "Asia/Jerusalem",
  israeli: "Asia/Jerusalem",
  "new zealand": "Pacific/Auckland",
  nz: "Pacific/Auckland",
  "south africa": "Africa/Johannesburg",
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

/** Cities as French, Spanish and German write them, where the IANA name is English. */
const EXONYMS: Record<string, string> = {
  londres: "Europe/London",
  "nueva york": "America/New_York",
  "ciudad de mexico": "America/Mexico_City",
  mexico: "America/Mexico_City",
  munich: "Europe/Berlin",
  munchen: "Europe/Berlin",
  cologne: "Europe/Berlin",
  koln: "Europe/Berlin",
  vienne: "Europe/Vienna",
  wien: "Europe/Vienna",
  viena: "Europe/Vienna",
  bruxelles: "Europe/Brussels",
  bruselas: "Europe/Brussels",
  brussel: "Europe/Brussels",
  geneve: "Europe/Zurich",
  ginebra: "Europe/Zurich",
  zurich: "Europe/Zurich",
  lisbonne: "Europe/Lisbon",
  lisboa: "Europe/Lisbon",
  rome: "Europe/Rome",
  roma: "Europe/Rome",
  rom: "Europe/Rome",
  varsovie: "Europe/Warsaw",
  varsovia: "Europe/Warsaw",
  warschau: "Europe/Warsaw",
  "sao paulo": "America/Sao_Paulo",
  bogota: "America/Bogota",
  pekin: "Asia/Shanghai",
  peking: "Asia/Shanghai",
  singapour: "Asia/Singapore",
  singapur: "Asia/Singapore",
  tokio: "Asia/Tokyo",
  montreal: "America/Toronto",
  quebec: "America/Toronto",
  senegal: "Africa/Dakar",
  maroc: "Africa/Casablanca",
  marruecos: "Africa/Casablanca",
  "cote d'ivoire": "Africa/Abidjan",
  argentina: "America/Argentina/Buenos_Aires",
  colombia: "America/Bogota",
  chile: "America/Santiago",
  peru: "America/Lima",
  "costa rica": "America/Costa_Rica",
  portugal: "Europe/Lisbon",
  belgique: "Europe/Brussels",
  suisse: "Europe/Zurich",
  allemagne: "Europe/Berlin",
  alemania: "Europe/Berlin",
  francia: "Europe/Paris",
  inglaterra: "Europe/London",
  "reino unido": "Europe/London",
  "royaume-uni": "Europe/London",
  londra: "Europe/London",
  // Country-wide words.
  france: "Europe/Paris",
  francaise: "Europe/Paris",
  espagne: "Europe/Madrid",
  espana: "Europe/Madrid",
  espanola: "Europe/Madrid",
  peninsular: "Europe/Madrid",
  canarias: "Atlantic/Canary",
  deutscher: "Europe/Berlin",
  deutsche: "Europe/Berlin",
  mitteleuropaischer: "Europe/Berlin",
  osterreichischer: "Europe/Vienna",
  schweizer: "Europe/Zurich",
};
/** A zone for a city or country named in words, in any of the four languages. */
function placeZone(name: string): string | undefined {
  const plain = fold(name);
  return REGIONS[plain] ?? EXONYMS[plain] ?? cityZones().get(plain);
}

// "heure de Paris", "heure de New York", "hora de Madrid", "hora peninsular": the words after name the place.
const ZONE_AFTER_HOUR_WORD = /\b(?:heure|hora)\s+(?:de\s+la\s+|de\s+|d'|du\s+|del\s+)?([a-z\u00e0-\u00ff]+(?: [a-z\u00e0-\u00ff]+){0,2})/gi;
// "Londoner Zeit", "New Yorker Zeit", "deutscher Zeit", "MEZ": German names the place before "Zeit".
const ZONE_BEFORE_ZEIT = /(?:^|[^a-z\u00e0-\u00ff])((?:[a-z\u00e0-\u00ff]+ )?[a-z\u00e0-\u00ff]+) zeit\b/gi;

// "<words> time": up to three words before "time" name a city or a region.
const NAMED_TIME = /\b([a-z]+(?: [a-z]+){0,2}) time\b/gi;
// A clock time or an end-of-day word, in digits or words.
const CLOCK =
  "(?:\\d{1,2}(?:[:.]\\d{2})?\\s?(?:[ap]\\.?m\\.?|uhr)|\\d{1,2}[:.]\\d{2}|\\d{1,2}\\s?h(?:\\s?\\d{2})?|noon|midday|eod|cob|o'clock|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
// A region alone, right after one: "noon Pacific", "10am Eastern", "four o'clock Pacific".
const REGION_AFTER_TIME = new RegExp(`\\b${CLOCK}\\s+(pacific|eastern|central|mountain|east coast|west coast)\\b`, "gi");
// "UTC+10", "GMT-5", "UTC+5:30": read whole, never as "10" and a weekday after it.
const OFFSET_AFTER_TIME = new RegExp(`\\b${CLOCK}\\s+((?:UTC|GMT)\\s?[+\\-−]\\s?(\\d{1,2})(?::?(\\d{2}))?)(?![\\d:])`, "gi");

const ABBREVIATIONS: Record<string, string> = {
  ET: "America/New_York",
  EST: "America/New_York",
  EDT: "America/New_York",
  CT: "America/Chicago",
  CST: "America/Chicago",
  CDT: "America/Chicago",
  MT: "America/Denver",
  MST: "America/Denver",
  MDT: "America/Denver",
  PT: "America/Los_Angeles",
  PST: "America/Los_Angeles",
  PDT: "America/Los_Angeles",
  CET: "Europe/Paris",
  CEST: "Europe/Paris",
  BST: "Europe/London",
  AEST: "Australia/Sydney",
  AEDT: "Australia/Sydney",
  MEZ: "Europe/Berlin",
  MESZ: "Europe/Berlin",
};
// Capitals only, right after a clock time: "3pm ET", "9:30 CET", "11h CET" (never French "et").
const ABBREVIATION_AFTER_TIME = new RegExp(`\\b${CLOCK}\\s+(${Object.keys(ABBREVIATIONS).join("|")})\\b`, "gi");

/** A zone named in words, where it stands in the text. */
export interface NamedZone {
  start: number;
  end: number;
  zone: string;
}

/** The moment the parser read as a wall clock (in the team's zone), at that wall-clock time in the zone on its day. */
export function inNamedZone(at: DateTime, named: NamedZone): DateTime {
  const there = DateTime.fromObject({ year: at.year, month: at.month, day: at.day, hour: at.hour, minute: at.minute }, { zone: named.zone });
  return there.isValid ? there.setZone(at.zone) : at;
}

/** The text with the zones beside its times blanked out; each zone, where it stood, goes into `named`. */
export function withZoneWords(text: string, named: NamedZone[] = []): string {
  if (!/ time\b|pacific|eastern|central|mountain|coast|utc|gmt|heure|hora|zeit/i.test(text) && !/\b[A-Z]{2,4}\b/.test(text)) return text;
  let out = text;
  const blank = (start: number, length: number, zone: string | undefined) => {
    if (!zone || !DateTime.now().setZone(zone).isValid) return;
    named.push({ start, end: start + length, zone });
    out = out.slice(0, start) + " ".repeat(length) + out.slice(start + length);
  };
  for (const m of text.matchAll(ZONE_AFTER_HOUR_WORD)) {
    const words = (m[1] ?? "").split(" ");
    // The longest run of first words that names a place: "Paris demain" → "paris".
    for (let n = words.length; n >= 1; n--) {
      const name = words.slice(0, n).join(" ");
      const zone = placeZone(name);
      if (!zone) continue;
      blank(m.index ?? 0, m[0].length - (m[1] ?? "").length + name.length, zone);
      break;
    }
  }
  for (const m of text.matchAll(ZONE_BEFORE_ZEIT)) {
    const words = (m[1] ?? "").split(" ");
    for (let n = Math.min(2, words.length); n >= 1; n--) {
      const name = words.slice(-n).join(" ");
      const zone = placeZone(name) ?? placeZone(name.replace(/er$/i, ""));
      if (!zone) continue;
      const end = (m.index ?? 0) + m[0].length;
      const start = end - " zeit".length - name.length;
      blank(start, end - start, zone);
      break;
    }
  }
  for (const m of text.matchAll(NAMED_TIME)) {
    const words = (m[1] ?? "").toLowerCase().split(" ");
    // The longest run of last words that names a place: "the New York" → "new york".
    for (let n = Math.min(3, words.length); n >= 1; n--) {
      const name = words.slice(-n).join(" ");
      const zone = placeZone(name);
      if (!zone) continue;
      blank((m.index ?? 0) + (m[1] ?? "").length - name.length, name.length + " time".length, zone);
      break;
    }
  }
  const after = (pattern: RegExp, zoneOf: (m: RegExpMatchArray) => string | undefined) => {
    for (const m of out.matchAll(pattern)) {
      const words = m[1] ?? "";
      // Capitals only for abbreviations: "3pm ET", never "15h et".
      if (pattern === ABBREVIATION_AFTER_TIME && words !== words.toUpperCase()) continue;
      blank((m.index ?? 0) + m[0].length - words.length, words.length, zoneOf(m));
    }
  };
  after(REGION_AFTER_TIME, (m) => REGIONS[(m[1] ?? "").toLowerCase()]);
  after(ABBREVIATION_AFTER_TIME, (m) => ABBREVIATIONS[m[1] ?? ""]);
  after(OFFSET_AFTER_TIME, (m) => {
    const sign = /[-−]/.test(m[1] ?? "") ? "-" : "+";
    const hours = Number(m[2]);
    if (hours > 14) return undefined;
    return `UTC${sign}${hours}${m[3] ? `:${m[3]}` : ""}`;
  });
  return out;
}
