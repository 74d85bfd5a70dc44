// The unlabelled Enron pool (../shared/corpus/enron-pool) as labellers see it: each message decoded
// (quoted-printable, charsets) with the headers a reader needs, its body cut a little past the new
// text that the pool's own index measured.
import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import PostalMime from "postal-mime";
import { z } from "zod";

export const POOL_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../../shared/corpus/enron-pool");

const IndexLineSchema = z.object({
  file: z.string(),
  message_id: z.string(),
  source: z.string(),
  sender: z.string(),
  folder: z.string(),
  chars_new_text: z.number(),
});
export type PoolEntry = z.infer<typeof IndexLineSchema>;

export async function readPoolIndex(dir = POOL_DIR): Promise<PoolEntry[]> {
  const text = await readFile(join(dir, "index.jsonl"), "utf8");
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => IndexLineSchema.parse(JSON.parse(line)));
}

/** How much of the quoted history a labeller sees after the new text: enough to tell where it ends. */
const HISTORY_SHOWN = 1200;
const BODY_MAX = 8000;

export interface RenderedMessage {
  file: string;
  /** What the labeller reads: headers, then the (cut) body. */
  text: string;
}

const addresses = (list: { name?: string; address?: string }[] | undefined) =>
  (list ?? []).map((a) => (a.name && a.address ? `${a.name} <${a.address}>` : (a.address ?? a.name ?? ""))).filter((a) => a !== "");

export async function renderMessage(entry: PoolEntry, dir = POOL_DIR): Promise<RenderedMessage> {
  const email = await PostalMime.parse(await readFile(join(dir, "messages", entry.file)));
  const body = (email.text ?? email.html ?? "").replace(/\r\n?/g, "\n");
  const limit = Math.min(BODY_MAX, entry.chars_new_text + HISTORY_SHOWN);
  const shown = body.length > limit ? `${body.slice(0, limit)}\n[… ${body.length - limit} more characters of the message not shown]` : body;
  const to = addresses(email.to);
  const cc = addresses(email.cc);
  const list = (xs: string[]) => (xs.length > 6 ? `${xs.slice(0, 6).join(", ")} and ${xs.length - 6} more` : xs.join(", "));
  const text = [
    `From: ${entry.sender}`,
    `To: ${list(to)}`,
    ...(cc.length > 0 ? [`Cc: ${list(cc)}`] : []),
    `Date: ${email.date ?? ""}`,
    `Subject: ${email.subject ?? ""}`,
    `Folder: ${entry.folder}`,
    "",
    shown.trimEnd(),
  ].join("\n");
  return { file: entry.file, text };
}
