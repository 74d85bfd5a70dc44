// Zeitangaben: what makes a date in a German request a reply-by, and what makes it something else.

export const DEADLINE_LEADS = [
  "bis",
  "bis (zum|zur|spätestens|allerspätestens|einschließlich|einschliesslich)",
  "(bis )?(aller)?spätestens( (zum|am|bis))?",
  "(bis |spätestens )?ende",
  "(noch |rechtzeitig )?vor",
  "innerhalb( von)?",
  "binnen",
  "fällig( am| bis)?",
  "(frist|deadline|abgabe|stichtag)( ist| endet| bis)?:?",
  "(rückmeldung|antwort|feedback|freigabe|entscheidung|bestätigung|abgabe|einreichung|input|zusage|absage)( bitte)?( bis| am| vor)?",
  "(benötigt|gebraucht|erforderlich|erbeten)( bis| am| vor)?",
  "(melde dich|meldet euch|melden sie sich|gib bescheid|gebt bescheid|geben sie bescheid|antworte|antwortet|antworten sie)( bitte)?( bis| am)?",
];

export const FIRM_LEADS = [
  "fällig( am| bis)?",
  "(frist|deadline|abgabe|stichtag)( ist| endet| bis)?:?",
  "(aller)?spätestens( (zum|am|bis))?",
  "(benötigt|erforderlich|erbeten) (bis|am)",
  "(rückmeldung|antwort|abgabe|einreichung|rückmeldungen|antworten|zusage)( bitte)? (bis|am)",
];

export const FIRM_CONTEXTS = [
  "(muss|müssen|müsste|müssten|sollte|sollten) ",
  "(brauche|brauchen|benötige|benötigen|bräuchte) ",
  "(von (dir|ihnen|euch) )?(höre|hören)",
];

export const FIRM_CUES = [
  "muss",
  "müssen",
  "brauche",
  "benötige",
  "bräuchte",
  "frist",
  "deadline",
  "fällig",
  "spätestens",
  "rückmeldung",
  "antwort",
  "abgabe",
  "bis dahin",
  "vorher",
  "stichtag",
];

export const DEADLINE_WORDS = ["deadline", "frist", "fällig", "spätestens", "abgabetermin", "stichtag", "abgabe"];

export const NOT_DO_BY = ["von", "seit", "nach", "ab", "über", "vom", "letzte", "letzten", "letzter", "während", "bezüglich", "betreffend", "erst"];

export const LEAD_FILLERS = [
  "zum",
  "zur",
  "am",
  "dem",
  "den",
  "der",
  "die",
  "das",
  "diesen",
  "diesem",
  "nächsten",
  "nächste",
  "kommenden",
  "kommende",
  "spätestens",
  "heute",
  "morgen",
];

export const HISTORIC_BEFORE_LEAD = ["von", "seit", "nach", "aus"];

export const NEAR_TIMES = [
  "(noch )?heute",
  "morgen",
  "übermorgen",
  "(diese|nächste|kommende) woche",
  "(bis )?ende (der|dieser|nächster|kommender|der nächsten) woche",
  "(bis )?(zum )?(feierabend|dienstschluss|geschäftsschluss|tagesende)",
  "eod",
  "cob",
  "im laufe des tages",
  "(in|innerhalb) (der nächsten )?\\S+ (arbeits|werk)?(tage|tagen|stunden|wochen)",
  "(bis |zum |vor dem )?mittag",
];

export const BACK_REFERENCES = ["(vorher|davor|bis dahin|bis dann|bis zu diesem (zeitpunkt|termin|tag))"];

export const EVENT_VERBS = [
  "verschieben",
  "verschoben",
  "verlegen",
  "verlegt",
  "stattfinden",
  "findet",
  "startet",
  "starten",
  "beginnt",
  "geplant",
  "angesetzt",
  "live gehen",
  "geht live",
  "ausgeliefert",
  "veröffentlicht",
  "erscheint",
  "läuft ab",
  "abläuft",
];

export const WRITER_PROMISES = [
  "(ich|wir) (werde|werden|kann|können|schicke|schicken|sende|senden|melde|melden|plane|planen|liefere|liefern|bin|sind|habe|haben|hatte|hatten|war|waren)\\b",
  "(letzte|letzten|letzter) ",
  "gestern",
  "(es|das) (war|wurde|lief|ging)",
];

