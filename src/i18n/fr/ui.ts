// The words of the task pane, the bot's cards and the norms tab, in French.
import type { UiWords } from "../en/ui.js";
import type { Moment, ResponseLevelName, SeverityName } from "../shared.js";

/** A count with its noun; French takes the singular below 2 (0 and 1). */
const plural = (n: number, one: string, other: string) => `${n} ${n < 2 ? one : other}`;

export const ui: UiWords = {
  /** Dates and times on cards and in the pane. */
  locale: "fr-FR",
  /** The label beside a finding; "unsure" for a headline finding the rule is not sure of. */
  severity: { error: "À corriger", warning: "À envisager", info: "Remarque", unsure: "Peut-être" } satisfies Record<SeverityName | "unsure", string>,
  level: {
    none: "Pas encore de niveau de réponse",
    fyi: "Pour info : aucune réponse nécessaire",
    low: "Peu urgent",
    input: "Réponse attendue à une date précise",
    blocking: "Urgent : bloque le travail",
  } satisfies Record<ResponseLevelName, string>,
  /** Short level words, inside a sentence. */
  levelInline: {
    none: "aucun niveau de réponse",
    fyi: "pour info (aucune réponse nécessaire)",
    low: "peu urgent",
    input: "réponse attendue à une date précise",
    blocking: "urgent (bloque le travail)",
  } satisfies Record<ResponseLevelName, string>,
  meetingCost: (p: { personHours: number; people: number }) =>
    `Coût de la réunion : ${plural(p.personHours, "heure-personne", "heures-personnes")} (${plural(p.people, "personne", "personnes")}).`,
  notAMeeting: (p: { reason: string }) => `Non évalué comme réunion : ${p.reason}.`,

  pane: {
    empty: "Rien à vérifier pour l'instant. Rédigez votre message : je le vérifie au fur et à mesure de la saisie.",
    good: "Prêt à envoyer : rien à ajouter.",
    listLabel: "À ajouter avant l'envoi",
    notChecked: (p: { language: string }) => `Non vérifié : ce texte semble être en ${p.language}.`,
    levelBy: (p: { level: string; deadline: string }) => `${p.level} : « ${p.deadline} ».`,
    level: (p: { level: string }) => `${p.level}.`,
    intro: "Les vérifications s'exécutent sur cet ordinateur ; votre brouillon n'est jamais envoyé ailleurs.",
    checking: "Vérification…",
    resultsLabel: "Résultats de la vérification",
    unreadable: (p: { error: string }) => `Async Coach n'a pas pu lire cet élément : ${p.error}`,
    notAdded: (p: { error: string }) => `Impossible d'ajouter la ligne : ${p.error}`,
  },

  card: {
    nothingToCheck: "Rien à vérifier",
    notChecked: "Non vérifié",
    good: { draft: "Prêt à envoyer", sent: "Rien ne manque" } satisfies Record<Moment, string>,
    toLookAt: {
      draft: (n: number) => `${plural(n, "point à revoir", "points à revoir")} avant l'envoi`,
      sent: (n: number) => `${plural(n, "point que ce message aurait pu préciser", "points que ce message aurait pu préciser")}`,
    } satisfies Record<Moment, (n: number) => string>,
    noWords: {
      draft: "Le brouillon est encore vide. Tapez ou collez le message que vous voulez envoyer.",
      sent: "Ce message ne contient aucun texte à vérifier.",
    } satisfies Record<Moment, string>,
    notRead: (p: { language: string }) =>
      `Ce texte semble être en ${p.language}. Async Coach lit l'anglais, l'allemand, le français et l'espagnol : il ne se prononce donc pas ici sur les niveaux de réponse.`,
    detected: (p: { level: string; deadline: string | null }) => (p.deadline ? `Lu comme : ${p.level} (« ${p.deadline} »).` : `Lu comme : ${p.level}.`),
    improved: { draft: "Brouillon amélioré, prêt à copier :", sent: "La prochaine fois, vous pourriez écrire :" } satisfies Record<Moment, string>,
    linesToAdd: {
      draft: "Votre brouillon est trop long pour être affiché ici. Ajoutez après la formule d’appel :",
      sent: "La prochaine fois, ajoutez après la formule d’appel :",
    } satisfies Record<Moment, string>,
    pasteDraft: "Collez votre brouillon",
    draft: "Brouillon",
    check: "Vérifier",
    checkAgain: "Vérifier à nouveau",
    insertImproved: "Insérer le brouillon amélioré",
    insert: "Insérer le brouillon",
    insertNote:
      "Insérer place le brouillon dans la zone de rédaction sous forme de carte, qui n'y est pas modifiable. Pour le modifier avant l'envoi, copiez plutôt le texte ci-dessus.",
  },
};
