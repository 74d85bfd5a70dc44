// Removes the sign-off and signature block at the end of a message: "Thanks,\nAmy", "-- \n...",
// "Kind regards,\nJune Ho\nSenior Buyer | Contoso\nNeed help? ..." (a question there is not an ask),
// and the footers free mail services append below a rule ("____\nDo You Yahoo!?").
import { ANY_MAIL } from "../language/index.js";
import { fold, plain } from "../language/phrases.js";
import { LETTER_RANGES, UPPER_RANGES } from "./letters.js";

const { signOff, sentFrom, footerSeparatorMin } = ANY_MAIL;

// A whole line that is only a sign-off, maybe followed by a short capitalised name: "Thanks, Eli".
// Sign-offs are matched on the folded line ("Viele Grüße" as "viele grusse"); it has the same length.
const SIGN_OFF_START = new RegExp(`^${signOff}[,.!]*`);
const SHORT_NAME = new RegExp(`^(?:\\s+[${UPPER_RANGES}][${LETTER_RANGES}'-]*\\.?){0,3}$`);

function isSignOffLine(line: string): boolean {
  const start = SIGN_OFF_START.exec(fold(line));
  return start !== null && SHORT_NAME.test(line.slice(start[0].length));
}
// A sign-off ending a line that began with content: "Thanks for the update. Kind regards,"
const TRAILING_SIGN_OFF = new RegExp(`[.!?]\\s+${signOff},?$`);
const DASH_DASH = /^--\s*$/;
const RULE = new RegExp(`^[_\\-=*~]{${footerSeparatorMin},}$`);

/** How far from the end a sign-off or footer rule may stand; deeper ones are part of the message. */
const MAX_SIGNATURE_LINES = 12;

export function stripSignature(lines: readonly string[], options: { footers: boolean } = { footers: true }): string[] {
  const nonEmpty: number[] = [];
  for (let i = 0; i < lines.length; i++) if ((lines[i] ?? "").trim() !== "") nonEmpty.push(i);
  const window = nonEmpty.slice(-MAX_SIGNATURE_LINES);
  for (const i of window) {
    const line = (lines[i] ?? "").trim();
    // "Thanks, Nacho." opening a short reply thanks for what came before; the message follows it.
    const opens = i === nonEmpty[0] && i !== nonEmpty.at(-1);
    if (DASH_DASH.test(line) || sentFrom.test(plain(line)) || (!opens && isSignOffLine(line))) return lines.slice(0, i);
    if (options.footers && RULE.test(line) && i > (nonEmpty[0] ?? 0)) return lines.slice(0, i);
    const trailing = TRAILING_SIGN_OFF.exec(fold(line));
    // Keep the sentence's own end mark: the match starts with it.
    if (trailing) return [...lines.slice(0, i), line.slice(0, trailing.index + 1)];
  }
  return [...lines];
}
