// French: the phrase inventories of this folder (see ../en/ for what each list is for).
import { casual as chrono } from "chrono-node/fr";
import type { LanguageData } from "../build.js";
import * as asks from "./asks.js";
import * as mail from "./mail.js";
import * as meetings from "./meetings.js";
import * as signals from "./signals.js";
import * as time from "./time.js";
import { SPELLINGS, VOCABULARY } from "./vocabulary.js";

export const data: LanguageData = {
  id: "fr",
  locale: "fr-FR",
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
      /^(?:qui|que|quoi|quand|où|ou|comment|pourquoi|combien|quel|quelle|quels|quelles)\s(?:est|sont|était|a|as|avez|peut|peux|pouvez|faut|fait|font|doit|dois|devons|va|vas|allez|serait|sera)\b/,
  },
  dates: {
    chrono,
    today: ["aujourd'hui"],
    tomorrow: ["demain"],
    weekdays: { lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6, dimanche: 7 },
    endOfDay: ["fin de journée", "fin de la journée", "fin de journée de travail", "la fin de la journée", "eod", "cob", "fermeture des bureaux"],
    endOfWeek: ["fin de semaine", "fin de la semaine", "fin de cette semaine", "la fin de la semaine"],
    endOfNextWeek: ["fin de la semaine prochaine", "fin de semaine prochaine", "la fin de la semaine prochaine"],
    endOfMonth: ["fin du mois", "fin de mois", "la fin du mois", "fin de ce mois"],
    calendarWeek: ["semaine"],
    within: ["sous", "dans les", "dans un délai de", "d'ici", "en", "dans"],
    units: {
      h: "hour",
      heures: "hour",
      heure: "hour",
      jours: "day",
      jour: "day",
      "jours ouvrés": "workday",
      "jours ouvrables": "workday",
      semaines: "week",
      semaine: "week",
      huitaine: "week",
      quinzaine: "week",
    },
    dayAfterTomorrow: ["après-demain", "après demain"],
    noon: ["midi"],
    numbers: { un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, dix: 10, quinze: 15 },
    endOfQuarter: ["fin du trimestre", "fin de trimestre", "la fin du trimestre", "fin de ce trimestre"],
    endOfYear: ["fin d'année", "fin de l'année", "la fin de l'année", "fin de cette année"],
    months: { janvier: 1, février: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12 },
    endOfNamedMonth: ["fin", "fin de", "fin d'", "la fin de", "la fin d'"],
    dayOfMonth: ["le"],
    // "pour 11h", "d'ici 16h" are no spans of eleven or sixteen hours.
    notDates: ["(?:pour|d'ici|d’ici)(?=\\s+\\d{1,2}\\s?h(?:\\d|\\b))"],
    sameTime: ["à la même heure", "même heure"],
    aWeekFromNow: ["la semaine prochaine", "dans une semaine", "dans huit jours"],
    daysOnFrom: { "en huit": 7, "en quinze": 14 },
    nextWeek: { before: [], after: ["de la semaine prochaine", "la semaine prochaine", "de la semaine suivante"] },
    clockWords: [
      { words: "{h} heures et quart", minute: 15 },
      { words: "{h} heure et quart", minute: 15 },
      { words: "{h} heures et demie", minute: 30 },
      { words: "{h} heure et demie", minute: 30 },
      { words: "{h} heures moins le quart", minute: 45, hourBefore: true },
      { words: "{h} heures moins quart", minute: 45, hourBefore: true },
      { words: "{h} heures moins vingt", minute: 40, hourBefore: true },
      { words: "{h} heures moins dix", minute: 50, hourBefore: true },
      { words: "{h} heures moins cinq", minute: 55, hourBefore: true },
      { words: "{h} heures de l'après-midi", minute: 0, pm: true },
      { words: "{h} heures du soir", minute: 0, pm: true },
      { words: "{h} heures du matin", minute: 0, am: true },
      { words: "{h} heures {m}" },
      { words: "{h} heures", minute: 0 },
      { words: "{h} heure", minute: 0 },
    ],
    hourWords: { une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12 },
  },
  fixLines: {
    replyBy: "Merci de me répondre d'ici le {day}.",
    fyi: "Pour info, pas besoin de répondre.",
    agenda: "Objectif : <la décision ou le résultat attendu>\nOrdre du jour :\n1. <sujet>\n2. <sujet>\nÀ lire avant : <lien vers le document>",
  },
};
