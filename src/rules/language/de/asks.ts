// Was im Deutschen eine Bitte an den Leser ist, und was nur so aussieht. One line a phrase; see
// ../phrases.ts for the pattern language (lower case; umlauts match with and without accents).

export const LEAD_INS = [
  "(hallo|hi|hey|liebe[rs]?|sehr geehrte[rs]?|guten (morgen|tag|abend)|moin|servus|grüezi|grüß dich|grüss dich)[^,!:\\n]{0,40}[,!:]",
  "(hallo|hi|hey|moin|servus)( (zusammen|alle|team|ihr|leute|miteinander))?(?= )",
  "(also|und|noch|kurze frage|frage|ok|okay|übrigens|außerdem|ausserdem|dann|aber|zudem|noch eine sache|eine frage|apropos|ach ja|sorry|entschuldigung|nebenbei|zweitens|erstens|drittens|zuletzt|abschließend|ansonsten|ach|na)(?=[,: -])",
  "@[^\\s,:]+",
  "(wie (besprochen|vereinbart|angekündigt|gewünscht|telefonisch besprochen)|bezugnehmend auf|bezüglich|betreffend|zu (deiner|ihrer|eurer) (mail|nachricht|frage))[^,\\n]{0,60},",
  "(danke|vielen dank|merci|super|perfekt|prima|toll|klasse|besten dank)( [a-zß]+)? ?(-|–|—|,|!|:)",
];

export const PLEASANTRIES = [
  "(ich )?hoffe,? (du|ihr|sie|es|euch|dir|ihnen|alles|dass)",
  "wie geht('s| es) (dir|ihnen|euch)",
  "(danke|vielen dank|herzlichen dank|besten dank|danke schön|dankeschön|merci|tausend dank)",
  "(ein )?(schönes|gutes|erholsames) wochenende",
  "(einen )?(schönen|guten) (tag|abend|feierabend|start|urlaub)",
  "(bis )?(bald|später|morgen|dann)\\b",
  "alles gute",
  "viel erfolg",
  "gute reise",
  "frohe (ostern|weihnachten|feiertage)",
  "(klingt gut|alles klar|verstanden|super|perfekt|prima|toll|gerne|gern geschehen|glückwunsch|herzlichen glückwunsch)",
  "(ich )?freue mich (auf|über|darauf)",
  "wir freuen uns (auf|über|darauf)",
];

export const SMALL_TALK = [
  "(hast|hättest) du (kurz|mal|eine minute|einen moment|zeit|kurz zeit)",
  "(haben|hätten) sie (kurz|eine minute|einen moment|kurz zeit)",
  "(bist du|sind sie|seid ihr) (da|erreichbar|verfügbar|online|im büro)",
  "kurze frage",
  "darf ich (kurz )?(stören|was fragen|etwas fragen)",
  "wie geht('s| es)( dir| ihnen| euch)?",
];

export const GREETINGS = ["hallo+", "hi+", "hey+", "moin( moin)?", "servus", "guten (morgen|tag|abend)", "grüezi", "grüß (dich|gott)", "morgen", "tach"];

export const CLOSERS = [
  "(anbei|im anhang|in der anlage|beigefügt)( (finden sie|findest du|findet ihr|sende ich|schicke ich|erhalten sie|erhältst du|die|der|das|mein|meine|unser|unsere))?",
  "(bei|für) (weiteren |etwaigen )?(fragen|rückfragen|unklarheiten|anmerkungen)",
  "(ich stehe|wir stehen|stehe ich|stehen wir) (ihnen |dir |euch )?(gerne|gern|jederzeit) (zur verfügung|bereit)",
  "(melde dich|melden sie sich|meldet euch) (gerne|gern|einfach|jederzeit)",
  "(zögern sie|zögere|zögert) nicht",
  "(falls|wenn) (du|sie|ihr) (noch )?(fragen|rückfragen|anmerkungen) (hast|haben|habt)",
  "(bitte )?(beachte|beachten sie|beachtet)",
  "zur (info|information|kenntnis)",
  "(ich )?hoffe,? (das|dies|es) hilft",
  "(ich bin|wir sind|bin) (gerne|gern) (behilflich|für (dich|sie|euch) da)",
  "(sag|sagt|sagen sie|gib|gebt|geben sie) (gerne|gern) bescheid,? (falls|wenn)",
  "(können sie sich|kannst du dich|könnt ihr euch|wenden sie sich|wende dich)( [a-z]+){0,3} (an mich|an uns)",
];

