// What people call a time zone besides its IANA id: its main cities, its country, its name and its
// former ids ("Mumbai", "India", "India Time", "Asia/Calcutta" for Asia/Kolkata), from @vvo/tzdb, a
// maintained package built from GeoNames and the IANA database. The tab's picker searches these;
// the bot's settings take a city and suggest zones for what it cannot place.
import { rawTimeZones } from "@vvo/tzdb";
import { distance } from "fastest-levenshtein";

const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[_/-]+/g, " ")
    .trim();

interface Entry {
  /** Every id the zone has had: "Asia/Kolkata", "Asia/Calcutta". */
  ids: readonly string[];
  names: readonly string[];
  /** Its names and the city part of its ids, folded: "mumbai", "india", "calcutta". */
  said: readonly string[];
}

const ENTRIES: readonly Entry[] = rawTimeZones.map((z) => {
  const ids = [z.name, ...z.group.filter((id) => id !== z.name)];
  const names = [...z.mainCities, z.countryName, z.alternativeName];
  return { ids, names, said: [...new Set([...names, ...ids.map((id) => id.slice(id.lastIndexOf("/") + 1))].map(fold))] };
});

const byId = new Map<string, Entry>();
for (const entry of ENTRIES) for (const id of entry.ids) byId.set(id, entry);

/** The cities, country and name of a zone, for a search that finds it by them; [] for an id the data does not know. */
export function zoneAliases(zone: string): readonly string[] {
  const entry = byId.get(zone);
  return entry ? [...entry.names, ...entry.ids.filter((id) => id !== zone)] : [];
}

/**
 * The zone someone means by a city ("Mumbai", "san francisco"), a former id, or a country with a
 * single zone ("India"); undefined where that names no zone or several (a country with many).
 * `known` is the list the id must come from (the runtime's own), so the answer is one it accepts.
 */
export function zoneFor(words: string, known: readonly string[]): string | undefined {
  const typed = fold(words);
  if (typed === "") return undefined;
  const knownSet = new Set(known);
  const matches = new Set<Entry>();
  for (const entry of ENTRIES) if (entry.said.includes(typed) || entry.ids.some((id) => fold(id) === typed)) matches.add(entry);
  if (matches.size !== 1) return undefined;
  const [entry] = [...matches];
  return entry!.ids.find((id) => knownSet.has(id));
}

/**
 * Up to `max` zones for "Did you mean …?": those with a city, country or name that starts with what
 * was typed, then those one or two letters off it ("Berlinn", "Frankfrut"), closest first.
 */
export function zonesLike(words: string, known: readonly string[], max = 3): string[] {
  const typed = fold(words);
  if (typed.length < 3) return [];
  const knownSet = new Set(known);
  const scored: { id: string; score: number }[] = [];
  for (const entry of ENTRIES) {
    const id = entry.ids.find((i) => knownSet.has(i));
    if (!id) continue;
    const prefix = entry.said.some((n) => n.startsWith(typed) || n.split(" ").some((w) => w.startsWith(typed)));
    const typos = Math.min(...entry.said.map((n) => distance(n, typed)));
    if (prefix) scored.push({ id, score: 0 });
    else if (typos <= (typed.length > 6 ? 2 : 1)) scored.push({ id, score: typos });
  }
  return [...new Set(scored.sort((a, b) => a.score - b.score).map((s) => s.id))].slice(0, max);
}
