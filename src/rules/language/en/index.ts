// English: the phrase inventories of this folder. A new language is a folder like this one with
// the same names (see ../build.ts); a list it leaves out matches nothing.
import { buildLanguage, type LanguageData } from "../build.js";
import * as asks from "./asks.js";
import * as mail from "./mail.js";
import * as meetings from "./meetings.js";
import * as signals from "./signals.js";
import * as time from "./time.js";
import * as tone from "./tone.js";
import { SPELLINGS, VOCABULARY } from "./vocabulary.js";

export const data: LanguageData = {
  id: "en",
  locale: "en-GB",
  vocabulary: VOCABULARY,
  spellings: SPELLINGS,
  asks,
  signals,
  time,
  mail,
  meetings,
  tone,
  grammar: {
    whQuestion:
      /^(?:how|what|when|where|which|who|whom|whose|why|(?:which|what|whose) [a-z-]+)(?:'s| is| are| was| were| do| does| did| can| could| should| would| will| shall| has| have)\b(?! (?:been|going on|happening|new)\b)/,
  },
  fixLines: {
    replyBy: "Need your input by {day}.",
    fyi: "FYI, no response needed.",
    agenda: "Goal: <the decision or outcome we need>\nAgenda:\n1. <topic>\n2. <topic>\nPre-read: <link to the document>",
  },
};

export const en = buildLanguage(data);
