import { defineMessageRule, quote } from "../rule.js";

export default defineMessageRule({
  id: "mixed-signals",
  title: "Mixed signals",
  severity: "warning",
  summary: "A message signals one response level, not 'FYI' and 'need this today' at once.",
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
        message: `${quote(fyi.text)} says no reply is needed, but ${quote(other.text)} asks for one. Keep the one you mean.`,
        ...(inText ? { range: { start: Math.min(fyi.start, other.start), end: Math.max(fyi.end, other.end) } } : {}),
      },
    ];
  },
});
