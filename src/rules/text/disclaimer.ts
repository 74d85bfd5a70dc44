// Legal disclaimers and confidentiality banners are not the writer's message: their "notify us
// immediately" is not urgency and their "please delete it" is not an ask. A paragraph goes when
// it carries three disclaimer words (of any language we read), or two in a paragraph of some length (a
// short "keep this confidential and delete the old draft" is the writer's), or when it is a banner
// of capitals around one of them.
import { ANY_MAIL } from "../language/index.js";
import { plain } from "../language/phrases.js";

// A banner is a line of capitals inside optional decoration ("*** CONFIDENTIAL ***"). The decoration
// is cut off by hand first: one expression for both, decoration and capitals sharing "-" and spaces,
// backtracks over long runs of them (the regex test found it polynomial).
const DECORATION = new Set(["*", "=", "#", "_", "-", " ", "\t"]);
const CAPITALS = /^[A-Z][A-Z &/'-]{2,80}$/;

function isBanner(line: string): boolean {
  let start = 0;
  let end = line.length;
  while (start < end && DECORATION.has(line[start]!)) start++;
  while (end > start && DECORATION.has(line[end - 1]!)) end--;
  return CAPITALS.test(line.slice(start, end));
}

/** Disclaimers run to a few hundred words; a longer paragraph is the writer's. */
const MAX_DISCLAIMER_CHARS = 4000;

function cueCount(paragraph: string): number {
  if (paragraph.length > MAX_DISCLAIMER_CHARS) return 0;
  const text = plain(paragraph);
  if (!ANY_MAIL.anyDisclaimerCue.test(text)) return 0;
  let count = 0;
  for (const cue of ANY_MAIL.disclaimerCues) if ((cue.starts === "" || text.includes(cue.starts)) && cue.pattern.test(text)) count++;
  return count;
}

export function stripDisclaimers(lines: readonly string[]): string[] {
  const out: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length === 0) return;
    const text = paragraph.join(" ");
    const cues = cueCount(text);
    const banner = paragraph.length <= 2 && paragraph.every((l) => isBanner(l.trim())) && cues >= 1;
    const disclaimer = cues >= 3 || (cues >= 2 && text.length >= 100) || banner;
    if (!disclaimer) out.push(...paragraph);
    paragraph = [];
  };
  for (const line of lines) {
    if (line.trim() === "" || /^[*=#_-]{5,}$/.test(line.trim())) {
      flush();
      out.push(line);
    } else paragraph.push(line);
  }
  flush();
  return out;
}
