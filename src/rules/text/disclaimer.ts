// Legal disclaimers and confidentiality banners are not the writer's message: their "notify us
// immediately" is not urgency and their "please delete it" is not an ask. A paragraph goes when
// it carries three disclaimer words (of any language we read), or two in a paragraph of some length (a
// short "keep this confidential and delete the old draft" is the writer's), or when it is a banner
// of capitals around one of them.
import { ANY_MAIL } from "../language/index.js";
import { plain } from "../language/phrases.js";

// The capitals end on a non-space, so the trailing run of spaces is read once, not again for each
// way the capitals could end (the regex test found a polynomial on long runs of spaces).
const BANNER = /^[*=#_\-\s]*[A-Z][A-Z &/'-]{2,79}[A-Z&/'-][*=#_\-\s]*$/;

/** Disclaimers run to a few hundred words; a longer paragraph is the writer's. */
const MAX_DISCLAIMER_CHARS = 4000;

function cueCount(paragraph: string): number {
  if (paragraph.length > MAX_DISCLAIMER_CHARS) return 0;
  const text = plain(paragraph);
  let count = 0;
  for (const cue of ANY_MAIL.disclaimerCues) if (cue.test(text)) count++;
  return count;
}

export function stripDisclaimers(lines: readonly string[]): string[] {
  const out: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length === 0) return;
    const text = paragraph.join(" ");
    const cues = cueCount(text);
    const banner = paragraph.length <= 2 && paragraph.every((l) => BANNER.test(l.trim())) && cues >= 1;
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
