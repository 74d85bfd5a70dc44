import { normalize } from "../language/phrases.js";
import { defineMessageRule, quote } from "../rule.js";

// Timing words that leave the reader to guess the date.
const VAGUE =
  /\b(?:soon|soonish|shortly|at some point|sometime|some time|in the near future|in due course|when(?:ever)? (?:you (?:can|get|have)[^.?!,;]{0,25}|possible|convenient)|at your (?:earliest )?convenience|in a bit|later (?:this|next) (?:week|month)|one of these days|down the line|eventually)\b/g;

export default defineMessageRule({
  id: "vague-deadline",
  severity: "info",
  summary: "A request that names a time names a date, not 'soon' or 'when you get a chance'.",
  check(ctx) {
    if (ctx.asks().length === 0 || ctx.deadline()) return [];
    const text = normalize(ctx.text());
    for (const match of text.matchAll(VAGUE)) {
      const start = match.index ?? 0;
      const words = ctx.text().slice(start, start + match[0].length);
      const replyBy = ctx.formatDay(ctx.suggestedReplyBy());
      return [
        {
          message: `${quote(words)} leaves the reader to guess when you need it. If a date matters, say it: "by ${replyBy}".`,
          range: { start, end: start + match[0].length },
        },
      ];
    }
    return [];
  },
});
