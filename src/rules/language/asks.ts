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
import { endsWithPhrase, escapeRegExp, normalize, plain } from "./phrases.js";

export type AskKind = "question" | "request" | "need";

export interface Ask {
  sentence: Sentence;
  kind: AskKind;
  strong: boolean;
  /** The ask stands only in the subject line; it has no range in the text. */
  inSubject?: boolean;
  /** The learned scorer's probability that the sentence asks (English; see model/). */
  probability?: number;
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

// A chat spelling ("u", "pls,", "thx!") that makes up its whole token but for trailing punctuation: one
// pattern of all of a language's, so a text without any is read in one pass.
const spellingPatterns = new WeakMap<Readonly<Record<string, string>>, RegExp | null>();
function spellingPattern(spellings: Readonly<Record<string, string>>): RegExp | null {
  let pattern = spellingPatterns.get(spellings);
  if (pattern === undefined) {
    const words = Object.keys(spellings).filter((w) => /^[a-z0-9']+$/.test(w));
    pattern = words.length === 0 ? null : new RegExp(`(^| )(${words.map(escapeRegExp).join("|")})(?=[^a-z0-9' ]*(?: |$))`, "g");
    spellingPatterns.set(spellings, pattern);
  }
  return pattern;
}

/** Lower-cased, chat spellings spelled out, links and addresses gone, spaces collapsed. */
function readable(text: string, language: Language): string {
  let out = normalize(text).replace(URL_ADDRESS, " ");
  // E-mail addresses go by token: a pattern like "[\w.]+@" rescans long words from every start.
  if (out.includes("@"))
    out = out
      .split(/\s+/)
      .filter((token) => !token.includes("@") || token.startsWith("@"))
      .join(" ");
  out = out.replace(/\s+/g, " ");
  const { spellings } = language;
  const pattern = spellingPattern(spellings);
  if (pattern) out = out.replace(pattern, (_whole: string, space: string, word: string) => space + spellings[word]!);
  return out.trim();
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
  CLAUSE_START.lastIndex = 0;
  for (let m = CLAUSE_START.exec(text); m; m = CLAUSE_START.exec(text)) {
    if (pattern.test(text.slice(m.index + m[0].length))) return true;
  }
  return false;
}

/** "… if you have any questions", "… in case the link breaks": a condition under which only trouble calls for a reply. */
function hasCloserCondition(text: string, language: Language): boolean {
  const { closerConditionWord, closerCondition } = language.asks;
  closerConditionWord.lastIndex = 0;
  for (let m = closerConditionWord.exec(text); m; m = closerConditionWord.exec(text)) {
    const after = m.index + m[0].length + 1;
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

// The cues a sentence is read for, in a fixed order; each is tried on the whole sentence (lead-ins off)
// or on its main clause (after a condition: "If the numbers look right, please approve").
const CUE_NAMES = [
  "pleasantry",
  "closer",
  "small-talk",
  "greeting",
  "rhetorical",
  "interjection",
  "condition",
  "standing-condition",
  "hypothetical",
  "closer-condition",
  "modal-request",
  "obligation",
  "imperative",
  "please",
  "let-me-know",
  "contact",
  "contact-closer",
  "please-last",
  "wh-question",
  "suggestion",
  "need",
  "writer-need",
  "third-person",
  "item-needed",
  "reply-to-writer",
  "second-person",
] as const;
type CueName = (typeof CUE_NAMES)[number];
const CUE: Readonly<Record<CueName, number>> = Object.fromEntries(CUE_NAMES.map((name, i) => [name, i])) as Record<CueName, number>;
const TEXT = 0;
const CLAUSE = 1;
type Where = typeof TEXT | typeof CLAUSE;

/** The cues the learned scorer reads, and where. */
const READ_CUES: readonly (readonly [number, Where])[] = [
  ...(
    [
      "pleasantry",
      "closer",
      "small-talk",
      "greeting",
      "rhetorical",
      "interjection",
      "condition",
      "standing-condition",
      "hypothetical",
      "closer-condition",
    ] as const
  ).map((cue) => [CUE[cue], TEXT] as const),
  ...(
    [
      "pleasantry",
      "closer",
      "modal-request",
      "obligation",
      "imperative",
      "please",
      "let-me-know",
      "contact",
      "contact-closer",
      "please-last",
      "wh-question",
      "suggestion",
      "need",
      "writer-need",
      "third-person",
      "item-needed",
      "reply-to-writer",
      "second-person",
    ] as const
  ).map((cue) => [CUE[cue], CLAUSE] as const),
];

type CueTest = (subject: string) => boolean;

/** Each cue's test in a language, in CUE_NAMES order: the patterns of language/<code>/asks.ts and a few readings of them. */
function cueTestsOf(language: Language): readonly CueTest[] {
  const { asks } = language;
  const p =
    (pattern: RegExp): CueTest =>
    (subject) =>
      pattern.test(subject);
  const tests: Record<CueName, CueTest> = {
    pleasantry: p(asks.pleasantry),
    closer: p(asks.closer),
    "small-talk": p(asks.smallTalk),
    greeting: p(asks.greeting),
    rhetorical: p(asks.rhetorical),
    interjection: p(asks.interjection),
    condition: p(asks.conditionOpener),
    "standing-condition": p(asks.standingCondition),
    hypothetical: p(asks.hypothetical),
    "closer-condition": (t) => hasCloserCondition(t, language),
    "modal-request": p(asks.modalRequest),
    obligation: p(asks.obligation),
    imperative: p(asks.imperative),
    please: p(asks.please),
    "let-me-know": (t) => letMeKnowAsks(t, language),
    contact: p(asks.contact),
    "contact-closer": (t) => asks.contact.test(t) && hasCloserCondition(t, language),
    "please-last": (t) =>
      asks.pleaseWords.has(
        t
          .split(" ")
          .pop()
          ?.replace(/[^a-z]/g, "") ?? "",
      ),
    "wh-question": p(asks.whQuestion),
    suggestion: p(asks.suggestion),
    need: p(asks.need),
    "writer-need": (t) => someClauseStarts(asks.writerNeed, t),
    "third-person": p(asks.thirdPerson),
    "item-needed": (t) => itemNeeded(t, language),
    "reply-to-writer": p(asks.replyToWriter),
    "second-person": p(asks.secondPerson),
  };
  return CUE_NAMES.map((name) => tests[name]);
}
const cueTestCache = new WeakMap<Language, readonly CueTest[]>();

/**
 * One sentence as the ask patterns read it. Each cue is tried at most once, whoever asks: classifyAsk's
 * decisions, or the learned scorer's list of cues.
 */
class AskReader {
  readonly text: string;
  readonly questionMark: boolean;
  readonly vocative: boolean;
  readonly leadIn: boolean;
  private readonly tests: readonly CueTest[];
  /** Per cue and place: -1 not tried yet, else 0 or 1. */
  private readonly known = new Int8Array(CUE_NAMES.length * 2).fill(-1);
  private mainClause: string | null | undefined;
  private clauseText: string | undefined;

  constructor(
    sentenceText: string,
    readonly language: Language,
  ) {
    let tests = cueTestCache.get(language);
    if (!tests) cueTestCache.set(language, (tests = cueTestsOf(language)));
    this.tests = tests;
    const unaddressed = withoutVocative(sentenceText, language);
    this.vocative = unaddressed !== sentenceText;
    const full = readable(unaddressed, language);
    this.questionMark = full.includes("?");
    this.text = stripLeadIn(full, language);
    this.leadIn = this.text !== full;
  }

  /** The clause after a condition; null when the whole sentence is conditional. */
  get main(): string | null {
    if (this.mainClause === undefined) this.mainClause = mainClause(this.text, this.language);
    return this.mainClause;
  }

  /** Whether there is a condition before the main clause. */
  get conditional(): boolean {
    return this.main !== null && this.main !== this.text;
  }

  /** What the request patterns read: the main clause, lead-ins off; the sentence when it is all condition. */
  get clause(): string {
    this.clauseText ??= this.main === null ? this.text : stripLeadIn(this.main, this.language);
    return this.clauseText;
  }

  /** Whether a cue holds at a place; a clause that is the whole sentence shares the sentence's answers. */
  is(cue: number, where: Where): boolean {
    const at = where === CLAUSE && !this.conditional ? TEXT : where;
    const slot = cue * 2 + at;
    let value = this.known[slot]!;
    if (value < 0) this.known[slot] = value = this.tests[cue]!(at === TEXT ? this.text : this.clause) ? 1 : 0;
    return value === 1;
  }
}

/** "let me know …" that is not a closer: "here's the recording, lmk if it doesn't play" is one wherever it stands. */
function letMeKnowAsks(text: string, language: Language): boolean {
  const m = language.asks.letMeKnow.exec(text);
  return m !== null && !hasCloserCondition(text.slice(m.index + m[0].length), language);
}

/** "Approval needed" is an ask; "no further action needed" is the opposite. */
function itemNeeded(text: string, language: Language): boolean {
  const { asks } = language;
  const needed = asks.itemNeeded.exec(text);
  if (!needed) return false;
  const at = needed.index + (needed[1]?.length ?? 0);
  return !endsWithPhrase(asks.notBeforeItem, text.slice(Math.max(0, at - 16), at), 3);
}

/** Why classifyAsk reads no ask in a sentence: the veto it reached, or "unread" when no pattern asked. */
export type NoAskReason =
  | "no-word"
  | "pleasantry"
  | "closer"
  | "small-talk"
  | "rhetorical"
  | "condition-only"
  | "hypothetical"
  | "standing-condition"
  | "contact-closer"
  | "interjection"
  | "too-short"
  | "unread";

/** The decisions of classifyAsk, over a reader's cues: a reading, or why there is none. */
function decide(r: AskReader): AskReading | NoAskReason {
  if (!HAS_WORD.test(r.text)) return "no-word";
  if (r.is(CUE.pleasantry, TEXT)) return "pleasantry";
  if (r.is(CUE.closer, TEXT)) return "closer";
  if (r.is(CUE["small-talk"], TEXT)) return "small-talk";
  if (r.questionMark && r.is(CUE.rhetorical, TEXT)) return "rhetorical";
  if (r.main === null) return "condition-only";
  // "If a customer asks for a refund, check the receipt": guidance for whenever it happens.
  if (r.conditional && r.is(CUE.hypothetical, TEXT)) return "hypothetical";
  // "If you have any conflicts, please trade with someone": guidance, unless it asks for a reply.
  if (r.conditional && r.is(CUE["standing-condition"], TEXT) && !r.is(CUE["reply-to-writer"], CLAUSE)) return "standing-condition";
  const words = countWords(r.clause);
  if (words === 0) return "no-word";
  if (r.is(CUE.pleasantry, CLAUSE)) return "pleasantry";
  if (r.is(CUE.closer, CLAUSE)) return "closer";
  // "Let me know / call me / shout if you have any questions": a closer, unless something else is asked first.
  if (r.is(CUE["contact-closer"], CLAUSE)) return "contact-closer";
  if (r.questionMark) {
    if (words >= 2) return { kind: "question", strong: words >= 3 };
    return r.is(CUE.interjection, CLAUSE) ? "interjection" : { kind: "question", strong: false };
  }
  if (r.is(CUE["modal-request"], CLAUSE)) return words >= 3 ? { kind: "question", strong: true } : "too-short";
  if (r.is(CUE.obligation, CLAUSE)) return { kind: "request", strong: true };
  if (r.is(CUE.imperative, CLAUSE) || r.is(CUE.please, CLAUSE) || r.is(CUE["let-me-know"], CLAUSE)) return { kind: "request", strong: true };
  if (r.is(CUE["please-last"], CLAUSE)) return { kind: "request", strong: false };
  if (r.is(CUE["wh-question"], CLAUSE) && words >= 4) return { kind: "question", strong: false };
  if (r.is(CUE.suggestion, CLAUSE)) return { kind: "request", strong: false };
  if (r.is(CUE.need, CLAUSE) || r.is(CUE["writer-need"], CLAUSE)) return { kind: "need", strong: r.is(CUE["second-person"], CLAUSE) };
  if (r.is(CUE["third-person"], CLAUSE)) return { kind: "need", strong: false };
  if (r.is(CUE["item-needed"], CLAUSE)) return { kind: "need", strong: false };
  return "unread";
}

/** Classifies one sentence; null when it asks nothing. */
export function classifyAsk(sentenceText: string, language: Language = en): AskReading | null {
  const reading = decide(new AskReader(sentenceText, language));
  return typeof reading === "string" ? null : reading;
}

/** The names of the cues, as the learned scorer knows them: "main:" before a clause cue after a condition. */
const CUE_LABELS = [CUE_NAMES.map((name) => name), CUE_NAMES.map((name) => `main:${name}`)] as const;

/**
 * One sentence read for the learned scorer (model/features.ts): classifyAsk's reading, and every cue it
 * weighs, by name, so that no single list decides.
 */
export function askCues(sentenceText: string, language: Language = en): { text: string; cues: string[]; reading: AskReading | NoAskReason } {
  const r = new AskReader(sentenceText, language);
  const reading = decide(r);
  const cues: string[] = [];
  if (r.vocative) cues.push("vocative");
  if (r.leadIn) cues.push("lead-in");
  if (!HAS_WORD.test(r.text)) {
    cues.push("no-word");
    return { text: r.text, cues, reading };
  }
  if (r.main === null) cues.push("condition-only");
  const conditional = r.conditional;
  for (const [cue, where] of READ_CUES) {
    // A clause cue on a sentence with no condition is the sentence's own, already listed.
    if (where === CLAUSE && !conditional && READ_CUES_AT_TEXT.has(cue)) continue;
    if (r.is(cue, where)) cues.push(CUE_LABELS[where === CLAUSE && conditional ? 1 : 0][cue]!);
  }
  return { text: r.text, cues, reading };
}
const READ_CUES_AT_TEXT = new Set(READ_CUES.filter(([, where]) => where === TEXT).map(([cue]) => cue));

/**
 * How many sentences are read for asks. Past this (some 3,000 words) a text is a report or a
 * newsletter: an ask buried there is not one the writer expects an answer to on first read.
 */
export const MAX_SENTENCES = 150;

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
