// Spanish: the phrase inventories of this folder (see ../en/ for what each list is for).
import { casual as chrono } from "chrono-node/es";
import type { LanguageData } from "../build.js";
import * as asks from "./asks.js";
import * as mail from "./mail.js";
import * as meetings from "./meetings.js";
import * as signals from "./signals.js";
import * as time from "./time.js";
import { SPELLINGS, VOCABULARY } from "./vocabulary.js";

export const data: LanguageData = {
  id: "es",
  locale: "es-ES",
  vocabulary: VOCABULARY,
  spellings: SPELLINGS,
  asks,
  signals,
  time,
  mail,
  meetings,
  tone: {},
  grammar: {
    whQuestion:
      /^(?:qu[eé]|qui[eé]n|cu[aá]ndo|d[oó]nde|c[oó]mo|por qu[eé]|cu[aá]l|cu[aá]nto)\s(?:es|son|est[aá]|est[aá]n|ha|han|hay|tiene|tienen|puede|pueden|hacemos|hago|debemos|vamos|ser[ií]a)\b/,
  },
  dates: {
    chrono,
    today: ["hoy"],
    tomorrow: ["mañana"],
    weekdays: { lunes: 1, martes: 2, miércoles: 3, jueves: 4, viernes: 5, sábado: 6, domingo: 7 },
    endOfDay: [
      "final del día",
      "fin del día",
      "final de la jornada",
      "fin de la jornada",
      "cierre del día",
      "cierre de la jornada",
      "que acabe el día",
      "que termine el día",
      "que acabe la jornada",
      "eod",
      "cob",
    ],
    endOfWeek: ["final de la semana", "fin de la semana", "final de esta semana", "finales de esta semana", "que acabe la semana", "que termine la semana"],
    endOfNextWeek: [
      "final de la próxima semana",
      "fin de la próxima semana",
      "final de la semana que viene",
      "fin de la semana que viene",
      "finales de la semana que viene",
      "finales de la próxima semana",
    ],
    endOfMonth: ["final de mes", "fin de mes", "final del mes", "fin del mes"],
    calendarWeek: ["semana"],
    within: ["en", "dentro de", "en las próximas", "en los próximos", "dentro de las próximas", "dentro de los próximos", "en un plazo de", "plazo de"],
    units: {
      horas: "hour",
      hora: "hour",
      h: "hour",
      días: "day",
      día: "day",
      "días hábiles": "workday",
      "días laborables": "workday",
      semanas: "week",
      semana: "week",
    },
    dayAfterTomorrow: ["pasado mañana"],
    noon: ["mediodía", "el mediodía"],
    numbers: { un: 1, una: 1, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, diez: 10, quince: 15 },
    endOfQuarter: ["fin de trimestre", "final de trimestre", "finales de trimestre", "fin del trimestre", "final del trimestre", "cierre del trimestre"],
    endOfYear: ["fin de año", "final de año", "finales de año", "fin del año", "final del año", "cierre del año"],
    months: {
      enero: 1,
      febrero: 2,
      marzo: 3,
      abril: 4,
      mayo: 5,
      junio: 6,
      julio: 7,
      agosto: 8,
      septiembre: 9,
      setiembre: 9,
      octubre: 10,
      noviembre: 11,
      diciembre: 12,
    },
    endOfNamedMonth: ["fin de", "final de", "finales de", "a finales de"],
    dayOfMonth: ["el día", "el", "del"],
    notDates: ["como muy tarde"],
    nextWeek: { before: [], after: ["de la semana que viene", "de la próxima semana", "de la semana próxima", "de la semana siguiente"] },
    clockWords: [
      { words: "{h} y cuarto", minute: 15 },
      { words: "{h} y media", minute: 30 },
      { words: "{h} menos cuarto", minute: 45, hourBefore: true },
      { words: "{h} en punto", minute: 0 },
      { words: "{h} de la tarde", minute: 0, pm: true },
      { words: "{h}:{m} de la tarde", pm: true },
      { words: "{h} de la noche", minute: 0, pm: true },
      { words: "{h} de la mañana", minute: 0 },
      { words: "las {h}", minute: 0 },
    ],
    hourWords: { una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12 },
  },
  fixLines: {
    replyBy: "Necesito tu respuesta antes del {day}.",
    fyi: "Para tu información, no hace falta responder.",
    agenda: "Objetivo: <la decisión o el resultado que necesitamos>\nOrden del día:\n1. <tema>\n2. <tema>\nLectura previa: <enlace al documento>",
  },
};
