// Niveaux de réponse: the words by which a French writer says what a message asks of its reader.

export const FYI = [
  "(pour|à titre d') ?(info|information|informations)( seulement| uniquement)?",
  "pour (ton|votre|vos|ta) (information|info|gouverne|connaissance)",
  "(juste |simplement )?pour (info|information|que (tu sois|vous soyez) (au courant|informé|informée|informés))",
  "(aucune|pas de|pas besoin de|nul besoin de) (réponse|retour|action)( n'est| attendue| nécessaire| requise)?",
  "(pas|aucune?) (besoin|nécessité) de (répondre|réagir|faire quoi que ce soit|me répondre)",
  "(rien|aucune action) (à faire|de ton côté|de votre côté|n'est requis|n'est attendu)",
  "(je te|je vous|pour te|pour vous) (tiens|tiendrai|tenir) (au courant|informé|informée|informés)",
  "(tu peux|vous pouvez) ignorer (ce|ce message|cet e-?mail)",
];

export const NO_RUSH = [
  "(pas|rien) (d'urgence|de rush|de stress|de presse)",
  "(ce n'est|c'est) pas (urgent|pressé|pressant)",
  "rien ne presse",
  "(ça|cela) (peut|pourra) attendre",
  "(prends|prenez) (ton|votre) temps",
  "(priorité|prio) basse",
  "basse priorité",
  "à (ta|votre) convenance",
  "sans urgence",
];

export const LEISURELY_TIMING = [
  "quand (tu|vous) (auras|aurez|as|avez) (un moment|deux minutes|2 minutes|cinq minutes|5 minutes|le temps|un peu de temps|une minute|un instant)",
  "(quand|dès que) (ça|cela) (t'arrange|vous arrange|te convient|vous convient)",
  "à (ta|votre) convenance",
  "à l'occasion",
  "(quand tu peux|quand vous pouvez|quand tu pourras|quand vous pourrez)",
];

export const SOON = [
  "bientôt",
  "prochainement",
  "rapidement",
  "dans les meilleurs délais",
  "au plus vite",
  "dès que possible",
  "à l'occasion",
  "un de ces jours",
];

export const URGENCY = [
  "urgent(e|es|s)?",
  "urgemment",
  "en urgence",
  "(au plus vite|dès que possible|le plus rapidement possible|le plus vite possible|au plus tôt|dans les plus brefs délais|sans délai|sans tarder)",
  "immédiatement",
  "tout de suite",
  "(priorité|prio) (haute|absolue|1|une)",
  "(haute|top) priorité",
  "critique",
  "bloquant(e|es|s)?",
];

export const BLOCKED = [
  "bloqué(e|es|s)?",
  "bloque",
  "bloquent",
  "(on est|nous sommes|je suis) (coincé|coincés|coincée|à l'arrêt|en attente de (ton|votre|ta))",
  "(ne peut|ne peuvent|ne pouvons|ne pouvons pas|ne pourrons|ne peux) (pas )?(avancer|continuer|livrer|démarrer|clôturer|finaliser|facturer|lancer)",
  "(est|sont) (en panne|hors service|down|tombé|tombés|tombée)",
];

export const NEGATORS = ["pas", "aucun", "aucune", "sans", "rien", "ni", "non", "jamais", "n'est", "ne"];

export const CONDITIONS = ["si", "s'il", "en cas de", "au cas où", "pour (toute|les) (demande|demandes|question|questions|urgence|urgences|cas)", "pour tout"];

/** The writer's own commitment before an urgency word ("we'll get back to you asap"): a promise, not what the reader is asked for. */
export const PROMISES = [
  "(je|nous|on) (vais|allons|va)(?! (avoir besoin|devoir vous demander))",
  "(je|nous|on) (te|vous) (recontacte|recontactons|reviens|revenons|réponds|répondons|tiens|tenons|rappelle|rappelons|reviendrai|reviendrons|répondrai|répondrons)",
  "(je|nous) (reviendrai|reviendrons|ferai|ferons|traiterai|traiterons|enverrai|enverrons|répondrai|répondrons|m'en occupe|nous en occupons)",
];

export const GENERIC_AFTER = ["cas", "demandes", "questions", "sujets", "dossiers", "besoins"];

export const URGENCY_REASONS = [
  "car",
  "parce que",
  "puisque",
  "sinon",
  "faute de quoi",
  "afin de",
  "pour que",
  "échéance",
  "deadline",
  "date limite",
  "client",
  "clients",
  "production",
  "prod",
  "audit",
  "direction",
  "comité",
  "bloqué",
  "bloque",
  "panne",
  "incident",
  "erreur",
  "expire",
  "livraison",
  "mise en production",
  "démo",
  "en attente",
  "dépend",
];

/** Un événement comme échéance : « avant la réunion client », « avant l'appel de demain ». */
export const BEFORE_EVENT = [
  "(avant|d'ici) (la |le |l'|notre |ma |mon |votre )(réunion|appel|rendez-vous|présentation|comité|point|revue|démo|atelier|lancement|mise en production|audit|call)",
];
