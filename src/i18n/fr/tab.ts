// The norms tab's words, in French: the page, the form, the preview and the reminder switch.
import type { TabWords } from "../en/tab.js";
import type { WeekdayKey } from "../shared.js";

export const tab: TabWords = {
  /** Dates on the page ("Dernière modification … le …"). */
  locale: "fr-FR",
  loading: "Chargement…",
  outside: {
    title: "Règles d'Async Coach",
    notice: "Cette page s'exécute dans Microsoft Teams ou Outlook. Ouvrez-y l'onglet Règles d'équipe pour consulter et modifier les règles de votre équipe.",
    defaultsTitle: "Règles par défaut",
    defaultsIntro: "Tant qu'une équipe ne les a pas modifiées, toutes les vérifications suivent ces règles :",
  },
  config: {
    title: "Ajouter l'onglet Règles d'équipe",
    intro:
      "Chacun ici voit les règles que suivent les vérifications d'Async Coach : délais de réponse, heures de travail, temps de concentration et préavis de préparation des réunions. Les propriétaires de l'équipe peuvent les modifier.",
    save: "Sélectionnez Enregistrer pour ajouter l'onglet.",
    tabName: "Règles d'équipe",
  },
  scope: {
    team: (p: { team: string | null }) => (p.team ? `Règles de l'équipe ${p.team}` : "Règles d'équipe"),
    chat: "Règles de cette conversation",
    personal: "Mes règles",
    ownersOnly:
      "Seuls les propriétaires de l'équipe peuvent modifier les règles d'équipe. Si une règle ne correspond pas à votre façon de travailler, parlez-en à un propriétaire.",
    readOnly: "Vous pouvez consulter ces règles, mais pas les modifier.",
  },
  page: {
    tryAgain: "Réessayer",
    notLoaded: (p: { error: string }) => `Impossible de charger les règles : ${p.error}`,
    changedBy: (p: { by: string; when: string }) => `Dernière modification par ${p.by} le ${p.when}.`,
    defaults: "Personne ne les a encore modifiées : ce sont les règles par défaut d'Async Coach.",
    history: "Historique des modifications",
    savedWithoutChanges: "enregistré sans modification.",
    inForce: "Règles en vigueur",
    change: "Modifier les règles",
    save: "Enregistrer les règles",
    notSavedYet: "Pas encore enregistré :",
    fixFields: "Non enregistré : corrigez les champs signalés en rouge.",
    saving: "Enregistrement…",
    saved: (p: { scope: "team" | "chat" | "personal" }) =>
      p.scope === "team"
        ? "Enregistré. Les vérifications dans cette équipe suivent désormais ces règles, tout comme celles dans Outlook et dans le chat 1:1 des membres qui les suivent."
        : p.scope === "chat"
          ? "Enregistré. Les vérifications dans cette conversation suivent désormais ces règles."
          : "Enregistré. Vos vérifications dans Outlook et dans votre conversation avec Async Coach suivent désormais ces règles.",
    reload: "Recharger les règles",
    conflict:
      "Non enregistré : quelqu'un a modifié les règles après que vous les avez ouvertes. Rechargez la page pour voir sa modification, puis refaites la vôtre (vos changements restent dans le formulaire jusqu'au rechargement). ",
    notSaved: (p: { reason: string }) => `Non enregistré : ${p.reason}`,
    signedOut: "Non enregistré : votre session a expiré. Rouvrez l'onglet et réessayez.",
    offline: (p: { error: string }) => `Non enregistré : ${p.error}. Vérifiez votre connexion et réessayez.`,
  },
  follow: {
    title: "Vos propres vérifications",
    following: "Vos vérifications dans Outlook et dans votre conversation avec Async Coach suivent les règles de cette équipe.",
    notFollowing:
      "Vos vérifications dans Outlook et dans votre conversation avec Async Coach suivent vos propres règles (Mes règles), pas celles de cette équipe.",
    follow: "Suivre les règles de cette équipe",
    unfollow: "Utiliser plutôt mes propres règles",
    youFollow: (p: { team: string | null }) =>
      `Vous suivez les règles de ${p.team ?? "une équipe"} : vos vérifications dans Outlook et dans votre conversation avec Async Coach les utilisent, et les propriétaires de l’équipe les modifient.`,
    failed: (p: { error: string }) => `Rien n’a changé : ${p.error}`,
  },
  form: {
    label: "Modifier les règles",
    weekdays: { mon: "Lundi", tue: "Mardi", wed: "Mercredi", thu: "Jeudi", fri: "Vendredi", sat: "Samedi", sun: "Dimanche" } satisfies Record<
      WeekdayKey,
      string
    >,
    phrases: {
      fyi: "Expressions qui signifient « aucune réponse nécessaire »",
      input: "Expressions qui demandent un avis",
      blocking: "Expressions qui signifient « c'est bloquant »",
    },
    phrasesHint: "Une par ligne, en plus des expressions intégrées.",
    settings: { error: "À corriger", warning: "À envisager", info: "Remarque", off: "Désactivé" },
    defaultSetting: (p: { setting: string }) => `Par défaut (${p.setting})`,
    focusSwitch: "Protéger chaque jour un créneau de concentration sans réunion",
    timeZone: "Fuseau horaire",
    timeZoneSearch: "Tapez pour rechercher, par ex. Paris",
    timeZoneHint: "Tapez une ville, le nom d'un fuseau, une abréviation ou un décalage : Paris, heure d'Europe centrale, CET, +5:30.",
    workingTime: "Temps de travail",
    workingDays: "Jours ouvrés",
    workStart: "Début des heures de travail",
    workEnd: "Fin des heures de travail",
    focusTime: "Temps de concentration",
    focusStart: "Début du temps de concentration",
    focusEnd: "Fin du temps de concentration",
    replies: "Réponses et préparation des réunions",
    replyChat: "Délai de réponse aux conversations (jours ouvrés)",
    replyChatHint: "0 signifie une réponse dans la journée ouvrée.",
    replyEmail: "Délai de réponse aux e-mails (jours ouvrés)",
    replyBlocking: "Délai de réponse aux demandes bloquantes (jours ouvrés)",
    preReadNotice: "Préavis de préparation (heures avant la réunion)",
    longMessage: "Longueur à partir de laquelle suggérer « Pour info » pour un message sans demande (mots)",
    language: "Langue supposée des brouillons trop courts",
    languageHint: "Les brouillons plus longs sont lus dans leur langue de rédaction.",
    signalPhrases: "Expressions clés",
    checks: "Vérifications",
    checksHint:
      "Ce que recherche chaque vérification, et avec quelle insistance elle le signale. « Désactivé » la désactive pour toutes les personnes concernées par ces règles.",
    enterNumber: "Entrez un nombre.",
  },
  preview: {
    title: "Aperçu",
    hint: "Collez un exemple de brouillon pour voir ce que disent les vérifications avec les règles du formulaire. Il ne quitte pas cette page.",
    sentAs: "Envoyé via",
    chat: "Conversation Teams",
    email: "E-mail",
    draft: "Exemple de brouillon",
    placeholder: "Pouvez-vous relire le plan de lancement ?",
    appearHere: "Les résultats s'affichent au fur et à mesure de la saisie.",
    fixFirst: "Corrigez les champs signalés ci-dessus pour afficher l'aperçu.",
    noWords: "Rien à vérifier : le brouillon ne contient aucun mot.",
    good: "Rien à ajouter : ce brouillon est prêt à être envoyé.",
    listLabel: "Ce que disent les vérifications",
  },
  reminders: {
    title: "Rappels de préparation des réunions",
    notLoaded: "Impossible de charger le paramètre des rappels. Écrivez plutôt « watch my meetings » au bot Async Coach.",
    notSwitchedOn: "Les rappels avant les réunions ne sont pas encore activés pour votre organisation.",
    switch: "Me prévenir quand l'invitation d'une réunion que j'organise ne donne rien pour se préparer",
    saving: "Enregistrement…",
    on: "Activé : le bot Async Coach vous enverra un message avant les réunions que vous organisez si l'invitation ne donne rien pour se préparer.",
    off: "Désactivé : aucun rappel de préparation.",
    notChanged: (p: { error: string }) => `Non modifié : ${p.error}.`,
    hint: "Avant chaque réunion que vous organisez, le bot Async Coach vous envoie un message si l'invitation ne donne rien pour se préparer, en respectant au minimum votre préavis de préparation.",
  },
};
