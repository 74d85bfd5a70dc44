// Reply-by moments in German, French and Spanish: the classes the phrase sets written apart showed
// missing (test/corpus/lang/reply-by-measured-once.txt), each with variants of our own.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DateTime } from "luxon";
import { checkMessage } from "../../src/rules/index.js";

// Tuesday 10 March 2026, 10:00 in Berlin, Paris and Madrid (CET).
const TUESDAY = "2026-03-10T09:00:00Z";

function deadlineOf(text: string, timeZone: string): string | null {
  const at = checkMessage({ bodyText: text, sentAt: TUESDAY }, { timeZone }).detected.deadline?.at;
  return at ? DateTime.fromISO(at, { setZone: true }).toISO({ suppressMilliseconds: true }) : null;
}

const cases: [text: string, zone: string, expected: string | null, why: string][] = [
  // Days counted on from a day, the one after next, and a week from now to the minute.
  ["Peux-tu me faire un retour jeudi en huit ?", "Europe/Paris", "2026-03-19T17:00:00+01:00", "fr: 'jeudi en huit', the coming Thursday + 7"],
  ["Tu peux boucler ça mercredi en quinze ?", "Europe/Paris", "2026-03-25T17:00:00+01:00", "fr: 'mercredi en quinze', the coming Wednesday + 14"],
  ["Kannst du mir das bis Donnerstag in einer Woche schicken?", "Europe/Berlin", "2026-03-19T17:00:00+01:00", "de: 'Donnerstag in einer Woche'"],
  ["Kannst du das bis übernächsten Freitag erledigen?", "Europe/Berlin", "2026-03-20T17:00:00+01:00", "de: 'übernächsten Freitag'"],
  ["Schaffst du das bis übernächsten Mittwoch nachmittag?", "Europe/Berlin", "2026-03-18T15:00:00+01:00", "de: 'übernächsten Mittwoch nachmittag'"],
  ["¿Me lo tienes de mañana en ocho?", "Europe/Madrid", "2026-03-18T17:00:00+01:00", "es: 'de mañana en ocho', tomorrow + 7"],
  ["¿Puedes mandarme el resumen el martes en quince?", "Europe/Madrid", "2026-03-31T17:00:00+02:00", "es: 'el martes en quince', the coming Tuesday + 14"],
  ["Kannst du mir in einer Woche zur gleichen Zeit Bescheid geben?", "Europe/Berlin", "2026-03-17T10:00:00+01:00", "de: a week from now, to the minute"],
  ["Tu peux me rappeler à la même heure la semaine prochaine ?", "Europe/Paris", "2026-03-17T10:00:00+01:00", "fr: the same, time first"],
  ["¿Me contestas la próxima semana a la misma hora?", "Europe/Madrid", "2026-03-17T10:00:00+01:00", "es: the same"],
  // A part of the day beside the date, not in it.
  ["Kannst du mir den Entwurf Donnerstag früh schicken?", "Europe/Berlin", "2026-03-12T09:00:00+01:00", "de: weekday, then 'früh'"],
  ["Kannst du es mir Freitag am Nachmittag geben?", "Europe/Berlin", "2026-03-13T15:00:00+01:00", "de: weekday, then 'am Nachmittag'"],
  ["Peux-tu m'envoyer tes notes jeudi après-midi ?", "Europe/Paris", "2026-03-12T15:00:00+01:00", "fr: 'après-midi' is not 'midi'"],
  ["On en reparle vendredi à la première heure ?", "Europe/Paris", null, "fr: no ask, no reply-by"],
  ["Peux-tu valider le budget vendredi à la première heure ?", "Europe/Paris", "2026-03-13T09:00:00+01:00", "fr: weekday, then 'à la première heure'"],
  ["¿Me mandas el informe a primera hora del jueves?", "Europe/Madrid", "2026-03-12T09:00:00+01:00", "es: 'a primera hora del' before the weekday"],
  ["¿Me pasas los datos el viernes por la tarde?", "Europe/Madrid", "2026-03-13T15:00:00+01:00", "es: weekday, then 'por la tarde'"],
  // A day and its time, read apart.
  ["¿Me lo confirmas mañana antes de las 12h?", "Europe/Madrid", "2026-03-11T12:00:00+01:00", "es: day … time"],
  ["Kannst du mir das Freitag vor 14 Uhr schicken?", "Europe/Berlin", "2026-03-13T14:00:00+01:00", "de: day … time"],
  // A day of the month on its own.
  ["Bitte schick mir die Liste bis zum 20.", "Europe/Berlin", "2026-03-20T17:00:00+01:00", "de: 'bis zum 20.'"],
  [
    "Merci de me répondre d'ici le 15.",
    "Europe/Paris",
    "2026-03-15T17:00:00+01:00",
    "fr: 'd'ici le 15' (a Sunday, as English keeps 'by the 15th': unworkable-deadline says so)",
  ],
  [
    "¿Puedes enviarme la factura antes del 5?",
    "Europe/Madrid",
    "2026-04-03T17:00:00+02:00",
    "es: 'antes del 5', past this month: next month's; a Sunday, so the working day before",
  ],
  ["Pourriez-vous réduire le budget de 10 % ?", "Europe/Paris", null, "fr: an amount, not a day"],
  // The end of a named month, of the quarter and of the year.
  ["Bitte schickt mir die Zahlen bis Ende Oktober.", "Europe/Berlin", "2026-10-30T17:00:00+01:00", "de: 'Ende Oktober', the 31st a Saturday"],
  ["Peux-tu m'envoyer le bilan d'ici la fin du trimestre ?", "Europe/Paris", "2026-03-31T17:00:00+02:00", "fr: end of quarter"],
  ["¿Me mandas la memoria antes de fin de año?", "Europe/Madrid", "2026-12-31T17:00:00+01:00", "es: end of year"],
  ["¿Puedes cerrarlo a finales de abril?", "Europe/Madrid", "2026-04-30T17:00:00+02:00", "es: 'a finales de abril'"],
  // Weeks and hours.
  ["Gib mir bitte bis Ende Woche Bescheid.", "Europe/Zurich", "2026-03-13T17:00:00+01:00", "de (Swiss): 'Ende Woche'"],
  ["Bitte tragt eure Wünsche bis Ende KW 12 ein.", "Europe/Berlin", "2026-03-20T17:00:00+01:00", "de: 'Ende KW 12' is that week's end, not this one's"],
  ["Kannst du mir die Folien bis halb drei schicken?", "Europe/Berlin", "2026-03-10T14:30:00+01:00", "de: 'halb drei' is 14:30"],
  ["Envoie-moi le planning d'ici 16 h 30 stp.", "Europe/Paris", "2026-03-10T16:30:00+01:00", "fr: '16 h 30' is a time, not 16 hours"],
  ["Pourriez-vous signer le budget avant Noël ?", "Europe/Paris", "2026-12-24T17:00:00+01:00", "fr: a holiday written with its accent"],
];

describe("reply-by moments in German, French and Spanish", () => {
  for (const [text, zone, expected, why] of cases) {
    it(`${why}: ${text}`, () => assert.equal(deadlineOf(text, zone), expected));
  }
});

describe("asks the reply-by sets showed missing", () => {
  const asks: [string, string][] = [
    ["Necesito tu respuesta antes del jueves.", "es: a short need is read as Spanish, not Italian"],
    ["Entregad el informe antes del viernes.", "es: vosotros imperative"],
    ["Recordad subir las notas antes del viernes.", "es: 'recordad' and any infinitive"],
    ["Le contrat signé doit nous parvenir au plus tard le 3 avril.", "fr: something the reader is to send"],
  ];
  for (const [text, why] of asks) {
    it(`${why}: ${text}`, () => {
      const report = checkMessage({ bodyText: text, sentAt: TUESDAY });
      assert.ok(report.detected.asks > 0, "an ask");
      assert.notEqual(report.detected.deadline, null, "with its reply-by");
    });
  }
});
