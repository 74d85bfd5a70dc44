import { plain } from "../language/phrases.js";
import { defineMessageRule } from "../rule.js";

export default defineMessageRule({
  id: "unexplained-urgency",
  severity: "warning",
  check(ctx) {
    // Negated urgency ("not urgent") is no rush, and urgency in a condition is not this message's: neither is a signal.
    const urgent = ctx.signalsOf("blocking").filter((s) => s.kind === "urgency");
    const shouted = /!{3,}/.exec(ctx.text());
    if (urgent.length === 0 && !shouted) return [];
    if (ctx.signalsOf("blocking").some((s) => s.kind === "blocked")) return [];
    const { urgencyReasons } = ctx.language.signals;
    if (urgencyReasons.test(plain(ctx.text())) || urgencyReasons.test(plain(ctx.subject().text))) return [];
    const first = urgent[0];
    const words = first ? first.text : "!!!";
    const range = first
      ? first.end > first.start
        ? { start: first.start, end: first.end }
        : undefined
      : { start: shouted!.index, end: shouted!.index + shouted![0].length };
    return [
      {
        message: ctx.say.rules["unexplained-urgency"].message({ words: ctx.quote(words) }),
        ...(range ? { range } : {}),
      },
    ];
  },
});
