import { defineMessageRule } from "../rule.js";

export default defineMessageRule({
  id: "long-message-without-fyi",
  severity: "info",
  check(ctx) {
    if (ctx.asks().length > 0 || ctx.responseLevel() !== "none") return [];
    const words = ctx.words();
    if (words <= ctx.norms.longMessageWords) return [];
    return [
      {
        message: ctx.say.rules["long-message-without-fyi"].message({ words }),
        fix: { description: ctx.say.rules["long-message-without-fyi"].fix, position: "top", text: ctx.language.fixLines.fyi },
      },
    ];
  },
});
