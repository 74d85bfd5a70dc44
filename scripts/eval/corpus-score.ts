// Scores the headline rules on a labelled corpus (../shared/corpus, ../shared/corpus/enron):
// precision, recall and the files each rule got wrong. Used by `npm run eval` and by the floors
// test in `npm test`.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { checkFiles } from "../../src/cli/check-files.js";
import { DEFAULT_NORMS } from "../../src/rules/index.js";

const LabelsSchema = z.record(z.string(), z.object({ rule: z.string(), flag: z.boolean(), why: z.string().optional() }));

export const DEFAULT_CORPUS = resolve(dirname(fileURLToPath(import.meta.url)), "../../../shared/corpus");
export const ENRON_CORPUS = join(DEFAULT_CORPUS, "enron");
/** Cases written apart from the rules: test/corpus/independent and independent-2, each with a README. */
const TEST_CORPORA = resolve(dirname(fileURLToPath(import.meta.url)), "../../test/corpus");
export const INDEPENDENT_CORPORA = [join(TEST_CORPORA, "independent"), join(TEST_CORPORA, "independent-2")];

/** The corpora `npm run eval` scores, with the floors `npm test` holds them to. */
export const CORPORA = [
  { name: "corpus", dir: DEFAULT_CORPUS, floor: { precision: 0.95, recall: 0.9 } },
  { name: "enron", dir: ENRON_CORPUS, floor: { precision: 0.9, recall: 0.85 } },
  ...INDEPENDENT_CORPORA.map((dir) => ({ name: basename(dir), dir, floor: { precision: 0.95, recall: 0.9 } })),
  // Our own cases per language (test/corpus/lang/<code>, each with a README), and messages in
  // languages we do not read, which must never be flagged (no finding: precision stays 1).
  ...["de", "fr", "es"].map((code) => ({ name: code, dir: join(TEST_CORPORA, "lang", code), floor: { precision: 0.9, recall: 0.8 } })),
  { name: "other-languages", dir: join(TEST_CORPORA, "lang", "other"), floor: { precision: 1, recall: 0 } },
] as const;

export const corpusPresent = (dir: string) => existsSync(join(dir, "labels.json"));

export interface Disagreement {
  file: string;
  expected: boolean;
  why?: string;
}

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
  disagreements: Disagreement[];
}

/** Files are checked as of their own Date header where they have one, else as of this moment. */
const FALLBACK_NOW = new Date("2026-03-02T09:00:00Z");

export async function scoreCorpus(dir = DEFAULT_CORPUS, now = FALLBACK_NOW): Promise<RuleScore[]> {
  const labels = LabelsSchema.parse(JSON.parse(await readFile(join(dir, "labels.json"), "utf8")));
  const scores = new Map<string, RuleScore>();
  for (const [file, label] of Object.entries(labels).sort(([a], [b]) => a.localeCompare(b))) {
    const score: RuleScore = scores.get(label.rule) ?? {
      rule: label.rule,
      truePositives: 0,
      falsePositives: 0,
      falseNegatives: 0,
      trueNegatives: 0,
      precision: 1,
      recall: 1,
      missed: [],
      falseAlarms: [],
      disagreements: [],
    };
    scores.set(label.rule, score);
    const results = await checkFiles([join(dir, file)], DEFAULT_NORMS, now);
    const flagged = results.some((r) => (r.kind === "message" || r.kind === "invite") && r.report.findings.some((f) => f.ruleId === label.rule));
    if (flagged === label.flag) {
      if (flagged) score.truePositives++;
      else score.trueNegatives++;
      continue;
    }
    score.disagreements.push({ file, expected: label.flag, ...(label.why ? { why: label.why } : {}) });
    if (flagged) {
      score.falsePositives++;
      score.falseAlarms.push(file);
    } else {
      score.falseNegatives++;
      score.missed.push(file);
    }
  }
  for (const s of scores.values()) {
    const predicted = s.truePositives + s.falsePositives;
    const actual = s.truePositives + s.falseNegatives;
    s.precision = predicted === 0 ? 1 : s.truePositives / predicted;
    s.recall = actual === 0 ? 1 : s.truePositives / actual;
  }
  return [...scores.values()].sort((a, b) => a.rule.localeCompare(b.rule));
}
