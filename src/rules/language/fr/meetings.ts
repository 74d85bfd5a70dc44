// Réunions: what makes an invite's text a pre-read, and what is join boilerplate.

export const GOAL_HEADINGS = ["objectifs?", "but", "finalité", "résultats? attendus?", "livrables?", "décisions?( à prendre| attendues?)?"];

export const AGENDA_HEADINGS = [
  "ordre du jour",
  "odj",
  "agenda",
  "sujets?",
  "points?( à aborder| à traiter| à l'ordre du jour)?",
  "thèmes?",
  "déroulé",
  "programme",
  "au programme",
  "à discuter",
  "à aborder",
  "questions?( ouvertes)?",
  "points ouverts",
  "préparation",
  "à lire",
  "à lire avant",
  "lecture préalable",
  "contexte",
  "documents?",
  "support",
  ...GOAL_HEADINGS,
];

/** Words that name what a meeting is about, beside a question about the meeting itself. */
export const TOPIC_LEADS = ["au sujet de", "à propos de", "concernant", "sur le sujet"];

export const LOGISTICS_QUESTIONS = [
  "(ce|le) (créneau|horaire|moment) (vous|te) (convient|va)",
  "(pouvez|pourrez)-vous (tous )?(être présents|venir|participer)",
  // About the meeting itself: whether to talk, who goes.
  "(peux-tu|pouvez-vous|pourrais-tu|pourriez-vous) me remplacer",
  "(on s'appelle|on se parle|on en parle) (rapidement|vite|un instant|plus tard|demain)",
];

export const LOGISTICS_HEADINGS = [
  "participants",
  "invités",
  "lieu",
  "salle",
  "où",
  "quand",
  "horaire",
  "date",
  "adresse",
  "accès",
  "organisateur",
  "organisatrice",
];

export const CANCELLED_PREFIXES = ["annulé", "annulée", "annulation", "annulé :"];

export const STREET_WORDS = ["rue", "avenue", "av", "boulevard", "bd", "place", "chemin", "quai", "allée", "étage", "bâtiment", "bât"];

export const DECISION_WORDS = [
  "décider",
  "décision",
  "valider",
  "validation",
  "arbitrer",
  "arbitrage",
  "trancher",
  "choisir",
  "choix",
  "prioriser",
  "prioriser",
  "s'accorder",
  "se mettre d'accord",
  "approuver",
  "go/no-go",
  "définir",
  "planifier",
  "passer en revue",
  "faire le bilan",
  "estimer",
  "sélectionner",
  "retenir",
];

export const TITLE_DECISION_WORDS = ["décision", "validation", "arbitrage", "go/no-go", "choix", "sélection", "approbation"];

export const PLACEHOLDERS = [
  "à venir",
  "à suivre",
  "suivra",
  "tbd",
  "à définir",
  "à confirmer",
  "à préciser",
  "voir ci-dessous",
  "plus tard",
  "sera (envoyé|envoyée|communiqué|communiquée|partagé|partagée)",
];

export const INVITE_PLEASANTRIES = ["à bientôt", "au plaisir", "merci", "bonne journée", "cordialement", "bien à vous"];

export const STATUS_WORDS = [
  "point",
  "point d'étape",
  "point hebdo",
  "point hebdomadaire",
  "point d'avancement",
  "suivi",
  "mise à jour",
  "statut",
  "stand-?up",
  "tour de table",
  "état des lieux",
  "faire le point",
];

export const ATTACHMENT_MENTIONS = ["ci-joint", "ci-jointe", "en pièce jointe", "en pj", "en annexe", "joint à", "jointe à"];

export const GENERIC_TITLES = [
  "point",
  "réunion",
  "échange",
  "call",
  "appel",
  "rendez-vous",
  "rdv",
  "synchro",
  "sync",
  "rencontre",
  "discussion",
  "entretien",
  "visio",
  "meeting",
  "catch-up",
  "1:1",
  "point rapide",
  "petit point",
  "faire le point",
];

export const TITLE_FILLERS = [
  "petit",
  "rapide",
  "court",
  "hebdo",
  "hebdomadaire",
  "mensuel",
  "équipe",
  "notre",
  "le",
  "la",
  "les",
  "un",
  "une",
  "avec",
  "et",
  "de",
  "du",
  "\\d+ ?min",
  "\\d+",
];

export const JOIN_PHRASES = [
  "réunion microsoft teams",
  "participer à la réunion( maintenant)?",
  "rejoindre la réunion( maintenant)?",
  "id de (la )?réunion",
  "(code secret|code d'accès|mot de passe|secret code)",
  "(participer|rejoindre) par téléphone",
  "rechercher un numéro local",
  "options de (la )?réunion",
  "réinitialiser le code",
  "(participer|rejoindre) (à la )?réunion zoom",
  "réunion zoom",
  "participer avec google meet",
  "(rejoindre|participer à) l'appel vidéo",
  "(ou )?appeler le",
  "numéro de (la )?réunion",
  "réunion webex",
  "rejoindre (la )?réunion webex",
  "numéros? d'accès",
  "(pour les|pour) organisateurs",
  "(participer|rejoindre) (depuis|à partir d') (un|une) (système|salle|appareil) (vidéo|de visioconférence)",
  "besoin d'aide",
  "en savoir plus",
  "composition rapide",
  "ne (supprimez|modifiez) (pas|ni)",
  "mot de passe (de la réunion|du meeting)",
  "(rejoindre|participer) (par|depuis|à partir d'un|via) (téléphone|un système|une application|un appareil)",
  "appuyer pour appeler",
  "numéros? d'appel (mondiaux|internationaux)",
];

export const JOIN_ECHO_FIELDS = ["sujet", "heure", "id de réunion", "code secret"];
