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
    endOfWeek: ["ende der woche", "ende dieser woche", "ende kw", "ende der kalenderwoche", "ende der laufenden woche"],
    endOfNextWeek: ["ende nächster woche", "ende der nächsten woche", "ende kommender woche", "ende der kommenden woche"],
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
    numbers: { ein: 1, einem: 1, einer: 1, eine: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, zehn: 10, vierzehn: 14 },
    dottedDayMonth: true,
  },
  fixLines: {
    replyBy: "Bitte um Rückmeldung bis {day}.",
    fyi: "Zur Info, keine Antwort nötig.",
    agenda: "Ziel: <die Entscheidung oder das Ergebnis, das wir brauchen>\nAgenda:\n1. <Thema>\n2. <Thema>\nVorab lesen: <Link zum Dokument>",
  },
};