export const CONTACT = [
  "(gib|gebt|geben sie) (mir|uns) (kurz |gerne |einfach |bitte )?bescheid",
  "(sag|sagt|sagen sie) (mir|uns )?(kurz |gerne |einfach |bitte )?bescheid",
  "(melde dich|melden sie sich|meldet euch)",
  "(ruf|ruft|rufen sie) (mich|uns)( gerne| einfach)? an",
  "(schreib|schreibt|schreiben sie) (mir|uns)",
  "(kontaktiere|kontaktieren sie) (mich|uns)",
];

export const CLOSER_CONDITIONS = [
  "(du|sie|ihr) (noch )?(weitere |andere |irgendwelche )?(fragen|rückfragen|anmerkungen|probleme|änderungswünsche|wünsche|ideen|feedback|einwände) (hast|haben|habt)",
  "(es )?(noch )?(fragen|unklarheiten|probleme) (gibt|geben sollte|bestehen|auftauchen)",
  "(etwas|noch etwas|was) (unklar|offen) (ist|sein sollte|bleibt)",
  "(du|sie|ihr) (hilfe|unterstützung|etwas|noch etwas|mehr) (brauchst|brauchen|braucht|benötigst|benötigen|benötigt)",
  "(der link|die datei|etwas|es|das) nicht (funktioniert|geht|klappt|aufgeht)",
  "(du|sie|ihr) interesse (hast|haben|habt)",
  "(fragen|rückfragen|anmerkungen|unklarheiten|problemen)",
];

export const CLOSER_CONDITION_WORDS = ["falls", "wenn", "sollte", "sollten", "bei"];

export const MODAL_REQUESTS = [
  "(kannst|könntest|würdest|magst|willst) du",
  "(können|könnten|würden|möchten) sie",
  "(könnt|würdet|könntet) ihr",
  "wäre es (möglich|ok|okay|in ordnung)",
  "ist es möglich",
  "besteht die möglichkeit",
  "(hast|hättest) du (zeit|lust|kapazität|die möglichkeit)",
  "(haben|hätten) sie (zeit|die möglichkeit|kapazität)",
  "(weißt|weisst|wisst) (du|ihr)",
  "wissen sie",
  "(gibt es|gäbe es) (schon )?(neuigkeiten|ein update|einen stand|eine rückmeldung|einwände)",
  "wer (kann|könnte|übernimmt|hat|weiß|weiss|möchte|will)",
  "(hat|kann) (jemand|einer|wer)",
  "(passt|geht|klappt) (dir|ihnen|euch) ",
  "(bist du|sind sie|seid ihr) (einverstanden|dabei|damit einverstanden)",
  "(was|wie) (meinst|denkst|hältst|siehst) du",
  "(was|wie) (meinen|denken|halten|sehen) sie",
  "(was|wie) (meint|denkt|haltet|seht) ihr",
];

export const REQUEST_VERBS = [
  "schick",
  "schicke",
  "schickt",
  "schicken sie",
  "sende",
  "sendet",
  "senden sie",
  "prüf",
  "prüfe",
  "prüft",
  "prüfen sie",
  "überprüfe",
  "überprüfen sie",
  "bestätige",
  "bestätigt",
  "bestätigen sie",
  "gib",
  "gebt",
  "geben sie",
  "sag",
  "sagt",
  "sagen sie",
  "schau",
  "schaut",
  "schauen sie",
  "lies",
  "lest",
  "lesen sie",
  "leite",
  "leitet",
  "leiten sie",
  "ergänze",
  "ergänzt",
  "ergänzen sie",
  "trag",
  "trage",
  "tragt",
  "tragen sie",
  "füll",
  "fülle",
  "füllt",
  "füllen sie",
  "unterschreibe",
  "unterschreiben sie",
  "ruf",
  "ruft",
  "rufen sie",
  "antworte",
  "antwortet",
  "antworten sie",
  "melde",
  "meldet",
  "melden sie",
  "kümmere dich",
  "kümmert euch",
  "kümmern sie sich",
  "buch",
  "buche",
  "bucht",
  "buchen sie",
  "lade",
  "ladet",
  "laden sie",
  "stimme",
  "stimmt",
  "stimmen sie",
  "entscheide",
  "entscheidet",
  "entscheiden sie",
  "korrigiere",
  "korrigieren sie",
];

export const OBJECT_STARTS = [
  "mir",
  "uns",
  "ihm",
  "ihr",
  "ihnen",
  "den",
  "die",
  "das",
  "dem",
  "der",
  "des",
  "ein",
  "eine",
  "einen",
  "einem",
  "bitte",
  "kurz",
  "noch",
  "doch",
  "mal",
  "dich",
  "euch",
  "sich",
  "es",
  "dies",
  "diese",
  "diesen",
  "dieses",
  "mein",
  "meine",
  "unser",
  "unsere",
  "dein",
  "deine",
  "ihre",
  "alle",
  "bis",
  "heute",
  "morgen",
  "zu",
  "an",
  "ob",
  "wer",
  "wie",
  "was",
  "\\d",
];

