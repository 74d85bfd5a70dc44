import { defineMessageRule } from "../rule.js";

export default defineMessageRule({
  id: "mixed-signals",
  severity: "warning",
  check(ctx) {
    const fyi = ctx.signalsOf("fyi")[0];
    if (!fyi) return [];
    const blocking = ctx.signalsOf("blocking")[0];
    const deadline = ctx.asks().length > 0 ? ctx.deadline() : null;
    const other = blocking ?? deadline;
    if (!other) return [];
    // Signals in the subject line have no range in the text.
    const inText = fyi.end > fyi.start && other.end > other.start;
    return [
      {
        message: ctx.say.rules["mixed-signals"].message({ fyi: ctx.quote(fyi.text), other: ctx.quote(other.text) }),
        ...(inText ? { range: { start: Math.min(fyi.start, other.start), end: Math.max(fyi.end, other.end) } } : {}),
      },
    ];
  },
});
