// The norms tab's words, in German: the page, the form, the preview and the reminder switch.
import type { TabWords } from "../en/tab.js";
import type { WeekdayKey } from "../shared.js";

export const tab: TabWords = {
  /** Dates on the page ("Zuletzt geändert … am …"). */
  locale: "de-DE",
  loading: "Wird geladen…",
  outside: {
    title: "Regeln von Async Coach",
    notice: "Diese Seite läuft in Microsoft Teams oder Outlook. Öffne dort den Tab „Teamregeln“, um die Regeln deines Teams zu sehen und zu ändern.",
    defaultsTitle: "Die Standardwerte",
    defaultsIntro: "Solange ein Team sie nicht ändert, folgt jede Prüfung diesen Regeln:",
  },
  config: {
    title: "Tab „Teamregeln“ hinzufügen",
    intro:
      "Alle hier sehen die Regeln, nach denen Async Coach prüft: Antwortzeiten, Arbeitszeiten, Fokuszeit und Vorlaufzeit für Vorabinfos. Teambesitzer können sie ändern.",
    save: "Wähle „Speichern“, um den Tab hinzuzufügen.",
    tabName: "Teamregeln",
  },
  scope: {
    team: (p: { team: string | null }) => (p.team ? `Teamregeln für ${p.team}` : "Teamregeln"),
    chat: "Regeln für diesen Chat",
    personal: "Meine Regeln",
    ownersOnly: "Nur Teambesitzer können die Teamregeln ändern. Wenn eine Regel nicht zu deiner Arbeitsweise passt, sprich mit einem Teambesitzer.",
    readOnly: "Du kannst diese Regeln lesen, aber nicht ändern.",
  },
  page: {
    tryAgain: "Erneut versuchen",
    notLoaded: (p: { error: string }) => `Die Regeln konnten nicht geladen werden: ${p.error}`,
    changedBy: (p: { by: string; when: string }) => `Zuletzt geändert von ${p.by} am ${p.when}.`,
    defaults: "Bisher hat niemand etwas geändert: Das sind die Standardwerte von Async Coach.",
    history: "Änderungsverlauf",
    savedWithoutChanges: "ohne Änderungen gespeichert.",
    inForce: "Geltende Regeln",
    change: "Regeln ändern",
    save: "Regeln speichern",
    notSavedYet: "Noch nicht gespeichert:",
    fixFields: "Nicht gespeichert: Korrigiere die rot markierten Felder.",
    saving: "Wird gespeichert…",
    saved: (p: { scope: "team" | "chat" | "personal" }) =>
      p.scope === "team"
        ? "Gespeichert. Ab jetzt folgen die Prüfungen in diesem Team diesen Regeln, ebenso die in Outlook und im 1:1-Chat der Mitglieder, die ihnen folgen."
        : p.scope === "chat"
          ? "Gespeichert. Ab jetzt folgen die Prüfungen in diesem Chat diesen Regeln."
          : "Gespeichert. Ab jetzt folgen deine Prüfungen in Outlook und in deinem Chat mit Async Coach diesen Regeln.",
    reload: "Regeln neu laden",
    conflict:
      "Nicht gespeichert: Jemand hat die Regeln geändert, nachdem du sie geöffnet hast. Lade sie neu, um die Änderung zu sehen, und nimm deine dann noch einmal vor (bis zum Neuladen bleiben deine Eingaben im Formular). ",
    notSaved: (p: { reason: string }) => `Nicht gespeichert: ${p.reason}`,
    signedOut: "Nicht gespeichert: Deine Anmeldung ist abgelaufen. Öffne den Tab erneut und versuch es noch mal.",
    offline: (p: { error: string }) => `Nicht gespeichert: ${p.error}. Prüf deine Verbindung und versuch es noch mal.`,
  },
  follow: {
    title: "Deine eigenen Prüfungen",
    following: "Deine Prüfungen in Outlook und in deinem Chat mit Async Coach folgen den Regeln dieses Teams.",
    notFollowing: "Deine Prüfungen in Outlook und in deinem Chat mit Async Coach folgen deinen eigenen Regeln (Meine Regeln), nicht denen dieses Teams.",
    follow: "Den Regeln dieses Teams folgen",
    unfollow: "Stattdessen meine eigenen Regeln verwenden",
    youFollow: (p: { team: string | null }) =>
      `Du folgst den Regeln von ${p.team ?? "einem Team"}: Deine Prüfungen in Outlook und in deinem Chat mit Async Coach verwenden sie, und die Besitzer des Teams ändern sie.`,
    failed: (p: { error: string }) => `Nicht geändert: ${p.error}`,
  },
  form: {
    label: "Regeln ändern",
    weekdays: { mon: "Montag", tue: "Dienstag", wed: "Mittwoch", thu: "Donnerstag", fri: "Freitag", sat: "Samstag", sun: "Sonntag" } satisfies Record<
      WeekdayKey,
      string
    >,
    phrases: {
      fyi: "Formulierungen für „keine Antwort nötig“",
      input: "Formulierungen, die um eine Antwort bitten",
      blocking: "Formulierungen für „das blockiert“",
    },
    phrasesHint: "Eine pro Zeile, zusätzlich zu den integrierten.",
    settings: { error: "Beheben", warning: "Überdenken", info: "Hinweis", off: "Aus" },
    defaultSetting: (p: { setting: string }) => `Standard (${p.setting})`,
    focusSwitch: "Tägliche Fokuszeit ohne Besprechungen schützen",
    timeZone: "Zeitzone",
    timeZoneSearch: "Zum Suchen tippen, z. B. Berlin",
    timeZoneHint: "Gib eine Stadt, den Namen einer Zone, ein Kürzel oder einen Versatz ein: Berlin, Mitteleuropäische Zeit, CET, +5:30.",
    workingTime: "Arbeitszeit",
    workingDays: "Arbeitstage",
    workStart: "Beginn der Arbeitszeit",
    workEnd: "Ende der Arbeitszeit",
    focusTime: "Fokuszeit",
    focusStart: "Beginn der Fokuszeit",
    focusEnd: "Ende der Fokuszeit",
    replies: "Antworten und Vorabinfos",
    replyChat: "Chat: Antwort innerhalb von (Arbeitstagen)",
    replyChatHint: "0 bedeutet am selben Arbeitstag.",
    replyEmail: "E-Mail: Antwort innerhalb von (Arbeitstagen)",
    replyBlocking: "Blockierende Anfragen: Antwort innerhalb von (Arbeitstagen)",
    preReadNotice: "Vorlaufzeit für Vorabinfos (Stunden vor der Besprechung)",
    longMessage: "„Zur Info“ vorschlagen für Nachrichten ohne Bitte mit mehr als (Wörter)",
    language: "Angenommene Sprache bei zu kurzen Entwürfen",
    languageHint: "Längere Entwürfe werden in ihrer eigenen Sprache gelesen.",
    signalPhrases: "Signalformulierungen",
    checks: "Prüfungen",
    checksHint: "Wonach jede Prüfung sucht und wie deutlich sie sich meldet. „Aus“ schaltet sie für alle ab, für die diese Regeln gelten.",
    enterNumber: "Gib eine Zahl ein.",
  },
  preview: {
    title: "Vorschau",
    hint: "Füge einen Beispielentwurf ein, um zu sehen, was die Prüfungen mit den Regeln aus dem Formular dazu sagen. Er bleibt auf dieser Seite.",
    sentAs: "Gesendet als",
    chat: "Teams-Chat",
    email: "E-Mail",
    draft: "Beispielentwurf",
    placeholder: "Kannst du dir den Launch-Plan ansehen?",
    appearHere: "Die Ergebnisse erscheinen hier, während du tippst.",
    fixFirst: "Korrigiere die oben markierten Felder, um die Vorschau zu sehen.",
    noWords: "Nichts zu prüfen: Der Entwurf enthält keine Wörter.",
    good: "Nichts zu ergänzen: Dieser Entwurf ist bereit zum Senden.",
    listLabel: "Was die Prüfungen sagen",
  },
  reminders: {
    title: "Erinnerungen an Vorabinfos",
    notLoaded: "Die Einstellung für Erinnerungen konnte nicht geladen werden. Schreib stattdessen „watch my meetings“ an den Async Coach-Bot.",
    notSwitchedOn: "Erinnerungen vor Besprechungen sind für deine Organisation noch nicht aktiviert.",
    switch: "Erinnere mich an Besprechungen ohne Vorabinfo, die ich organisiere",
    saving: "Wird gespeichert…",
    on: "Ein: Der Async Coach-Bot schreibt dir vor Besprechungen, die du organisierst und die keine Vorabinfo haben.",
    off: "Aus: keine Erinnerungen an Vorabinfos.",
    notChanged: (p: { error: string }) => `Nicht geändert: ${p.error}.`,
    hint: "Vor jeder Besprechung, die du organisierst, schreibt dir der Async Coach-Bot einmal, wenn die Einladung keine Vorabinfo hat, und zwar mindestens so früh wie deine Vorlaufzeit für Vorabinfos.",
  },
};
