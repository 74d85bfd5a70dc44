// Figures for a binary judgement: precision and recall with 95 % Wilson intervals, average
// precision, and the thresholds the product uses.

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

/** The 95 % Wilson score interval of a proportion k / n. */
export function wilson(k: number, n: number, z = 1.96): [number, number] {
  if (n === 0) return [0, 1];
  const p = k / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / (1 + (z * z) / n);
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

export function count(predicted: readonly boolean[], actual: readonly boolean[]): Counts {
  const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
  predicted.forEach((p, i) => {
    const a = actual[i]!;
    if (p && a) c.tp++;
    else if (p) c.fp++;
    else if (a) c.fn++;
    else c.tn++;
  });
  return c;
}

export const precision = (c: Counts) => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp));
export const recall = (c: Counts) => (c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn));

const pct = (x: number) => x.toFixed(3);
/** "0.912 [0.871, 0.941]": a proportion with its interval. */
export function withInterval(k: number, n: number): string {
  const [lo, hi] = wilson(k, n);
  return `${pct(n === 0 ? 1 : k / n)} [${pct(lo)}, ${pct(hi)}]`;
}

export function describe(c: Counts): { precision: string; recall: string; tp: number; fp: number; fn: number; tn: number } {
  return { precision: withInterval(c.tp, c.tp + c.fp), recall: withInterval(c.tp, c.tp + c.fn), ...c };
}

/** Average precision of a ranking: the mean precision at each true positive. */
export function averagePrecision(scores: readonly number[], actual: readonly boolean[]): number {
  const order = scores.map((s, i) => [s, actual[i]!] as const).sort((a, b) => b[0] - a[0]);
  let hits = 0;
  let sum = 0;
  order.forEach(([, a], rank) => {
    if (a) {
      hits++;
      sum += hits / (rank + 1);
    }
  });
  return hits === 0 ? 0 : sum / hits;
}

/**
 * The lowest threshold at which the precision of everything scored at or above it reaches `target`,
 * counting only thresholds that predict at least `minPredicted` positives (fewer say little).
 */
export function thresholdForPrecision(scores: readonly number[], actual: readonly boolean[], target: number, minPredicted = 20): number {
  const order = scores.map((s, i) => [s, actual[i]!] as const).sort((a, b) => b[0] - a[0]);
  let tp = 0;
  let best = Number.POSITIVE_INFINITY;
  for (let k = 0; k < order.length; k++) {
    if (order[k]![1]) tp++;
    // Only where the next score differs: ties go together.
    if (k + 1 < order.length && order[k + 1]![0] === order[k]![0]) continue;
    if (k + 1 >= minPredicted && tp / (k + 1) >= target) best = order[k]![0];
  }
  return Number.isFinite(best) ? best : 1;
}

/** The threshold with the best F1 among those whose precision is at least `minPrecision`. */
export function thresholdForF1(scores: readonly number[], actual: readonly boolean[], minPrecision: number): number {
  const order = scores.map((s, i) => [s, actual[i]!] as const).sort((a, b) => b[0] - a[0]);
  const positives = actual.filter(Boolean).length;
  let tp = 0;
  let best = { f1: -1, threshold: 1 };
  for (let k = 0; k < order.length; k++) {
    if (order[k]![1]) tp++;
    if (k + 1 < order.length && order[k + 1]![0] === order[k]![0]) continue;
    const p = tp / (k + 1);
    const r = positives === 0 ? 1 : tp / positives;
    const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
    if (p >= minPrecision && f1 > best.f1) best = { f1, threshold: order[k]![0] };
  }
  return best.threshold;
}
