// The labelled pool as the product reads it: each message through the CLI's own reader (postal-mime),
// with its settled label, its sender and its split.
import { join } from "node:path";
import { readCheckItems } from "../../src/cli/read-file.js";
import { findings } from "../../src/i18n/en/findings.js";
import { DEFAULT_NORMS, MessageDraftSchema, resolveNorms, type MessageDraft } from "../../src/rules/index.js";
import { MessageContext } from "../../src/rules/message-context.js";
import type { ModelData } from "../../src/rules/model/scorer.js";
import { readInvented, readSettledLabels, type SettledLabel } from "../labels/labels.js";
import { POOL_DIR } from "../labels/pool.js";
import { splitOf, type Split } from "./split.js";

export interface PoolMessage {
  file: string;
  sender: string;
  /** Invented messages are training data only: they are in no split that is measured. */
  split: Split | "invented";
  label: SettledLabel;
  draft: MessageDraft;
}

/** As the eval does for files with no Date header (every pool message has one). */
const FALLBACK_NOW = new Date("2026-03-02T09:00:00Z");
const NORMS = resolveNorms(DEFAULT_NORMS);

export async function readPool(): Promise<PoolMessage[]> {
  const out: PoolMessage[] = [];
  for (const label of await readSettledLabels()) {
    const [item] = await readCheckItems(join(POOL_DIR, "messages", label.file), "UTC");
    if (item?.status !== "ok" || item.input.kind !== "message") throw new Error(`${label.file}: not read as a message`);
    out.push({ file: label.file, sender: label.sender, split: splitOf(label.sender), label, draft: MessageDraftSchema.parse(item.input) });
  }
  return out;
}

/** The invented messages (test/corpus/invented), each batch one writer. */
export async function readInventedMessages(): Promise<PoolMessage[]> {
  return (await readInvented()).map((m) => ({
    file: m.id,
    sender: `invented:${m.id.replace(/-\d+$/, "")}`,
    split: "invented",
    label: {
      file: m.id,
      sender: m.id,
      asks: m.asks,
      signals: m.signals,
      level: m.level,
      covered: m.covered,
      flag: m.flag,
      ambiguous: m.ambiguous,
      settledBy: "one",
    },
    draft: MessageDraftSchema.parse({ kind: "message", channel: m.channel, subject: m.subject, bodyText: m.body }),
  }));
}

/** The message as the rules see it, judged with the given model. */
export const contextOf = (message: PoolMessage, model: ModelData): MessageContext => new MessageContext(message.draft, NORMS, FALLBACK_NOW, findings, model);
