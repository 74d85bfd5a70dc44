// The send-time words alone, for the Outlook send handler: the two headline rules' short words and the
// dialog's button, in four languages, and none of the other words (the handler must stay small; see
// test/addin/bundle.test.ts).
import { send as enSend } from "./en/send.js";
import { send as deSend } from "./de/send.js";
import { send as frSend } from "./fr/send.js";
import { send as esSend } from "./es/send.js";
import { missingResponseLevelShort as enLevel, missingPreReadShort as enPreRead } from "./en/findings.js";
import { missingResponseLevelShort as deLevel, missingPreReadShort as dePreRead } from "./de/findings.js";
import { missingResponseLevelShort as frLevel, missingPreReadShort as frPreRead } from "./fr/findings.js";
import { missingResponseLevelShort as esLevel, missingPreReadShort as esPreRead } from "./es/findings.js";
import type { FindingWords } from "./en/findings.js";
import { picker } from "./language.js";

type Headline = "missing-response-level" | "missing-pre-read";

export interface SendWords {
  addIt: string;
  /** Each headline rule's short form: `alert` for the send dialog, `hint` for the hint bar. */
  rules: { [Rule in Headline]: FindingWords["rules"][Rule]["short"] };
}

// Named imports, not the modules' namespaces: the bundler then leaves out every other rule's words.
const words = (send: { addIt: string }, level: SendWords["rules"]["missing-response-level"], preRead: SendWords["rules"]["missing-pre-read"]): SendWords => ({
  addIt: send.addIt,
  rules: { "missing-response-level": level, "missing-pre-read": preRead },
});

/** Outlook's displayLanguage ("de-DE") → its send-time words; English for any other. */
export const sendWordsFor = picker<SendWords>({
  en: words(enSend, enLevel, enPreRead),
  de: words(deSend, deLevel, dePreRead),
  fr: words(frSend, frLevel, frPreRead),
  es: words(esSend, esLevel, esPreRead),
});

/** The English send-time words, the default. */
export const englishSendWords = sendWordsFor("en");