export const PLEASE_NOT_ASKING = [
  "beachte",
  "beachten",
  "beachtet",
  "entschuldige",
  "entschuldigen",
  "entschuldigt",
  "zögern",
  "zögere",
  "sehr",
  "schön",
  "schon",
  "gerne",
  "gern",
  "(finden sie|findest du) (anbei|im anhang)",
  "nicht vergessen, dass",
  "ignorieren",
  "ignoriere",
];

export const PLEASE_WORDS = ["bitte", "pls", "please", "bitteschön"];

export const LET_ME_KNOW = [
  "(gib|gebt|geben sie) (mir|uns) (kurz |bitte |gerne |einfach )?bescheid",
  "(sag|sagt|sagen sie) (mir|uns )?(kurz |bitte |gerne |einfach )?bescheid",
  "(gib|gebt|geben sie) (mir|uns) (kurz |bitte )?(eine )?(rückmeldung|feedback|info)",
  "(lass|lasst|lassen sie) (mich|uns) (kurz |bitte )?wissen",
  "(melde dich|melden sie sich|meldet euch)( bitte)? (kurz|bei mir|bei uns)",
];

export const NEGATIVE_WORDS = ["kein", "keine", "keinen", "nicht", "ohne", "nichts"];

export const NEEDS = [
  "(ich |wir )?(brauche|brauchen|benötige|benötigen|bräuchte|bräuchten) (deine|ihre|eure|dein|euer|noch|bis|eine|einen|ein|die|den|das|hilfe|unterstützung|feedback|input|freigabe|bestätigung|zustimmung|infos?|informationen|zahlen|eure|zugriff|daten)",
  "(ich |wir )?(bitte|bitten|ersuche|ersuchen) (dich|sie|euch|um)",
  "(über|für) (eine |deine |ihre |eure )?(kurze |schnelle |baldige )?(rückmeldung|antwort|einschätzung|feedback|bestätigung|freigabe)( [a-zß]+){0,3} (wäre|wären|bin|sind) (ich|wir)",
  "(deine|ihre|eure) (rückmeldung|einschätzung|freigabe|zustimmung|meinung|antwort|bestätigung|hilfe|unterstützung|input) (wäre|ist|wird) (sehr )?(hilfreich|wichtig|nötig|notwendig|gefragt|super|toll|willkommen|wertvoll)",
  "(ich |wir )?(warte|warten) (noch )?auf (deine|ihre|eure|dein|ihr|euer)",
  "(wäre|wärst|wären|wärt) (du|sie|ihr) so (nett|freundlich|lieb|gut)",
  "es wäre (toll|super|gut|schön|hilfreich|prima|klasse|nett),? wenn",
  "(ich |wir )?(würde|würden) (mich|uns) (sehr )?freuen,? wenn (du|sie|ihr)",
  "(ich wäre|wir wären) (dir|ihnen|euch) (sehr )?dankbar",
  "(freue mich|freuen uns) (über|auf) (deine|ihre|eure|eine) (rückmeldung|antwort|einschätzung|feedback|bestätigung|freigabe)",
  "(um|bitte um) (kurze |eine )?(rückmeldung|antwort|bestätigung|freigabe|prüfung|durchsicht|info) (wird )?(gebeten|bis)",
];

export const WRITER_NEEDS = [
  "(ich|wir) (hätte|hätten) (gern|gerne) ",
  "(ich|wir) (möchte|möchten|wollte|wollten) (gern |gerne )?(wissen|fragen|nachfragen)",
  "mich würde interessieren",
  "(ich|wir) (suche|suchen) (noch )?(jemanden|freiwillige|einen|eine|unterstützung)",
  "(ich|wir) (brauche|brauchen|benötige|benötigen) (noch )?(dringend )?(?!(urlaub|eine pause|kaffee)\\b)[a-zß]+",
];

export const DIRECT_OBLIGATIONS = [
  "(du|sie|ihr) (musst|müssen|müsst|solltest|sollten|solltet) ",
  "(denk|denkt|denken sie) (bitte )?(daran|dran)",
  "(vergiss|vergesst|vergessen sie) (bitte )?nicht",
  "(bitte )?nicht vergessen",
];

export const THIRD_PERSON_REQUESTS = [
  "(alle|jede|jeder|jedes) ([a-zß-]+ ){0,2}(müssen|muss|sollen|soll|sollten|werden gebeten)",
  "(werden|sind|seid) (alle )?(gebeten|aufgefordert|verpflichtet)",
];

