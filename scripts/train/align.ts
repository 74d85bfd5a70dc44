// Which of our sentences the labellers quoted as asks. Quotes and sentences are compared flat (lower
// case, straight quotes, one space); a quote marks every sentence it overlaps.
import type { Sentence } from "../../src/rules/text/sentences.js";
import { flat } from "../labels/label-schema.js";

interface FlatText {
  text: string;
  /** For each character of the flat text, its offset in the original. */
  offsets: number[];
}

function flatten(original: string): FlatText {
  let text = "";
  const offsets: number[] = [];
  let space = false;
  for (let i = 0; i < original.length; i++) {
    const ch = original[i]!;
    if (/\s/.test(ch)) {
      space = text.length > 0;
      continue;
    }
    if (space) {
      text += " ";
      offsets.push(i);
      space = false;
    }
    const folded = ch === "\u2018" || ch === "\u2019" ? "'" : ch === "\u201c" || ch === "\u201d" ? '"' : ch.toLowerCase();
    text += folded.length === 1 ? folded : ch;
    offsets.push(i);
  }
  return { text, offsets };
}

export interface Alignment {
  /** Indices of the sentences that hold an ask. */
  asks: Set<number>;
  /** An ask was quoted from the subject line. */
  subject: boolean;
  /** Quotes found in neither the text nor the subject (the text preparation cut them, or the quote is not verbatim). */
  missing: number;
}

export function alignAsks(text: string, sentences: readonly Sentence[], subject: string, quotes: readonly string[]): Alignment {
  const body = flatten(text);
  const flatSubject = flat(subject);
  const result: Alignment = { asks: new Set(), subject: false, missing: 0 };
  for (const quote of quotes) {
    const q = flat(quote);
    if (q === "") continue;
    let at = body.text.indexOf(q);
    let length = q.length;
    // A quote may run across what the preparation changed: try its two ends.
    if (at < 0 && q.length > 40) {
      at = body.text.indexOf(q.slice(0, 30));
      if (at < 0) {
        const tail = body.text.indexOf(q.slice(-30));
        at = tail < 0 ? -1 : Math.max(0, tail + 30 - q.length);
      }
      length = Math.min(q.length, 30);
    }
    if (at >= 0) {
      const start = body.offsets[at]!;
      const end = (body.offsets[Math.min(at + length, body.offsets.length) - 1] ?? start) + 1;
      sentences.forEach((s, i) => {
        if (s.start < end && s.end > start) result.asks.add(i);
      });
      continue;
    }
    if (flatSubject.includes(q) || (q.length > 12 && q.includes(flatSubject) && flatSubject.length > 8)) result.subject = true;
    else result.missing++;
  }
  return result;
}
