import { phraseMatches } from "../language/phrases.js";
import { defineMessageRule, quote } from "../rule.js";

export default defineMessageRule({
  id: "vague-deadline",
  title: "Vague deadline",
  severity: "info",
  summary: "A request that names a time names a date, not 'soon' or 'when you get a chance'.",
  check(ctx) {
    if (ctx.asks().length === 0 || ctx.deadline()) return [];
    const [match] = phraseMatches(ctx.language.timing.vague, ctx.text());
    if (!match) return [];
    const replyBy = ctx.formatDay(ctx.suggestedReplyBy());
    return [
      {
        message: `${quote(match.text)} leaves the reader to guess when you need it. If a date matters, say it: "by ${replyBy}".`,
        range: { start: match.start, end: match.end },
      },
    ];
  },
});
