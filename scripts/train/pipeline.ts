// How the scorer is fitted to a set of labelled messages, shared by `npm run train` (train split,
// tuned and calibrated on validation) and its cross-validation mode (design choices, by sender folds).
//
// 1. Sentences: each sentence the labellers quoted as an ask is a positive, the others negatives.
//    Ambiguous messages count: their doubt is about the flag, not about which sentences ask.
// 2. The sentence model is cross-fitted over five folds of the senders, so that the message models
//    learn from ask probabilities like those they will meet on mail the sentence model never saw.
// 3. The message models: asks (does it ask anything?) and covered (does a stated level cover the asks?).
import { isWordFeature, sentenceFeatures, type FeatureNames } from "../../src/rules/model/features.js";
import { messageFeatures, type MessageEvidence } from "../../src/rules/model/judge.js";
import { MODEL, type HashedModel, type LinearModel, type ModelData } from "../../src/rules/model/scorer.js";
import { alignAsks } from "./align.js";
import { contextOf, type PoolMessage } from "./dataset.js";
import { fitLogistic, type Example, type Fitted, type Key } from "./logistic.js";
import { foldOf } from "./split.js";

export const FOLDS = 5;
export const ASK_THRESHOLD = 0.5;
export const STRONG_THRESHOLD = 0.85;
/** Priors for mass mail (see ModelData.massMailOffsets): the pool has none to learn them from. */
export const MASS_MAIL_OFFSETS = { list: -0.5, bulk: -3 };
/** 2^16 hash buckets for the sentence model's weights. */
export const HASH_BITS = 16;

export interface Setting {
  /** Word features count when this many senders use them. */
  minSenders: number;
  sentenceL2: number;
  messageL2: number;
}

export interface Prepared {
  message: PoolMessage;
  /** The rules read it as English: the learned scorer judges it. */
  english: boolean;
  /** Features and label of each sentence read; null when a quoted ask could not be found in the prepared text. */
  sentences: { features: number[]; ask: boolean }[] | null;
}

/** The names behind the hashed ids: which are word features, and what a report shows. */
export const names: FeatureNames = new Map();
const isWord = (key: Key) => typeof key === "number" && isWordFeature(names.get(key) ?? "");

/**
 * What the phrase lists mean, as priors the data revises: a sentence the lists read as a pleasantry,
 * a closer, small talk, a rhetorical question or one its writer answers is no ask; one they read as a
 * request in the third person, a need, or an item needed is one. Common cues soon take the weight the
 * data gives them; rare ones (a rhetorical question, a third-person request) keep close to what the
 * list says, where a pool of 2,500 messages has too few to learn from.
 */
export const PRIOR_STRENGTH = 2;
const PRIORS: Readonly<Record<string, number>> = {
  // Where the lists' decisions stopped: a veto reached before any ask was read.
  "r:none:pleasantry": -1,
  "r:none:closer": -1,
  "r:none:small-talk": -1,
  "r:none:rhetorical": -1,
  "r:none:condition-only": -1,
  "r:none:hypothetical": -1,
  "r:none:standing-condition": -1,
  "r:none:contact-closer": -1,
  "r:none:interjection": -1,
  "c:pleasantry": -1,
  "c:closer": -1,
  "c:small-talk": -1,
  "c:rhetorical": -1,
  "c:contact-closer": -1,
  "c:hypothetical": -1,
  "c:interjection": -1,
  "c:condition-only": -1,
  "c:standing-condition": -1,
  "c:closer-condition": -1,
  "p:answered": -1,
  "c:third-person": 1,
  "c:item-needed": 1,
  "c:obligation": 1,
  "c:writer-need": 1,
  "c:need": 1,
  "c:modal-request": 1,
  "c:imperative": 1,
  "c:let-me-know": 1,
};
const prior = (key: Key) => (typeof key === "number" ? (PRIORS[names.get(key) ?? ""] ?? 0) * PRIOR_STRENGTH : 0);

export function prepare(pool: readonly PoolMessage[]): Prepared[] {
  return pool.map((message) => {
    const ctx = contextOf(message, MODEL);
    const english = ctx.learned() && ctx.readable();
    if (!english) return { message, english, sentences: null };
    const views = ctx.sentenceViews();
    const alignment = alignAsks(
      ctx.text(),
      views.map((v) => v.sentence),
      message.draft.subject,
      message.label.asks,
    );
    if (alignment.missing > 0) return { message, english, sentences: null };
    const sentences = views.map((view, i) => ({ features: sentenceFeatures(view, names), ask: alignment.asks.has(i) }));
    // The writer's own subject line is a sentence too: "Need your approval - travel request".
    const subject = ctx.subjectView();
    if (subject) sentences.push({ features: sentenceFeatures(subject, names), ask: alignment.subject });
    return { message, english, sentences };
  });
}

