// tsx scripts/labels/make-batches.ts OUT_DIR [NAME FILE…]: writes the labelling batches of the Enron pool.
// B01…B25 hold every message once (100 each, in the pool's own shuffled order); D01…D04 hold the
// first 400 again, for a second labeller who works independently (agreement, Cohen's kappa).
// With NAME and files, writes only that batch: T01 holds the messages where the two disagreed, for
// a third labeller.
// The batches hold real people's mail: they are written outside the repository and never committed.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { readPoolIndex, renderMessage } from "./pool.js";

const BATCH_SIZE = 100;
export const DOUBLE_LABELLED = 400;

const out = process.argv[2];
if (!out) {
  console.error("usage: tsx scripts/labels/make-batches.ts OUT_DIR");
  process.exit(2);
}
await mkdir(out, { recursive: true });
const entries = await readPoolIndex();
const batches: [string, typeof entries][] = [];
const [only, ...files] = process.argv.slice(3);
if (only) batches.push([only, files.map((f) => entries.find((e) => e.file === f)!)]);
else
  for (let i = 0; i < entries.length; i += BATCH_SIZE) {
    batches.push([`B${String(i / BATCH_SIZE + 1).padStart(2, "0")}`, entries.slice(i, i + BATCH_SIZE)]);
  }
if (!only)
  for (let i = 0; i < DOUBLE_LABELLED; i += BATCH_SIZE) {
    // The second labeller sees the messages in reverse order, so neither pass shares a reading order.
    batches.push([`D${String(i / BATCH_SIZE + 1).padStart(2, "0")}`, entries.slice(i, i + BATCH_SIZE).reverse()]);
  }
for (const [name, batch] of batches) {
  const parts: string[] = [];
  for (const entry of batch) {
    const message = await renderMessage(entry);
    parts.push(`===== ${message.file} =====\n${message.text}\n===== end of ${message.file} =====`);
  }
  await writeFile(join(out, `${name}.txt`), `${parts.join("\n\n")}\n`);
  await writeFile(join(out, `${name}.files`), `${batch.map((e) => e.file).join("\n")}\n`);
}
console.log(`${batches.length} batches in ${out}`);
