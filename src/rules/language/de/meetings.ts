// Besprechungen: what makes an invite's text a pre-read, and what is join boilerplate.

export const GOAL_HEADINGS = [
  "ziel(e)?",
  "zweck",
  "ergebnis(se)?",
  "(erwartetes|gewünschtes) ergebnis",
  "entscheidung(en)?( benötigt| erforderlich| zu treffen)?",
];

export const AGENDA_HEADINGS = [
  "agenda",
  "tagesordnung",
  "themen",
  "punkte",
  "tagesordnungspunkte",
  "tops?",
  "inhalte?",
  "ablauf",
  "programm",
  "besprechungspunkte",
  "zu besprechen",
  "fragen",
  "offene (punkte|fragen|themen)",
  "vorbereitung",
  "vorab",
  "hintergrund",
  "kontext",
  "unterlagen",
  "vorab zu lesen",
  "lektüre",
  ...GOAL_HEADINGS,
];

/** Words that name what a meeting is about, beside a question about the meeting itself. */
export const TOPIC_LEADS = ["über", "zum thema", "bezüglich", "wegen"];

export const LOGISTICS_QUESTIONS = [
  "(passt|geht|klappt) (der|dieser|das|die) (termin|zeitpunkt|zeit|uhrzeit)",
  "(können|könnt|kannst) (alle|ihr|du|sie) (teilnehmen|dabei sein|kommen)",
  // About the meeting itself: whether to talk, who goes.
  "(kannst|könntest|können|könnten) (du|sie) mich (vertreten|hier vertreten)",
  "(kurz )?(telefonieren|sprechen) wir (kurz|später|morgen)",
];

export const LOGISTICS_HEADINGS = [
  "teilnehmer(innen)?",
  "teilnehmende",
  "ort",
  "raum",
  "wann",
  "wo",
  "einwahl",
  "zeit",
  "datum",
  "adresse",
  "anfahrt",
  "organisator(in)?",
];

export const CANCELLED_PREFIXES = ["abgesagt", "storniert", "entfällt", "fällt aus"];

export const STREET_WORDS = ["straße", "strasse", "str", "weg", "platz", "allee", "gasse", "ring", "etage", "stock", "og", "eg"];

export const DECISION_WORDS = [
  "entscheiden",
  "entscheidung",
  "abstimmen",
  "festlegen",
  "freigeben",
  "freigabe",
  "beschließen",
  "beschliessen",
  "beschluss",
  "priorisieren",
  "auswählen",
  "auswahl",
  "einigen",
  "einigung",
  "klären",
  "go/no-go",
  "durchgehen",
  "planen",
  "besprechen",
  "bewerten",
  "definieren",
  "verabschieden",
  "schätzen",
  "reviewen",
];

export const TITLE_DECISION_WORDS = ["entscheidung", "freigabe", "go/no-go", "beschluss", "auswahl", "priorisierung", "abnahme"];

export const PLACEHOLDERS = [
  "folgt",
  "tbd",
  "tba",
  "wird nachgereicht",
  "kommt noch",
  "wird noch (verschickt|geschickt|ergänzt|bekannt gegeben)",
  "siehe unten",
  "später",
];

export const INVITE_PLEASANTRIES = ["bis (dann|bald)", "ich freue mich", "freue mich", "danke", "viele grüße", "beste grüße", "lg", "vg"];

export const STATUS_WORDS = [
  "status",
  "statusupdate",
  "status-update",
  "update",
  "updates",
  "jour fixe",
  "wochenrunde",
  "stand-?up",
  "statusrunde",
  "sachstand",
  "rundlauf",
];

export const ATTACHMENT_MENTIONS = ["(im )?anhang", "anbei", "angehängt", "beigefügt", "in der anlage"];

export const GENERIC_TITLES = [
  "austausch",
  "abstimmung",
  "besprechung",
  "termin",
  "meeting",
  "call",
  "telefonat",
  "jour fixe",
  "sync",
  "rücksprache",
  "gespräch",
  "treffen",
  "1:1",
  "kurzer austausch",
  "update",
  "statusrunde",
  "runde",
];

export const TITLE_FILLERS = [
  "kurz(er|e|es)?",
  "wöchentlich(er|e|es)?",
  "team",
  "unser(e)?",
  "zum",
  "zur",
  "der",
  "die",
  "das",
  "mit",
  "und",
  "\\d+ ?min",
  "\\d+",
];

export const JOIN_PHRASES = [
  "microsoft teams[- ](besprechung|meeting)",
  "(jetzt )?an der besprechung teilnehmen",
  "besprechungs-?id",
  "kenncode",
  "per telefon (teilnehmen|einwählen)",
  "(lokale nummer|ortsnummer|ortseinwahl) (suchen|finden)",
  "besprechungsoptionen",
  "pin zurücksetzen",
  "zoom-?meeting beitreten",
  "meeting-?id",
  "mit google meet teilnehmen",
  "an (videoanruf|videokonferenz) teilnehmen",
  "(oder )?telefonisch teilnehmen",
  "einwahl(nummer|daten|informationen)?",
  "webex-?(meeting|besprechung)",
  "meeting beitreten",
  "zugriffscode",
  "meeting-?kennnummer",
  "für organisatoren",
  "über (einen|ein) videokonferenz",
  "schnelleinwahl",
  "weitere einwahlnummern",
  "benötigen sie hilfe",
  "hilfe erhalten",
  "(löschen|ändern) oder (ändern|löschen) sie (den|die) folgenden",
  "meeting-?passwort",
  "über (telefon|videosystem|ein videosystem|eine anwendung)",
  "auf einem mobilgerät tippen",
  "(weltweite|globale) einwahl",
  "(wählen sie|sie können auch) (\\+|\\d)",
  "zugangscode",
];

export const JOIN_ECHO_FIELDS = ["thema", "zeit", "meeting-id", "kenncode"];
