// Antwortstufen: the words by which a German writer says what a message asks of its reader.
// English signals ("FYI", "ASAP", "no rush") are understood too: see ../index.ts.

export const FYI = [
  "(nur )?zur (info|information|kenntnis|kenntnisnahme)",
  "(nur |kurz )?(als |zur )?info( vorab)?:",
  "(nur )?zu (deiner|ihrer|eurer) (info|information|kenntnis)",
  "z\\.? ?k\\.?",
  "(keine|kein) (antwort|rückmeldung|reaktion|handlungsbedarf|aktion|antworten)( ist| sind)? (nötig|notwendig|erforderlich|erwartet|benötigt)",
  "kein handlungsbedarf",
  "(du|sie|ihr) (musst|müssen|müsst) (nicht|nichts) (antworten|reagieren|tun|machen|unternehmen)",
  "(du|sie|ihr) (brauchst|brauchen|braucht) (nicht|nichts) (zu )?(antworten|reagieren|tun|machen|unternehmen)",
  "damit (du|sie|ihr) (bescheid wisst|bescheid weißt|bescheid wissen|informiert (bist|sind|seid)|im bilde (bist|sind|seid))",
  "(ich )?(halte|halten) (dich|sie|euch) auf dem laufenden",
];

export const NO_RUSH = [
  "(keine|kein) (eile|stress|hektik|druck|zeitdruck)",
  "(es |das )?eilt nicht",
  "hat (keine eile|zeit)",
  "(lass|lasst) (dir|euch) zeit",
  "lassen sie sich zeit",
  "(niedrige|geringe) prio(rität)?",
  "in (aller )?ruhe",
  "kann warten",
];

export const LEISURELY_TIMING = [
  "wenn (du|sie|ihr) (mal )?(zeit|luft|kapazität|einen moment|eine minute|kurz zeit) (hast|haben|habt|findest|finden|findet)",
  "(wann|wenn) (immer )?(es )?(dir|ihnen|euch) passt",
  "bei gelegenheit",
  "gelegentlich",
];

export const SOON = ["bald", "zeitnah", "baldmöglichst", "demnächst", "in kürze", "irgendwann", "möglichst bald", "gelegentlich"];

export const URGENCY = [
  "dringend(st)?",
  "eilig",
  "eilt",
  "sofort",
  "umgehend",
  "unverzüglich",
  "so schnell wie (möglich|es geht)",
  "schnellstmöglich",
  "schnellstens",
  "(hohe|höchste|oberste) prio(rität)?",
  "prio ?1",
  "zeitkritisch",
  "brennt",
  "notfall",
  "kritisch(er|es|e)? (fehler|problem|incident|störung|bug|ausfall)",
];

export const BLOCKED = [
  "blockiert",
  "blocker",
  "blockt",
  "(wir|ich|das team) (stecken|stecke|steckt|hängen|hänge|hängt) fest",
  "(kommen|komme|kommt) (nicht|ohne [a-zß]+ nicht) weiter",
  "(können|kann|könnt) (nicht|erst) (weitermachen|weiterarbeiten|fortfahren|live gehen|starten|ausliefern|abschließen)",
  "(hält|halten) (uns|alles|das projekt) auf",
  "(ist|sind) (ausgefallen|down)",
];

export const NEGATORS = ["nicht", "kein", "keine", "keinen", "keiner", "nichts", "nie", "niemals", "ohne", "kaum", "weder"];

export const CONDITIONS = ["falls", "wenn", "sofern", "im falle", "für den fall", "in dringenden fällen", "für (dringende|eilige)", "bei (dringenden|eiligen)"];

/** The writer's own commitment before an urgency word ("we'll get back to you asap"): a promise, not what the reader is asked for. */
export const PROMISES = [
  "(ich|wir) (werde|werden)(?! (brauchen|benötigen|bitten))",
  "(ich|wir) (melde|melden|kümmere|kümmern|schicke|schicken|sende|senden|liefere|liefern|erledige|erledigen|antworte|antworten|prüfe|prüfen|kläre|klären|bearbeite|bearbeiten)",
  "(melde|melden) (mich|uns)",
  "(kümmere|kümmern) (mich|uns)",
  "(klären|prüfen|schicken|senden|liefern|erledigen|bearbeiten|beantworten) wir",
];

export const GENERIC_AFTER = ["fälle", "anfragen", "angelegenheiten", "themen", "fragen", "anliegen"];

export const URGENCY_REASONS = [
  "weil",
  "da (wir|ich|der|die|das|es|sonst|morgen)",
  "sonst",
  "andernfalls",
  "damit",
  "deadline",
  "frist",
  "kunde",
  "kunden",
  "produktion",
  "release",
  "audit",
  "vorstand",
  "geschäftsführung",
  "läuft ab",
  "fällig",
  "(warten|wartet|warte) auf",
  "hängt (davon )?ab",
  "blockiert",
  "fehler",
  "ausfall",
  "störung",
  "präsentation",
  "termin",
  "prüfung",
  "behörde",
];

/** Ein Ereignis als Frist: „vor dem Kundentermin“, „vor der Vorstandssitzung“. */
export const BEFORE_EVENT = [
  "(vor|bis zu|rechtzeitig vor) (dem|der|unserem|unserer|meinem|meiner|deinem|deiner|ihrem|ihrer)( morgigen| nächsten| heutigen)? [a-zäöüß-]*(termin|meeting|besprechung|sitzung|call|telefonat|präsentation|workshop|review|daily|standup|launch|release|audit|demo)",
];
