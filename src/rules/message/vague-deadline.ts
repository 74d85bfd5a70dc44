import { defineMessageRule } from "../rule.js";

export default defineMessageRule({
  id: "vague-deadline",
  severity: "info",
  check(ctx) {
    if (ctx.asks().length === 0 || ctx.deadline()) return [];
    const match = ctx.vagueTiming();
    if (!match) return [];
    // "No rush, sometime next week": the writer left the time open on purpose, in other words than these.
    if (ctx.signals().some((s) => s.level === "low" && (s.end <= match.start || s.start >= match.end))) return [];
    const replyBy = ctx.formatDay(ctx.suggestedReplyBy());
    return [
      {
        message: ctx.say.rules["vague-deadline"].message({ words: ctx.quote(match.text), day: replyBy }),
        range: { start: match.start, end: match.end },
      },
    ];
  },
});
