// What Outlook shows at send time and as a hint while composing, in Spanish. Kept apart from the
// other surfaces' words: the send handler carries these in every language and nothing else.
import type { SendWords } from "../en/send.js";

export const send: SendWords = {
  /** Smart Alerts dialog: at most 500 characters. */
  noResponseLevel: (p: { line: string }) =>
    `Pides algo, pero no dices para cuándo. Añade una línea como «${p.line}» o márcalo con «Para tu información» para que quien lo lea sepa qué prioridad darle.`,
  noPreRead:
    "Esta convocatoria no tiene material previo: ni orden del día, ni decisión que tomar, ni vínculo a un documento, ni archivo adjunto. Añade el objetivo y dos o tres temas, o vincula lo que hay que leer antes.",
  /** The dialog's button that goes back to the draft. */
  addIt: "Añadir",
  hint: {
    "missing-response-level": "Async Coach: indica para cuándo necesitas respuesta o márcalo con «Para tu información».",
    "missing-pre-read": "Async Coach: añade un orden del día o un documento para leer antes de la reunión.",
  },
};
