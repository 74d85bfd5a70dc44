import { defineMessageRule } from "../rule.js";

export default defineMessageRule({
  id: "long-message-without-fyi",
  title: "Long, and no FYI",
  severity: "info",
  summary: "A long message that asks nothing says so up front with 'FYI'.",
  check(ctx) {
    if (ctx.asks().length > 0 || ctx.responseLevel() !== "none") return [];
    const words = ctx.words();
    if (words <= ctx.norms.longMessageWords) return [];
    return [
      {
        message: `This message is ${words} words and asks nothing of the reader. Start with "FYI, no response needed" so they know how to treat it.`,
        fix: { description: "Mark it FYI at the top", position: "top", text: "FYI, no response needed." },
      },
    ];
  },
});
