// What Outlook shows at send time and as a hint while composing, in German. Kept apart from the
// other surfaces' words: the send handler carries these in every language and nothing else.
import type { SendWords } from "../en/send.js";

export const send: SendWords = {
  /** Smart Alerts dialog: at most 500 characters. */
  noResponseLevel: (p: { line: string }) =>
    `Du bittest um etwas, sagst aber nicht, bis wann. Füge eine Zeile wie „${p.line}“ hinzu oder kennzeichne die Nachricht mit „Zur Info“, damit klar ist, wie dringend sie ist.`,
  noPreRead:
    "Diese Einladung hat keine Vorabinfo: keine Agenda, keine anstehende Entscheidung, keinen Dokumentlink und keinen Anhang. Füge das Ziel und zwei, drei Themen hinzu oder verlinke, was vorab gelesen werden soll.",
  /** The dialog's button that goes back to the draft. */
  addIt: "Ergänzen",
  hint: {
    "missing-response-level": "Async Coach: Sag, bis wann du eine Antwort brauchst, oder kennzeichne die Nachricht mit „Zur Info“.",
    "missing-pre-read": "Async Coach: Füge eine Agenda oder ein Dokument hinzu, das vor der Besprechung gelesen werden soll.",
  },
};
