// Ce qui, en français, demande quelque chose au lecteur, et ce qui n'en a que l'air. One line a
// phrase; see ../phrases.ts (lower case; accented letters match with and without their accents).

export const LEAD_INS = [
  "(bonjour|bonsoir|salut|coucou|hello|hi|cher|chère|chers|chères|madame|monsieur|mesdames|messieurs)[^,!:\\n]{0,40}[,!:]",
  "(bonjour|bonsoir|salut|coucou|hello)( (à tous|à toutes|tout le monde|l'équipe|a tous|la team))?(?= )",
  "(aussi|et|alors|donc|sinon|ok|okay|d'ailleurs|par ailleurs|au fait|petite question|question|autre chose|enfin|ensuite|puis|de plus|en outre|désolé|désolée|pardon|bref|bon|ah|oh|juste)(?=[,: -])",
  "@[^\\s,:]+",
  "(comme (convenu|discuté|promis|évoqué|indiqué|demandé|annoncé)|suite à|pour faire suite à|en réponse à|concernant|au sujet de)[^,\\n]{0,60},",
  "(merci|merci beaucoup|super|parfait|top|génial|nickel)( [a-z]+)? ?(-|–|—|,|!|:)",
];

export const PLEASANTRIES = [
  "(j'espère|espérant) (que )?(tu|vous|tout|ça|cela|le|la|les|votre|ton)",
  "(comment )?(ça va|vas-tu|allez-vous|comment vas-tu|comment allez-vous)",
  "(merci|merci beaucoup|merci bien|un grand merci|mille mercis|je vous remercie|je te remercie)(?! (de|d'))",
  "(bonne|excellente) (journée|soirée|semaine|fin de semaine|fin de journée|continuation|réception|lecture)",
  "(bon|excellent) (week-end|weekend|courage|appétit|retour|voyage)",
  "(à bientôt|à plus|à tout à l'heure|à demain|à lundi|à tantôt)",
  "(ça marche|c'est noté|bien noté|bien reçu|parfait|super|génial|top|d'accord|ok pour moi|félicitations|bravo)",
  "au plaisir",
  "(je me réjouis|nous nous réjouissons|j'ai hâte|au plaisir) de",
];

export const SMALL_TALK = [
  "(t'as|tu as|as-tu|avez-vous|vous avez) (deux|2|5|cinq|une) (minutes?|min|sec|secondes?)",
  "(tu es|t'es|es-tu|vous êtes|êtes-vous) (là|dispo|disponible|joignable)",
  "petite question",
  "(je peux|puis-je) te (déranger|poser une question)",
  "(ça va|comment ça va|comment vas-tu|comment allez-vous)",
];

export const GREETINGS = ["bonjour", "bonsoir", "salut", "coucou", "hello", "hi", "bonjour à tous", "salut tout le monde"];

export const CLOSERS = [
  "(vous trouverez|tu trouveras|veuillez trouver|trouvez|je vous (joins|transmets|envoie)|je te (joins|transmets|envoie)) (ci-joint|ci-dessous|en pièce jointe|en pj|en annexe|ci-après)",
  "(ci-joint|en pièce jointe|en pj|en annexe)",
  "(je reste|nous restons|je suis|nous sommes) (à (votre|ta|ton|vos) (entière )?disposition|disponible)",
  "(n'hésitez|n'hésite|hésitez|hésite) pas",
  "(pour|en cas de) (toute )?(question|questions|précision|précisions|renseignement|complément)",
  "si (vous avez|tu as) (des |la moindre |une )?(questions?|remarques?|soucis|souci|doutes?)",
  "(merci de (bien vouloir )?noter|à noter|pour info|pour information|pour rappel)",
  "(j'espère|en espérant) que (ça|cela|ceci) (aide|t'aide|vous aide|répond)",
  "(au plaisir|dans l'attente) de (vous|te) lire",
  "(dans l'attente|en attendant) de (votre|ta) (retour|réponse)",
];

