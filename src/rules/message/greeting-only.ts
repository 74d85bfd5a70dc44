import { plain } from "../language/phrases.js";
import { defineMessageRule } from "../rule.js";
import { LETTER_RANGES } from "../text/letters.js";

const NAME = new RegExp(`^[${LETTER_RANGES}][${LETTER_RANGES}'-]*$`);

export default defineMessageRule({
  id: "greeting-only",
  severity: "warning",
  check(ctx) {
    if (ctx.draft.channel !== "chat") return [];
    const text = ctx.text();
    if (text.length === 0 || text.length > 120) return [];
    const { greeting, smallTalk } = ctx.language.asks;
    // "hi", "hey Sam", "good morning all": a greeting and at most two names.
    const isGreeting = (clause: string) => {
      const rest = clause.replace(greeting, "").trim();
      return rest !== clause && rest.split(" ").filter(Boolean).length <= 2 && rest.split(" ").every((w) => w === "" || NAME.test(w));
    };
    const clauses = plain(text)
      .replace(/\s+/g, " ")
      .split(/[,.!?;:]+| - /)
      .map((c) => c.trim())
      .filter((c) => c.length > 0);
    const opens = clauses.some((c) => isGreeting(c) || smallTalk.test(c));
    if (!opens || !clauses.every((c) => isGreeting(c) || smallTalk.test(c) || NAME.test(c))) return [];
    return [
      {
        message: ctx.say.rules["greeting-only"].message(),
        range: { start: 0, end: text.length },
      },
    ];
  },
});
