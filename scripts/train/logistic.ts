// L2-regularised logistic regression on sparse features, fitted by full-batch gradient descent with
// Adam: no randomness, so the same data gives the same weights. Small enough to read; the models it
// fits have a few thousand weights. A feature is a name or a hashed id (number), with the value 1, or a
// name with a value.

export type Key = string | number;
export type TrainingFeature = Key | readonly [name: string, value: number];

export interface Example {
  features: readonly TrainingFeature[];
  /** Whoever wrote it: a word feature counts only when several writers use it. */
  sender: string;
  y: 0 | 1;
  weight: number;
}

export interface FitOptions {
  /** Strength of the L2 penalty, per unit of example weight. */
  l2: number;
  /** Word features are kept when at least this many senders use them; other features when two do. */
  minSenders: number;
  /** Which features are word features; none by default. */
  isWord?: (key: Key) => boolean;
  /** Where a weight starts and what the penalty pulls it towards (0 by default): prior knowledge that data revises. */
  prior?: (key: Key) => number;
  iterations?: number;
  rate?: number;
}

export interface Fitted {
  bias: number;
  weights: Map<Key, number>;
}

const keyOf = (f: TrainingFeature): Key => (typeof f === "object" ? f[0] : f);
const valueOf = (f: TrainingFeature): number => (typeof f === "object" ? f[1] : 1);

/** The features seen often enough, by enough writers, to be learned from. */
export function vocabulary(examples: readonly Example[], minSenders: number, isWord: (key: Key) => boolean = () => false): Key[] {
  const senders = new Map<Key, Set<string>>();
  for (const e of examples) {
    for (const f of e.features) {
      const key = keyOf(f);
      let s = senders.get(key);
      if (!s) senders.set(key, (s = new Set()));
      s.add(e.sender);
    }
  }
  return [...senders.entries()]
    .filter(([key, s]) => s.size >= (isWord(key) ? minSenders : 2))
    .map(([key]) => key)
    .sort((a, b) => String(a).localeCompare(String(b)));
}

export function fitLogistic(examples: readonly Example[], options: FitOptions): Fitted {
  const keys = vocabulary(examples, options.minSenders, options.isWord);
  const index = new Map(keys.map((k, i) => [k, i]));
  const rows = examples.map((e) => {
    const merged = new Map<number, number>();
    for (const f of e.features) {
      const i = index.get(keyOf(f));
      if (i !== undefined) merged.set(i, (merged.get(i) ?? 0) + valueOf(f));
    }
    const entries = [...merged.entries()].sort((a, b) => a[0] - b[0]);
    return { indices: Int32Array.from(entries.map(([i]) => i)), values: Float64Array.from(entries.map(([, v]) => v)) };
  });
  const dims = keys.length;
  const theta = new Float64Array(dims + 1); // the last one is the bias
  const prior = Float64Array.from(keys, (k) => options.prior?.(k) ?? 0);
  theta.set(prior);
  const m = new Float64Array(dims + 1);
  const v = new Float64Array(dims + 1);
  const grad = new Float64Array(dims + 1);
  const totalWeight = examples.reduce((s, e) => s + e.weight, 0) || 1;
  const iterations = options.iterations ?? 400;
  const rate = options.rate ?? 0.05;
  const [b1, b2, eps] = [0.9, 0.999, 1e-8];
  for (let t = 1; t <= iterations; t++) {
    grad.fill(0);
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r]!;
      const e = examples[r]!;
      let z = theta[dims]!;
      for (let k = 0; k < row.indices.length; k++) z += theta[row.indices[k]!]! * row.values[k]!;
      const p = 1 / (1 + Math.exp(-z));
      const g = (e.weight * (p - e.y)) / totalWeight;
      for (let k = 0; k < row.indices.length; k++) grad[row.indices[k]!]! += g * row.values[k]!;
      grad[dims]! += g;
    }
    for (let j = 0; j < dims; j++) grad[j]! += options.l2 * (theta[j]! - prior[j]!);
    const lr = (rate * Math.sqrt(1 - b2 ** t)) / (1 - b1 ** t);
    for (let j = 0; j <= dims; j++) {
      m[j] = b1 * m[j]! + (1 - b1) * grad[j]!;
      v[j] = b2 * v[j]! + (1 - b2) * grad[j]! ** 2;
      theta[j]! -= (lr * m[j]!) / (Math.sqrt(v[j]!) + eps);
    }
  }
  return { bias: theta[dims]!, weights: new Map(keys.map((k, j) => [k, theta[j]!])) };
}

/** The log-odds of a fitted model for one example's features. */
export function scoreFitted(model: Fitted, features: readonly TrainingFeature[]): number {
  let z = model.bias;
  for (const f of features) z += (model.weights.get(keyOf(f)) ?? 0) * valueOf(f);
  return z;
}

/** Platt scaling: a and b such that σ(a·x + b) fits the outcomes (unpenalised, one feature). */
export function fitPlatt(scores: readonly number[], outcomes: readonly (0 | 1)[]): { a: number; b: number } {
  const examples: Example[] = scores.map((s, i) => ({ features: [["x", s]], sender: String(i), y: outcomes[i]!, weight: 1 }));
  const fitted = fitLogistic(examples, { l2: 0, minSenders: 0, iterations: 2000, rate: 0.05 });
  return { a: fitted.weights.get("x") ?? 1, b: fitted.bias };
}
