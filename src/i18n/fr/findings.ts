// What the rules say, in French: each rule's name and its messages. The rules fill in the
// writer's own words and the dates; the sentences are here, whole, one per case.
import type { FindingWords } from "../en/findings.js";
import type { RecurrenceWords, Reason } from "../shared.js";

/** French plural: 0 and 1 (and anything below 2) take the singular. */
const plural = (n: number, one: string, other: string) => (n < 2 ? one : other);
const personHours = (hours: number) => `${hours} ${plural(hours, "heure-personne", "heures-personnes")}`;
const duration = (minutes: number) => (minutes % 60 === 0 ? `${minutes / 60} h` : `${minutes} min`);

const recurrence = ({ unit, interval, workingDays }: RecurrenceWords): string => {
  if (workingDays) return "tous les jours ouvrés";
  if (!unit) return "à intervalles réguliers";
  if (interval === 1) {
    return { day: "tous les jours", week: "toutes les semaines", month: "tous les mois", year: "tous les ans" }[unit];
  }
  return {
    day: `tous les ${interval} jours`,
    week: `toutes les ${interval} semaines`,
    month: `tous les ${interval} mois`,
    year: `tous les ${interval} ans`,
  }[unit];
};

// The headline rules' words: the finding's (long) and Outlook's send dialog and hint bar (short). The short
// forms are exported on their own so the send handler carries them and none of the other words.
export const missingResponseLevelShort: FindingWords["rules"]["missing-response-level"]["short"] = {
  /** Outlook's Smart Alerts dialog at send time: at most 500 characters. */
  alert: (p: { line: string; ask: string | null }) =>
    `Vous demandez quelque chose${p.ask ? ` (« ${p.ask} »)` : ""} sans préciser pour quand. Ajoutez une ligne comme « ${p.line} » ou écrivez « Pour info », pour que le destinataire sache quelle priorité lui donner.`,
  /** Outlook's hint bar while composing. */
  hint: "Async Coach : indiquez pour quand vous attendez une réponse, ou écrivez « Pour info ».",
};

const missingResponseLevel: FindingWords["rules"]["missing-response-level"] = {
  title: "Niveau de réponse manquant",
  summary: "Un message qui demande quelque chose précise son degré d'urgence ou pour quand il attend une réponse.",
  message: (p: { ask: string; inSubject: boolean; line: string; unsure: boolean }) =>
    p.unsure
      ? `${p.inSubject ? "L'objet contient peut-être une demande" : "Ceci est peut-être une demande"} : ${p.ask}. Si vous attendez une réponse, dites pour quand (« ${p.line} ») ou à quel point c'est urgent ; sinon, écrivez « Pour info, pas besoin de répondre ».`
      : p.inSubject
        ? `Dans l'objet, vous demandez ${p.ask} sans préciser pour quand ni à quel point c'est urgent. Ajoutez une date de réponse (« ${p.line} »), indiquez ce que cela bloque ou écrivez « Pour info, pas besoin de répondre ».`
        : `Vous demandez ${p.ask} sans préciser pour quand ni à quel point c'est urgent. Ajoutez une date de réponse (« ${p.line} »), indiquez ce que cela bloque ou écrivez « Pour info, pas besoin de répondre ».`,
  fix: "Ajouter une date de réponse en haut",
  short: missingResponseLevelShort,
};

export const missingPreReadShort: FindingWords["rules"]["missing-pre-read"]["short"] = {
  /** Outlook's Smart Alerts dialog at send time: at most 500 characters. */
  alert:
    "Cette invitation ne donne rien pour se préparer : ni ordre du jour, ni décision à prendre, ni lien vers un document, ni pièce jointe. Ajoutez l'objectif et deux ou trois sujets, ou le lien de ce qu'il faut lire avant.",
  /** Outlook's hint bar while composing. */
  hint: "Async Coach : ajoutez un ordre du jour ou un document à lire avant la réunion.",
};

const missingPreRead: FindingWords["rules"]["missing-pre-read"] = {
  title: "Rien pour se préparer",
  summary: "Une invitation à une réunion donne de quoi se préparer : un ordre du jour, la décision à prendre, un lien vers un document ou une pièce jointe.",
  message: (p: { hasJoinInfo: boolean }) =>
    p.hasJoinInfo
      ? "Personne ne peut préparer cette réunion : elle n'a ni ordre du jour, ni décision à prendre, ni lien vers un document, ni pièce jointe (le lien pour rejoindre la réunion ne compte pas). Ajoutez l'objectif et deux ou trois sujets, ou le lien du document à lire avant."
      : "Personne ne peut préparer cette réunion : elle n'a ni ordre du jour, ni décision à prendre, ni lien vers un document, ni pièce jointe. Ajoutez l'objectif et deux ou trois sujets, ou le lien du document à lire avant.",
  fix: "Ajouter un modèle d'ordre du jour en haut",
  short: missingPreReadShort,
};

