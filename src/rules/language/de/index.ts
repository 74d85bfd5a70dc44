// German: the phrase inventories of this folder (see ../en/ for what each list is for).
import { casual as chrono } from "chrono-node/de";
import type { LanguageData } from "../build.js";
import * as asks from "./asks.js";
import * as mail from "./mail.js";
import * as meetings from "./meetings.js";
import * as signals from "./signals.js";
import * as time from "./time.js";
import { SPELLINGS, VOCABULARY } from "./vocabulary.js";

export const data: LanguageData = {
  id: "de",
  locale: "de-DE",
  vocabulary: VOCABULARY,
  spellings: SPELLINGS,
  asks,
  signals,
  time,
  mail,
  meetings,
  tone: {},
  grammar: {
    nounsCapitalised: true,
    whQuestion:
      /^(?:wie|was|wann|wo|wer|warum|weshalb|wieso|welche[rsmn]?|wohin|woher|bis wann)\s(?:ist|sind|war|waren|hast|habt|haben|hat|kann|kannst|können|könnt|soll|sollen|sollten|wird|werden|würde|würdest|würden|machen|macht|sieht|sehen|steht)\b/,
  },
  dates: {
    chrono,
    today: ["heute"],
    tomorrow: ["morgen"],
    weekdays: { montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6, sonnabend: 6, sonntag: 7 },
    endOfDay: ["feierabend", "dienstschluss", "geschäftsschluss", "büroschluss", "arbeitsschluss", "ende des arbeitstages", "ende des arbeitstags", "ende des geschäftstages", "ende des tages", "tagesende", "eod", "cob"],
    endOfWeek: ["ende der woche", "ende dieser woche", "ende woche", "wochenende", "ende kw", "ende der kalenderwoche", "ende der laufenden woche"],
    endOfNextWeek: ["ende nächster woche", "ende der nächsten woche", "ende kommender woche", "ende der kommenden woche", "ende nächste woche"],
    endOfMonth: ["ende des monats", "monatsende", "ende dieses monats", "ende des laufenden monats", "ultimo"],
    calendarWeek: ["kw", "kalenderwoche"],
    within: ["innerhalb von", "innerhalb der nächsten", "innerhalb", "binnen", "in den nächsten", "in"],
    units: {
      stunden: "hour", std: "hour", h: "hour", tagen: "day", tage: "day", tag: "day", arbeitstagen: "workday",
      arbeitstage: "workday", arbeitstag: "workday", werktagen: "workday", werktage: "workday", werktag: "workday",
      wochen: "week", woche: "week",
    },
    dayAfterTomorrow: ["übermorgen"],
    noon: ["mittag", "mittags", "zu mittag"],
    numbers: { ein: 1, einem: 1, einer: 1, eine: 1, eins: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, vierzehn: 14 },
    dottedDayMonth: true,
    endOfQuarter: ["quartalsende", "ende des quartals", "ende dieses quartals", "ende q"],
    endOfYear: ["jahresende", "ende des jahres", "ende dieses jahres", "jahresschluss"],
    months: { januar: 1, jänner: 1, februar: 2, märz: 3, april: 4, mai: 5, juni: 6, juli: 7, august: 8, september: 9, oktober: 10, november: 11, dezember: 12 },
    endOfNamedMonth: ["ende", "bis ende", "spätestens ende"],
    dayOfMonth: ["zum", "am", "bis"],
    dayOfMonthDot: true,
    halfBefore: "halb",
  },
  fixLines: {
    replyBy: "Bitte um Rückmeldung bis {day}.",
    fyi: "Zur Info, keine Antwort nötig.",
    agenda: "Ziel: <die Entscheidung oder das Ergebnis, das wir brauchen>\nAgenda:\n1. <Thema>\n2. <Thema>\nVorab lesen: <Link zum Dokument>",
  },
};
