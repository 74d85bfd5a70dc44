// Scores missing-response-level on a split of the labelled Enron pool (test/corpus/enron-pool) as a
// user's mail is judged: each message through the CLI's reader and check(). Messages the labellers
// marked ambiguous are left out, as the measurement sample leaves them out. Used by `npm run eval`
// (the test split, beside the other corpora) and by the floors test in `npm test`.
import { join } from "node:path";
import { checkFiles } from "../../src/cli/check-files.js";
import { DEFAULT_NORMS } from "../../src/rules/index.js";
import { readSettledLabels } from "../labels/labels.js";
import { POOL_DIR } from "../labels/pool.js";
import { splitOf, type Split } from "../train/split.js";
import { count, type Counts } from "../train/metrics.js";

/**
 * What the test split is held to. `target`: the floors issue 21 set, not met yet (see
 * src/rules/model/MODEL.md, "Test split"). `held`: what `npm test` holds it to meanwhile, a little
 * under the first reading of the current model, so that a retraining that loses ground fails.
 */
export const POOL_FLOORS = {
  target: { all: { precision: 0.85, recall: 0.85 }, high: { precision: 0.9, recall: 0 } },
  // The second model retrained at 87c951b and again after the deadline parser's changes (2026-12-07):
  // all 0.854 / 0.648, high 0.920 / 0.426 both times.
  held: { all: { precision: 0.82, recall: 0.62 }, high: { precision: 0.9, recall: 0.4 } },
} as const;

export interface PoolScore {
  split: Split;
  messages: number;
  /** Every finding, "Maybe" included. */
  all: Counts;
  /** Findings at high confidence: what the send-time check acts on. */
  high: Counts;
  /** Files the rule got wrong, with what was expected. */
  wrong: { file: string; expected: boolean }[];
}

const NOW = new Date("2026-03-02T09:00:00Z");

export async function scorePool(split: Split): Promise<PoolScore> {
  const labels = (await readSettledLabels()).filter((l) => !l.ambiguous && splitOf(l.sender) === split);
  const flagged: boolean[] = [];
  const high: boolean[] = [];
  for (const label of labels) {
    const results = await checkFiles([join(POOL_DIR, "messages", label.file)], DEFAULT_NORMS, NOW);
    const findings = results.flatMap((r) => (r.kind === "message" ? r.report.findings.filter((f) => f.ruleId === "missing-response-level") : []));
    flagged.push(findings.length > 0);
    high.push(findings.some((f) => f.confidence === "high"));
  }
  const actual = labels.map((l) => l.flag);
  return {
    split,
    messages: labels.length,
    all: count(flagged, actual),
    high: count(high, actual),
    wrong: labels.flatMap((l, i) => (flagged[i] === l.flag ? [] : [{ file: l.file, expected: l.flag }])),
  };
}
