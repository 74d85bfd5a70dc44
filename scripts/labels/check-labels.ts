// tsx scripts/labels/check-labels.ts BATCH_DIR NAME LABELS.jsonl: checks one labeller's file against its
// batch: every message labelled once, each line valid, every quoted ask and signal found verbatim.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { flat, parseLabelLines } from "./label-schema.js";

const [dir, name, labelsFile] = process.argv.slice(2);
if (!dir || !name || !labelsFile) {
  console.error("usage: tsx scripts/labels/check-labels.ts BATCH_DIR NAME LABELS.jsonl");
  process.exit(2);
}
const files = (await readFile(join(dir, `${name}.files`), "utf8")).split("\n").filter((f) => f !== "");
const batch = await readFile(join(dir, `${name}.txt`), "utf8");
const messages = new Map<string, string>();
for (const m of batch.matchAll(/===== (p\d{5}\.eml) =====\n([\s\S]*?)\n===== end of \1 =====/g)) messages.set(m[1]!, flat(m[2]!));

const { labels, problems } = parseLabelLines(await readFile(labelsFile, "utf8"));
const seen = new Set<string>();
for (const label of labels) {
  const text = messages.get(label.file);
  if (text === undefined) {
    problems.push(`${label.file}: not in batch ${name}`);
    continue;
  }
  if (seen.has(label.file)) problems.push(`${label.file}: labelled twice`);
  seen.add(label.file);
  for (const quoted of [...label.asks, ...label.signals]) {
    if (!text.includes(flat(quoted))) problems.push(`${label.file}: not found verbatim in the message: ${JSON.stringify(quoted.slice(0, 80))}`);
  }
}
const missing = files.filter((f) => !seen.has(f));
if (missing.length > 0) problems.push(`not labelled yet (${missing.length}): ${missing.join(", ")}`);
console.log(problems.length === 0 ? `${name}: ${labels.length} labels, all valid` : problems.join("\n"));
process.exit(problems.length === 0 ? 0 : 1);
