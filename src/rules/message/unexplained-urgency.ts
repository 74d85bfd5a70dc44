import { plain } from "../language/phrases.js";
import { defineMessageRule, quote } from "../rule.js";

export default defineMessageRule({
  id: "unexplained-urgency",
  title: "Urgent, but why?",
  severity: "warning",
  summary: "Urgent wording says what is blocked or at stake.",
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
    const range = first ? (first.end > first.start ? { start: first.start, end: first.end } : undefined) : { start: shouted!.index, end: shouted!.index + shouted![0].length };
    return [
      {
        message: `${quote(words)} with no reason makes every request look the same. Say what is blocked or what happens if it waits ("the release is blocked until ...").`,
        ...(range ? { range } : {}),
      },
    ];
  },
});
