// What the Teams bot says, in French: its cards (welcome, help, norms, settings, pre-read
// reminder) and its replies. Commands stay the English words people type ("help", "norms").
import type { BotWords } from "../en/bot.js";
import type { ScopeName } from "../shared.js";

/** « l'équipe Ventes », « cette conversation », « vous ». */
const whose = (scope: ScopeName) =>
  scope.kind === "team" ? (scope.team ? `l'équipe ${scope.team}` : "cette équipe") : scope.kind === "chat" ? "cette conversation" : "vous";

/** A count with its noun; French takes the singular below 2 (0 and 1). */
const plural = (n: number, one: string, other: string) => `${n} ${n < 2 ? one : other}`;

export const bot: BotWords = {
  welcome: {
    title: "Bonjour, je suis Async Coach",
    intro:
      "Collez ou transférez un brouillon, et je vous dirai ce qu'il faut ajouter avant de l'envoyer : son degré d'urgence ou la date à laquelle vous attendez une réponse. Les invitations à une réunion sont vérifiées dans Outlook, pour leur document préparatoire.",
    iDo: "Ce que je fais",
    iDoWhat: "Vérifier les brouillons que vous m'envoyez, appliquer les règles de votre équipe et conserver ces règles.",
    iNever: "Ce que je ne fais jamais",
    iNeverWhat: "Lire vos autres conversations ou canaux, ou conserver le texte de vos messages.",
    typeHelp: "Tapez **help** pour voir ce que je peux faire.",
    showNorms: "Afficher nos règles",
    help: "Aide",
  },
  help: {
    title: "Ce que je peux faire",
    check: "Tapez « check » suivi de votre brouillon, ou collez simplement le brouillon : je vous indique ce qu'il faut ajouter avant de l'envoyer.",
    norms: "Afficher les règles que suivent vos vérifications.",
    settings: "Modifier les règles.",
    watchOn: "Avant les réunions que vous organisez, je vous préviens si l'invitation ne donne rien pour se préparer.",
    watchOff:
      "Rappels avant les réunions que vous organisez, quand l'invitation ne donne rien pour se préparer. Pas encore activés ici : votre administrateur Teams peut les activer.",
    stopWatching: "Ne plus recevoir de rappels de préparation des réunions.",
    helpItself: "Afficher cette liste.",
    anyChat:
      "Dans n'importe quelle conversation, utilisez **Check my draft** depuis la zone de rédaction, ou **Check this message** depuis le menu ... d'un message.",
    showNorms: "Afficher nos règles",
    changeNorms: "Modifier les règles",
  },
  norms: {
    title: (p: { scope: ScopeName }) => `Règles pour ${whose(p.scope)}`,
    changedBy: (p: { by: string | null; when: string }) => (p.by ? `Dernière modification par ${p.by} le ${p.when}.` : `Dernière modification le ${p.when}.`),
    defaults: "Ce sont les règles par défaut : personne ne les a encore modifiées.",
    changeNorms: "Modifier les règles",
  },
  settings: {
    title: (p: { scope: ScopeName }) => `Modifier les règles pour ${whose(p.scope)}`,
    notSaved: "Non enregistré. Corrigez les points suivants :",
    didYouMean: (p: { zones: string }) => `Vouliez-vous dire ${p.zones} ?`,
    timeZone: "Fuseau horaire (une ville comme Paris ou un nom IANA comme Europe/Paris)",
    timeZoneRequired: "Le fuseau horaire est obligatoire",
    workingDays: "Jours ouvrés",
    weekdaysShort: { mon: "Lun", tue: "Mar", wed: "Mer", thu: "Jeu", fri: "Ven", sat: "Sam", sun: "Dim" },
    workFrom: "Début des heures de travail",
    to: "Fin",
    focusFrom: "Début du temps de concentration (vide : aucun)",
    preReadNotice: "Préavis de préparation des réunions (heures)",
    replyChat: "Délai de réponse aux conversations (jours ouvrés, 0 = dans la journée)",
    replyEmail: "Délai de réponse aux e-mails (jours ouvrés)",
    save: "Enregistrer les règles",
    /** Field names in error lines: "Fuseau horaire: …". */
    fields: {
      timeZone: "Fuseau horaire",
      workingDays: "Jours ouvrés",
      workingHours: "Heures de travail",
      focusWindow: "Temps de concentration",
      preReadNoticeHours: "Préavis de préparation",
      chat: "Délai de réponse aux conversations",
      email: "Délai de réponse aux e-mails",
    },
  },
  reminder: {
    noPreRead: "Rien ne permet encore de préparer votre réunion",
    couldBeClearer: "Votre invitation à la réunion pourrait être plus claire",
    meeting: "Réunion",
    when: "Quand",
    atStake: "Enjeu",
    noSubject: "(Aucun objet)",
    cost: (p: { personHours: number; people: number }) =>
      `${plural(p.personHours, "heure-personne", "heures-personnes")} (${plural(p.people, "personne", "personnes")})`,
    whatToAdd: "À ajouter avant le début de la réunion :",
    open: "Ouvrir dans Outlook",
    dismiss: "Inutile pour cette réunion",
    snooze: "Me le rappeler plus tard",
  },
  replies: {
    greeting:
      "Bonjour ! Collez un brouillon (un e-mail ou un message) et je vous dirai s'il indique ce qu'il attend du lecteur et pour quand. Dites « aide » pour tout ce que je fais.",
    thanks: "Avec plaisir.",
    ack: "Très bien. Collez un brouillon quand vous voulez le faire vérifier.",
    whatIsLevel:
      "Un niveau de réponse dit au lecteur ce que vous attendez de lui et pour quand : « Pour info, pas besoin de répondre », « J'ai besoin de ton avis d'ici jeudi » ou « Cela bloque la mise en production, merci de répondre aujourd'hui ». Je le cherche dans chaque message qui demande quelque chose et je propose la ligne à ajouter.",
    turnOff:
      "Les vérifications s'activent et se désactivent dans les normes : dans une équipe, l'onglet Normes (propriétaires de l'équipe) ; pour vous, dites « paramètres » ici.",
    checkUnavailable: "Je ne peux pas vérifier ce brouillon pour l'instant : trop de demandes sont en cours. Renvoyez-le dans un moment.",
    preReadOff:
      "Les rappels de préparation des réunions ne sont pas encore disponibles dans votre organisation : ils demandent un accès en lecture aux calendriers, que seul votre administrateur Teams peut donner à Async Coach. Prévenez-le si vous les souhaitez.",
    preReadOffStop: "Les rappels de préparation des réunions ne sont pas activés dans votre organisation : il n'y a rien à arrêter.",
    ownersOnly:
      "Seuls les propriétaires de l'équipe peuvent modifier ses règles. Les voici ; si l'une d'elles ne correspond pas à votre façon de travailler, parlez-en à un propriétaire.",
    notSavedOwnersOnly:
      "Non enregistré. Seuls les propriétaires de l'équipe peuvent modifier ses règles. Les voici ; si l'une d'elles ne correspond pas à votre façon de travailler, parlez-en à un propriétaire.",
    unknownUser: "Je n'ai pas pu vous identifier dans Microsoft Entra ID : je ne peux donc pas lire votre calendrier.",
    unwatched:
      "C'est fait : vous ne recevrez plus de rappels de préparation des réunions, y compris par le biais d'un paramètre d'équipe. Écrivez « watch my meetings » pour les réactiver.",
    watchInPersonalChat:
      "Les rappels arrivent dans une conversation individuelle avec moi. Ouvrez une conversation avec Async Coach et écrivez-y « watch my meetings ».",
    watching: (p: { added: boolean; personal: boolean; notice: number }) => {
      const done = p.added ? "C'est fait" : "C'est déjà activé";
      const hours = plural(p.notice, "heure", "heures");
      const privacy = "Je ne lis les invitations que pour les évaluer et je n'en conserve pas le texte. Écrivez « stop watching » pour désactiver ces rappels.";
      return p.personal
        ? `${done} : si l'invitation d'une réunion que vous organisez ne donne rien pour se préparer ou ne respecte pas vos règles, ` +
            `je vous enverrai un message au moins ${hours} avant la réunion (ou immédiatement si elle est planifiée moins de ${hours} à l'avance). ${privacy}`
        : `${done} : si l'invitation d'une réunion que vous organisez ne donne rien pour se préparer ou ne respecte pas vos règles, ` +
            `je vous enverrai un message dans notre conversation individuelle au moins ${hours} avant la réunion (ou immédiatement si elle est planifiée moins de ${hours} à l'avance). ${privacy}`;
    },
    teamInChannel: "Écrivez ceci dans un canal de l'équipe. Pour vos propres réunions, écrivez « watch my meetings ».",
    teamOwnersOnly:
      "Seuls les propriétaires de l'équipe peuvent activer ou désactiver la vérification de la préparation des réunions pour toute l'équipe. Vous pouvez toujours écrire « watch my meetings » pour vos propres réunions.",
    teamUnwatched:
      "C'est fait : la vérification de la préparation des réunions est désactivée pour l'équipe. Les personnes qui ont écrit « watch my meetings » conservent leurs rappels.",
    teamWasNotWatched: "La vérification de la préparation des réunions n'était pas activée pour l'équipe.",
    teamUnknown:
      "Teams ne m'a indiqué ni le groupe ni le locataire de cette équipe : je ne peux donc pas en lire les membres. Réessayez depuis un message de canal.",
    teamWatching: (p: { added: boolean; team: string | null }) => {
      const done = p.added ? "C'est fait" : "C'est déjà activé";
      const rest =
        "si l'invitation ne donne rien pour se préparer, assez tôt pour qu'elle puisse encore être complétée. " +
        "Je ne lis les invitations que pour les évaluer et je n'en conserve pas le texte. " +
        "Chacun peut écrire « stop watching » pour se désinscrire ; un propriétaire peut écrire « stop watching team meetings ».";
      return p.team
        ? `${done} : avant chaque réunion organisée par un membre de l'équipe ${p.team}, j'enverrai un message à l'organisateur dans une conversation individuelle ${rest}`
        : `${done} : avant chaque réunion organisée par un membre de cette équipe, j'enverrai un message à l'organisateur dans une conversation individuelle ${rest}`;
    },
    reminderGone: "Je ne trouve plus ce rappel ; rien n'a été modifié.",
    dismissed: "C'est noté : vous ne recevrez plus de rappels pour cette réunion.",
    snoozed: (p: { at: string }) =>
      `C'est noté : je réexaminerai cette réunion après ${p.at} et je vous préviendrai si elle ne donne toujours rien pour se préparer.`,
    formIncomplete: "Le formulaire était incomplet ; veuillez réessayer.",
    privateNotes: "Mes remarques sur le message que vous venez de publier. Vous seul les voyez.",
    privateSent: "Je vous ai envoyé mes remarques dans une conversation 1:1.",
    privateFailed:
      "Je n’ai pas pu ouvrir de conversation 1:1 avec vous : mes remarques restent donc privées. Ouvrez une conversation avec Async Coach et collez-y votre message pour les voir.",
    saved: (p: { scope: "team" | "chat" | "personal" }) =>
      p.scope === "team"
        ? "Enregistré. Les vérifications dans cette équipe suivent désormais ces règles ; les membres qui les suivent dans Mes règles les ont aussi dans Outlook et dans leur conversation avec moi."
        : p.scope === "chat"
          ? "Enregistré. Les vérifications dans cette conversation suivent désormais ces règles."
          : "Enregistré. Vos vérifications ici et dans Outlook suivent désormais ces règles.",
    youFollow: (p: { team: string | null }) =>
      `Vous suivez les règles de ${p.team ?? "une équipe"} : vos vérifications ici et dans Outlook les utilisent. Pour utiliser les vôtres, choisissez « Utiliser plutôt mes propres règles » dans l’onglet Mes règles, ou enregistrez les vôtres avec « paramètres ».`,
    staleForm: (p: { by: string | null; you: boolean }) =>
      p.you
        ? "Non enregistré : ce formulaire n'était plus à jour, car vous avez modifié les règles depuis une autre copie. Le voici avec les règles actuelles ; refaites votre modification si elle est toujours utile."
        : `Non enregistré : ce formulaire n'était plus à jour, car ${p.by ?? "quelqu'un"} a modifié les règles après son ouverture. Le voici avec les règles actuelles ; refaites votre modification si elle est toujours utile.`,
  },
};
