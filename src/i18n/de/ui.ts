// The words of the task pane, the bot's cards and the norms tab, in German.
import type { UiWords } from "../en/ui.js";
import type { Moment, ResponseLevelName, SeverityName } from "../shared.js";

const plural = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;

export const ui: UiWords = {
  /** Dates and times on cards and in the pane. */
  locale: "de-DE",
  /** The label beside a finding; "unsure" for a headline finding the rule is not sure of. */
  severity: { error: "Beheben", warning: "Überdenken", info: "Hinweis", unsure: "Vielleicht" } satisfies Record<SeverityName | "unsure", string>,
  level: {
    none: "Noch keine Dringlichkeit angegeben",
    fyi: "Zur Info: keine Antwort nötig",
    low: "Nicht dringend",
    input: "Antwort mit Frist erbeten",
    blocking: "Dringend: hält Arbeit auf",
  } satisfies Record<ResponseLevelName, string>,
  /** Short level words, inside a sentence. */
  levelInline: {
    none: "keine Dringlichkeit angegeben",
    fyi: "zur Info (keine Antwort nötig)",
    low: "nicht dringend",
    input: "Antwort mit Frist erbeten",
    blocking: "dringend (hält Arbeit auf)",
  } satisfies Record<ResponseLevelName, string>,
  meetingCost: (p: { personHours: number; people: number }) =>
    `Besprechungskosten: ${plural(p.personHours, "Personenstunde", "Personenstunden")} (${plural(p.people, "Person", "Personen")}).`,
  notAMeeting: (p: { reason: string }) => `Nicht als Besprechung bewertet: ${p.reason}.`,

  pane: {
    empty: "Noch nichts zu prüfen. Schreib deine Nachricht, und ich prüfe sie, während du tippst.",
    good: "Bereit zum Senden: Es fehlt nichts.",
    listLabel: "Vor dem Senden ergänzen",
    notChecked: (p: { language: string }) => `Nicht geprüft: Das sieht nach ${p.language} aus.`,
    levelBy: (p: { level: string; deadline: string }) => `${p.level}: „${p.deadline}“.`,
    level: (p: { level: string }) => `${p.level}.`,
    intro: "Die Prüfung läuft auf diesem Computer; dein Entwurf wird nirgendwohin gesendet.",
    checking: "Wird geprüft…",
    resultsLabel: "Prüfergebnisse",
    unreadable: (p: { error: string }) => `Async Coach konnte dieses Element nicht lesen: ${p.error}`,
    notAdded: (p: { error: string }) => `Die Zeile konnte nicht hinzugefügt werden: ${p.error}`,
  },

  card: {
    nothingToCheck: "Nichts zu prüfen",
    notChecked: "Nicht geprüft",
    good: { draft: "Bereit zum Senden", sent: "Es fehlt nichts" } satisfies Record<Moment, string>,
    toLookAt: {
      draft: (n: number) => (n === 1 ? "1 Punkt, den du vor dem Senden ansehen solltest" : `${n} Punkte, die du vor dem Senden ansehen solltest`),
      sent: (n: number) => (n === 1 ? "1 Punkt, den diese Nachricht hätte nennen können" : `${n} Punkte, die diese Nachricht hätte nennen können`),
    } satisfies Record<Moment, (n: number) => string>,
    noWords: {
      draft: "Der Entwurf ist noch leer. Gib die Nachricht ein, die du senden möchtest, oder füge sie ein.",
      sent: "Diese Nachricht enthält keinen Text zum Prüfen.",
    } satisfies Record<Moment, string>,
    notRead: (p: { language: string }) =>
      `Das sieht nach ${p.language} aus. Async Coach liest Englisch, Deutsch, Französisch und Spanisch und sagt hier deshalb nichts zur Dringlichkeit.`,
    detected: (p: { level: string; deadline: string | null }) => (p.deadline ? `Gelesen als: ${p.level} („${p.deadline}“).` : `Gelesen als: ${p.level}.`),
    improved: { draft: "Verbesserter Entwurf zum Kopieren:", sent: "Beim nächsten Mal könnte sie so lauten:" } satisfies Record<Moment, string>,
    linesToAdd: {
      draft: "Ihr Entwurf ist zu lang, um ihn hier zu zeigen. Fügen Sie nach der Anrede ein:",
      sent: "Fügen Sie beim nächsten Mal nach der Anrede ein:",
    } satisfies Record<Moment, string>,
    pasteDraft: "Füge deinen Entwurf ein",
    draft: "Entwurf",
    check: "Prüfen",
    checkAgain: "Erneut prüfen",
    insertImproved: "Verbesserten Entwurf einfügen",
    insert: "Entwurf einfügen",
    insertNote:
      "Einfügen legt den Entwurf als Karte in das Eingabefeld, und dort lässt er sich nicht bearbeiten. Wenn du ihn vor dem Senden bearbeiten willst, kopiere stattdessen den Text oben.",
  },
};
