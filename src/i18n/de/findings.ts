// What the rules say, in German: each rule's name and its messages. The rules fill in the
// writer's own words and the dates; the sentences are here, whole, one per case.
import type { FindingWords } from "../en/findings.js";
import type { RecurrenceWords, Reason } from "../shared.js";

const plural = (n: number, one: string, other: string) => (n === 1 ? one : other);
const personHours = (hours: number) => `${hours} ${plural(hours, "Personenstunde", "Personenstunden")}`;

const recurrence = ({ unit, interval, workingDays }: RecurrenceWords): string => {
  if (workingDays) return "jeden Arbeitstag";
  if (!unit) return "regelmäßig";
  if (interval === 1) return { day: "täglich", week: "wöchentlich", month: "monatlich", year: "jährlich" }[unit];
  return `alle ${interval} ${{ day: "Tage", week: "Wochen", month: "Monate", year: "Jahre" }[unit]}`;
};

// The headline rules' words: the finding's (long) and Outlook's send dialog and hint bar (short). The short
// forms are exported on their own so the send handler carries them and none of the other words.
export const missingResponseLevelShort: FindingWords["rules"]["missing-response-level"]["short"] = {
  /** Outlook's Smart Alerts dialog at send time: at most 500 characters. */
  alert: (p: { line: string; ask: string | null }) =>
    `Du bittest um etwas${p.ask ? ` („${p.ask}“)` : ""}, sagst aber nicht, bis wann. Füge eine Zeile wie „${p.line}“ hinzu oder kennzeichne die Nachricht mit „Zur Info“, damit klar ist, wie dringend sie ist.`,
  /** Outlook's hint bar while composing. */
  hint: "Async Coach: Sag, bis wann du eine Antwort brauchst, oder kennzeichne die Nachricht mit „Zur Info“.",
};

const missingResponseLevel: FindingWords["rules"]["missing-response-level"] = {
  title: "Keine Dringlichkeit angegeben",
  summary: "Eine Nachricht mit einer Bitte sagt, wie dringend sie ist oder bis wann.",
  message: (p: { ask: string; inSubject: boolean; line: string; unsure: boolean }) =>
    p.unsure
      ? `${p.inSubject ? "Dein Betreff könnte eine Bitte sein" : "Das könnte eine Bitte sein"}: ${p.ask}. Wenn du eine Antwort brauchst, sag, bis wann („${p.line}“) oder wie dringend es ist; wenn nicht, schreib „Zur Info, keine Antwort nötig“.`
      : p.inSubject
        ? `Im Betreff bittest du um etwas (${p.ask}), sagst aber nicht, bis wann oder wie dringend es ist. Nenne eine Frist („${p.line}“), sag, was ohne Antwort nicht weitergeht, oder kennzeichne die Nachricht mit „Zur Info, keine Antwort nötig“.`
        : `Du bittest um etwas (${p.ask}), sagst aber nicht, bis wann oder wie dringend es ist. Nenne eine Frist („${p.line}“), sag, was ohne Antwort nicht weitergeht, oder kennzeichne die Nachricht mit „Zur Info, keine Antwort nötig“.`,
  fix: "Frist oben einfügen",
  short: missingResponseLevelShort,
};

export const missingPreReadShort: FindingWords["rules"]["missing-pre-read"]["short"] = {
  /** Outlook's Smart Alerts dialog at send time: at most 500 characters. */
  alert:
    "Diese Einladung hat keine Vorabinfo: keine Agenda, keine anstehende Entscheidung, keinen Dokumentlink und keinen Anhang. Füge das Ziel und zwei, drei Themen hinzu oder verlinke, was vorab gelesen werden soll.",
  /** Outlook's hint bar while composing. */
  hint: "Async Coach: Füge eine Agenda oder ein Dokument hinzu, das vor der Besprechung gelesen werden soll.",
};

const missingPreRead: FindingWords["rules"]["missing-pre-read"] = {
  title: "Keine Vorabinfo",
  summary: "Eine Besprechungseinladung enthält eine Vorabinfo: eine Agenda, die anstehende Entscheidung, ein verlinktes Dokument oder einen Anhang.",
  message: (p: { hasJoinInfo: boolean }) =>
    p.hasJoinInfo
      ? "Niemand kann sich auf diese Besprechung vorbereiten. Es gibt keine Agenda, keine anstehende Entscheidung, kein verlinktes Dokument und keinen Anhang (ein Link zum Beitreten ist keine Vorabinfo). Füge das Ziel und zwei, drei Themen hinzu oder verlinke das Dokument, das vorab gelesen werden soll."
      : "Niemand kann sich auf diese Besprechung vorbereiten. Es gibt keine Agenda, keine anstehende Entscheidung, kein verlinktes Dokument und keinen Anhang. Füge das Ziel und zwei, drei Themen hinzu oder verlinke das Dokument, das vorab gelesen werden soll.",
  fix: "Agendavorlage oben einfügen",
  short: missingPreReadShort,
};

