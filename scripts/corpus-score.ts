// Scores the headline rules on a labelled corpus (../shared/corpus): precision, recall and the
// files each rule got wrong. Used by `npm run eval` and by the corpus regression test.
import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { checkFiles } from "../src/cli/check-files.js";
import { DEFAULT_NORMS } from "../src/rules/index.js";

const LabelsSchema = z.record(z.string(), z.object({ rule: z.string(), flag: z.boolean() }));

export const DEFAULT_CORPUS = resolve(dirname(fileURLToPath(import.meta.url)), "../../shared/corpus");

export interface RuleScore {
  rule: string;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
  precision: number;
  recall: number;
  missed: string[];
  falseAlarms: string[];
}

export async function scoreCorpus(dir = DEFAULT_CORPUS, now = new Date("2026-03-02T09:00:00Z")): Promise<RuleScore[]> {
  const labels = LabelsSchema.parse(JSON.parse(await readFile(join(dir, "labels.json"), "utf8")));
  const scores = new Map<string, RuleScore>();
  for (const [file, label] of Object.entries(labels)) {
    const score =
      scores.get(label.rule) ??
      { rule: label.rule, truePositives: 0, falsePositives: 0, falseNegatives: 0, trueNegatives: 0, precision: 1, recall: 1, missed: [], falseAlarms: [] };
    scores.set(label.rule, score);
    const results = await checkFiles([join(dir, file)], DEFAULT_NORMS, now);
    const flagged = results.some(
      (r) => (r.kind === "message" || r.kind === "invite") && r.report.findings.some((f) => f.ruleId === label.rule),
    );
    if (flagged && label.flag) score.truePositives++;
    else if (flagged) {
      score.falsePositives++;
      score.falseAlarms.push(file);
    } else if (label.flag) {
      score.falseNegatives++;
      score.missed.push(file);
    } else score.trueNegatives++;
  }
  for (const s of scores.values()) {
    const predicted = s.truePositives + s.falsePositives;
    const actual = s.truePositives + s.falseNegatives;
    s.precision = predicted === 0 ? 1 : s.truePositives / predicted;
    s.recall = actual === 0 ? 1 : s.truePositives / actual;
  }
  return [...scores.values()].sort((a, b) => a.rule.localeCompare(b.rule));
}
