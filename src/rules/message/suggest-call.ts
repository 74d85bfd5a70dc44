import { phraseMatches } from "../language/phrases.js";
import { defineMessageRule } from "../rule.js";
import { MAX_COUNTED_REPLIES } from "../text/quotes.js";

/** Threads this long with questions still open are better settled in a call. */
const LONG_THREAD_REPLIES = 4;
/** Shouting is a run of capitalised words; one or two on their own are names (DACH, KPI, PROJ-142). */
const SHOUTED_RUN = 3;

// A word in capitals, and what may stand between two words of one run: spaces and punctuation.
const CAPITALS = /(?:^|[^A-Za-z0-9'-])([A-Z]{2,})(?![A-Za-z0-9'-])/g;
const GAP = /^[^A-Z0-9]{1,4}$/i;

/** The longest run of consecutive words in capitals, not counting known acronyms and codes (PROJ-142). */
function longestShoutedRun(text: string, acronyms: ReadonlySet<string>): number {
  let longest = 0;
  let run = 0;
  let previousEnd = -1;
  for (const m of text.matchAll(CAPITALS)) {
    const word = m[1] ?? "";
    const start = (m.index ?? 0) + m[0].length - word.length;
    if (acronyms.has(word)) {
      run = 0;
      continue;
    }
    run = previousEnd >= 0 && GAP.test(text.slice(previousEnd, start)) ? run + 1 : 1;
    previousEnd = start + word.length;
    longest = Math.max(longest, run);
  }
  return longest;
}

export default defineMessageRule({
  id: "suggest-call",
  severity: "info",
  check(ctx) {
    const text = ctx.text();
    const { heated, acronyms } = ctx.language.tone;
    const heatedWords = phraseMatches(heated, text);
    const exclaims = (text.match(/[!?]{3,}/g) ?? []).length;
    const heat = heatedWords.length * 2 + (longestShoutedRun(text, acronyms) >= SHOUTED_RUN ? 2 : 0) + (exclaims > 0 ? 1 : 0);
    if (heat >= 2) {
      const first = heatedWords[0];
      return [
        {
          message: ctx.say.rules["suggest-call"].heated(),
          ...(first ? { range: { start: first.start, end: first.end } } : {}),
        },
      ];
    }
    if (ctx.prepared().replyHeaders >= LONG_THREAD_REPLIES && ctx.asks().length > 0) {
      const times = ctx.prepared().replyHeaders + 1;
      return [
        {
          // "6 times", or "more than 20 times" once the count stopped (text/quotes.ts).
          message: ctx.say.rules["suggest-call"].longThread(
            times > MAX_COUNTED_REPLIES ? { times: MAX_COUNTED_REPLIES, atLeast: true } : { times, atLeast: false },
          ),
        },
      ];
    }
    return [];
  },
});