export const findings: FindingWords = {
  /** The locale dates and weekdays are written in. */
  locale: "de-DE",
  quote: (text: string) => `„${text}“`,
  notAMeeting: {
    cancelled: "Der Termin wurde abgesagt",
    "all-day": "Es ist ein ganztägiger Termin",
    "no-attendees": "Niemand sonst ist eingeladen",
  } satisfies Record<Reason, string>,
  rules: {
    "missing-response-level": missingResponseLevel,
    "vague-deadline": {
      title: "Vage Frist",
      summary: "Eine Bitte mit Zeitangabe nennt ein Datum, nicht „bald“ oder „wenn du Zeit hast“.",
      message: (p: { words: string; day: string }) => `${p.words} lässt offen, wann du es brauchst. Wenn es auf ein Datum ankommt, nenne es: „bis ${p.day}“.`,
    },
    "unworkable-deadline": {
      title: "Unmögliche Frist",
      summary: "Eine Antwortfrist liegt in der Zukunft und auf einem Arbeitstag.",
      past: (p: { words: string; when: string }) => `${p.words} (${p.when}) ist schon vorbei. Nenne ein Datum in der Zukunft.`,
      nonWorkingDay: (p: { words: string; weekday: string; before: string | null; after: string }) =>
        `${p.words} fällt auf ${p.weekday} und damit nicht auf einen Arbeitstag des Teams. Nimm lieber ${p.before ? `${p.before} oder ${p.after}` : p.after}.`,
    },
    "unexplained-urgency": {
      title: "Dringend, aber warum?",
      summary: "Wer Dringlichkeit signalisiert, sagt auch, was blockiert ist oder auf dem Spiel steht.",
      message: (p: { words: string }) =>
        `${p.words} ohne Begründung lässt jede Bitte gleich wichtig wirken. Sag, was blockiert ist oder was passiert, wenn es warten muss („Das Release hängt, bis …“).`,
    },
    "mixed-signals": {
      title: "Widersprüchliche Signale",
      summary: "Eine Nachricht signalisiert eine Dringlichkeit, nicht „Zur Info“ und „brauche ich heute“ zugleich.",
      message: (p: { fyi: string; other: string }) =>
        `${p.fyi} sagt, dass keine Antwort nötig ist, aber ${p.other} verlangt eine. Lass nur das stehen, was du meinst.`,
    },
    "greeting-only": {
      title: "Nur eine Begrüßung",
      summary: "Eine Chatnachricht sagt alles auf einmal, nicht nur „Hallo“ oder „Hast du kurz Zeit?“.",
      message: () =>
        "Eine Begrüßung allein lässt die andere Person auf die eigentliche Nachricht warten. Schreib alles in eine Nachricht: was du brauchst und bis wann.",
    },
    "suggest-call": {
      title: "Besser in einem Anruf",
      summary: "Konflikte und langes Hin und Her werden in einem Anruf geklärt, nicht schriftlich.",
      heated: () =>
        "Das klingt angespannt. In Textnachrichten schaukeln sich Konflikte hoch, im Gespräch legen sie sich: Biete einen kurzen Anruf an und fass die Fakten danach schriftlich zusammen.",
      longThread: (p: { times: number; atLeast: boolean }) =>
        p.atLeast
          ? `In dieser Unterhaltung ging es schon mehr als ${p.times}-mal hin und her, und es gibt immer noch offene Fragen. Ein 15-minütiger Anruf klärt das vielleicht; poste das Ergebnis danach hier.`
          : `In dieser Unterhaltung ging es schon ${p.times}-mal hin und her, und es gibt immer noch offene Fragen. Ein 15-minütiger Anruf klärt das vielleicht; poste das Ergebnis danach hier.`,
    },
    "long-message-without-fyi": {
      title: "Lang, aber ohne „Zur Info“",
      summary: "Eine lange Nachricht ohne Bitte sagt das gleich am Anfang mit „Zur Info“.",
      message: (p: { words: number }) =>
        `Diese Nachricht ist ${p.words} ${plural(p.words, "Wort", "Wörter")} lang und enthält keine Bitte. Beginne mit „Zur Info, keine Antwort nötig“, damit alle wissen, woran sie sind.`,
      fix: "Oben als „Zur Info“ kennzeichnen",
    },
    "missing-pre-read": missingPreRead,
    "no-stated-purpose": {
      title: "Kein erkennbarer Zweck",
      summary: "Titel oder Beschreibung einer Besprechung sagen, wozu sie dient.",
      noTitle: () =>
        "Diese Einladung hat keinen Titel. Nenne das gewünschte Ergebnis im Titel oder in der ersten Zeile, z. B. „Einstellungsplan Q3 beschließen“.",
      genericTitle: (p: { title: string }) =>
        `${p.title} sagt, um welche Art von Besprechung es geht, aber nicht, wozu sie dient. Nenne das gewünschte Ergebnis im Titel oder in der ersten Zeile, z. B. „Einstellungsplan Q3 beschließen“.`,
    },
    "pre-read-too-late": {
      title: "Zu kurzfristig",
      summary: "Eine Besprechung wird so früh verschickt, dass alle die Vorabinfo lesen können.",
      message: (p: { hours: number; notice: number; day: string; time: string }) => {
        const notice = `${p.notice} ${plural(p.notice, "Stunde", "Stunden")}`;
        const advice = `Verschieb sie auf frühestens ${p.day}, ${p.time}, oder klär das Thema schriftlich.`;
        if (p.hours < 1) {
          const minutes = Math.round(p.hours * 60);
          return `Diese Besprechung beginnt in ${minutes} ${plural(minutes, "Minute", "Minuten")}. Das ist weniger als die im Team vereinbarte Vorlaufzeit von ${notice}, also hat niemand Zeit, vorher etwas zu lesen. ${advice}`;
        }
        const hours = Math.round(p.hours);
        return `Diese Besprechung beginnt in ${hours} ${plural(hours, "Stunde", "Stunden")}. Das ist weniger als die im Team vereinbarte Vorlaufzeit von ${notice}, also hat niemand Zeit, vorher etwas zu lesen. ${advice}`;
      },
    },
    "could-be-async": {
      title: "Geht auch asynchron",
      summary: "Statusupdates und Ankündigungen gehören in schriftliche Form; Besprechungen sind für Entscheidungen und Diskussionen da.",
      message: (p: { personHours: number; recurring: boolean }) =>
        p.recurring
          ? `Das sieht nur nach Statusupdates aus. Ein schriftliches oder aufgezeichnetes Update spart jedes Mal ${personHours(p.personHours)}; nutz die Besprechung für Themen, die eine Entscheidung brauchen.`
          : `Das sieht nur nach Statusupdates aus. Ein schriftliches oder aufgezeichnetes Update spart ${personHours(p.personHours)}; nutz die Besprechung für Themen, die eine Entscheidung brauchen.`,
    },
    "meeting-cost": {
      title: "Besprechungskosten",
      summary: "Die Einladung zeigt, was die Besprechung kostet: Personen × Dauer.",
      message: (p: { personHours: number; people: number; minutes: number; recurrence: RecurrenceWords | null; perMonth: number }) =>
        `Diese Besprechung kostet ${personHours(p.personHours)} (${p.people} ${plural(p.people, "Person", "Personen")} × ${p.minutes % 60 === 0 ? `${p.minutes / 60} Std.` : `${p.minutes} Min.`}).` +
        (p.recurrence
          ? ` Sie findet ${recurrence(p.recurrence)} statt, das sind etwa ${personHours(p.perMonth)} pro Monat. Prüf ab und zu: Wird noch jeder Termin gebraucht?`
          : ""),
    },
    "focus-time-conflict": {
      title: "In der Fokuszeit",
      summary: "Besprechungen bleiben außerhalb der geschützten Fokuszeit des Teams.",
      message: (p: { weekday: string; start: string; end: string; focusStart: string; focusEnd: string }) =>
        `${p.weekday}, ${p.start}–${p.end} liegt in der Fokuszeit des Teams (${p.focusStart}–${p.focusEnd}, keine Besprechungen). Verschieb den Termin auf frühestens ${p.focusEnd}.`,
    },
    "missing-attachment": {
      title: "Anhang fehlt",
      summary: "Eine Einladung, die einen Anhang erwähnt, hat auch einen.",
      message: (p: { words: string }) =>
        `In der Einladung steht ${p.words}, aber es ist nichts angehängt oder verlinkt. Hänge die Datei an oder füge einen Link zur Datei ein.`,
    },
    "language-not-checked": {
      title: "Sprache nicht geprüft",
      summary: "Ein Entwurf in einer Sprache, die Async Coach noch nicht liest, wird nicht bewertet, und Async Coach sagt das.",
      message: (p: { language: string | null; code: string }) =>
        p.language
          ? `Nicht geprüft: Das sieht nach ${p.language} aus. Async Coach liest Englisch, Deutsch, Französisch und Spanisch und sagt hier nichts zu Dringlichkeit oder Vorabinfos.`
          : `Nicht geprüft: Das sieht nach der Sprache „${p.code}“ aus. Async Coach liest Englisch, Deutsch, Französisch und Spanisch und sagt hier nichts zu Dringlichkeit oder Vorabinfos.`,
    },
  },
};
