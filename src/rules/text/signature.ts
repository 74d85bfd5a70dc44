// Removes the sign-off and signature block at the end of a message: "Thanks,\nAmy", "-- \n...",
// "Kind regards,\nJune Ho\nSenior Buyer | Contoso\nNeed help? ..." (a question there is not an ask).
import { LETTER_RANGES, UPPER_RANGES } from "./letters.js";

const SIGN_OFF =
  "(?:(?:kind|best|warm|warmest|many|with)\\s+(?:regards|wishes|thanks)|regards|thanks(?:\\s+(?:again|so much|a lot|in advance))?|thank\\s+you(?:\\s+(?:again|so much))?|thx|cheers|best|sincerely|yours(?:\\s+(?:truly|sincerely))?|br|all\\s+the\\s+best|talk\\s+soon|speak\\s+soon|take\\s+care|mit\\s+freundlichen\\s+grüßen|viele\\s+grüße|cordialement)";

// A whole line that is only a sign-off, maybe followed by a short capitalised name: "Thanks, Eli".
const SIGN_OFF_START = new RegExp(`^${SIGN_OFF}[,.!]*`, "i");
const SHORT_NAME = new RegExp(`^(?:\\s+[${UPPER_RANGES}][${LETTER_RANGES}'-]*\\.?){0,3}$`);

function isSignOffLine(line: string): boolean {
  const start = SIGN_OFF_START.exec(line);
  return start !== null && SHORT_NAME.test(line.slice(start[0].length));
}
// A sign-off ending a line that began with content: "Thanks for the update. Kind regards,"
const TRAILING_SIGN_OFF = new RegExp(`[.!?]\\s+${SIGN_OFF},?$`, "i");
const DASH_DASH = /^--\s*$/;
const SENT_FROM = /^(?:sent from my|get outlook for|sent from outlook|sent via)\b/i;

/** How far from the end a sign-off may stand; deeper ones are part of the message. */
const MAX_SIGNATURE_LINES = 8;

export function stripSignature(lines: readonly string[]): string[] {
  const nonEmpty: number[] = [];
  for (let i = 0; i < lines.length; i++) if ((lines[i] ?? "").trim() !== "") nonEmpty.push(i);
  const window = nonEmpty.slice(-MAX_SIGNATURE_LINES);
  for (const i of window) {
    const line = (lines[i] ?? "").trim();
    if (DASH_DASH.test(line) || SENT_FROM.test(line) || isSignOffLine(line)) return lines.slice(0, i);
    const trailing = TRAILING_SIGN_OFF.exec(line);
    // Keep the sentence's own end mark: the match starts with it.
    if (trailing) return [...lines.slice(0, i), line.slice(0, trailing.index + 1)];
  }
  return [...lines];
}
