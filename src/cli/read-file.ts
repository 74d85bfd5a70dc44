// Turns one file into the items to check: .eml (e-mail or invite), .ics (every event), .txt (a chat
// message), .json (a draft or invite in the module's schema). Problems come back as values.
import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import { CheckInputSchema, describeZodError, type CheckInput } from "../rules/index.js";
import { readEml } from "./read-eml.js";
import { readIcs, type IcsEvent } from "./read-ics.js";

/** Larger files are refused before they are read. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type FileItem =
  | { status: "ok"; file: string; label?: string; input: CheckInput }
  | { status: "error"; file: string; label?: string; error: string }
  /** Readable, but nothing in it to check (a calendar of tasks only). */
  | { status: "skipped"; file: string; reason: string };

function validate(file: string, value: unknown, label?: string): FileItem {
  const parsed = CheckInputSchema.safeParse(value);
  if (parsed.success) return { status: "ok", file, ...(label ? { label } : {}), input: parsed.data };
  return { status: "error", file, ...(label ? { label } : {}), error: describeZodError(parsed.error).join("; ") };
}

function fromEvents(file: string, events: IcsEvent[]): FileItem[] {
  if (events.length === 0) return [{ status: "skipped", file, reason: "no events (VEVENT) to check" }];
  return events.map((e) => (e.invite ? validate(file, e.invite, e.label) : { status: "error", file, label: e.label, error: e.error ?? "unreadable event" }));
}

export async function readCheckItems(file: string, floatingZone: string): Promise<FileItem[]> {
  const ext = extname(file).toLowerCase();
  if (![".eml", ".ics", ".txt", ".json"].includes(ext)) {
    return [{ status: "error", file, error: `unsupported file type "${ext || "(none)"}": use .eml, .ics, .txt or .json` }];
  }
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (!info.isFile()) return [{ status: "error", file, error: "not a regular file" }];
    if (info.size > MAX_FILE_BYTES) {
      return [{ status: "error", file, error: `file too large (${info.size} bytes; at most ${MAX_FILE_BYTES})` }];
    }
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return [{ status: "error", file, error: code === "ENOENT" ? "no such file" : `cannot read the file (${code ?? "error"})` }];
  }
  try {
    if (ext === ".eml") {
      const content = await readEml(bytes, floatingZone);
      return content.kind === "message" ? [validate(file, content.draft)] : fromEvents(file, content.events);
    }
    const text = new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
    if (ext === ".ics") return fromEvents(file, readIcs(text, floatingZone));
    if (ext === ".txt") return [validate(file, { kind: "message", channel: "chat", bodyText: text })];
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      return [{ status: "error", file, error: `not valid JSON: ${(error as Error).message}` }];
    }
    return [validate(file, json)];
  } catch (error) {
    // Parsers of real-world files fail in many ways; each one becomes a one-line reason.
    const message = error instanceof Error ? error.message : String(error);
    return [{ status: "error", file, error: message.split("\n")[0] || "unreadable file" }];
  }
}
