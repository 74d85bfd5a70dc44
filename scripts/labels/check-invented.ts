// tsx scripts/labels/check-invented.ts FILE.jsonl: checks a file of invented, labelled messages: each line
// valid, ids unique, every quoted ask and signal found verbatim in the message's subject or body.
import { readFile } from "node:fs/promises";
import { flat, parseJsonLines } from "./label-schema.js";
import { InventedSchema } from "./labels.js";

const file = process.argv[2];
if (!file) {
  console.error("usage: tsx scripts/labels/check-invented.ts FILE.jsonl");
  process.exit(2);
}
const { items, problems } = parseJsonLines(await readFile(file, "utf8"), InventedSchema);
const ids = new Set<string>();
for (const { line, value: m } of items) {
  if (ids.has(m.id)) problems.push(`line ${line}: id ${m.id} used twice`);
  ids.add(m.id);
  const text = flat(`${m.subject}\n${m.body}`);
  for (const q of [...m.asks, ...m.signals])
    if (!text.includes(flat(q))) problems.push(`line ${line} (${m.id}): not found verbatim: ${JSON.stringify(q.slice(0, 80))}`);
}
const n = items.length;
console.log(problems.length === 0 ? `${file}: ${n} messages, all valid` : problems.join("\n"));
process.exit(problems.length === 0 ? 0 : 1);