export const findings: FindingWords = {
  /** The locale dates and weekdays are written in. */
  locale: "fr-FR",
  quote: (text: string) => `« ${text} »`,
  notAMeeting: {
    cancelled: "l'événement est annulé",
    "all-day": "c'est un événement d'une journée entière",
    "no-attendees": "personne d'autre n'est invité",
  } satisfies Record<Reason, string>,
  rules: {
    "missing-response-level": missingResponseLevel,
    "vague-deadline": {
      title: "Échéance floue",
      summary: "Une demande qui parle de délai donne une date, pas « bientôt » ni « quand vous aurez un moment ».",
      message: (p: { words: string; day: string }) =>
        `Avec ${p.words}, le destinataire doit deviner quand vous en avez besoin. Si une date compte, indiquez-la : « d'ici ${p.day} ».`,
    },
    "unworkable-deadline": {
      title: "Échéance impossible à tenir",
      summary: "Une date de réponse est à venir et tombe un jour ouvré.",
      past: (p: { words: string; when: string }) => `La date ${p.words} (${p.when}) est déjà passée. Indiquez une date à venir.`,
      nonWorkingDay: (p: { words: string; weekday: string; before: string | null; after: string }) =>
        `La date ${p.words} tombe un ${p.weekday}, en dehors des jours ouvrés de l'équipe. Choisissez plutôt ${p.before ? `${p.before} ou ${p.after}` : p.after}.`,
    },
    "unexplained-urgency": {
      title: "Urgent, mais pourquoi ?",
      summary: "Une formulation urgente précise ce qui est bloqué ou ce qui est en jeu.",
      message: (p: { words: string }) =>
        `Sans raison, ${p.words} met toutes les demandes sur le même plan. Indiquez ce qui est bloqué ou ce qui se passe si cela attend (« la mise en production est bloquée jusqu'à… »).`,
    },
    "mixed-signals": {
      title: "Signaux contradictoires",
      summary: "Un message indique un seul niveau de réponse, pas « Pour info » et « il me le faut aujourd'hui » à la fois.",
      message: (p: { fyi: string; other: string }) =>
        `${p.fyi} indique qu'aucune réponse n'est nécessaire, mais ${p.other} en demande une. Ne gardez que celui des deux qui correspond à votre intention.`,
    },
    "greeting-only": {
      title: "Simple salutation",
      summary: "Un message de conversation dit tout d'emblée, et pas seulement « Bonjour » ou « Vous avez une minute ? ».",
      message: () =>
        "Une salutation seule oblige le destinataire à attendre le vrai message. Dites tout en un seul message : ce dont vous avez besoin, et pour quand.",
    },
    "suggest-call": {
      title: "Mieux vaut un appel",
      summary: "Les désaccords et les longs échanges se règlent par un appel, pas par écrit.",
      heated: () =>
        "Le ton semble vif. À l'écrit, les tensions montent ; lors d'un appel, elles retombent. Proposez un court appel, puis confirmez les faits par écrit.",
      longThread: (p: { times: number; atLeast: boolean }) =>
        p.atLeast
          ? `Cette conversation a fait plus de ${p.times} ${plural(p.times, "aller-retour", "allers-retours")} et des questions restent en suspens. Un appel de 15 minutes peut suffire à trancher ; publiez ensuite la conclusion ici.`
          : `Cette conversation a fait ${p.times} ${plural(p.times, "aller-retour", "allers-retours")} et des questions restent en suspens. Un appel de 15 minutes peut suffire à trancher ; publiez ensuite la conclusion ici.`,
    },
    "long-message-without-fyi": {
      title: "Message long sans « Pour info »",
      summary: "Un long message qui ne demande rien l'annonce dès le début avec « Pour info ».",
      message: (p: { words: number }) =>
        `Ce message fait ${p.words} ${plural(p.words, "mot", "mots")} et ne demande rien au destinataire. Commencez par « Pour info, pas besoin de répondre » pour qu'il sache comment le traiter.`,
      fix: "Ajouter « Pour info » en haut",
    },
    "missing-pre-read": missingPreRead,
    "no-stated-purpose": {
      title: "Objectif non précisé",
      summary: "Le titre ou la description d'une réunion indique à quoi elle sert.",
      noTitle: () =>
        "Cette invitation n'a pas de titre. Indiquez le résultat attendu dans le titre ou la première ligne, par exemple « Décider du plan de recrutement du T3 ».",
      genericTitle: (p: { title: string }) =>
        `Le titre ${p.title} dit de quel type de réunion il s'agit, pas à quoi elle sert. Indiquez le résultat attendu dans le titre ou la première ligne, par exemple « Décider du plan de recrutement du T3 ».`,
    },
    "pre-read-too-late": {
      title: "Préavis trop court",
      summary: "Une invitation part assez tôt pour que les participants aient le temps de se préparer.",
      message: (p: { hours: number; notice: number; day: string; time: string }) => {
        const startsIn =
          p.hours < 1
            ? `${Math.round(p.hours * 60)} ${plural(Math.round(p.hours * 60), "minute", "minutes")}`
            : `${Math.round(p.hours)} ${plural(Math.round(p.hours), "heure", "heures")}`;
        return (
          `Cette réunion commence dans ${startsIn}, soit moins que le préavis de ${p.notice} ${plural(p.notice, "heure", "heures")} fixé par l'équipe : les participants n'auront pas le temps de lire quoi que ce soit avant. ` +
          `Déplacez-la au ${p.day} à ${p.time} ou plus tard, ou réglez la question par écrit.`
        );
      },
    },
    "could-be-async": {
      title: "Possible en asynchrone",
      summary: "Les points d'avancement et les annonces passent par écrit ; les réunions servent aux décisions et aux discussions.",
      message: (p: { personHours: number; recurring: boolean }) =>
        p.recurring
          ? `Cette réunion semble ne servir qu'à des points d'avancement. Un point écrit ou enregistré ferait gagner ${personHours(p.personHours)} à chaque occurrence ; gardez la réunion pour ce qui demande une décision.`
          : `Cette réunion semble ne servir qu'à des points d'avancement. Un point écrit ou enregistré ferait gagner ${personHours(p.personHours)} ; gardez la réunion pour ce qui demande une décision.`,
    },
    "meeting-cost": {
      title: "Coût de la réunion",
      summary: "L'invitation indique ce que coûte la réunion : participants × durée.",
      message: (p: { personHours: number; people: number; minutes: number; recurrence: RecurrenceWords | null; perMonth: number }) =>
        `Cette réunion coûte ${personHours(p.personHours)} (${p.people} ${plural(p.people, "personne", "personnes")} × ${duration(p.minutes)}).` +
        (p.recurrence
          ? ` Elle a lieu ${recurrence(p.recurrence)} : environ ${personHours(p.perMonth)} par mois. Faites le point de temps en temps : chaque occurrence est-elle encore nécessaire ?`
          : ""),
    },
    "focus-time-conflict": {
      title: "Sur le temps de concentration",
      summary: "Les réunions restent en dehors du temps de concentration protégé de l'équipe.",
      message: (p: { weekday: string; start: string; end: string; focusStart: string; focusEnd: string }) =>
        `Le créneau du ${p.weekday} de ${p.start} à ${p.end} empiète sur le temps de concentration de l'équipe (${p.focusStart}–${p.focusEnd}, sans réunion). Déplacez la réunion à ${p.focusEnd} ou plus tard.`,
    },
    "missing-attachment": {
      title: "Pièce jointe manquante",
      summary: "Une invitation qui mentionne une pièce jointe en contient une.",
      message: (p: { words: string }) => `L'invitation mentionne ${p.words}, mais il n'y a ni pièce jointe ni lien. Joignez le fichier ou ajoutez son lien.`,
    },
    "language-not-checked": {
      title: "Langue non vérifiée",
      summary: "Un brouillon dans une langue qu'Async Coach ne lit pas encore n'est pas évalué, et le message l'indique.",
      message: (p: { language: string | null; code: string }) =>
        p.language
          ? `Non vérifié : ce texte semble être en ${p.language}, et Async Coach lit l'anglais, l'allemand, le français et l'espagnol. Il ne se prononce donc pas ici sur les niveaux de réponse ni sur la préparation des réunions.`
          : `Non vérifié : ce texte semble rédigé dans la langue « ${p.code} », et Async Coach lit l'anglais, l'allemand, le français et l'espagnol. Il ne se prononce donc pas ici sur les niveaux de réponse ni sur la préparation des réunions.`,
    },
  },
};