export const CONTACT = [
  "(dis|dites|faites|fais)[- ](moi|nous|le moi)( savoir)?",
  "(tiens|tenez)[- ](moi|nous) (au courant|informé|informée|informés)",
  "(appelle|appelez|contacte|contactez|écris|écrivez|relance|relancez)[- ](moi|nous)",
  "(fais|faites) (moi|nous) signe",
  "(reviens|revenez) vers (moi|nous)",
];

export const CLOSER_CONDITIONS = [
  "(vous avez|tu as|vous aviez|tu avais) (des |la moindre |d'autres |une |un )?(questions?|remarques?|soucis|souci|problèmes?|doutes?|besoin|commentaires?)",
  "(quelque chose|qqch|ça|cela|le lien|le fichier|la pièce jointe) (ne )?(fonctionne|marche|passe|pose problème|n'est pas clair)",
  "(besoin|souci|problème|question)",
  "(vous|tu) (souhaitez|souhaites|voulez|veux|préférez|préfères)",
];

export const CLOSER_CONDITION_WORDS = ["si", "en cas de", "au cas où", "pour toute", "pour"];

export const MODAL_REQUESTS = [
  "(peux|pourrais|pourras|saurais|sais)[- ]tu",
  "(tu peux|tu pourrais|tu pourras|tu saurais|tu sais|tu veux bien|tu voudrais bien)",
  "(pouvez|pourriez|pourrez|sauriez|voudriez|voulez)[- ]vous",
  "(vous pouvez|vous pourriez|vous pourrez|vous sauriez|vous voulez bien|vous voudriez bien)",
  "(est-ce que|est ce que) (tu|vous|quelqu'un|qqn|on|je peux|je pourrais|il serait|ce serait)",
  "(serait|est)-il possible",
  "(ce serait|c'est) possible",
  "(y a-t-il|il y a) (du nouveau|des nouvelles|une mise à jour|un retour)",
  "qui (peut|pourrait|s'en charge|veut|est dispo|a)",
  "quelqu'un (peut|pourrait|a|sait|aurait)",
  "qu'en (penses-tu|pensez-vous|dis-tu|dites-vous)",
  "(ça te|ça vous|cela te|cela vous) (va|convient|irait|dit)",
  "(tu es|vous êtes|es-tu|êtes-vous) d'accord",
  "(des |vos |tes )?(avis|retours|commentaires|remarques|objections)",
  "(as-tu|avez-vous|tu as|vous avez) (pu|eu le temps|des nouvelles|reçu|vu)",
];

export const REQUEST_VERBS = [
  "envoie",
  "envoyez",
  "envoie-moi",
  "envoyez-moi",
  "transmets",
  "transmettez",
  "vérifie",
  "vérifiez",
  "valide",
  "validez",
  "confirme",
  "confirmez",
  "relis",
  "relisez",
  "regarde",
  "regardez",
  "jette un œil",
  "jetez un œil",
  "complète",
  "complétez",
  "remplis",
  "remplissez",
  "signe",
  "signez",
  "réponds",
  "répondez",
  "rappelle",
  "rappelez",
  "appelle",
  "appelez",
  "mets",
  "mettez",
  "ajoute",
  "ajoutez",
  "prépare",
  "préparez",
  "réserve",
  "réservez",
  "corrige",
  "corrigez",
  "partage",
  "partagez",
  "indique",
  "indiquez",
  "précise",
  "précisez",
  "fais",
  "faites",
  "donne",
  "donnez",
];

export const OBJECT_STARTS = [
  "moi",
  "nous",
  "le",
  "la",
  "les",
  "l'",
  "un",
  "une",
  "des",
  "du",
  "ce",
  "cet",
  "cette",
  "ces",
  "mon",
  "ma",
  "mes",
  "ton",
  "ta",
  "tes",
  "votre",
  "vos",
  "notre",
  "nos",
  "leur",
  "leurs",
  "tout",
  "tous",
  "si",
  "qui",
  "quand",
  "où",
  "comment",
  "pourquoi",
  "quel",
  "quelle",
  "avant",
  "d'ici",
  "au",
  "aux",
  "en",
  "y",
  "svp",
  "stp",
  "\\d",
];

