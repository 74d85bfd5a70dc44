import { normalize } from "../language/phrases.js";
import { defineMessageRule } from "../rule.js";
import { LETTER_RANGES } from "../text/letters.js";

// "hi", "hey Sam", "good morning all": a greeting and at most two names.
const GREETING = new RegExp(
  `^(?:hi+|hey+|hello+|hiya|heya|howdy|yo|greetings|morning|good (?:morning|afternoon|evening|day))(?: [${LETTER_RANGES}][${LETTER_RANGES}'-]*){0,2}$`,
);
// "got a minute?", "are you there?", "quick question", "can I ask you something?"
const SMALL_TALK =
  /^(?:(?:got|have you got|do you have|you got|have) (?:a |one |5 |five |2 |two )?(?:minute|min|mins|moment|sec|second|few minutes|quick (?:question|sec|minute|call|chat))|(?:a )?quick (?:question|one|q)|(?:are|r) (?:you|u) (?:there|around|free|available|busy|online|in)(?: today| now)?|(?:you|u) (?:there|around|free|available|busy|online)|(?:can|may|could) i (?:ask (?:you )?(?:something|a (?:quick )?question)|bother you|borrow you|steal you)(?: for a (?:sec|second|minute|moment))?|ping|how are (?:you|u)(?: doing)?|how's it going|how are things|hope (?:you're|you are) (?:well|good|doing well))$/;
const NAME = new RegExp(`^[${LETTER_RANGES}][${LETTER_RANGES}'-]*$`);

export default defineMessageRule({
  id: "greeting-only",
  severity: "warning",
  summary: "A chat message says the whole thing, not just 'hi' or 'got a minute?'.",
  check(ctx) {
    if (ctx.draft.channel !== "chat") return [];
    const text = ctx.text();
    if (text.length === 0 || text.length > 120) return [];
    const clauses = normalize(text)
      .replace(/\s+/g, " ")
      .split(/[,.!?;:]+| - /)
      .map((c) => c.trim())
      .filter((c) => c.length > 0);
    const opens = clauses.some((c) => GREETING.test(c) || SMALL_TALK.test(c));
    if (!opens || !clauses.every((c) => GREETING.test(c) || SMALL_TALK.test(c) || NAME.test(c))) return [];
    return [
      {
        message:
          "A greeting on its own makes the reader wait for the real message. Say the whole thing in one message: what you need, and by when.",
        range: { start: 0, end: text.length },
      },
    ];
  },
});
