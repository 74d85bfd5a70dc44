// The Enron pool's labels as kept in the repository (test/corpus/enron-pool): each labelling pass as
// the labellers wrote it, and the settled label per message that training and evaluation read.
import { readdir, readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { LabelFields, LabelSchema, LEVELS, tiedTogether } from "./label-schema.js";

export const POOL_LABELS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../test/corpus/enron-pool");
/** Messages invented and labelled by helpers under the same guide: training data only, never measured. */
export const INVENTED_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../test/corpus/invented");

export const InventedSchema = LabelFields.omit({ file: true })
  .extend({
    id: z.string().min(1),
    channel: z.enum(["email", "chat"]),
    subject: z.string(),
    body: z.string().min(1),
  })
  .superRefine(tiedTogether);
export type Invented = z.infer<typeof InventedSchema>;

const PassLabelSchema = LabelSchema.and(z.object({ labeller: z.string() }));
export type PassLabel = z.infer<typeof PassLabelSchema>;

export const SettledLabelSchema = z.object({
  file: z.string(),
  sender: z.string(),
  asks: z.array(z.string()),
  signals: z.array(z.string()),
  level: z.enum(LEVELS),
  covered: z.boolean().nullable(),
  flag: z.boolean(),
  ambiguous: z.boolean(),
  /** one: a single labeller; two: two who agreed on flag; third: a third labeller broke a tie; unsettled: a tie nobody broke yet. */
  settledBy: z.enum(["one", "two", "third", "unsettled"]),
});
export type SettledLabel = z.infer<typeof SettledLabelSchema>;

async function readLines<T>(file: string, schema: z.ZodType<T>): Promise<T[]> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    return [];
  }
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => schema.parse(JSON.parse(line)));
}

export async function readPassLabels(): Promise<{ first: PassLabel[]; second: PassLabel[]; third: PassLabel[] }> {
  const pass = (name: string) => readLines(join(POOL_LABELS_DIR, "labels", `${name}.jsonl`), PassLabelSchema);
  return { first: await pass("first"), second: await pass("second"), third: await pass("third") };
}

export const readSettledLabels = (): Promise<SettledLabel[]> => readLines(join(POOL_LABELS_DIR, "labels.jsonl"), SettledLabelSchema);

export async function readInvented(): Promise<Invented[]> {
  let files: string[];
  try {
    files = (await readdir(INVENTED_DIR)).filter((f) => f.endsWith(".jsonl")).sort();
  } catch {
    return [];
  }
  return (await Promise.all(files.map((f) => readLines(join(INVENTED_DIR, f), InventedSchema)))).flat();
}