export const PLEASE_NOT_ASKING = ["noter", "trouver", "trouvez", "excuser", "agréer", "recevoir", "croire", "ne pas hésiter", "ignorer", "ne pas tenir compte"];

export const PLEASE_WORDS = ["svp", "stp", "please", "pls"];

export const LET_ME_KNOW = [
  "(dis|dites|fais|faites)[- ](moi|nous)( savoir)?",
  "(tiens|tenez)[- ](moi|nous) (au courant|informé|informée)",
  "(je te laisse|je vous laisse) (me dire|me (faire )?(un )?retour|me confirmer|me redire|valider|vérifier|regarder|me tenir)",
  "(tu me diras|vous me direz|tu me dis|vous me dites|tu me redis|vous me redites)",
  "(reviens|revenez) vers (moi|nous)",
  "(merci de|je vous remercie de|je te remercie de) (me|nous) (faire|tenir|dire|confirmer|répondre|revenir|transmettre|envoyer|indiquer)",
];

export const NEGATIVE_WORDS = ["pas", "aucun", "aucune", "sans", "rien", "ni"];

export const NEEDS = [
  "(j'ai|nous avons|on a|j'aurais|nous aurions|on aurait) besoin (de|d')",
  "(je |nous )?(voulais|voudrais|souhaiterais|souhaitais|aimerais) (savoir|avoir|connaître|ton|votre|vos|tes|que (tu|vous))",
  "(ton|votre|vos|tes) (retour|avis|accord|validation|réponse|aide|feedback|commentaires|remarques) (serait|seraient|est|sont|me serait|nous serait) (le bienvenu|les bienvenus|précieux|précieuse|utile|nécessaire|apprécié|bienvenu)",
  "(j'attends|nous attendons|on attend|en attente de) (ton|votre|vos|tes|ta) ",
  "(je vous saurais|je te saurais|je vous serais|je te serais) (gré|reconnaissant|reconnaissante)",
  "(ce serait|ça serait|il serait) (top|super|génial|bien|utile|idéal|parfait) (que|si)",
  "merci de (bien vouloir )?(me|nous|valider|vérifier|confirmer|envoyer|transmettre|compléter|remplir|signer|relire|regarder|répondre|indiquer|préciser|faire|prendre|mettre|ajouter|prévoir|réserver|retourner|renvoyer)",
  "je vous remercie de (bien vouloir )?(me|nous|valider|vérifier|confirmer|envoyer|transmettre|compléter|remplir|signer|relire|répondre|indiquer|préciser|faire|prendre|retourner)",
  "(je|nous) (compte|comptons) sur (toi|vous)",
  "(je|nous) (te|vous) (prie|prions|demande|demandons|serais reconnaissant) (de|d')",
  "(veuillez|veuille) (?!(trouver|agréer|recevoir|croire|noter|excuser)\\b)[a-z]+",
];

export const WRITER_NEEDS = [
  "(je|nous) (voudrais|voudrions|souhaiterais|souhaiterions|aimerais|aimerions) (savoir|avoir|que|ton|votre|vos)",
  "(je|nous) (cherche|cherchons) (quelqu'un|un|une|des|un volontaire)",
  "il (me|nous) (faudrait|faut) (ton|votre|vos|tes|ta|le|la|les|un|une)",
];

export const DIRECT_OBLIGATIONS = [
  "(tu|vous) (dois|devez|devrais|devriez) ",
  "(pense|pensez) à ",
  "n'oublie(z)? pas (de|d')",
  "(il faut|il faudrait) que (tu|vous)",
];

export const THIRD_PERSON_REQUESTS = [
  "(tous|toutes|chaque|chacun|chacune)( [a-z'-]+){0,2} (doit|doivent|devra|devront|est prié|sont priés|sont priées|est priée)",
  "(sont|êtes|est) (priés|priées|prié|priée|invités|invitées|tenus|tenues) (de|d')",
  // "Le contrat signé doit nous parvenir le 3 avril": something the reader is to send.
  "(doit|doivent|devra|devront) (nous|me) (parvenir|être (renvoyée?s?|envoyée?s?|transmise?s?|retournée?s?))",
];

