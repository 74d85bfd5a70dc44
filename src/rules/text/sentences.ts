// A linear sentence splitter that keeps offsets. Lines always end a sentence (chat and e-mail are
// written in lines); within a line, ". ", "! " and "? " end one unless a lower-case word follows
// ("e.g. by Friday"). Question marks always end one: a question is what we look for.

import { VOCABULARY as GERMAN } from "../language/de/vocabulary.js";

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

const EMOTICON = /^(?:[:;]-?[)(DPp]|<3)/;
const ABBREVIATION =
  /(?:\b(?:e\.g|i\.e|etc|vs|approx|incl|mr|mrs|ms|dr|no|fig|cf|ca|st|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|z\.b|u\.a|d\.h|bzw|ggf|evtl|inkl|nr|str|usw|mind|max|min|tel|mme|mlle|env|sr|sra|dra|pág|aprox)|(?:^|[\s(])[A-Z])\.$/i;
// German month names as written, capitalised: "März", "April".
const MONTHS = (GERMAN.month ?? "")
  .split("|")
  .map((m) => m.charAt(0).toUpperCase() + m.slice(1))
  .join("|");
// A German ordinal ("am 10. April", "im 2. OG"): a number with a dot before a month name or a capitalised abbreviation.
const ORDINAL = /\b\d{1,2}\.$/;
const AFTER_ORDINAL = new RegExp(`^(?:${MONTHS}|[A-ZÄÖÜ]{2,4}\\b|Quartal|Stock|Etage|Obergescho)`);

// "bis 06.05. 15:30 Uhr", "am 22.01. Mittag": the time belongs to the date.
const DOTTED_DATE = /\b\d{1,2}\.\d{1,2}\.$/;
const TIME_AFTER = /^(?:\d|um\b|gegen\b|Mittag|Feierabend|Dienstschluss|Vormittag|Nachmittag|Abend|früh|Uhr)/;
// "4:45 p.m. UTC+10", "9 a.m. ET", "4 p.m. Friday": the zone or the day belongs to the time.
const MERIDIEM = /\b[ap]\.m\.$/i;
const ZONE_AFTER =
  /^(?:UTC|GMT|[A-Z]{2,4}\b|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|Today\b|Tomorrow\b|(?:[A-Z][a-z]+ ){1,2}time\b|Pacific\b|Eastern\b|Central\b|Mountain\b)/;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? "")) s++;
    while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
    if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\n") {
      push(i + 1);
      continue;
    }
    // A smiley ends what came before it in chat: "saw ur note this morning :) can u add me".
    const smiley = ch === ":" || ch === ";" || ch === "<" ? EMOTICON.exec(text.slice(i, i + 4)) : null;
    if (smiley && (text[i - 1] === " " || i === 0)) {
      const end = i + smiley[0].length;
      if (end >= text.length || /\s/.test(text[end] ?? "")) {
        push(end);
        i = end - 1;
        continue;
      }
    }
    if (ch !== "." && ch !== "!" && ch !== "?") continue;
    // Take the whole run of terminal punctuation and closing quotes/brackets.
    let j = i + 1;
    while (j < text.length && /[.!?"')\]\u201d\u2019]/.test(text[j] ?? "")) j++;
    const next = text[j];
    // "Please advise....let me know": dots run straight into the next sentence.
    const ellipsisIntoWord = j - i >= 3 && /[.…]{3}$/.test(text.slice(i, j)) && /[a-z]/i.test(next ?? "");
    if (next !== undefined && next !== " " && next !== "\t" && next !== "\n" && !ellipsisIntoWord) {
      i = j - 1;
      continue;
    }
    if (ch === "." && j === i + 1) {
      let k = j;
      while (k < text.length && (text[k] === " " || text[k] === "\t")) k++;
      const follower = text[k] ?? "";
      const tail = text.slice(Math.max(start, i - 12), i + 1);
      if (
        /[a-z]/.test(follower) ||
        ABBREVIATION.test(tail) ||
        (ORDINAL.test(tail) && AFTER_ORDINAL.test(text.slice(k, k + 12))) ||
        (MERIDIEM.test(tail) && ZONE_AFTER.test(text.slice(k, k + 24))) ||
        (DOTTED_DATE.test(tail) && TIME_AFTER.test(text.slice(k, k + 16)))
      ) {
        i = j - 1;
        continue;
      }
    }
    push(j);
    i = j - 1;
  }
  push(text.length);
  return out;
}

/** Maps offsets to 1-based line and column; built once per text. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.starts[lo] ?? 0) + 1 };
  }
}
