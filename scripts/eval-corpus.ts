// npm run eval [-- DIR]: precision and recall of the headline rules on the labelled corpus.
import { DEFAULT_CORPUS, scoreCorpus } from "./corpus-score.js";

const dir = process.argv[2] ?? DEFAULT_CORPUS;
const scores = await scoreCorpus(dir);
const fmt = (n: number) => n.toFixed(3);
console.log(`Corpus: ${dir}\n`);
console.table(
  scores.map((s) => ({
    rule: s.rule,
    files: s.truePositives + s.falsePositives + s.falseNegatives + s.trueNegatives,
    TP: s.truePositives,
    FP: s.falsePositives,
    FN: s.falseNegatives,
    TN: s.trueNegatives,
    precision: fmt(s.precision),
    recall: fmt(s.recall),
  })),
);
for (const s of scores) {
  if (s.missed.length > 0) console.log(`${s.rule}: missed (should be flagged): ${s.missed.join(", ")}`);
  if (s.falseAlarms.length > 0) console.log(`${s.rule}: false alarms (should not be flagged): ${s.falseAlarms.join(", ")}`);
}
for (const s of scores) console.log(`${s.rule}: precision ${fmt(s.precision)}, recall ${fmt(s.recall)}`);
