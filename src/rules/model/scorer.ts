// The learned scorer: three logistic models and a calibration, read from weights.json (data, rebuilt by
// `npm run train`; see MODEL.md). sentence: the probability that a sentence asks the reader for
// something, over hashed features. asks: that the message asks anything. covered: that the level it
// states covers its asks. The message's flag probability is P(asks) × (1 − P(covered)), calibrated on
// the validation split.
import type { Feature } from "./features.js";
import weights from "./weights.json" with { type: "json" };

export interface LinearModel {
  bias: number;
  weights: Readonly<Record<string, number>>;
}

/** A linear model over hashed features: 2^bits weights, each an 8-bit integer times `scale`, base64. */
export interface HashedModel {
  bits: number;
  scale: number;
  bias: number;
  weights: string;
}

export interface ModelData {
  version: number;
  sentence: HashedModel;
  asks: LinearModel;
  covered: LinearModel;
  /** Platt scaling of the flag's log-odds: p = σ(a·logit + b). */
  calibration: { a: number; b: number };
  thresholds: {
    /** A sentence at or above it counts as an ask (what other rules and the report see). */
    ask: number;
    /** An ask at or above it is put plainly to the reader. */
    strong: number;
    /** A flag probability at or above it is shown, as "Maybe" below `high`. */
    maybe: number;
    /** Where precision on the validation split reaches 0.92: the send-time check acts from here. */
    high: number;
  };
  /**
   * Log-odds added to the flag for mass mail: priors, not learned (the pool was drawn without such
   * mail). A person's question to a discussion list is still a question, so a list lowers the score a
   * little; a newsletter's "register now" rarely asks a reader anything, so bulk mail lowers it a lot.
   */
  massMailOffsets: { list: number; bulk: number };
}

export const MODEL: ModelData = weights;

export const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
export const logit = (p: number): number => {
  const q = Math.min(Math.max(p, 1e-6), 1 - 1e-6);
  return Math.log(q / (1 - q));
};

/** The model's log-odds for a set of named features; names it has no weight for count for nothing. */
export function linear(model: LinearModel, features: readonly Feature[]): number {
  let sum = model.bias;
  for (const f of features) {
    if (typeof f === "string") sum += model.weights[f] ?? 0;
    else sum += (model.weights[f[0]] ?? 0) * f[1];
  }
  return sum;
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Base64 to signed bytes, by hand: Outlook's JavaScript-only runtime has no atob. */
export function decodeBase64(text: string): Int8Array {
  let length = text.length;
  while (length > 0 && text[length - 1] === "=") length--;
  const out = new Int8Array(Math.floor((length * 3) / 4));
  let bits = 0;
  let value = 0;
  let n = 0;
  for (let i = 0; i < text.length && n < out.length; i++) {
    const digit = BASE64.indexOf(text[i]!);
    if (digit < 0) continue;
    value = (value << 6) | digit;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (value >> bits) & 0xff;
    }
  }
  return out;
}

const tables = new WeakMap<HashedModel, Float32Array>();

/** The hashed model's weights, decoded once. */
function tableOf(model: HashedModel): Float32Array {
  let table = tables.get(model);
  if (!table) {
    const bytes = decodeBase64(model.weights);
    table = new Float32Array(bytes.length);
    for (let i = 0; i < bytes.length; i++) table[i] = bytes[i]! * model.scale;
    tables.set(model, table);
  }
  return table;
}

/** The log-odds of a hashed model for a set of feature ids. */
export function hashedLinear(model: HashedModel, ids: ArrayLike<number>): number {
  const table = tableOf(model);
  const mask = (1 << model.bits) - 1;
  let sum = model.bias;
  for (let i = 0; i < ids.length; i++) sum += table[ids[i]! & mask]!;
  return sum;
}

/** The calibrated probability that the message asks something and says neither how urgent nor by when. */
export function flagProbability(asks: number, covered: number, massMail: "list" | "bulk" | null, model: ModelData = MODEL): number {
  const raw = logit(asks * (1 - covered)) + (massMail ? model.massMailOffsets[massMail] : 0);
  return sigmoid(model.calibration.a * raw + model.calibration.b);
}
