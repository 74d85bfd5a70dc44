// The learned scorer applied to one draft: each sentence's probability that it asks, then the
// message's probabilities that it asks and that its level covers the asks, and the calibrated flag.
// The message context (../message-context.ts) computes each step once, when a rule asks for it.
import { askCues, type AskReading } from "../language/asks.js";
import type { SignalMatch } from "../language/signals.js";
import type { Sentence } from "../text/sentences.js";
import type { Deadline } from "../deadline/index.js";
import type { DateTime } from "luxon";
import { askMessageFeatures, levelFeatures, writeSentenceFeatures, type Feature, type LevelView, type MessageView, type SentenceView } from "./features.js";
import { flagProbability, hashedLinear, linear, MODEL, sigmoid, type ModelData } from "./scorer.js";
import type { Language } from "../language/build.js";

export interface Judgement {
  /** The probability that the message asks the reader for something. */
  asks: number;
  /** The probability that the level it states covers its asks. */
  covered: number;
  /** The calibrated probability that it should be flagged: asks, and no level covers them. */
  flag: number;
  /** "high" from the threshold where validation precision reaches 0.92; "low" down to the shown one; null below. */
  confidence: "high" | "low" | null;
}

/** Whether only spaces stand between the last line break and this offset. */
function startsLine(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const ch = text[i]!;
    if (ch === "\n") return true;
    if (ch !== " " && ch !== "\t" && ch !== "\r") return false;
  }
  return true;
}

export function sentenceViews(sentences: readonly Sentence[], text: string, language: Language, signals: readonly SignalMatch[]): SentenceView[] {
  const views: SentenceView[] = sentences.map((sentence, index) => {
    const { text: plainText, cues, reading } = askCues(sentence.text, language);
    const previous = sentences[index - 1];
    return {
      sentence,
      index,
      count: sentences.length,
      plainText,
      cues,
      reading: typeof reading === "string" ? null : reading,
      noAsk: typeof reading === "string" ? reading : null,
      signals: signals.filter((s) => s.start >= sentence.start && s.start < sentence.end),
      startsLine: startsLine(text, sentence.start),
      previousQuestion: previous !== undefined && previous.text.includes("?"),
      answered: false,
    };
  });
  // "Is it worth the effort? I don't think so.": a question its writer answers was asked for effect.
  views.forEach((view, i) => {
    const next = views[i + 1];
    view.answered = next !== undefined && view.sentence.text.includes("?") && language.asks.selfAnswer.test(next.plainText);
  });
  return views;
}

/** The subject line as a sentence the scorer reads: its own words, flagged as the subject. */
export function subjectView(subject: string, language: Language, signals: readonly SignalMatch[]): SentenceView {
  const { text: plainText, cues, reading } = askCues(subject, language);
  return {
    sentence: { text: subject, start: 0, end: 0 },
    index: 0,
    count: 1,
    plainText,
    cues,
    reading: typeof reading === "string" ? null : reading,
    noAsk: typeof reading === "string" ? reading : null,
    signals,
    startsLine: true,
    previousQuestion: false,
    answered: false,
    subject: true,
  };
}

export function sentenceProbabilities(views: readonly SentenceView[], model: ModelData = MODEL): number[] {
  return views.map((view) => sentenceProbability(view, model));
}

export const sentenceProbability = (view: SentenceView, model: ModelData = MODEL): number => sigmoid(hashedLinear(model.sentence, writeSentenceFeatures(view)));

export interface MessageEvidence {
  message: MessageView;
  level: LevelView;
  massMail: "list" | "bulk" | null;
}

/** What the message models read: the sentence probabilities and the levels, dates and signals stated. */
export function messageEvidence(input: {
  probabilities: readonly number[];
  sentences: readonly Sentence[];
  subject: { text: string; inherited: boolean; forwarded: boolean };
  subjectAsks: boolean;
  subjectProbability: number;
  /** What the phrase rules read in each sentence. */
  readings: readonly (AskReading | null)[];
  words: number;
  level: string;
  signals: readonly SignalMatch[];
  subjectSignals: readonly SignalMatch[];
  deadline: (Deadline & { inSubject?: boolean }) | null;
  dates: number;
  /** Every date read in the text, and the start of the writer's today, to count days from. */
  allDates: readonly Deadline[];
  today: DateTime;
  vague: boolean;
  massMail: "list" | "bulk" | null;
}): MessageEvidence {
  const { probabilities, sentences } = input;
  const probabilityAt = (offset: number) => {
    const i = sentences.findIndex((s) => offset >= s.start && offset < s.end);
    return i < 0 ? 0 : (probabilities[i] ?? 0);
  };
  const deadline = input.deadline;
  return {
    message: {
      probabilities,
      subjectProbability: input.subjectProbability,
      ruleAsks: input.readings.some((r) => r?.strong) ? "strong" : input.readings.some((r) => r !== null) ? "weak" : "none",
      subjectAsks: input.subjectAsks,
      subjectQuestion: !input.subject.inherited && input.subject.text.includes("?"),
      reply: input.subject.inherited && !input.subject.forwarded,
      forward: input.subject.forwarded,
      words: input.words,
    },
    level: {
      level: input.level,
      signals: [
        ...input.signals.map((s) => ({ level: s.level, kind: s.kind, negated: s.negated, askProbability: probabilityAt(s.start), inSubject: false })),
        ...input.subjectSignals.map((s) => ({ level: s.level, kind: s.kind, negated: s.negated, askProbability: 0, inSubject: true })),
      ],
      deadline: deadline && {
        askProbability: deadline.inSubject ? 0 : (probabilities[deadline.sentence] ?? 0),
        cue: deadline.cue,
        firm: deadline.firm,
        inSubject: deadline.inSubject === true,
        isPast: deadline.isPast,
      },
      otherDates: input.dates,
      dates: input.allDates.map((d) => ({
        askProbability: probabilities[d.sentence] ?? 0,
        cue: d.cue,
        firm: d.firm,
        notReplyBy: d.notReplyBy,
        isPast: d.isPast,
        days: Math.max(0, Math.floor(d.at.diff(input.today, "days").days)),
      })),
      vague: input.vague,
    },
    massMail: input.massMail,
  };
}

export interface MessageFeatures {
  asks: Feature[];
  covered: Feature[];
}

export const messageFeatures = (evidence: MessageEvidence): MessageFeatures => ({
  asks: askMessageFeatures(evidence.message),
  covered: levelFeatures(evidence.level),
});

export function judge(evidence: MessageEvidence, model: ModelData = MODEL): Judgement {
  const features = messageFeatures(evidence);
  const asks = sigmoid(linear(model.asks, features.asks));
  const covered = sigmoid(linear(model.covered, features.covered));
  const flag = flagProbability(asks, covered, evidence.massMail, model);
  const confidence = flag >= model.thresholds.high ? "high" : flag >= model.thresholds.maybe ? "low" : null;
  return { asks, covered, flag, confidence };
}