export const FIRST_PERSON_ASKING = [
  "brauche",
  "brauchen",
  "benötige",
  "benötigen",
  "bräuchte",
  "bräuchten",
  "möchte",
  "möchten",
  "erwarte",
  "erwarten",
  "hätte gern",
  "hätte gerne",
  "hätten gern",
  "hätten gerne",
];

export const FIRST_PERSON_PREFIX = "(ich|wir)( (würde|würden|hätte|hätten))?( (gern|gerne|wirklich|noch|auch|dringend))?";

export const DATE_CUES = [
  "bis",
  "vor",
  "spätestens",
  "fällig",
  "frist",
  "deadline",
  "heute",
  "morgen",
  "übermorgen",
  "diese",
  "nächste",
  "nächsten",
  "kommende",
  "kommenden",
  "ende",
  "feierabend",
  "dienstschluss",
  "eod",
  "cob",
  "kw",
  "kalenderwoche",
  "mittag",
  "vormittag",
  "nachmittag",
  "abend",
  "früh",
  "woche",
  "monat",
  "monatsende",
  "quartal",
  "{weekday}",
  "{month}",
  "ostern",
  "weihnachten",
  "innerhalb",
  "binnen",
  "uhr",
  "stichtag",
];

export const DETERMINERS = [
  "der",
  "die",
  "das",
  "den",
  "dem",
  "des",
  "unser",
  "unsere",
  "unseren",
  "dein",
  "deine",
  "ihr",
  "ihre",
  "letzte",
  "letzten",
  "vorige",
  "vorigen",
];

export const CONTRACTIONS_WITH_S: string[] = [];

export const TIME_FOLLOWERS = [
  "um",
  "bis",
  "und",
  "oder",
  "bitte",
  "früh",
  "vormittag",
  "nachmittag",
  "abend",
  "mittag",
  "uhr",
  "spätestens",
  "eod",
  "cob",
  "ende",
  "den",
  "dem",
];

export const PAST_CUES = [
  "gestern",
  "vorgestern",
  "(letzte|letzten|letzter|vorige|vorigen) (woche|monat|jahr|mal)",
  "vor (\\d+|einer|einem|zwei|drei) (tagen|wochen|monaten|jahr|jahren)",
  "(habe|hast|hat|haben|habt|hatte|hattest|hatten) ([a-zß.,]+ ){0,4}ge[a-zß]{2,}(t|en)",
  "(wurde|wurden|war|waren|wart)\\b",
];

export const MERIDIEM = ["uhr", "mittag", "mitternacht"];

export const CLAUSE_CONJUNCTIONS = ["und", "aber", "doch", "dann", "also", "denn", "sondern"];

export const PARTS_OF_DAY: readonly { phrase: string; at: "start" | "end" | number; until?: "end" | number }[] = [
  { phrase: "(morgen |heute )?früh", at: "start" },
  { phrase: "am morgen|morgens", at: "start" },
  { phrase: "vormittags", at: "start", until: 12 * 60 },
  { phrase: "mittags", at: 12 * 60 },
  { phrase: "nachmittags", at: 15 * 60, until: "end" },
  { phrase: "(am |heute |morgen )?vormittag", at: "start", until: 12 * 60 },
  { phrase: "(zu |bis |vor dem )?mittag(spause)?", at: 12 * 60 },
  { phrase: "(am |heute |morgen )?nachmittag", at: 15 * 60, until: "end" },
  { phrase: "(am |heute |morgen )?abend", at: 20 * 60, until: 23 * 60 },
];

export const FIXED_HOLIDAYS: Readonly<Record<string, readonly [number, number]>> = {
  heiligabend: [12, 24],
  "weihnachten|weihnachtstag": [12, 25],
  silvester: [12, 31],
  neujahr: [1, 1],
  "tag der deutschen einheit": [10, 3],
};

export const MOVABLE_HOLIDAYS = {
  easter: "ostern|ostersonntag",
  goodFriday: "karfreitag",
  easterMonday: "ostermontag",
};

export const NOW_WORDS = ["jetzt", "gerade", "sofort", "nun"];

export const BEFORE_LEADS = ["vor", "noch vor", "rechtzeitig vor"];
