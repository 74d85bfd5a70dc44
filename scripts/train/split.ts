// The pool is split by sender, so that no writer's habits are both learned and measured: a fixed,
// seeded hash of the From address puts each sender in train (60 %), validation (20 %) or test (20 %).
import { createHash } from "node:crypto";

export const SPLIT_SEED = "async-coach/enron-pool/2026-12-06";
export type Split = "train" | "validation" | "test";

function unit(key: string): number {
  return createHash("sha256").update(`${SPLIT_SEED}:${key}`).digest().readUInt32BE(0) / 2 ** 32;
}

export function splitOf(sender: string): Split {
  const h = unit(sender.toLowerCase());
  return h < 0.6 ? "train" : h < 0.8 ? "validation" : "test";
}

/** The cross-fitting fold of a sender inside the training split. */
export function foldOf(sender: string, folds: number): number {
  return Math.floor(unit(`fold:${sender.toLowerCase()}`) * folds);
}