export const clear = (ps: readonly Prepared[]): Prepared[] => ps.filter((p) => !p.message.label.ambiguous);
/** What a flag is measured on: English messages the labellers did not mark ambiguous. */
export const measurable = (ps: readonly Prepared[]): Prepared[] => clear(ps).filter((p) => p.english);

/** How much an invented message counts beside a real one. */
export const INVENTED_WEIGHT = Number(process.env.INVENTED_WEIGHT ?? 0.5);
const weightOf = (p: Prepared) => (p.message.split === "invented" ? INVENTED_WEIGHT : 1);

export const sentenceExamples = (ps: readonly Prepared[]): Example[] =>
  ps.flatMap((p) =>
    (p.sentences ?? []).map((s) => ({ features: s.features, sender: p.message.sender, y: s.ask ? 1 : 0, weight: weightOf(p) }) satisfies Example),
  );

const round = (x: number) => Math.round(x * 10000) / 10000;

/** The sentence model as the product reads it: hashed into 2^HASH_BITS buckets, 8 bits a weight. */
export function hashed(fitted: Fitted): HashedModel {
  const table = new Float64Array(2 ** HASH_BITS);
  for (const [key, w] of fitted.weights) if (typeof key === "number") table[key & (table.length - 1)]! += w;
  const max = table.reduce((m, w) => Math.max(m, Math.abs(w)), 0) || 1;
  const scale = max / 127;
  const bytes = Buffer.from(Int8Array.from(table, (w) => Math.round(w / scale)).buffer);
  return { bits: HASH_BITS, scale: Number(scale.toPrecision(6)), bias: round(fitted.bias), weights: bytes.toString("base64") };
}

/** A message model as weights.json keeps it: named weights, rounded, the negligible ones left out. */
export const named = (m: Fitted): LinearModel => ({
  bias: round(m.bias),
  weights: Object.fromEntries([...m.weights.entries()].filter(([, w]) => Math.abs(w) >= 0.005).map(([n, w]) => [String(n), round(w)])),
});

export function modelWith(sentence: HashedModel, asks: LinearModel = MODEL.asks, covered: LinearModel = MODEL.covered): ModelData {
  return {
    version: 1,
    sentence,
    asks,
    covered,
    calibration: { a: 1, b: 0 },
    thresholds: { ask: ASK_THRESHOLD, strong: STRONG_THRESHOLD, maybe: 0.5, high: 0.8 },
    massMailOffsets: MASS_MAIL_OFFSETS,
  };
}

const evidenceOf = (p: Prepared, model: ModelData): MessageEvidence => contextOf(p.message, model).evidence();

export interface Fit {
  model: ModelData;
  /** Sentence features learned (before hashing) and the buckets they fill. */
  sentenceFeatures: number;
  sentenceBuckets: number;
}

/** Fits the sentence model and, on its cross-fitted probabilities, the message models; one or more message penalties. */
export function fitAll(trainSet: readonly Prepared[], setting: Omit<Setting, "messageL2">, messageL2s: readonly number[]): (Fit & { messageL2: number })[] {
  const options = { l2: setting.sentenceL2, minSenders: setting.minSenders, isWord, prior };
  const fullFitted = fitLogistic(sentenceExamples(trainSet), options);
  const full = hashed(fullFitted);
  const folds = Array.from({ length: FOLDS }, (_, k) =>
    hashed(fitLogistic(sentenceExamples(trainSet.filter((p) => foldOf(p.message.sender, FOLDS) !== k)), options)),
  );
  const messages = trainSet.filter((p) => p.english);
  const evidence = messages.map((p) => evidenceOf(p, modelWith(folds[foldOf(p.message.sender, FOLDS)]!)));
  const buckets = new Set([...fullFitted.weights.keys()].map((k) => (k as number) & (2 ** HASH_BITS - 1))).size;
  return messageL2s.map((messageL2) => {
    const asks = fitLogistic(
      messages.map((p, i) => ({
        features: messageFeatures(evidence[i]!).asks,
        sender: p.message.sender,
        y: p.message.label.asks.length > 0 ? 1 : 0,
        weight: weightOf(p),
      })),
      { l2: messageL2, minSenders: setting.minSenders },
    );
    const covered = fitLogistic(
      messages.flatMap((p, i) =>
        p.message.label.asks.length > 0
          ? [
              {
                features: messageFeatures(evidence[i]!).covered,
                sender: p.message.sender,
                y: p.message.label.covered ? 1 : 0,
                weight: weightOf(p),
              } satisfies Example,
            ]
          : [],
      ),
      { l2: messageL2, minSenders: setting.minSenders },
    );
    return { model: modelWith(full, named(asks), named(covered)), sentenceFeatures: fullFitted.weights.size, sentenceBuckets: buckets, messageL2 };
  });
}

/** The flag probabilities of a model for some messages, as the rules compute them (uncalibrated while its calibration is the identity). */
export function flags(model: ModelData, messages: readonly Prepared[]): number[] {
  return messages.map((p) => contextOf(p.message, model).judgement()?.flag ?? 0);
}