export const ITEMS_NEEDED = [
  "(rückmeldung|freigabe|feedback|entscheidung|antwort|bestätigung|zustimmung|unterschrift|rückmeldungen) (ist |wird |sind |werden )?(erforderlich|benötigt|nötig|notwendig|erbeten|gewünscht|ausstehend)",
  "(handlungsbedarf|aktion erforderlich)",
];

export const SUGGESTIONS = [
  "(lass|lasst) uns ",
  "lassen sie uns ",
  "(sollen|wollen|sollten) wir ",
  "wie wäre es (mit|wenn)",
  "was (hältst du|halten sie|haltet ihr) (davon|von)",
];

export const RHETORICAL = [
  "wer hätte( [a-zß,]+){0,6} (gedacht|geahnt|erwartet|vermutet)",
  "(ist|war) (das|es) nicht (toll|super|schön|großartig|verrückt)",
  "was soll (man|ich) (sagen|machen)",
  "wie (cool|toll|schön|verrückt) ist (das|es)",
  "warum (auch )?nicht",
];

export const SELF_ANSWERS = [
  "(natürlich|klar|sicher|bestimmt|genau|eben)( nicht)?[.!]",
  "(nein|jein|leider nicht|leider ja)\\b",
  "ja[.!]",
  "wohl kaum",
  "ich denke nicht",
  "wer weiß",
];

export const INTERJECTIONS = [
  "echt",
  "wirklich",
  "ernsthaft",
  "ja",
  "nein",
  "was",
  "wie bitte",
  "ok",
  "okay",
  "hallo",
  "hi",
  "hm",
  "ach",
  "oh",
  "stimmt",
  "genau",
  "warum nicht",
  "nee",
  "super",
  "cool",
  "na",
  "und",
];

export const NOT_NAMES = ["wer", "was", "wann", "wo", "warum", "wie", "welche", "es", "das", "dies", "und", "aber", "also", "dann", "falls", "wenn"];

export const NEXT_STEPS = ["dann", "danach", "anschließend", "im anschluss", "zum schluss", "als nächstes"];

export const CONTINUATIONS = ["und", "oder", "aber", "auch"];

export const SECOND_PERSON = ["du", "dir", "dich", "dein", "deine", "deinen", "sie", "ihnen", "ihr", "ihre", "ihren", "euch", "euer", "eure"];

export const CONDITION_OPENERS = [
  "falls",
  "wenn",
  "sofern",
  "sobald",
  "(solltest|solltet) (du|ihr)",
  "sollten sie",
  "sollte",
  "für den fall",
  "im falle",
  "bei (fragen|problemen|rückfragen)",
];

export const STANDING_CONDITIONS = [
  "(falls|wenn|sofern) (du|sie|ihr) (noch )?(fragen|probleme|anmerkungen|einwände|konflikte|terminkonflikte|zugriff|interesse) (hast|haben|habt)",
  "(sollten|solltest|solltet) (sie|du|ihr)( [a-zß]+){0,4} (fragen|rückfragen|anmerkungen|probleme|einwände|interesse) (haben|hast|habt)",
];

export const HYPOTHETICAL_CONDITIONS = ["(falls|wenn|sobald|sollte) (ein|eine|einer|jemand|ein kunde|eine kundin|kunden) "];

export const REPLY_TO_WRITER = [
  "({please} )?(gib|gebt|geben sie) (mir|uns) (bitte |kurz )?bescheid",
  "({please} )?(sag|sagt|sagen sie) (mir|uns) (bitte |kurz )?bescheid",
  "({please} )?(melde dich|meldet euch|melden sie sich)",
  "({please} )?(ruf|ruft|rufen sie) (mich|uns)",
  "({please} )?(schreib|schreibt|schreiben sie) (mir|uns)",
];

export const MAIN_CLAUSE_STARTS = ["{please}", "(gib|sag|gebt|sagt) (mir|uns)", "(geben|sagen) sie (mir|uns)"];

export const REPLY_PREFIXES = ["re", "aw", "wg", "fw", "fwd", "antw", "wtr"];
/** The prefixes of a forward: its subject, levels included, is the earlier writer's. */
export const FORWARD_PREFIXES = ["wg", "fw", "fwd", "wtr"];

export const AUTO_REPLY_SUBJECTS = ["abwesenheitsnotiz", "automatische antwort", "(ich bin )?nicht im büro", "out of office", "abwesend"];

export const AUTO_REPLY_OPENINGS = [
  "(ich bin|bin) (derzeit |zurzeit |momentan |aktuell |bis [^.]{1,40} )?(nicht im büro|abwesend|im urlaub|außer haus|nicht erreichbar)",
  "(vielen )?dank für ihre (nachricht|e-?mail|mail)\\. (ich bin|leider bin ich)",
];
