import { defineInviteRule } from "../rule.js";
import { countWords } from "../text/letters.js";

/** Past this many words of its own, a body may hold a pre-read in words we do not read: say so softly. */
const SURE_BELOW_WORDS = 25;

export default defineInviteRule({
  id: "missing-pre-read",
  severity: "error",
  check(ctx) {
    if (!ctx.isMeeting() || ctx.hasPreRead()) return [];
    const words = ctx.say.rules["missing-pre-read"];
    return [
      {
        message: words.message({ hasJoinInfo: ctx.prepared().hasJoinInfo }),
        // The template goes into the invite, so it is in the invite's language.
        fix: { description: words.fix, position: "top", text: ctx.language.fixLines.agenda },
        confidence: countWords(ctx.text()) < SURE_BELOW_WORDS ? "high" : "low",
      },
    ];
  },
});
