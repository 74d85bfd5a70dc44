// Le temps dans une demande: what makes a date in French a reply-by, and what makes it something else.

export const DEADLINE_LEADS = [
  "d'ici( à)?( la| le)?",
  "avant( le| la| l'| ce| cette)?",
  "au plus tard( le| la| pour)?",
  "jusqu'(à|au)",
  "pour( le| la| ce| cette)?",
  "sous",
  "dans (les|un délai de)",
  "(date limite|échéance|deadline)( :| le| fixée au| est| au)?",
  "(retour|réponse|validation|feedback|avis|accord|confirmation|retours|réponses)( attendu| attendue| attendus| souhaité| souhaitée)?( pour| avant| d'ici| le)?",
  "(à rendre|à remettre|à renvoyer|à retourner|à valider)( pour| avant| d'ici| le)?",
];

export const FIRM_LEADS = [
  "au plus tard( le| la| pour)?",
  "(date limite|échéance|deadline)( :| le| fixée au| est| au)?",
  "(retour|réponse|validation|retours|réponses)( attendu| attendue| attendus)? (pour|avant|d'ici|le)",
  "(à rendre|à remettre|à renvoyer|à retourner)( pour| avant| d'ici| le)?",
];

export const FIRM_CONTEXTS = [
  "(doit|doivent|devons|devrait|devraient|faut|faudrait) ",
  "(j'ai|nous avons|on a) besoin",
  "(avoir|recevoir) (ton|votre|ta|vos) (retour|réponse|accord|validation)",
];

export const FIRM_CUES = [
  "doit",
  "doivent",
  "faut",
  "besoin",
  "au plus tard",
  "date limite",
  "échéance",
  "deadline",
  "retour",
  "réponse",
  "d'ici là",
  "avant cela",
  "avant ça",
];

export const DEADLINE_WORDS = ["date limite", "échéance", "deadline", "au plus tard", "dernier délai"];

export const NOT_DO_BY = [
  "de",
  "du",
  "depuis",
  "après",
  "dès",
  "à partir de",
  "à partir du",
  "concernant",
  "dernier",
  "dernière",
  "durant",
  "pendant",
  "lors de",
];

export const LEAD_FILLERS = ["le", "la", "les", "l'", "ce", "cette", "la fin de", "fin", "au plus tard", "demain", "aujourd'hui", "prochain", "prochaine"];

export const HISTORIC_BEFORE_LEAD = ["de", "du", "depuis", "après"];

export const NEAR_TIMES = [
  "aujourd'hui",
  "(dans la journée|en fin de journée|ce soir|ce matin|cet après-midi|cette après-midi)",
  "demain",
  "après-demain",
  "cette semaine",
  "la semaine prochaine",
  "(d'ici |avant )?(la )?fin (de la |de |du )?(journée|semaine|mois)",
  "eod",
  "cob",
  "(sous|dans les) \\S+ (h|heures|jours|jours ouvrés|jours ouvrables)",
  "(avant |d'ici )?midi",
];

export const BACK_REFERENCES = ["(avant|d'ici) (là|cette date|ce moment|cela|ça)"];

export const EVENT_VERBS = [
  // A time to talk, not to reply by: "On en reparle vendredi ?"
  "on en reparle",
  "on en rediscute",
  "on en parle",
  "décaler",
  "décalé",
  "reporter",
  "reporté",
  "déplacer",
  "déplacé",
  "avancer",
  "avancé",
  "aura lieu",
  "se tiendra",
  "commence",
  "démarre",
  "prévu",
  "prévue",
  "programmé",
  "programmée",
  "planifié",
  "lancement",
  "mise en ligne",
  "sortie",
  "expire",
];

export const WRITER_PROMISES = [
  "(je|nous|on) (vais|allons|va|pourrai|pourrons|enverrai|enverrons|te|vous) ",
  "(j'|nous |on )?(ai|avons|a) (envoyé|transmis|partagé|fini|terminé|fait|reçu)",
  "(je serai|nous serons|je suis|nous sommes) (absent|absente|absents|en congés?|en vacances|en déplacement|en réunion)",
  "(hier|la semaine dernière|le mois dernier)",
];

export const FIRST_PERSON_ASKING = ["besoin", "voudrais", "souhaiterais", "aimerais", "attends", "attendons", "compte sur"];

export const FIRST_PERSON_PREFIX = "(j'ai|nous avons|on a|j'aurais|je|nous|on)( vraiment| absolument| toujours| encore)?";

export const DATE_CUES = [
  "d'ici",
  "avant",
  "au plus tard",
  "pour",
  "sous",
  "échéance",
  "deadline",
  "aujourd'hui",
  "demain",
  "ce soir",
  "ce matin",
  "après-midi",
  "midi",
  "fin",
  "semaine",
  "mois",
  "prochain",
  "prochaine",
  "eod",
  "cob",
  "{weekday}",
  "{month}",
  "heures",
  "jours",
  "pâques",
  "noël",
  "huitaine",
  "quinzaine",
];

export const DETERMINERS = ["le", "la", "les", "ce", "cette", "notre", "nos", "votre", "vos", "ton", "ta", "mon", "ma", "dernier", "dernière"];

export const CONTRACTIONS_WITH_S: string[] = [];

export const TIME_FOLLOWERS = ["à", "avant", "et", "ou", "svp", "stp", "matin", "après-midi", "soir", "midi", "au", "dernier", "délai", "h"];

export const PAST_CUES = [
  "hier",
  "avant-hier",
  "(la semaine|le mois|l'année) (dernière|dernier|passée|passé)",
  "il y a (\\d+|un|une|deux|trois) (jours|semaines|mois|ans)",
  "(j'ai|tu as|il a|elle a|nous avons|vous avez|ils ont|on a|as-tu|avez-vous|avais|avait) ([a-z']+ ){0,4}(envoyé|reçu|fait|vu|eu|pu|dit|mis|pris|validé|signé|lu|transmis|partagé|terminé|fini|été)",
];

export const MERIDIEM = ["h", "heures", "midi", "minuit"];

export const CLAUSE_CONJUNCTIONS = ["et", "mais", "donc", "puis", "car"];

export const PARTS_OF_DAY: readonly { phrase: string; at: "start" | "end" | number; until?: "end" | number }[] = [
  { phrase: "(à la )?première heure", at: "start" },
  { phrase: "(demain |ce )?matin", at: "start", until: 12 * 60 },
  // Before "midi": the first part that matches wins, and "après-midi" holds "midi".
  { phrase: "(cet |cette |demain )?après-midi", at: 15 * 60, until: "end" },
  { phrase: "(avant |d'ici )?midi", at: 12 * 60 },
  { phrase: "(ce |demain )?soir", at: 20 * 60, until: 23 * 60 },
];

export const FIXED_HOLIDAYS: Readonly<Record<string, readonly [number, number]>> = {
  noël: [12, 25],
  "(le )?nouvel an|jour de l'an": [1, 1],
  "(le )?14 juillet": [7, 14],
  toussaint: [11, 1],
};

export const MOVABLE_HOLIDAYS = { easter: "pâques", easterMonday: "lundi de pâques", goodFriday: "vendredi saint" };

export const NOW_WORDS = ["maintenant", "en ce moment", "actuellement"];

export const BEFORE_LEADS = ["avant", "avant le", "avant la"];
