// tsx scripts/labels/settle.ts [--import DIR]: the labels of the Enron pool, settled.
//   --import DIR  first takes the labellers' files from DIR (B*.jsonl: the first pass over every
//                 message; D*.jsonl: a second, independent pass; T*.jsonl: a third labeller on the
//                 messages where the two disagreed) into test/corpus/enron-pool/labels/.
// Then writes test/corpus/enron-pool/labels.jsonl, one settled label per message, and prints how
// often the labellers agreed (Cohen's kappa). A disagreement on `flag` goes to the third labeller's
// reading; where there is none yet, or any labeller marked the message ambiguous, it is ambiguous.
import { readdir, readFile, writeFile, mkdir } from "node:fs/promises";
import { join } from "node:path";
import { parseLabelLines, type Label } from "./label-schema.js";
import { POOL_LABELS_DIR, readPassLabels, type PassLabel, type SettledLabel } from "./labels.js";
import { readPoolIndex } from "./pool.js";

const PASSES = { B: "first", D: "second", T: "third" } as const;

async function importPasses(dir: string): Promise<void> {
  const byPass: Record<string, PassLabel[]> = { first: [], second: [], third: [] };
  for (const name of (await readdir(dir)).filter((n) => /^[BDT]\d+\.jsonl$/.test(n)).sort()) {
    const { labels, problems } = parseLabelLines(await readFile(join(dir, name), "utf8"));
    if (problems.length > 0) throw new Error(`${name}: ${problems.join("; ")}`);
    const pass = PASSES[name[0] as keyof typeof PASSES];
    byPass[pass]!.push(...labels.map((l: Label) => ({ ...l, labeller: name.replace(".jsonl", "") })));
  }
  await mkdir(join(POOL_LABELS_DIR, "labels"), { recursive: true });
  for (const [pass, labels] of Object.entries(byPass)) {
    labels.sort((a, b) => a.file.localeCompare(b.file));
    await writeFile(join(POOL_LABELS_DIR, "labels", `${pass}.jsonl`), labels.map((l) => JSON.stringify(l)).join("\n") + (labels.length > 0 ? "\n" : ""));
  }
}

/** Cohen's kappa of two readings of the same items. */
export function cohensKappa<T>(pairs: readonly (readonly [T, T])[]): { kappa: number; agreement: number; n: number } {
  const n = pairs.length;
  const values = [...new Set(pairs.flat())];
  const observed = pairs.filter(([a, b]) => a === b).length / n;
  let expected = 0;
  for (const v of values) expected += (pairs.filter(([a]) => a === v).length / n) * (pairs.filter(([, b]) => b === v).length / n);
  return { kappa: expected === 1 ? 1 : (observed - expected) / (1 - expected), agreement: observed, n };
}

const args = process.argv.slice(2);
const from = args[0] === "--import" ? args[1] : undefined;
if (args[0] === "--import" && !from) {
  console.error("usage: tsx scripts/labels/settle.ts [--import DIR]");
  process.exit(2);
}
if (from) await importPasses(from);

const passes = await readPassLabels();
const senders = new Map((await readPoolIndex()).map((e) => [e.file, e.sender]));
const second = new Map(passes.second.map((l) => [l.file, l]));
const third = new Map(passes.third.map((l) => [l.file, l]));
const settled: SettledLabel[] = [];
let disagreements = 0;
let settledByThird = 0;
for (const first of passes.first) {
  const other = second.get(first.file);
  const base = { file: first.file, sender: senders.get(first.file) ?? "" };
  const strip = ({ labeller: _labeller, why: _why, file: _file, ...rest }: PassLabel) => rest;
  if (!other) {
    settled.push({ ...base, ...strip(first), settledBy: "one" });
    continue;
  }
  if (other.flag === first.flag) {
    settled.push({ ...base, ...strip(first), ambiguous: first.ambiguous || other.ambiguous, settledBy: "two" });
    continue;
  }
  disagreements++;
  const tie = third.get(first.file);
  if (!tie) {
    settled.push({ ...base, ...strip(first), ambiguous: true, settledBy: "unsettled" });
    continue;
  }
  settledByThird++;
  const agreeing = tie.flag === first.flag ? first : other;
  settled.push({ ...base, ...strip(agreeing), ambiguous: tie.ambiguous || agreeing.ambiguous, settledBy: "third" });
}
await writeFile(join(POOL_LABELS_DIR, "labels.jsonl"), settled.map((l) => JSON.stringify(l)).join("\n") + "\n");

const firstByFile = new Map(passes.first.map((l) => [l.file, l]));
const doubled = passes.second.filter((l) => firstByFile.has(l.file)).map((l) => [firstByFile.get(l.file)!, l] as const);
const clear = doubled.filter(([a, b]) => !a.ambiguous && !b.ambiguous);
const show = (name: string, k: { kappa: number; agreement: number; n: number }) =>
  console.log(`${name}: kappa ${k.kappa.toFixed(3)}, agreement ${(k.agreement * 100).toFixed(1)} % of ${k.n}`);
console.log(
  `${settled.length} messages settled: ${settled.filter((l) => !l.ambiguous).length} clear, ${settled.filter((l) => l.ambiguous).length} ambiguous, ${settled.filter((l) => !l.ambiguous && l.flag).length} clear flags`,
);
console.log(`double-labelled: ${doubled.length}; flag disagreements ${disagreements}, settled by a third labeller ${settledByThird}`);
if (doubled.length > 0) {
  show("flag, all double-labelled", cohensKappa(doubled.map(([a, b]) => [a.flag, b.flag] as const)));
  show("flag, neither marked ambiguous", cohensKappa(clear.map(([a, b]) => [a.flag, b.flag] as const)));
  show("asks anything", cohensKappa(doubled.map(([a, b]) => [a.asks.length > 0, b.asks.length > 0] as const)));
  show("level", cohensKappa(doubled.map(([a, b]) => [a.level, b.level] as const)));
  show("ambiguous", cohensKappa(doubled.map(([a, b]) => [a.ambiguous, b.ambiguous] as const)));
}
