// tsx scripts/labels/check-invented.ts FILE.jsonl: checks a file of invented, labelled messages: each line
// valid, ids unique, every quoted ask and signal found verbatim in the message's subject or body.
import { readFile } from "node:fs/promises";
import { flat } from "./label-schema.js";
import { InventedSchema } from "./labels.js";

const file = process.argv[2];
if (!file) {
  console.error("usage: tsx scripts/labels/check-invented.ts FILE.jsonl");
  process.exit(2);
}
const problems: string[] = [];
const ids = new Set<string>();
let n = 0;
(await readFile(file, "utf8")).split("\n").forEach((line, i) => {
  if (line.trim() === "") return;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    problems.push(`line ${i + 1}: not valid JSON`);
    return;
  }
  const parsed = InventedSchema.safeParse(value);
  if (!parsed.success) {
    problems.push(`line ${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join(".")}: ${x.message}`).join("; ")}`);
    return;
  }
  const m = parsed.data;
  n++;
  if (ids.has(m.id)) problems.push(`line ${i + 1}: id ${m.id} used twice`);
  ids.add(m.id);
  if (m.flag !== (m.asks.length > 0 && m.covered === false)) problems.push(`line ${i + 1}: flag must be true exactly when there are asks and covered is false`);
  if ((m.asks.length === 0) !== (m.covered === null)) problems.push(`line ${i + 1}: covered is null exactly when there are no asks`);
  const text = flat(`${m.subject}\n${m.body}`);
  for (const q of [...m.asks, ...m.signals])
    if (!text.includes(flat(q))) problems.push(`line ${i + 1} (${m.id}): not found verbatim: ${JSON.stringify(q.slice(0, 80))}`);
});
console.log(problems.length === 0 ? `${file}: ${n} messages, all valid` : problems.join("\n"));
process.exit(problems.length === 0 ? 0 : 1);