export const ITEMS_NEEDED = [
  "(validation|retour|réponse|accord|signature|décision|confirmation|feedback|retours|réponses) (attendu|attendue|attendus|requis|requise|nécessaire|souhaité|souhaitée|demandé|demandée)",
  "action (requise|attendue|nécessaire)",
];

export const SUGGESTIONS = [
  "(on pourrait|on peut|pourrions-nous|pouvons-nous) (se|en|faire|caler|voir|prévoir|organiser)",
  "(et si on|et si nous)",
  "(calons|faisons|voyons|prévoyons|organisons) ",
  "on se (cale|fait|voit|parle|appelle)",
];

export const RHETORICAL = [
  "qui (l')?(eût|aurait|aurais)( [a-z',]+){0,5} (cru|dit|parié|pensé|imaginé|prédit)",
  "(n'est-ce pas|hein)\\?$",
  "que (dire|faire) de plus",
  "(c'est|n'est-ce pas) (génial|super|fou|dingue)",
  "pourquoi pas",
];

export const SELF_ANSWERS = [
  "(et )?pourtant",
  "(bien sûr|évidemment|certainement|sûrement|exactement)( pas)?[.!]",
  "(non|oui|pas vraiment|pas du tout)[.!,]",
  "qui sait",
  "je ne pense pas",
  "j'en doute",
];

export const INTERJECTIONS = [
  "vraiment",
  "sérieux",
  "sérieusement",
  "quoi",
  "hein",
  "oui",
  "non",
  "ok",
  "okay",
  "bonjour",
  "salut",
  "ah",
  "oh",
  "bon",
  "pourquoi pas",
  "super",
  "cool",
  "et",
  "si",
  "ah bon",
];

export const NOT_NAMES = ["qui", "quoi", "quand", "où", "pourquoi", "comment", "quel", "quelle", "et", "mais", "donc", "alors", "si", "ça", "cela"];

export const NEXT_STEPS = ["puis", "ensuite", "après", "enfin", "pour finir"];

export const CONTINUATIONS = ["et", "ou", "mais", "aussi"];

export const SECOND_PERSON = ["tu", "te", "t'", "toi", "ton", "ta", "tes", "vous", "votre", "vos"];

export const CONDITION_OPENERS = [
  "si",
  "s'il",
  "s'ils",
  "en cas de",
  "au cas où",
  "dès que",
  "lorsque",
  "quand (tu|vous|on|il|elle|le|la)",
  "une fois que",
  "à moins que",
  "pour toute",
];

export const STANDING_CONDITIONS = [
  "si (tu as|vous avez|tu vois|vous voyez|tu constates|vous constatez|tu rencontres|vous rencontrez)( des| un| une| la moindre)? (questions?|problèmes?|soucis|souci|conflits?|remarques?)",
];

export const HYPOTHETICAL_CONDITIONS = ["(si|lorsqu'|lorsque|quand|dès qu') ?(un|une|quelqu'un|un client|une cliente|des clients) "];

export const REPLY_TO_WRITER = [
  "(dis|dites|fais|faites)[- ](moi|nous)",
  "(tiens|tenez)[- ](moi|nous)",
  "(appelle|appelez|contacte|contactez|écris|écrivez)[- ](moi|nous)",
  "(reviens|revenez) vers (moi|nous)",
  "merci de (me|nous) ",
];

export const MAIN_CLAUSE_STARTS = ["merci de", "(dis|dites)[- ](moi|nous)", "{please}"];

export const REPLY_PREFIXES = ["re", "tr", "fw", "fwd", "réf", "ref"];
/** The prefixes of a forward: its subject, levels included, is the earlier writer's. */
export const FORWARD_PREFIXES = ["tr", "fw", "fwd"];

export const AUTO_REPLY_SUBJECTS = ["réponse automatique", "absence du bureau", "(je suis )?absent(e)?", "out of office", "message d'absence"];

export const AUTO_REPLY_OPENINGS = [
  "(je suis|je serai) (actuellement |en ce moment )?(absent|absente|en congés?|en vacances|en déplacement|hors du bureau)",
  "(ceci est une|message de) réponse automatique",
];
