// What Outlook shows at send time and as a hint while composing, in French. Kept apart from the
// other surfaces' words: the send handler carries these in every language and nothing else.
import type { SendWords } from "../en/send.js";

export const send: SendWords = {
  /** Smart Alerts dialog: at most 500 characters. */
  noResponseLevel: (p: { line: string }) =>
    `Vous demandez quelque chose sans préciser pour quand. Ajoutez une ligne comme « ${p.line} » ou écrivez « Pour info », pour que le destinataire sache quelle priorité lui donner.`,
  noPreRead:
    "Cette invitation ne donne rien pour se préparer : ni ordre du jour, ni décision à prendre, ni lien vers un document, ni pièce jointe. Ajoutez l'objectif et deux ou trois sujets, ou le lien de ce qu'il faut lire avant.",
  /** The dialog's button that goes back to the draft. */
  addIt: "Ajouter",
  hint: {
    "missing-response-level": "Async Coach : indiquez pour quand vous attendez une réponse, ou écrivez « Pour info ».",
    "missing-pre-read": "Async Coach : ajoutez un ordre du jour ou un document à lire avant la réunion.",
  },
};
