// Removes what the writer did not write in this draft: quoted replies and forwarded messages.
// Everything from the first reply/forward header on is dropped; ">" lines are dropped anywhere.
// Headers come from Gmail, Apple Mail, Thunderbird, Outlook (its From/Sent/To/Subject block) and
// Lotus Notes (a "Forwarded by" rule, or a sender line, a date line and To/cc/Subject fields).
import { ANY_MAIL } from "../language/index.js";
import { plain } from "../language/phrases.js";

// Header patterns are matched on plain text: lower case, accents off ("Envoyé :" as "envoye :").
const { replyHeaders, headerField, fromField, headerHint, oneLineHeader } = ANY_MAIL;
const isHeaderField = (line: string) => headerField.test(plain(line.trim()));
/** A header line is short; a long line is the writer's paragraph, whatever words it holds. */
const MAX_HEADER_LINE = 500;
const isReplyHeader = (line: string) => {
  if (line.length > MAX_HEADER_LINE) return false;
  const text = plain(line);
  if (!headerHint.test(text)) return false;
  return replyHeaders.some((header) => header.test(text));
};
const SEPARATOR = /^_{10,}$/;
const TO_FIELD = /^to\s*:/i;
// Lines that stand above a Lotus Notes header block: "Jane Doe", "12/01/2000 02:31 PM", "Jane Doe@ENRON".
const DATE_LINE = /^\d{1,2}\/\d{1,2}\/\d{2,4}(?:\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]M)?)?$/i;
const NAME_LINE = /^[^.!?:;]{1,60}$/;

// Outlook's header flattened to one line: "From: Ana Diaz Sent: Monday, March 2, 2026 8:00 AM To: Tom".
const isOneLineHeader = (line: string) => {
  if (line.length > MAX_HEADER_LINE) return false;
  const text = plain(line.trim());
  return oneLineHeader.every((field) => field.test(text));
};

/** At least three header fields (the first one "From:") in a few lines: Outlook's block. */
function isOutlookHeaderBlock(lines: readonly string[], index: number): boolean {
  if (!fromField.test(plain(lines[index] ?? ""))) return false;
  let fields = 1;
  for (let i = index + 1; i < Math.min(lines.length, index + 6); i++) {
    if (isHeaderField(lines[i] ?? "")) fields++;
  }
  return fields >= 3;
}

/**
 * "To:" followed by another header field within a few lines, as Lotus Notes writes them without a
 * "From:": the block starts at the date line above it, or at the sender's name just above that.
 */
function lotusHeaderStart(lines: readonly string[], index: number): number | null {
  if (!TO_FIELD.test((lines[index] ?? "").trim())) return null;
  let fields = 0;
  for (let i = index + 1; i < Math.min(lines.length, index + 6); i++) {
    if (isHeaderField(lines[i] ?? "")) fields++;
  }
  if (fields === 0) return null;
  // "To:", "cc:" and "Subject:" together are a header block even without the date line.
  const sure = fields >= 2;
  const above = (from: number): number => {
    let i = from - 1;
    while (i >= 0 && (lines[i] ?? "").trim() === "") i--;
    return i;
  };
  let date = above(index);
  if (date >= 0 && /^please respond to/i.test((lines[date] ?? "").trim())) date = above(date);
  // Without a date line, a "To:" and one more field may be the writer's own list; keep them.
  if (date < 0 || !DATE_LINE.test((lines[date] ?? "").trim())) return sure ? index : null;
  const name = above(date);
  return name >= 0 && NAME_LINE.test((lines[name] ?? "").trim()) ? name : date;
}

/** Index of the first line that starts quoted or forwarded material, or lines.length. */
export function findQuoteStart(lines: readonly string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    if (line === "") continue;
    if (isReplyHeader(line)) return i;
    // "On Mon, Mar 2, 2026 at 8:15 AM Li Wei <li@contoso.com>" / "wrote:" split over two lines.
    if (/^on\b/i.test(line) && line.length < 300 && /^wrote:?$/i.test((lines[i + 1] ?? "").trim())) return i;
    if (isOneLineHeader(line)) return i;
    if (isOutlookHeaderBlock(lines, i)) return SEPARATOR.test((lines[i - 1] ?? "").trim()) ? i - 1 : i;
    const lotus = lotusHeaderStart(lines, i);
    if (lotus !== null) return lotus;
  }
  return lines.length;
}

/** Past this many replies a thread is long, however much longer it is: counting stops. */
export const MAX_COUNTED_REPLIES = 20;

/** Counts reply headers in the whole thread (up to MAX_COUNTED_REPLIES): a rough measure of how long it has gone on. */
export function countReplyHeaders(lines: readonly string[]): number {
  let count = 0;
  for (let i = 0; i < lines.length && count < MAX_COUNTED_REPLIES; i++) {
    const line = (lines[i] ?? "").replace(/^(?:>\s?)+/, "").trim();
    if (line === "") continue;
    if (isReplyHeader(line) || isOutlookHeaderBlock(lines, i)) count++;
  }
  return count;
}

export function stripQuotedReply(lines: readonly string[]): string[] {
  return lines.slice(0, findQuoteStart(lines)).filter((line) => !/^\s*>/.test(line));
}

/**
 * What a forwarded or quoted message said, below its first header: the header block itself (the
 * header line and the fields after it) left out, quote markers removed. Empty when there is none.
 */
export function quotedOriginal(lines: readonly string[]): string[] {
  const start = findQuoteStart(lines);
  if (start >= lines.length) return [];
  const rest = lines.slice(start).map((line) => line.replace(/^\s*(?:>\s?)+/, ""));
  let i = 0;
  // The header line, then fields ("From:", "Sent:", "Subject:", "When:", "Where:") and blank lines.
  while (i < rest.length && (i === 0 || (rest[i] ?? "").trim() === "" || isHeaderField(rest[i] ?? "") || isReplyHeader((rest[i] ?? "").trim()))) i++;
  return rest.slice(i);
}
