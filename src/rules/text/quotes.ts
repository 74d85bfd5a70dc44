// Removes what the writer did not write in this draft: quoted replies and forwarded messages.
// Everything from the first reply/forward header on is dropped; ">" lines are dropped anywhere.

const REPLY_HEADER = [
  // "On Mon, 2 Mar 2026 at 08:15, Li Wei <li@contoso.com> wrote:" (Gmail, Apple Mail, Thunderbird)
  /^on\b[^\n]{0,300}\bwrote:?$/i,
  /^am\b[^\n]{0,300}\bschrieb[^\n]{0,80}:$/i,
  /^le\b[^\n]{0,300}\ba écrit ?:$/i,
  /^el\b[^\n]{0,300}\bescribió:$/i,
  /^op\b[^\n]{0,300}\bschreef[^\n]{0,80}:$/i,
  /^-{2,}\s*(?:original message|forwarded message|ursprüngliche nachricht|message d'origine)\s*-{2,}$/i,
  /^begin forwarded message:?$/i,
];

const OUTLOOK_FIELD = /^(?:from|von|de|sent|date|gesendet|envoyé|to|an|à|cc|subject|betreff|objet)\s*:/i;
const OUTLOOK_FROM = /^(?:from|von|de)\s*:\s*\S/i;
const SEPARATOR = /^_{10,}$/;

function isOutlookHeaderBlock(lines: readonly string[], index: number): boolean {
  if (!OUTLOOK_FROM.test(lines[index] ?? "")) return false;
  let fields = 1;
  for (let i = index + 1; i < Math.min(lines.length, index + 6); i++) {
    if (OUTLOOK_FIELD.test(lines[i] ?? "")) fields++;
  }
  return fields >= 3;
}

/** Index of the first line that starts quoted or forwarded material, or lines.length. */
export function findQuoteStart(lines: readonly string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    if (line === "") continue;
    if (REPLY_HEADER.some((re) => re.test(line))) return i;
    // "On Mon, Mar 2, 2026 at 8:15 AM Li Wei <li@contoso.com>" / "wrote:" split over two lines.
    if (/^on\b/i.test(line) && line.length < 300 && /^wrote:?$/i.test((lines[i + 1] ?? "").trim())) return i;
    if (isOutlookHeaderBlock(lines, i)) return SEPARATOR.test((lines[i - 1] ?? "").trim()) ? i - 1 : i;
  }
  return lines.length;
}

/** Counts reply headers in the whole thread: a rough measure of how long it has gone on. */
export function countReplyHeaders(lines: readonly string[]): number {
  let count = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").replace(/^(?:>\s?)+/, "").trim();
    if (line === "") continue;
    if (REPLY_HEADER.some((re) => re.test(line)) || isOutlookHeaderBlock(lines, i)) count++;
  }
  return count;
}

export function stripQuotedReply(lines: readonly string[]): string[] {
  return lines.slice(0, findQuoteStart(lines)).filter((line) => !/^\s*>/.test(line));
}
