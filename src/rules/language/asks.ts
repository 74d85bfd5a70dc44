// Finds the sentences in which the writer asks the reader for something: a question, a request,
// an approval, a decision, a need. What only looks like one is not: pleasantries ("how was the
// trip?"), closers and offers ("let me know if you have any questions", "if you want the file,
// shout"), rhetorical questions ("who would have guessed?", a question the writer answers), asks
// inside a condition ("if you need to undertake any checks, …").
//
// Each ask is strong or weak. Strong: a question or request put to the reader ("Can you …?",
// "Please review …"). Weak: a need stated in passing, a request in the third person, a question
// with no question mark, a one-word question. The send-time check speaks only about strong asks.
import { countWords, WORD_CHAR_RANGES } from "../text/letters.js";
import type { Sentence } from "../text/sentences.js";
import { en } from "./en/index.js";
import type { Language } from "./build.js";
import { endsWithPhrase, normalize, plain } from "./phrases.js";

export type AskKind = "question" | "request" | "need";

export interface Ask {
  sentence: Sentence;
  kind: AskKind;
  strong: boolean;
  /** The ask stands only in the subject line; it has no range in the text. */
  inSubject?: boolean;
}

export interface AskReading {
  kind: AskKind;
  strong: boolean;
}

const URL_ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+/g;
// A name or a word and a comma before the real start: "Sharon, can you …", "Mark could you …".
const VOCATIVE = /^(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*[,:]\s+|([A-Z][a-z'’-]+)\s+(?=(?:could|can|would|will|please|pls|kindly)\b))/;
function withoutVocative(text: string, language: Language): string {
  const m = VOCATIVE.exec(text);
  if (!m || (m[1] !== undefined && language.asks.notAName.has(m[1].toLowerCase()))) return text;
  return text.slice(m[0].length);
}
const HAS_WORD = new RegExp(`[${WORD_CHAR_RANGES}]`);

/** Lower-cased, chat spellings spelled out, links and addresses gone, spaces collapsed. */
function readable(text: string, language: Language): string {
  let out = normalize(text).replace(URL_ADDRESS, " ");
  // E-mail addresses go by token: a pattern like "[\w.]+@" rescans long words from every start.
  if (out.includes("@"))
    out = out
      .split(/\s+/)
      .filter((token) => !token.includes("@") || token.startsWith("@"))
      .join(" ");
  return out
    .split(/\s+/)
    .map((word) => {
      const bare = /^([a-z0-9']+)([^a-z0-9']*)$/.exec(word);
      const spelled = bare ? language.spellings[bare[1] ?? ""] : undefined;
      return spelled && bare ? spelled + (bare[2] ?? "") : word;
    })
    .join(" ")
    .trim();
}

function stripLeadIn(text: string, language: Language): string {
  let rest = text.replace(/^[\s"'(*\-•>]+/, "");
  for (let i = 0; i < 4; i++) {
    const next = rest.replace(language.asks.leadIn, "").replace(/^[,:\s-]+/, "");
    if (next === rest) break;
    rest = next;
  }
  return rest;
}

// Where a clause may begin inside a sentence.
const CLAUSE_START = /, |; | - | and | but | so | as | because /g;

/** True when a clause of the text (its start, or after a comma or "and") begins with the anchored pattern. */
function someClauseStarts(pattern: RegExp, text: string): boolean {
  if (pattern.test(text)) return true;
  for (const m of text.matchAll(CLAUSE_START)) {
    if (pattern.test(text.slice((m.index ?? 0) + m[0].length))) return true;
  }
  return false;
}

/** "… if you have any questions", "… in case the link breaks": a condition under which only trouble calls for a reply. */
function hasCloserCondition(text: string, language: Language): boolean {
  const { closerConditionWord, closerCondition } = language.asks;
  for (const m of text.matchAll(closerConditionWord)) {
    const after = (m.index ?? 0) + m[0].length + 1;
    if (closerCondition.test(text.slice(after, after + 120))) return true;
  }
  return false;
}

/** The clause after a condition ("if the numbers look right, please approve"), or null when the whole sentence is conditional. */
function mainClause(text: string, language: Language): string | null {
  const { asks } = language;
  if (!asks.conditionOpener.test(text)) return text;
  if (hasCloserCondition(text.slice(0, 120), language)) {
    const comma = text.indexOf(", ");
    // "If you have any questions, call me": a closer. "If you can, please send it today": an ask.
    if (comma < 0 || hasCloserCondition(text.slice(0, comma + 1), language)) return null;
  }
  const comma = text.indexOf(", ");
  if (comma >= 0) return text.slice(comma + 2);
  // "If you could send the file that'd be great": a polite request with no comma.
  if (/^if (?:you|u) (?:could|can|would) (?:please |kindly )?[a-z]/.test(text)) return text.slice(3);
  // "If you have traded with them I would like to know": the main clause starts without a comma.
  const main = asks.mainClauseStart.exec(text);
  return main ? text.slice(main.index + (main[1]?.length ?? 0)) : null;
}

/** Classifies one sentence; null when it asks nothing. */
export function classifyAsk(sentenceText: string, language: Language = en): AskReading | null {
  const { asks } = language;
  const full = readable(withoutVocative(sentenceText, language), language);
  const questionMark = full.includes("?");
  let text = stripLeadIn(full, language);
  if (!HAS_WORD.test(text)) return null;
  if (asks.pleasantry.test(text) || asks.closer.test(text) || asks.smallTalk.test(text)) return null;
  if (questionMark && asks.rhetorical.test(text)) return null;
  const main = mainClause(text, language);
  if (main === null) return null;
  // "If a customer asks for a refund, check the receipt": guidance for whenever it happens.
  if (main !== text && asks.hypothetical.test(text)) return null;
  const standing = main !== text && asks.standingCondition.test(text);
  text = stripLeadIn(main, language);
  // "If you have any conflicts, please trade with someone": guidance, unless it asks for a reply.
  if (standing && !asks.replyToWriter.test(text)) return null;
  const words = countWords(text);
  if (words === 0 || asks.pleasantry.test(text) || asks.closer.test(text)) return null;
  // "Let me know / call me / shout if you have any questions": a closer, unless something else is asked first.
  if (asks.contact.test(text) && hasCloserCondition(text, language)) return null;

  if (questionMark) {
    if (words >= 2) return { kind: "question", strong: words >= 3 };
    return asks.interjection.test(text) ? null : { kind: "question", strong: false };
  }
  if (asks.modalRequest.test(text)) return words >= 3 ? { kind: "question", strong: true } : null;
  if (asks.obligation.test(text)) return { kind: "request", strong: true };
  if (asks.imperative.test(text) || asks.please.test(text)) return { kind: "request", strong: true };
  const letMeKnow = asks.letMeKnow.exec(text);
  // "here's the recording, lmk if it doesn't play": a closer wherever it stands.
  if (letMeKnow && !hasCloserCondition(text.slice(letMeKnow.index + letMeKnow[0].length), language)) return { kind: "request", strong: true };
  if (
    asks.pleaseWords.has(
      text
        .split(" ")
        .pop()
        ?.replace(/[^a-z]/g, "") ?? "",
    )
  )
    return { kind: "request", strong: false };
  if (asks.whQuestion.test(text) && words >= 4) return { kind: "question", strong: false };
  if (asks.suggestion.test(text)) return { kind: "request", strong: false };
  if (asks.need.test(text) || someClauseStarts(asks.writerNeed, text)) return { kind: "need", strong: asks.secondPerson.test(text) };
  if (asks.thirdPerson.test(text)) return { kind: "need", strong: false };
  const needed = asks.itemNeeded.exec(text);
  if (needed) {
    // "approval needed" is an ask; "no further action needed" is the opposite.
    const at = needed.index + (needed[1]?.length ?? 0);
    if (!endsWithPhrase(asks.notBeforeItem, text.slice(Math.max(0, at - 16), at), 3)) return { kind: "need", strong: false };
  }
  return null;
}

/**
 * How many sentences are read for asks. Past this (some 3,000 words) a text is a report or a
 * newsletter: an ask buried there is not one the writer expects an answer to on first read.
 */
const MAX_SENTENCES = 150;

/** The asks of a text, sentence by sentence. A question the writer answers straight away is rhetorical. */
export function findAsks(sentences: readonly Sentence[], language: Language = en): Ask[] {
  const asks: Ask[] = [];
  let questionRun: Ask[] = [];
  let lastWasRhetorical = false;
  let inProcedure = false;
  for (const sentence of sentences.slice(0, MAX_SENTENCES)) {
    const isQuestion = sentence.text.includes("?");
    // "Who knew …? And why does this always happen …?": a question that carries on a rhetorical one is one too.
    const plainText = plain(sentence.text).trimStart();
    const carriesOn: boolean = lastWasRhetorical && isQuestion && language.asks.continuation.test(plainText);
    // "If a pallet arrives damaged, photograph it. Then log it in the tracker.": the next step of standing guidance.
    const nextStep: boolean = inProcedure && language.asks.nextStep.test(plainText);
    const reading: AskReading | null = carriesOn || nextStep ? null : classifyAsk(sentence.text, language);
    // A condition that asked nothing ("If a pallet arrives damaged, photograph it.") opens a procedure.
    inProcedure = reading === null && (nextStep || language.asks.conditionOpener.test(plainText));
    lastWasRhetorical = isQuestion && reading === null;
    if (questionRun.length > 0 && !reading && language.asks.selfAnswer.test(readable(sentence.text, language))) {
      // "Is it time to get off? I don't think so." The whole run of questions was for effect.
      for (const ask of questionRun) asks.splice(asks.indexOf(ask), 1);
    }
    if (reading?.kind === "question" && sentence.text.includes("?")) {
      const ask = { sentence, ...reading };
      asks.push(ask);
      questionRun.push(ask);
      continue;
    }
    questionRun = [];
    if (reading) asks.push({ sentence, ...reading });
  }
  return asks;
}
