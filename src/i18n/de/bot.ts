// What the Teams bot says, in German: its cards (welcome, help, norms, settings, pre-read
// reminder) and its replies. Commands stay the English words people type ("help", "norms").
import type { BotWords } from "../en/bot.js";
import type { ScopeName } from "../shared.js";

const plural = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;

/** A whole German title per scope: „Regeln für das Team „Sales““, „Deine Regeln“. */
const scopeTitle = (scope: ScopeName, change: boolean): string => {
  const suffix = change ? " ändern" : "";
  if (scope.kind === "personal") return change ? "Deine Regeln ändern" : "Deine Regeln";
  if (scope.kind === "chat") return `Regeln für diesen Chat${suffix}`;
  return scope.team ? `Regeln für das Team „${scope.team}“${suffix}` : `Regeln für dieses Team${suffix}`;
};

const ownersOnly =
  "Nur Teambesitzer können die Regeln dieses Teams ändern. Hier sind sie. Wenn eine davon nicht zu deiner Arbeitsweise passt, sprich mit einem Teambesitzer.";

export const bot: BotWords = {
  welcome: {
    title: "Hallo, ich bin Async Coach",
    intro:
      "Füge einen Entwurf ein oder leite ihn weiter, und ich sage dir, was du vor dem Senden ergänzen solltest: wie dringend er ist oder bis wann du eine Antwort brauchst. Besprechungseinladungen prüft Async Coach in Outlook auf eine Vorabinfo.",
    iDo: "Was ich tue",
    iDoWhat: "Entwürfe prüfen, die du mir schickst, die Regeln deines Teams anwenden und diese Regeln verwalten.",
    iNever: "Was ich nie tue",
    iNeverWhat: "Deine anderen Chats oder Kanäle lesen oder den Text einer Nachricht speichern.",
    typeHelp: "Gib **help** ein, um zu sehen, was ich kann.",
    showNorms: "Unsere Regeln anzeigen",
    help: "Hilfe",
  },
  help: {
    title: "Was ich kann",
    check: "Gib „check“ und dann deinen Entwurf ein oder füge einfach den Entwurf ein: Ich sage dir, was du vor dem Senden ergänzen solltest.",
    norms: "Die Regeln anzeigen, nach denen ich prüfe.",
    settings: "Die Regeln ändern.",
    watchOn: "Vor Besprechungen, die du organisierst, erinnere ich dich, wenn die Einladung keine Vorabinfo hat.",
    watchOff:
      "Erinnerungen vor Besprechungen, die du organisierst und die keine Vorabinfo haben. Hier noch nicht aktiviert: Dein Teams-Administrator kann sie aktivieren.",
    stopWatching: "Keine Erinnerungen an Vorabinfos mehr für dich.",
    helpItself: "Diese Liste anzeigen.",
    anyChat: "In jedem Chat: **Check my draft** im Nachrichtenfeld oder **Check this message** im Menü „...“ einer Nachricht.",
    showNorms: "Unsere Regeln anzeigen",
    changeNorms: "Regeln ändern",
  },
  norms: {
    title: (p: { scope: ScopeName }) => scopeTitle(p.scope, false),
    changedBy: (p: { by: string | null; when: string }) => (p.by ? `Zuletzt geändert von ${p.by} am ${p.when}.` : `Zuletzt geändert am ${p.when}.`),
    defaults: "Das sind die Standardwerte: Bisher hat sie niemand geändert.",
    changeNorms: "Regeln ändern",
  },
  settings: {
    title: (p: { scope: ScopeName }) => scopeTitle(p.scope, true),
    notSaved: "Nicht gespeichert. Bitte korrigiere Folgendes:",
    didYouMean: (p: { zones: string }) => `Meintest du ${p.zones}?`,
    timeZone: "Zeitzone (eine Stadt wie Berlin oder ein IANA-Name wie Europe/Berlin)",
    timeZoneRequired: "Gib eine Zeitzone an",
    workingDays: "Arbeitstage",
    weekdaysShort: { mon: "Mo", tue: "Di", wed: "Mi", thu: "Do", fri: "Fr", sat: "Sa", sun: "So" },
    workFrom: "Arbeitszeit von",
    to: "bis",
    focusFrom: "Fokuszeit von (leer: keine)",
    preReadNotice: "Vorlaufzeit für Vorabinfos (Stunden)",
    replyChat: "Chat: Antwort innerhalb von (Arbeitstagen, 0 = am selben Tag)",
    replyEmail: "E-Mail: Antwort innerhalb von (Arbeitstagen)",
    save: "Regeln speichern",
    /** Field names in error lines: "Zeitzone: not a known IANA time zone". */
    fields: {
      timeZone: "Zeitzone",
      workingDays: "Arbeitstage",
      workingHours: "Arbeitszeit",
      focusWindow: "Fokuszeit",
      preReadNoticeHours: "Vorlaufzeit für Vorabinfos",
      chat: "Antwortzeit im Chat",
      email: "Antwortzeit bei E-Mails",
    },
  },
  reminder: {
    noPreRead: "Deine Besprechung hat noch keine Vorabinfo",
    couldBeClearer: "Deine Besprechungseinladung könnte klarer sein",
    meeting: "Besprechung",
    when: "Wann",
    atStake: "Aufwand",
    noSubject: "(Kein Betreff)",
    cost: (p: { personHours: number; people: number }) =>
      `${plural(p.personHours, "Personenstunde", "Personenstunden")} (${plural(p.people, "Person", "Personen")})`,
    whatToAdd: "Das solltest du ergänzen, bevor alle dazukommen:",
    open: "In Outlook öffnen",
    dismiss: "Für diese Besprechung nicht nötig",
    snooze: "Später erinnern",
  },
  replies: {
    greeting:
      "Hallo! Füge einen Entwurf ein (eine E-Mail oder eine Chatnachricht), und ich sage dir, ob er sagt, was er vom Leser braucht und bis wann. Mit „Hilfe“ siehst du alles, was ich kann.",
    thanks: "Gern geschehen.",
    ack: "Gut. Füg einen Entwurf ein, wann immer du ihn prüfen lassen willst.",
    whatIsLevel:
      "Ein Antwortbedarf sagt dem Leser, was du von ihm brauchst und bis wann: „Zur Info, keine Antwort nötig“, „Ich brauche deine Rückmeldung bis Donnerstag“ oder „Das blockiert das Release, bitte heute antworten“. Ich suche ihn in jeder Nachricht, die um etwas bittet, und schlage die fehlende Zeile vor.",
    turnOff: "Prüfungen schaltest du in den Normen ein und aus: in einem Team im Tab „Normen“ (Teambesitzer), für dich selbst mit „Einstellungen“ hier.",
    checkUnavailable: "Ich konnte den Entwurf gerade nicht prüfen, weil ich gerade mit anderen Anfragen beschäftigt bin. Schick ihn gleich noch mal.",
    preReadOff:
      "Erinnerungen an Vorabinfos gibt es in deiner Organisation noch nicht: Sie brauchen Lesezugriff auf Kalender, und den kann nur dein Teams-Administrator Async Coach geben. Sag deinem Administrator Bescheid, wenn du sie möchtest.",
    preReadOffStop: "Erinnerungen an Vorabinfos sind in deiner Organisation nicht aktiv, es gibt also nichts zu beenden.",
    ownersOnly,
    notSavedOwnersOnly: `Nicht gespeichert. ${ownersOnly}`,
    unknownUser: "Ich konnte dich in Microsoft Entra ID nicht zuordnen und kann deshalb deinen Kalender nicht lesen.",
    unwatched:
      "Erledigt: Du bekommst keine Erinnerungen an Vorabinfos mehr, auch nicht über eine Teameinstellung. Sag „watch my meetings“, um sie wieder einzuschalten.",
    watchInPersonalChat: "Erinnerungen kommen in einem 1:1-Chat mit mir. Öffne einen Chat mit Async Coach und sag dort „watch my meetings“.",
    watching: (p: { added: boolean; personal: boolean; notice: number }) => {
      const start = p.added ? "Erledigt" : "Ist schon aktiviert";
      const hours = plural(p.notice, "Stunde", "Stunden");
      const rest =
        `wenn die Einladung keine Vorabinfo hat oder nicht den vereinbarten Regeln entspricht, und zwar mindestens ${hours} vorher (bei später gebuchten Besprechungen sofort). ` +
        "Ich lese Einladungen nur, um sie zu bewerten, und speichere keinen Text daraus. Sag „stop watching“, um das auszuschalten.";
      return p.personal
        ? `${start}: Vor jeder Besprechung, die du organisierst, schreibe ich dir, ${rest}`
        : `${start}: Vor jeder Besprechung, die du organisierst, schreibe ich dir in unserem 1:1-Chat, ${rest}`;
    },
    teamInChannel: "Sag das in einem Kanal des Teams. Für deine eigenen Besprechungen sag „watch my meetings“.",
    teamOwnersOnly:
      "Nur Teambesitzer können die Prüfung auf Vorabinfos für das ganze Team ein- oder ausschalten. Für deine eigenen Besprechungen kannst du trotzdem „watch my meetings“ sagen.",
    teamUnwatched: "Erledigt: Die teamweite Prüfung auf Vorabinfos ist aus. Wer „watch my meetings“ gesagt hat, bekommt weiterhin Erinnerungen.",
    teamWasNotWatched: "Die teamweite Prüfung auf Vorabinfos war nicht aktiviert.",
    teamUnknown:
      "Teams hat mir die Gruppe oder den Mandanten dieses Teams nicht mitgeteilt, daher kann ich die Mitglieder nicht abrufen. Versuch es noch mal über eine Nachricht in einem Kanal.",
    teamWatching: (p: { added: boolean; team: string | null }) => {
      const start = p.added ? "Erledigt" : "Ist schon aktiviert";
      const member = p.team ? `ein Mitglied des Teams „${p.team}“` : "ein Mitglied dieses Teams";
      return (
        `${start}: Vor jeder Besprechung, die ${member} organisiert, schreibe ich der Person in einem 1:1-Chat, wenn die Einladung keine Vorabinfo hat, ` +
        "und zwar früh genug, um noch eine zu ergänzen. Ich lese Einladungen nur, um sie zu bewerten, und speichere keinen Text daraus. " +
        "Wer das nicht möchte, sagt „stop watching“; Teambesitzer können die teamweite Prüfung mit „stop watching team meetings“ ausschalten."
      );
    },
    reminderGone: "Ich konnte diese Erinnerung nicht mehr finden. Es hat sich nichts geändert.",
    dismissed: "OK: Zu dieser Besprechung bekommst du keine Erinnerungen mehr.",
    snoozed: (p: { at: string }) =>
      `OK: Ich sehe mir diese Besprechung ab ${p.at} noch einmal an und erinnere dich, falls sie dann immer noch eine Vorabinfo braucht.`,
    formIncomplete: "Das Formular war unvollständig. Bitte versuch es noch mal.",
    privateNotes: "Meine Hinweise zu der Nachricht, die du gerade gepostet hast. Nur du siehst sie.",
    privateSent: "Ich habe dir meine Hinweise in einem 1:1-Chat geschickt.",
    privateFailed:
      "Ich konnte keinen 1:1-Chat mit dir öffnen, meine Hinweise bleiben also privat. Öffne einen Chat mit Async Coach und füge deine Nachricht dort ein, um sie zu sehen.",
    saved: (p: { scope: "team" | "chat" | "personal" }) =>
      p.scope === "team"
        ? "Gespeichert. Ab jetzt folgen die Prüfungen in diesem Team diesen Regeln; Mitglieder, die ihnen unter Meine Regeln folgen, bekommen sie auch in Outlook und im Chat mit mir."
        : p.scope === "chat"
          ? "Gespeichert. Ab jetzt folgen die Prüfungen in diesem Chat diesen Regeln."
          : "Gespeichert. Ab jetzt folgen deine Prüfungen hier und in Outlook diesen Regeln.",
    youFollow: (p: { team: string | null }) =>
      `Du folgst den Regeln von ${p.team ?? "einem Team"}: Deine Prüfungen hier und in Outlook verwenden sie. Für deine eigenen wähle im Tab Meine Regeln „Stattdessen meine eigenen Regeln verwenden“ oder speichere eigene mit „Einstellungen“.`,
    staleForm: (p: { by: string | null; you: boolean }) =>
      p.you
        ? "Nicht gespeichert: Dieses Formular war veraltet, weil du die Regeln in einer anderen Kopie davon geändert hast. Hier ist es mit den aktuellen Regeln; nimm deine Änderung noch einmal vor, wenn du sie noch brauchst."
        : `Nicht gespeichert: Dieses Formular war veraltet, weil ${p.by ?? "jemand"} die Regeln geändert hat, nachdem es geöffnet wurde. Hier ist es mit den aktuellen Regeln; nimm deine Änderung noch einmal vor, wenn du sie noch brauchst.`,
  },
};
