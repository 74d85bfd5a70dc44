// npm run eval [-- DIR ...]: precision and recall of the headline rules per corpus, every
// disagreement with its file, and the reply-by phrases resolved to the wrong moment.
import { basename } from "node:path";
import { CORPORA, corpusPresent, scoreCorpus } from "./corpus-score.js";
import { scoreReplyBy } from "./reply-by.js";
import { independentReplyByPhrases, REPLY_BY_PHRASES } from "./reply-by-phrases.js";
import { POOL_FLOORS, scorePool } from "./pool-score.js";
import { describe as withIntervals, precision, recall } from "../train/metrics.js";

const fmt = (n: number) => n.toFixed(3);
const dirs = process.argv.slice(2);
const corpora = dirs.length > 0 ? dirs.map((dir) => ({ name: basename(dir), dir, floor: null })) : CORPORA;

const rows: Record<string, string | number>[] = [];
const notes: string[] = [];
for (const corpus of corpora) {
  if (!corpusPresent(corpus.dir)) {
    notes.push(`${corpus.name}: no labels.json in ${corpus.dir}, skipped`);
    continue;
  }
  for (const s of await scoreCorpus(corpus.dir)) {
    const floor = corpus.floor;
    const meets = floor ? (s.precision >= floor.precision && s.recall >= floor.recall ? "yes" : "NO") : "";
    rows.push({
      corpus: corpus.name,
      rule: s.rule,
      files: s.truePositives + s.falsePositives + s.falseNegatives + s.trueNegatives,
      TP: s.truePositives,
      FP: s.falsePositives,
      FN: s.falseNegatives,
      TN: s.trueNegatives,
      precision: fmt(s.precision),
      recall: fmt(s.recall),
      floor: floor ? `P ${floor.precision} / R ${floor.recall}` : "",
      meets,
    });
    for (const d of s.disagreements) {
      notes.push(`${corpus.name}/${d.file}: ${s.rule} ${d.expected ? "missed" : "false alarm"}${d.why ? ` (${d.why})` : ""}`);
    }
  }
}
console.table(rows);

// The test split of the labelled Enron pool: senders never trained or tuned on (test/corpus/enron-pool).
if (dirs.length === 0) {
  const pool = await scorePool("test");
  const meets = (floors: (typeof POOL_FLOORS)["target" | "held"]) =>
    precision(pool.all) >= floors.all.precision && recall(pool.all) >= floors.all.recall && precision(pool.high) >= floors.high.precision;
  const describeFloors = (floors: (typeof POOL_FLOORS)["target" | "held"]) =>
    `all findings P ${floors.all.precision} / R ${floors.all.recall}; high P ${floors.high.precision}: ${meets(floors) ? "met" : "NOT MET"}`;
  console.log(`\nEnron pool, test split (${pool.messages} messages not marked ambiguous), missing-response-level, 95 % Wilson intervals:`);
  console.table({
    "all findings": withIntervals(pool.all),
    "high confidence": withIntervals(pool.high),
  });
  console.log(`target (issue 21): ${describeFloors(POOL_FLOORS.target)}`);
  console.log(`held by npm test: ${describeFloors(POOL_FLOORS.held)}`);
  rows.push({ corpus: "enron-pool/test", rule: "missing-response-level", precision: fmt(precision(pool.all)), recall: fmt(recall(pool.all)) });
}
if (notes.length > 0) console.log(`\nDisagreements:\n${notes.map((n) => `  ${n}`).join("\n")}`);

const tables = [
  { name: "ours", phrases: REPLY_BY_PHRASES },
  { name: "independent", phrases: await independentReplyByPhrases("independent") },
  { name: "independent-2", phrases: await independentReplyByPhrases("independent-2") },
  // German, French and Spanish phrases, written apart from the rules with the language sets.
  ...(await Promise.all((["de", "fr", "es"] as const).map(async (code) => ({ name: code, phrases: await independentReplyByPhrases(`lang/${code}`) })))),
];
const replyByLines: string[] = [];
for (const table of tables) {
  const results = scoreReplyBy(table.phrases);
  const wrong = results.filter((r) => !r.right);
  if (wrong.length > 0) {
    console.log(`\nReply-by phrases (${table.name}) resolved wrongly:`);
    for (const r of wrong)
      console.log(`  "${r.phrase.text}"${r.phrase.zone ? ` [${r.phrase.zone}]` : ""}: expected ${r.phrase.expected}, got ${r.got ?? "no reply-by"}`);
  }
  replyByLines.push(`Reply-by phrases (${table.name}): ${results.length - wrong.length} of ${results.length} right`);
}
console.log(`\n${replyByLines.join("\n")}`);
for (const row of rows) console.log(`${row.corpus} ${row.rule}: precision ${row.precision}, recall ${row.recall}`);
